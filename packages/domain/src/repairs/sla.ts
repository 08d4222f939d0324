import { DomainError } from '../domain-error.js';
import { ErrorCode } from '../errors.js';
import { isTerminal, type TicketStatus } from './state-machine.js';

export type TicketPriority = 'urgent' | 'normal';

export interface SlaTarget {
  respondMinutes: number;
  resolveMinutes: number;
}

/** Defaults (domain-rules.md §7): urgent respond 30 min / resolve 24 h; normal respond 24 h / resolve 72 h. */
export const slaTargets: Readonly<Record<TicketPriority, Readonly<SlaTarget>>> = Object.freeze({
  urgent: Object.freeze({ respondMinutes: 30, resolveMinutes: 24 * 60 }),
  normal: Object.freeze({ respondMinutes: 24 * 60, resolveMinutes: 72 * 60 }),
});

export interface SlaTicket {
  priority: TicketPriority;
  status: TicketStatus;
  submittedAt: Date;
  /** First response (assigned/taken), if any. */
  respondedAt?: Date | null;
  /** When work was completed or the ticket was closed as not fixed, if it was. */
  resolvedAt?: Date | null;
}

export interface Overdue {
  respond: boolean;
  resolve: boolean;
  any: boolean;
}

const MINUTE = 60_000;

/**
 * Whether the ticket missed (or, still open, has passed) its response and resolution targets at `now`.
 * Reaching the target exactly is on time. Cancelled tickets are never overdue.
 */
export function isOverdue(
  ticket: SlaTicket,
  now: Date,
  targets: Readonly<Record<TicketPriority, SlaTarget>> = slaTargets,
): Overdue {
  const target = targets[ticket.priority];
  if (!target) throw new DomainError(ErrorCode.VALIDATION_FAILED, '报修优先级无效');
  if (ticket.status === 'cancelled') return { respond: false, resolve: false, any: false };
  const start = ticket.submittedAt.getTime();
  const respondedAt =
    ticket.respondedAt?.getTime() ?? (isTerminal(ticket.status) ? ticket.resolvedAt?.getTime() : undefined);
  const respondEnd = respondedAt ?? now.getTime();
  const resolveEnd = ticket.resolvedAt?.getTime() ?? now.getTime();
  const respond = respondEnd - start > target.respondMinutes * MINUTE;
  const resolve = resolveEnd - start > target.resolveMinutes * MINUTE;
  return { respond, resolve, any: respond || resolve };
}

/**
 * Continuous percentile with linear interpolation, the same definition as PostgreSQL's
 * percentile_cont(p) WITHIN GROUP (ORDER BY x). p in [0, 1]; null for no values.
 */
export function percentile(values: readonly number[], p: number): number | null {
  if (!(p >= 0 && p <= 1)) throw new DomainError(ErrorCode.VALIDATION_FAILED, '百分位必须在 0 到 1 之间');
  if (values.length === 0) return null;
  for (const v of values)
    if (!Number.isFinite(v)) throw new DomainError(ErrorCode.VALIDATION_FAILED, '统计值必须是有限数');
  const sorted = [...values].sort((a, b) => a - b);
  const pos = p * (sorted.length - 1);
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  const a = sorted[lo]!;
  const b = sorted[hi]!;
  return lo === hi ? a : a + (b - a) * (pos - lo);
}

/** percentile(values, 0.5). */
export function median(values: readonly number[]): number | null {
  return percentile(values, 0.5);
}
