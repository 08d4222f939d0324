import { ErrorCode } from '../errors.js';

/**
 * Supervision workflows as data (domain-rules §10, §12). Nothing is scored or listed by one insider alone: an
 * inspection is recorded by an officer and answered by the company before it is published; the annual assessment is
 * computed by the district and answered by the company; a list entry is proposed by the rules, confirmed by one
 * bureau officer and countersigned by ANOTHER, answered by the company, then published. A reply window (days) lets
 * publication go ahead without a reply once it has closed.
 */
export type SupervisionParty = 'inspector' | 'company' | 'officer' | 'other_officer' | 'complainant' | 'respondent';

export interface SupervisionTransition<S extends string, A extends string> {
  from: S;
  action: A;
  to: S;
  party: SupervisionParty;
  /** The move waits for the reply window to close unless the company has replied. */
  afterReplyOrWindow?: boolean;
  /** The move is allowed only after the reply deadline has passed. */
  afterDeadline?: boolean;
}

export const INSPECTION_STATUSES = ['awaiting_reply', 'replied', 'published'] as const;
export type InspectionStatus = (typeof INSPECTION_STATUSES)[number];
export const INSPECTION_STATUS_LABELS: Readonly<Record<InspectionStatus, string>> = Object.freeze({
  awaiting_reply: '等待物业答复',
  replied: '物业已答复',
  published: '已公布',
});
export type InspectionAction = 'reply' | 'publish';
export const INSPECTION_TRANSITIONS: readonly SupervisionTransition<InspectionStatus, InspectionAction>[] =
  Object.freeze([
    { from: 'awaiting_reply', action: 'reply', to: 'replied', party: 'company' },
    { from: 'awaiting_reply', action: 'publish', to: 'published', party: 'inspector', afterReplyOrWindow: true },
    { from: 'replied', action: 'publish', to: 'published', party: 'inspector' },
  ]);

export const ASSESSMENT_STATUSES = ['awaiting_reply', 'replied', 'published'] as const;
export type AssessmentStatus = (typeof ASSESSMENT_STATUSES)[number];
export const ASSESSMENT_STATUS_LABELS: Readonly<Record<AssessmentStatus, string>> = Object.freeze({
  awaiting_reply: '等待物业答复（10 日）',
  replied: '物业已答复',
  published: '已公布',
});
export type AssessmentAction = 'reply' | 'publish';
export const ASSESSMENT_TRANSITIONS: readonly SupervisionTransition<AssessmentStatus, AssessmentAction>[] =
  Object.freeze([
    { from: 'awaiting_reply', action: 'reply', to: 'replied', party: 'company' },
    { from: 'awaiting_reply', action: 'publish', to: 'published', party: 'officer', afterReplyOrWindow: true },
    { from: 'replied', action: 'publish', to: 'published', party: 'officer' },
  ]);

export const LIST_ENTRY_STATUSES = ['proposed', 'confirmed', 'countersigned', 'replied', 'published'] as const;
export type ListEntryStatus = (typeof LIST_ENTRY_STATUSES)[number];
export const LIST_ENTRY_STATUS_LABELS: Readonly<Record<ListEntryStatus, string>> = Object.freeze({
  proposed: '平台按规则提出',
  confirmed: '一位监管人员已确认',
  countersigned: '第二位监管人员已会签，等待物业答复',
  replied: '物业已答复',
  published: '已公布',
});
export type ListEntryAction = 'confirm' | 'countersign' | 'reply' | 'publish';
export const LIST_ENTRY_TRANSITIONS: readonly SupervisionTransition<ListEntryStatus, ListEntryAction>[] = Object.freeze(
  [
    { from: 'proposed', action: 'confirm', to: 'confirmed', party: 'officer' },
    { from: 'confirmed', action: 'countersign', to: 'countersigned', party: 'other_officer' },
    { from: 'countersigned', action: 'reply', to: 'replied', party: 'company' },
    { from: 'countersigned', action: 'publish', to: 'published', party: 'officer', afterReplyOrWindow: true },
    { from: 'replied', action: 'publish', to: 'published', party: 'officer' },
  ],
);

export const COMPLAINT_STATUSES = ['open', 'answered', 'escalated'] as const;
export type ComplaintStatus = (typeof COMPLAINT_STATUSES)[number];
export const COMPLAINT_STATUS_LABELS: Readonly<Record<ComplaintStatus, string>> = Object.freeze({
  open: '等待答复',
  answered: '已答复',
  escalated: '已转上级部门',
});
export type ComplaintAction = 'answer' | 'escalate';
export const COMPLAINT_TRANSITIONS: readonly SupervisionTransition<ComplaintStatus, ComplaintAction>[] = Object.freeze([
  { from: 'open', action: 'answer', to: 'answered', party: 'respondent' },
  { from: 'open', action: 'escalate', to: 'escalated', party: 'complainant', afterDeadline: true },
  // A late answer may still be escalated: the complainant decides whether it was good enough.
  { from: 'answered', action: 'escalate', to: 'escalated', party: 'complainant', afterDeadline: true },
]);

/** Who a complaint is about, and where it goes when the answer is late (domain-rules §12). */
export const COMPLAINT_SUBJECTS = ['property', 'committee'] as const;
export type ComplaintSubject = (typeof COMPLAINT_SUBJECTS)[number];
export const COMPLAINT_ESCALATION: Readonly<Record<ComplaintSubject, { to: string; label: string }>> = Object.freeze({
  property: { to: 'district', label: '区住房和城乡建设部门' },
  committee: { to: 'subdistrict', label: '街道办事处' },
});

/** Hangzhou Art. 50: the company answers a complaint within 10 days (a city-profile setting). */
export const DEFAULT_COMPLAINT_REPLY_DAYS = 10;
/** The company's right of reply before publication: 10 days for the annual assessment and a list entry. */
export const DEFAULT_REPLY_WINDOW_DAYS = 10;
/** …and for a monthly inspection. */
export const DEFAULT_INSPECTION_REPLY_DAYS = 5;

export type SupervisionMove<S> =
  | { ok: true; to: S }
  | {
      ok: false;
      reason: 'no_such_move' | 'wrong_party' | 'window_open' | 'not_late';
      code: ErrorCode;
      message: string;
    };

export interface MoveContext {
  /** The parties the caller is (e.g. ['officer'] or ['officer', 'other_officer']). */
  parties: readonly SupervisionParty[];
  /** The reply window or the answer deadline has passed. */
  pastDeadline: boolean;
  /** For complaints: the answer came after the deadline (or has not come). */
  answeredLate?: boolean;
}

/** Whether `action` may be taken on a record in `status` by this caller, now. */
export function supervisionMove<S extends string, A extends string>(
  transitions: readonly SupervisionTransition<S, A>[],
  labels: Readonly<Record<S, string>>,
  status: S,
  action: A,
  ctx: MoveContext,
): SupervisionMove<S> {
  const t = transitions.find((x) => x.from === status && x.action === action);
  if (!t)
    return {
      ok: false,
      reason: 'no_such_move',
      code: ErrorCode.ILLEGAL_TRANSITION,
      message: `当前状态（${labels[status]}）不能进行这一步`,
    };
  if (!ctx.parties.includes(t.party))
    return {
      ok: false,
      reason: 'wrong_party',
      code: ErrorCode.FORBIDDEN,
      message: t.party === 'other_officer' ? '会签须由另一位监管人员进行' : '您不能进行这一步',
    };
  if (t.afterReplyOrWindow && !ctx.pastDeadline)
    return {
      ok: false,
      reason: 'window_open',
      code: ErrorCode.CONFLICT,
      message: '物业服务企业的答复期还没有结束，答复或期满后才能公布',
    };
  if (t.afterDeadline && (!ctx.pastDeadline || ctx.answeredLate === false))
    return {
      ok: false,
      reason: 'not_late',
      code: ErrorCode.CONFLICT,
      message: '答复期限还没到，或已按时答复，暂不能转上级部门',
    };
  return { ok: true, to: t.to };
}
