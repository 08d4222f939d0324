import { ErrorCode } from '../errors.js';

/**
 * Lifecycle of an owners' joint decision (业主共同决定, domain-rules.md §4) as data: every allowed move is a row
 * of RESOLUTION_TRANSITIONS; anything else is refused.
 *
 * draft → (committee majority approves) approved → (notice published) notice → (time) open → (time) objection
 * (closed, preliminary result, 询异期) → (time, every objection answered) final.
 * Official-system mode: notice → (committee records the official result) final.
 */
export const RESOLUTION_STATUSES = ['draft', 'approved', 'notice', 'open', 'objection', 'final'] as const;
export type ResolutionStatus = (typeof RESOLUTION_STATUSES)[number];

export const RESOLUTION_ACTIONS = [
  'edit',
  'approve',
  'publish_notice',
  'open',
  'cast',
  'extend',
  'close',
  'object',
  'answer_objection',
  'finalize',
  'record_official',
] as const;
export type ResolutionAction = (typeof RESOLUTION_ACTIONS)[number];

/** committee = a member or the chair acting in the app; owner = an owner of the community; system = the scheduler. */
export const RESOLUTION_ACTORS = ['committee', 'owner', 'system'] as const;
export type ResolutionActor = (typeof RESOLUTION_ACTORS)[number];

export const RESOLUTION_STATUS_LABELS: Readonly<Record<ResolutionStatus, string>> = Object.freeze({
  draft: '草稿',
  approved: '业委会已通过',
  notice: '公告中',
  open: '投票中',
  objection: '已截止（初步结果公示、询异期）',
  final: '已公布最终结果',
});

export const RESOLUTION_ACTION_LABELS: Readonly<Record<ResolutionAction, string>> = Object.freeze({
  edit: '修改议程',
  approve: '业委会审议通过',
  publish_notice: '发布表决公告',
  open: '开始投票',
  cast: '投票',
  extend: '延长投票期',
  close: '截止投票',
  object: '提出异议',
  answer_objection: '答复异议',
  finalize: '公布最终结果',
  record_official: '录入官方系统表决结果',
});

export interface ResolutionTransition {
  from: ResolutionStatus;
  action: ResolutionAction;
  to: ResolutionStatus;
  actors: readonly ResolutionActor[];
  /**
   * A condition the service checks before the move (the data says which):
   * committee_majority: more than half of all committee members approved (otherwise the approval is recorded and
   * the status stays); official_mode / online_mode: the community's officialVotingSystem setting.
   */
  guard?: 'committee_majority' | 'official_mode' | 'online_mode';
}

export const RESOLUTION_TRANSITIONS: readonly ResolutionTransition[] = Object.freeze([
  { from: 'draft', action: 'edit', to: 'draft', actors: ['committee'] },
  { from: 'draft', action: 'approve', to: 'approved', actors: ['committee'], guard: 'committee_majority' },
  { from: 'approved', action: 'publish_notice', to: 'notice', actors: ['committee'] },
  { from: 'notice', action: 'open', to: 'open', actors: ['system'], guard: 'online_mode' },
  { from: 'notice', action: 'record_official', to: 'final', actors: ['committee'], guard: 'official_mode' },
  { from: 'open', action: 'cast', to: 'open', actors: ['owner', 'committee'] },
  { from: 'open', action: 'extend', to: 'open', actors: ['committee'] },
  { from: 'open', action: 'close', to: 'objection', actors: ['system'] },
  { from: 'objection', action: 'object', to: 'objection', actors: ['owner'] },
  { from: 'objection', action: 'answer_objection', to: 'objection', actors: ['committee'] },
  { from: 'objection', action: 'finalize', to: 'final', actors: ['system'] },
] satisfies ResolutionTransition[]);

export type ResolutionMove =
  | { ok: true; to: ResolutionStatus; guard: ResolutionTransition['guard'] | null }
  | {
      ok: false;
      reason: 'no_such_move' | 'actor_not_allowed';
      code: typeof ErrorCode.ILLEGAL_TRANSITION | typeof ErrorCode.FORBIDDEN;
      message: string;
    };

const ACTOR_LABELS: Readonly<Record<ResolutionActor, string>> = {
  committee: '业委会成员',
  owner: '业主',
  system: '系统（按时间自动）',
};

/** The status after `action` by `actor`, or a typed refusal with a Chinese message. */
export function resolutionMove(
  status: ResolutionStatus,
  action: ResolutionAction,
  actor: ResolutionActor,
): ResolutionMove {
  const move = RESOLUTION_TRANSITIONS.find((t) => t.from === status && t.action === action);
  if (!move) {
    return {
      ok: false,
      reason: 'no_such_move',
      code: ErrorCode.ILLEGAL_TRANSITION,
      message: `表决当前为“${RESOLUTION_STATUS_LABELS[status]}”，不能${RESOLUTION_ACTION_LABELS[action]}`,
    };
  }
  if (!move.actors.includes(actor)) {
    return {
      ok: false,
      reason: 'actor_not_allowed',
      code: ErrorCode.FORBIDDEN,
      message: `只有${move.actors.map((a) => ACTOR_LABELS[a]).join('或')}可以${RESOLUTION_ACTION_LABELS[action]}`,
    };
  }
  return { ok: true, to: move.to, guard: move.guard ?? null };
}

/** Statuses in which the agenda (title, items, scope, dates) may still change: only the draft. */
export function agendaEditable(status: ResolutionStatus): boolean {
  return status === 'draft';
}

/** Statuses in which a result exists (preliminary during the objection period, then final). */
export function hasResult(status: ResolutionStatus): boolean {
  return status === 'objection' || status === 'final';
}

/** Committee approval (domain-rules.md §4): more than half of ALL committee members; no proxies. */
export function committeeMajority(approvals: number, committeeSize: number): boolean {
  return committeeSize > 0 && 2 * approvals > committeeSize;
}

export const MIN_VOTING_DAYS = 5;
export const MAX_VOTING_DAYS = 60;
export const DEFAULT_VOTING_DAYS = 15;
export const DEFAULT_NOTICE_DAYS = 15;
export const EXTRAORDINARY_NOTICE_DAYS = 7;
export const DEFAULT_OBJECTION_DAYS = 7;
const DAY_MS = 86_400_000;

/** Days of notice before voting opens: 7 for an extraordinary meeting, else the community's noticeDays (default 15). */
export function noticeDaysFor(extraordinary: boolean, communityNoticeDays?: number | null): number {
  if (extraordinary) return EXTRAORDINARY_NOTICE_DAYS;
  return communityNoticeDays && communityNoticeDays > 0 ? communityNoticeDays : DEFAULT_NOTICE_DAYS;
}

/** Whether a notice published at `publishedAt` leaves at least `noticeDays` full days before `opensAt`. */
export function noticeLongEnough(publishedAt: Date, opensAt: Date, noticeDays: number): boolean {
  return opensAt.getTime() - publishedAt.getTime() >= noticeDays * DAY_MS;
}

export function addDays(at: Date, days: number): Date {
  return new Date(at.getTime() + days * DAY_MS);
}

/**
 * Extending the voting window (once, before it closes, domain-rules.md §4): the new total length stays within
 * 5-60 days. Returns the new close time or a Chinese refusal.
 */
export function extendWindow(
  opensAt: Date,
  closesAt: Date,
  alreadyExtended: boolean,
  extraDays: number,
  now: Date,
): { ok: true; closesAt: Date } | { ok: false; message: string } {
  if (alreadyExtended) return { ok: false, message: '投票期只能延长一次，本次表决已经延长过' };
  if (now.getTime() >= closesAt.getTime()) return { ok: false, message: '投票已截止，不能再延长' };
  if (!Number.isInteger(extraDays) || extraDays < 1) return { ok: false, message: '延长天数必须是正整数' };
  const next = addDays(closesAt, extraDays);
  if (next.getTime() - opensAt.getTime() > MAX_VOTING_DAYS * DAY_MS) {
    return { ok: false, message: `延长后投票期将超过 ${MAX_VOTING_DAYS} 天，请减少延长天数` };
  }
  return { ok: true, closesAt: next };
}
