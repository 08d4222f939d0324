import { ErrorCode } from '../errors.js';

/**
 * The notice workflow (domain-rules.md §11) as data. A draft is written by a publisher; a draft that speaks for the
 * committee is approved by committee members (more than half of all members) before it is published; a published
 * notice is never edited: only pinning, unpinning and extending its display end are allowed (each an event record),
 * and a correction or a withdrawal is a new notice citing it.
 */
export const NOTICE_STATUSES = ['draft', 'published'] as const;
export type NoticeStatus = (typeof NOTICE_STATUSES)[number];

export const NOTICE_ACTIONS = ['approve', 'publish', 'pin', 'unpin', 'extend', 'cite'] as const;
export type NoticeAction = (typeof NOTICE_ACTIONS)[number];

/** author: the draft's author only; not_author: a committee member other than the author; publisher: any publisher of the type. */
export type NoticeParty = 'author' | 'not_author' | 'publisher';

export const NOTICE_STATUS_LABELS: Readonly<Record<NoticeStatus, string>> = Object.freeze({
  draft: '草稿',
  published: '已发布',
});

export const NOTICE_ACTION_LABELS: Readonly<Record<NoticeAction, string>> = Object.freeze({
  approve: '同意发布',
  publish: '发布',
  pin: '置顶',
  unpin: '取消置顶',
  extend: '延长展示',
  cite: '更正或撤回',
});

export interface NoticeTransition {
  from: NoticeStatus;
  action: NoticeAction;
  to: NoticeStatus;
  party: NoticeParty;
}

export const NOTICE_TRANSITIONS: readonly NoticeTransition[] = Object.freeze([
  { from: 'draft', action: 'approve', to: 'draft', party: 'not_author' },
  { from: 'draft', action: 'publish', to: 'published', party: 'author' },
  { from: 'published', action: 'pin', to: 'published', party: 'publisher' },
  { from: 'published', action: 'unpin', to: 'published', party: 'publisher' },
  { from: 'published', action: 'extend', to: 'published', party: 'publisher' },
  { from: 'published', action: 'cite', to: 'published', party: 'publisher' },
]);

const WRONG_STATUS: Readonly<Record<NoticeAction, string>> = Object.freeze({
  approve: '只有未发布的草稿需要同意',
  publish: '这份通知已经发布，不能再发布；如需更正，请发布一份更正通知',
  pin: '只有已发布的通知可以置顶',
  unpin: '只有已发布的通知可以取消置顶',
  extend: '只有已发布的通知可以延长展示',
  cite: '只有已发布的通知可以更正或撤回',
});

export type NoticeMove =
  | { ok: true; to: NoticeStatus }
  | { ok: false; reason: 'no_such_move' | 'author_only' | 'not_the_author'; code: ErrorCode; message: string };

/** Whether `action` is allowed on a notice in `status` for its author (`isAuthor`) or another publisher. */
export function noticeMove(status: NoticeStatus, action: NoticeAction, isAuthor: boolean): NoticeMove {
  const t = NOTICE_TRANSITIONS.find((x) => x.from === status && x.action === action);
  if (!t)
    return { ok: false, reason: 'no_such_move', code: ErrorCode.ILLEGAL_TRANSITION, message: WRONG_STATUS[action] };
  const verb = NOTICE_ACTION_LABELS[action];
  if (t.party === 'author' && !isAuthor)
    return { ok: false, reason: 'author_only', code: ErrorCode.FORBIDDEN, message: `只有起草人可以${verb}这份通知` };
  if (t.party === 'not_author' && isAuthor)
    return {
      ok: false,
      reason: 'not_the_author',
      code: ErrorCode.FORBIDDEN,
      message: `起草人不能${verb}自己起草的通知，请由其他业委会委员同意`,
    };
  return { ok: true, to: t.to };
}

/** A display end may only move later (extending); it never shortens what residents were told. */
export function extendDisplayEnd(current: Date, next: Date): { ok: true } | { ok: false; message: string } {
  if (!(next.getTime() > current.getTime()))
    return { ok: false, message: '新的展示结束时间必须晚于原来的结束时间（只能延长，不能缩短）' };
  return { ok: true };
}
