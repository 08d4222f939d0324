import { ErrorCode } from '../errors.js';

/**
 * A committee term as data (domain-rules.md §10). Two kinds:
 * - `elected`: an owners' election (a matter-type-3 resolution) is `pending` until its result is final; deciding it
 *   gives `formed` (enough elected) or `failed`; the members elect the officers at the first meeting (`officers`);
 *   the chair files it (`filed`); the filing authority confirms (`confirmed`, roles take effect) or refuses it
 *   (`refused`, filed again after correction).
 * - `management` (物业管理委员会): created by the subdistrict officer with its members and publicised (`publicised`),
 *   confirmed by the district regulator after the publicity period (`confirmed`).
 * A confirmed term is `superseded` when the next one is confirmed. `recorded`: a committee recorded before elections
 * were supported (migration), in force until a confirmed filing replaces it.
 */
export const TERM_STATUSES = [
  'pending',
  'formed',
  'failed',
  'officers',
  'filed',
  'refused',
  'publicised',
  'confirmed',
  'superseded',
  'recorded',
] as const;
export type TermStatus = (typeof TERM_STATUSES)[number];

export const TERM_ACTIONS = ['decide', 'elect_officers', 'file', 'confirm', 'refuse', 'supersede'] as const;
export type TermAction = (typeof TERM_ACTIONS)[number];

/** Who takes a move: the filing authority (subdistrict officer, regulator), a member of the term, or the app. */
export type TermParty = 'authority' | 'member' | 'chair' | 'system';

export const TERM_STATUS_LABELS: Readonly<Record<TermStatus, string>> = Object.freeze({
  pending: '选举进行中',
  formed: '已当选，待选举主任',
  failed: '未能成立',
  officers: '已选出主任，待备案',
  filed: '已提交备案',
  refused: '备案被退回',
  publicised: '名单公示中',
  confirmed: '已备案生效',
  superseded: '已被新一届取代',
  recorded: '选举功能上线前录入',
});

export interface TermTransition {
  from: TermStatus;
  action: TermAction;
  /** `decide` has two outcomes; the caller picks by the election decision. */
  to: readonly TermStatus[];
  party: TermParty;
}

export const TERM_TRANSITIONS: readonly TermTransition[] = Object.freeze([
  { from: 'pending', action: 'decide', to: ['formed', 'failed'], party: 'system' },
  { from: 'formed', action: 'elect_officers', to: ['officers'], party: 'member' },
  { from: 'officers', action: 'file', to: ['filed'], party: 'chair' },
  { from: 'refused', action: 'file', to: ['filed'], party: 'chair' },
  { from: 'filed', action: 'confirm', to: ['confirmed'], party: 'authority' },
  { from: 'filed', action: 'refuse', to: ['refused'], party: 'authority' },
  { from: 'publicised', action: 'confirm', to: ['confirmed'], party: 'authority' },
  { from: 'publicised', action: 'refuse', to: ['refused'], party: 'authority' },
  { from: 'confirmed', action: 'supersede', to: ['superseded'], party: 'system' },
  { from: 'recorded', action: 'supersede', to: ['superseded'], party: 'system' },
]);

const WRONG_STATUS: Readonly<Record<TermAction, string>> = Object.freeze({
  decide: '只有选举进行中的一届可以计算当选结果',
  elect_officers: '只有已当选、尚未选出主任的一届可以选举主任',
  file: '只有已选出主任或备案被退回的一届可以提交备案',
  confirm: '只有已提交备案或正在公示的一届可以确认',
  refuse: '只有已提交备案或正在公示的一届可以退回',
  supersede: '只有生效中的一届可以被取代',
});

export type TermMove =
  { ok: true; to: readonly TermStatus[]; party: TermParty } | { ok: false; code: ErrorCode; message: string };

export function termMove(status: TermStatus, action: TermAction): TermMove {
  const t = TERM_TRANSITIONS.find((x) => x.from === status && x.action === action);
  if (!t)
    return {
      ok: false,
      code: ErrorCode.ILLEGAL_TRANSITION,
      message: `${WRONG_STATUS[action]}（当前状态：${TERM_STATUS_LABELS[status]}）`,
    };
  return { ok: true, to: t.to, party: t.party };
}

/** Statuses in which a term's members hold the committee's roles. */
export const IN_FORCE: readonly TermStatus[] = ['confirmed', 'recorded'];
