import { slaTargets, type SlaTarget, type TicketPriority } from './sla.js';

/** Where the broken thing is: inside one unit (专有部分) or in a common area (公共区域). */
export const REPAIR_AREA_KINDS = ['unit', 'common'] as const;
export type RepairAreaKind = (typeof REPAIR_AREA_KINDS)[number];

export const TICKET_PRIORITIES: readonly TicketPriority[] = ['urgent', 'normal'];
export const TICKET_PRIORITY_LABELS: Readonly<Record<TicketPriority, string>> = Object.freeze({
  urgent: '紧急',
  normal: '一般',
});

/** A repair category with its response/resolution targets per urgency (minutes). */
export interface RepairCategory {
  code: string;
  name: string;
  targets: Record<TicketPriority, SlaTarget>;
}

const defaults = (): Record<TicketPriority, SlaTarget> => ({
  urgent: { ...slaTargets.urgent },
  normal: { ...slaTargets.normal },
});

/**
 * The categories a community starts with (the list); a community may replace them. Every default category
 * uses the default targets of domain-rules.md §7 (urgent 30 min / 24 h, normal 24 h / 72 h).
 */
export const DEFAULT_REPAIR_CATEGORIES: readonly Readonly<RepairCategory>[] = Object.freeze(
  (
    [
      ['water', '水'],
      ['electricity', '电'],
      ['gas', '燃气'],
      ['lift', '电梯'],
      ['doors_windows', '门窗'],
      ['walls_leaks', '墙面与渗漏'],
      ['public_facilities', '公共设施'],
      ['other', '其他'],
    ] as const
  ).map(([code, name]) => Object.freeze({ code, name, targets: defaults() })),
);

/** Category codes: lower-case letters, digits and underscores (stored on tickets, used in statistics). */
export const CATEGORY_CODE = /^[a-z][a-z0-9_]{1,29}$/;

/** Tags a resident may add to a rating. */
export const RATING_TAGS = ['fast', 'polite', 'tidy', 'professional', 'slow', 'rude', 'messy', 'not_fixed'] as const;
export type RatingTag = (typeof RATING_TAGS)[number];
export const RATING_TAG_LABELS: Readonly<Record<RatingTag, string>> = Object.freeze({
  fast: '响应快',
  polite: '态度好',
  tidy: '干净整洁',
  professional: '专业',
  slow: '太慢',
  rude: '态度差',
  messy: '现场脏乱',
  not_fixed: '没修好',
});

/** A rating at or below this creates a return-visit (回访) task for the property company. */
export const RETURN_VISIT_MAX_SCORE = 2;

export function needsReturnVisit(score: number): boolean {
  return score <= RETURN_VISIT_MAX_SCORE;
}

/** Why the property company declines a repair; every decline closes the ticket as not fixed. */
export const DECLINE_REASONS = ['not_our_responsibility', 'needs_owners_decision', 'other'] as const;
export type DeclineReason = (typeof DECLINE_REASONS)[number];
export const DECLINE_REASON_LABELS: Readonly<Record<DeclineReason, string>> = Object.freeze({
  not_our_responsibility: '不属于物业服务范围',
  needs_owners_decision: '需业主共同决定或动用维修资金',
  other: '其他原因',
});

/** Days after completion before an unconfirmed ticket closes by itself (community setting `autoCloseDays`). */
export const DEFAULT_AUTO_CLOSE_DAYS = 7;

/**
 * Whether a ticket completed at `doneAt` is due for automatic closing at `now`: exactly `days` days after
 * completion it is due.
 */
export function isAutoCloseDue(doneAt: Date, now: Date, days: number = DEFAULT_AUTO_CLOSE_DAYS): boolean {
  return now.getTime() - doneAt.getTime() >= days * 24 * 60 * 60_000;
}
