import { isOverdue, type TicketStatus } from '@gongzhi/domain';

/** The columns of a repair_tickets row that overdue depends on. */
export interface OverdueRow {
  status: TicketStatus;
  urgency: 'urgent' | 'normal';
  created_at: Date;
  responded_at: Date | null;
  resolved_at: Date | null;
  respond_target_minutes: number;
  resolve_target_minutes: number;
}

/** The pure isOverdue() of @gongzhi/domain for a stored ticket row, with the targets stored on the ticket. */
export function rowOverdue(r: OverdueRow, now: Date): boolean {
  const target = { respondMinutes: r.respond_target_minutes, resolveMinutes: r.resolve_target_minutes };
  return isOverdue(
    {
      priority: r.urgency,
      status: r.status,
      submittedAt: r.created_at,
      respondedAt: r.responded_at,
      resolvedAt: r.resolved_at,
    },
    now,
    { urgent: target, normal: target },
  ).any;
}
