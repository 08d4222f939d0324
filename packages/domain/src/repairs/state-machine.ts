import { ErrorCode } from '../errors.js';

/** Repair ticket (报修) statuses, actions and actors; the allowed moves are data (TRANSITIONS). */
export const TICKET_STATUSES = [
  'submitted',
  'assigned',
  'in_progress',
  'awaiting_quote_acceptance',
  'done',
  'confirmed',
  'closed_unconfirmed',
  'closed_not_fixed',
  'cancelled',
] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];

export const TICKET_ACTIONS = [
  'assign',
  'take',
  'start',
  'add_note',
  'request_quote',
  'accept_quote',
  'reject_quote',
  'complete',
  'confirm',
  'reopen',
  'decline',
  'cancel',
  'auto_close',
] as const;
export type TicketAction = (typeof TICKET_ACTIONS)[number];

export const TICKET_ACTORS = ['reporter', 'staff', 'manager', 'system'] as const;
/** reporter = the resident who reported it; staff = property staff; manager = property manager. */
export type TicketActor = (typeof TICKET_ACTORS)[number];

export const TICKET_STATUS_LABELS: Readonly<Record<TicketStatus, string>> = Object.freeze({
  submitted: '已提交',
  assigned: '已派单',
  in_progress: '处理中',
  awaiting_quote_acceptance: '待确认报价',
  done: '已完成待确认',
  confirmed: '已确认解决',
  closed_unconfirmed: '超时自动关闭',
  closed_not_fixed: '未修复关闭',
  cancelled: '已取消',
});

export const TICKET_ACTION_LABELS: Readonly<Record<TicketAction, string>> = Object.freeze({
  assign: '派单',
  take: '接单',
  start: '开始处理',
  add_note: '添加备注',
  request_quote: '发起有偿服务报价',
  accept_quote: '接受报价',
  reject_quote: '拒绝报价',
  complete: '完成维修',
  confirm: '确认解决',
  reopen: '未解决，重新处理',
  decline: '不予维修',
  cancel: '取消报修',
  auto_close: '超时自动关闭',
});

export interface Transition {
  from: TicketStatus;
  action: TicketAction;
  to: TicketStatus;
  actors: readonly TicketActor[];
  /** The move increments the ticket's reopen count. */
  incrementsReopenCount?: boolean;
  /** The move needs a written reason (decline, reject_quote, reopen). */
  needsReason?: boolean;
}

/** Every status that is not terminal: the ticket still needs someone to act (the queue's "open"). */
export const OPEN_STATUSES: readonly TicketStatus[] = Object.freeze([
  'submitted',
  'assigned',
  'in_progress',
  'awaiting_quote_acceptance',
  'done',
]);
/** Work was completed (and not since reopened): the tickets that have a resolution time in the statistics. */
export const FIXED_STATUSES: readonly TicketStatus[] = Object.freeze(['done', 'confirmed', 'closed_unconfirmed']);
const OPEN = OPEN_STATUSES;

/** Every allowed move. Anything not listed here is refused. */
export const TRANSITIONS: readonly Transition[] = Object.freeze([
  { from: 'submitted', action: 'assign', to: 'assigned', actors: ['manager'] },
  { from: 'assigned', action: 'assign', to: 'assigned', actors: ['manager'] }, // reassign
  { from: 'submitted', action: 'take', to: 'assigned', actors: ['staff'] },
  { from: 'assigned', action: 'start', to: 'in_progress', actors: ['staff', 'manager'] },
  { from: 'assigned', action: 'request_quote', to: 'awaiting_quote_acceptance', actors: ['staff', 'manager'] },
  { from: 'in_progress', action: 'request_quote', to: 'awaiting_quote_acceptance', actors: ['staff', 'manager'] },
  { from: 'awaiting_quote_acceptance', action: 'accept_quote', to: 'in_progress', actors: ['reporter'] },
  // The resident refuses the paid service: the thing stays broken, so the ticket is honestly "not fixed".
  {
    from: 'awaiting_quote_acceptance',
    action: 'reject_quote',
    to: 'closed_not_fixed',
    actors: ['reporter'],
    needsReason: true,
  },
  { from: 'in_progress', action: 'complete', to: 'done', actors: ['staff', 'manager'] },
  { from: 'done', action: 'confirm', to: 'confirmed', actors: ['reporter'] },
  {
    from: 'done',
    action: 'reopen',
    to: 'in_progress',
    actors: ['reporter'],
    incrementsReopenCount: true,
    needsReason: true,
  },
  { from: 'done', action: 'auto_close', to: 'closed_unconfirmed', actors: ['system'] },
  ...(['submitted', 'assigned', 'in_progress', 'awaiting_quote_acceptance'] as const).map((from): Transition => ({
    from,
    action: 'decline',
    to: 'closed_not_fixed',
    actors: ['manager'],
    needsReason: true,
  })),
  ...(['submitted', 'assigned'] as const).map((from): Transition => ({
    from,
    action: 'cancel',
    to: 'cancelled',
    actors: ['reporter', 'manager'],
  })),
  ...OPEN.map((from): Transition => ({ from, action: 'add_note', to: from, actors: ['reporter', 'staff', 'manager'] })),
]);

export const TERMINAL_STATUSES: readonly TicketStatus[] = [
  'confirmed',
  'closed_unconfirmed',
  'closed_not_fixed',
  'cancelled',
];

export function isTerminal(status: TicketStatus): boolean {
  return TERMINAL_STATUSES.includes(status);
}

export type TransitionRefusal = {
  ok: false;
  /** terminal: the ticket is closed; no_such_move: the action makes no sense in this status; actor_not_allowed: someone else must do it. */
  reason: 'terminal' | 'no_such_move' | 'actor_not_allowed';
  code: typeof ErrorCode.ILLEGAL_TRANSITION | typeof ErrorCode.FORBIDDEN;
  message: string;
};
export type TransitionResult =
  { ok: true; to: TicketStatus; incrementsReopenCount: boolean; needsReason: boolean } | TransitionRefusal;

const ACTOR_LABELS: Readonly<Record<TicketActor, string>> = {
  reporter: '报修人',
  staff: '物业维修人员',
  manager: '物业经理',
  system: '系统',
};

/** The status after `action` by `actor`, or a typed refusal with a Chinese message. */
export function nextStatus(status: TicketStatus, action: TicketAction, actor: TicketActor): TransitionResult {
  const move = TRANSITIONS.find((t) => t.from === status && t.action === action);
  const statusLabel = TICKET_STATUS_LABELS[status];
  const actionLabel = TICKET_ACTION_LABELS[action];
  if (!move) {
    if (isTerminal(status)) {
      return {
        ok: false,
        reason: 'terminal',
        code: ErrorCode.ILLEGAL_TRANSITION,
        message: `报修单已${statusLabel}，不能再${actionLabel}`,
      };
    }
    return {
      ok: false,
      reason: 'no_such_move',
      code: ErrorCode.ILLEGAL_TRANSITION,
      message: `报修单当前为“${statusLabel}”，不能${actionLabel}`,
    };
  }
  if (!move.actors.includes(actor)) {
    const who = move.actors.map((a) => ACTOR_LABELS[a]).join('或');
    return {
      ok: false,
      reason: 'actor_not_allowed',
      code: ErrorCode.FORBIDDEN,
      message: `只有${who}可以${actionLabel}`,
    };
  }
  return {
    ok: true,
    to: move.to,
    incrementsReopenCount: move.incrementsReopenCount === true,
    needsReason: move.needsReason === true,
  };
}

/** The actions `actor` may take on a ticket in `status` (for showing buttons). */
export function availableActions(status: TicketStatus, actor: TicketActor): TicketAction[] {
  return TRANSITIONS.filter((t) => t.from === status && t.actors.includes(actor)).map((t) => t.action);
}
