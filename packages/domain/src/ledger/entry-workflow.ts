import { ErrorCode } from '../errors.js';

/**
 * The ledger entry workflow (公共收益账目, domain-rules.md §5 and §10) as data: a committee member drafts an entry,
 * submits it, and ANOTHER committee member approves (posts) or rejects it; a rejected entry is revised and submitted
 * again; a posted entry is never changed, only reversed by a new entry (which goes through the same workflow).
 */
export const ENTRY_STATUSES = ['draft', 'submitted', 'rejected', 'posted'] as const;
export type EntryStatus = (typeof ENTRY_STATUSES)[number];

export const ENTRY_ACTIONS = ['revise', 'submit', 'reject', 'approve', 'reverse'] as const;
export type EntryAction = (typeof ENTRY_ACTIONS)[number];

/** Who may take a move: the entry's author only, a committee member other than the author, or any committee member. */
export type EntryParty = 'author' | 'not_author' | 'any';

export const ENTRY_STATUS_LABELS: Readonly<Record<EntryStatus, string>> = Object.freeze({
  draft: '草稿',
  submitted: '待审核',
  rejected: '已退回',
  posted: '已入账',
});

export const ENTRY_ACTION_LABELS: Readonly<Record<EntryAction, string>> = Object.freeze({
  revise: '修改',
  submit: '提交',
  reject: '退回',
  approve: '批准',
  reverse: '冲正',
});

export interface EntryTransition {
  from: EntryStatus;
  action: EntryAction;
  /** For `reverse`: the original stays posted; the reversal is a new draft entry. */
  to: EntryStatus;
  party: EntryParty;
}

export const ENTRY_TRANSITIONS: readonly EntryTransition[] = Object.freeze([
  { from: 'draft', action: 'revise', to: 'draft', party: 'author' },
  { from: 'rejected', action: 'revise', to: 'draft', party: 'author' },
  { from: 'draft', action: 'submit', to: 'submitted', party: 'author' },
  { from: 'rejected', action: 'submit', to: 'submitted', party: 'author' },
  { from: 'submitted', action: 'reject', to: 'rejected', party: 'not_author' },
  { from: 'submitted', action: 'approve', to: 'posted', party: 'not_author' },
  { from: 'posted', action: 'reverse', to: 'posted', party: 'any' },
]);

/** What the refusal of an action in the wrong status says (the current status is added by the caller). */
const WRONG_STATUS: Readonly<Record<EntryAction, string>> = Object.freeze({
  revise: '只有草稿或被退回的账目可以修改',
  submit: '只有草稿或被退回的账目可以提交审核',
  reject: '只有待审核的账目可以退回',
  approve: '只有待审核的账目可以批准',
  reverse: '只有已入账的账目可以冲正',
});

export type EntryMove =
  | { ok: true; to: EntryStatus }
  | { ok: false; reason: 'no_such_move' | 'author_only' | 'not_the_author'; code: ErrorCode; message: string };

/** Whether `action` is allowed on an entry in `status`, for the entry's author (`isAuthor`) or another member. */
export function entryMove(status: EntryStatus, action: EntryAction, isAuthor: boolean): EntryMove {
  const t = ENTRY_TRANSITIONS.find((x) => x.from === status && x.action === action);
  if (!t)
    return {
      ok: false,
      reason: 'no_such_move',
      code: ErrorCode.ILLEGAL_TRANSITION,
      message: `${WRONG_STATUS[action]}（当前状态：${ENTRY_STATUS_LABELS[status]}）`,
    };
  const verb = ENTRY_ACTION_LABELS[action];
  if (t.party === 'author' && !isAuthor)
    return { ok: false, reason: 'author_only', code: ErrorCode.FORBIDDEN, message: `只有起草人可以${verb}这笔账目` };
  if (t.party === 'not_author' && isAuthor)
    return {
      ok: false,
      reason: 'not_the_author',
      code: ErrorCode.LEDGER_AUTHOR_CANNOT_APPROVE,
      message: `不能${verb}自己起草的账目，请由另一位业委会委员审核`,
    };
  return { ok: true, to: t.to };
}

/** The actions a person may take on an entry now (for the page's buttons). */
export function entryActions(status: EntryStatus, isAuthor: boolean): EntryAction[] {
  return ENTRY_ACTIONS.filter((a) => entryMove(status, a, isAuthor).ok);
}
