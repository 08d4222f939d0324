/**
 * Overdue (docs/domain-rules.md §7) in SQL: a call of `repair_overdue()` (migration 1763914000000), the one SQL copy of
 * `isOverdue()` in @gongzhi/domain, used by the queue, the statistics, the monthly rollup and the district overview
 * (test/repairs-overdue-equivalence.e2e-spec.ts checks all four against the pure function). `a` is the
 * repair_tickets alias, `now` a bound timestamptz parameter. The function is inlined by the planner, so this filters the
 * rows an index range selected and never makes a query scan the table.
 */
export const OVERDUE_SQL = (a: string, now: string): string =>
  `repair_overdue(${a}.status, ${a}.created_at, ${a}.responded_at, ${a}.resolved_at, ${a}.respond_target_minutes, ${a}.resolve_target_minutes, ${now})`;
