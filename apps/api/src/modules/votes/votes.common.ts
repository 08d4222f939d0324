import {
  ErrorCode,
  chinaMonthDayTime,
  formatAreaHundredths,
  resolutionMove,
  type ResolutionAction,
  type ResolutionActor,
} from '@gongzhi/domain';
import type { EntityManager } from 'typeorm';
import { AppError } from '../../common/app-error.js';
import { Resolution } from './entities/resolution.entity.js';
import { isId } from '../../common/ids.js';

/**
 * The resolution of this community, or 404 (another community's looks exactly like a missing one).
 * `lock`: true / 'write' = FOR UPDATE (lifecycle changes); 'share' = FOR SHARE (ballots: many at once, but none while
 * the resolution is being closed, extended or changed).
 */
export async function findResolution(
  m: EntityManager,
  communityId: string,
  id: string,
  lock: boolean | 'write' | 'share' = false,
): Promise<Resolution> {
  if (!isId(id)) throw AppError.notFound('表决');
  const mode = lock === 'share' ? ('pessimistic_read' as const) : lock ? ('pessimistic_write' as const) : null;
  const r = await m.getRepository(Resolution).findOne({
    where: { id, communityId },
    ...(mode ? { lock: { mode } } : {}),
  });
  if (!r) throw AppError.notFound('表决');
  return r;
}

/** Applies the lifecycle table; refuses with ILLEGAL_TRANSITION (409, details.currentStatus) or FORBIDDEN. */
export function requireMove(r: Resolution, action: ResolutionAction, actor: ResolutionActor) {
  const move = resolutionMove(r.status, action, actor);
  if (!move.ok) throw new AppError(move.code, move.message, { currentStatus: r.status });
  return move;
}

export { fromDomain } from '../../common/from-domain.js';

const CHANNEL_LABEL = { online: '线上', paper: '纸质票', proxy: '书面委托' } as const;

/** "11月20日 14:02" in China time (UTC+8). */
export const chinaTime = (d: Date): string => chinaMonthDayTime(d);

export function channelLabel(c: keyof typeof CHANNEL_LABEL): string {
  return CHANNEL_LABEL[c];
}

/** "12.34" from hundredths of m² (the domain's formatter). */
export const areaText = (hundredths: string | bigint): string => formatAreaHundredths(BigInt(hundredths));

/** Refusal of a second ballot where changes are not allowed, naming the channel and time of the first (409). */
export function alreadyCast(channel: keyof typeof CHANNEL_LABEL, castAt: Date): AppError {
  if (channel !== 'online') {
    return new AppError(
      ErrorCode.VOTE_ALREADY_CAST,
      `业委会已为您的房屋录入了一张${channelLabel(channel)}（${chinaTime(castAt)}）。请在“我的选票”中核对；如不是您本人所投，可在截止前提出异议，异议后该票不计入，您可以自己投票`,
      { channel, castAt: castAt.toISOString() },
    );
  }
  return new AppError(
    ErrorCode.VOTE_ALREADY_CAST,
    `您已投票（${channelLabel(channel)}，${chinaTime(castAt)}），每位业主只能投一次，不能重复投票或修改`,
    { channel, castAt: castAt.toISOString() },
  );
}

/** Why voting is not open at `now` (status open and inside the window), or null when it is. */
export function notOpenNow(
  r: Pick<Resolution, 'status' | 'votingOpensAt' | 'votingClosesAt'>,
  now: Date,
): AppError | null {
  if (r.status !== 'open') {
    const msg =
      r.status === 'objection' || r.status === 'final'
        ? '投票已截止，不能再投票或录入选票'
        : '投票尚未开始，请在投票期内投票';
    return new AppError(ErrorCode.VOTE_NOT_OPEN, msg, { currentStatus: r.status });
  }
  if (now.getTime() < r.votingOpensAt.getTime())
    return new AppError(ErrorCode.VOTE_NOT_OPEN, '投票尚未开始，请在投票期内投票', { currentStatus: r.status });
  if (now.getTime() >= r.votingClosesAt.getTime())
    return new AppError(ErrorCode.VOTE_NOT_OPEN, '投票已截止，不能再投票或录入选票', { currentStatus: r.status });
  return null;
}

export { ErrorCode };

/** The X-Community-Id of a route that is not community-scoped by the guard (online ballots): 400 like the guard's. */
export function communityFromHeader(header: string | undefined): string {
  if (!header || !isId(header)) {
    throw new AppError(ErrorCode.VALIDATION_FAILED, '请先选择小区', {
      fields: [{ field: 'X-Community-Id', messages: ['请先选择小区'] }],
    });
  }
  return header;
}
