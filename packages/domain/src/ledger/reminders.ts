/**
 * Reminders to the committee before (and once after) a statement's publication deadline (公示期限).
 * Dates are China calendar days `YYYY-MM-DD`.
 */

export type PublicationReminderKind = 'due_soon' | 'overdue';

/** Days before the due date from which the committee is reminded. */
export const PUBLICATION_REMINDER_WINDOW_DAYS = 7;

export interface PublicationReminder {
  kind: PublicationReminderKind;
  /** due_soon: days left (0 = the due date is today); overdue: days past the due date (≥ 1). */
  days: number;
}

const dayNumber = (d: string) => Date.UTC(+d.slice(0, 4), +d.slice(5, 7) - 1, +d.slice(8, 10)) / 86_400_000;

/**
 * Which reminder an unpublished statement calls for on `today`: none more than 7 days before `dueBy`,
 * `due_soon` from 7 days before up to the due date itself, `overdue` from the day after.
 */
export function publicationReminder(today: string, dueBy: string): PublicationReminder | null {
  const left = dayNumber(dueBy) - dayNumber(today);
  if (left < 0) return { kind: 'overdue', days: -left };
  if (left <= PUBLICATION_REMINDER_WINDOW_DAYS) return { kind: 'due_soon', days: left };
  return null;
}

/** "7月31日", with the year when it is not `year` ("2027年3月31日"). */
function dateLabel(d: string, year: string): string {
  const md = `${+d.slice(5, 7)}月${+d.slice(8, 10)}日`;
  return d.slice(0, 4) === year ? md : `${d.slice(0, 4)}年${md}`;
}

/**
 * The in-app message: 「2026年上半年公共收益收支情况应于 7月31日 前公示，还剩 5 天。请在“公共收益 → 收支报表”中核对并公示。」
 * `periodYear` is the year the period starts in (the due date shows its year when it differs).
 */
export function publicationReminderText(
  periodLabel: string,
  periodYear: string,
  dueBy: string,
  r: PublicationReminder,
): { title: string; body: string } {
  const due = dateLabel(dueBy, periodYear);
  if (r.kind === 'overdue') {
    return {
      title: '公共收益收支情况逾期未公示',
      body: `${periodLabel}公共收益收支情况应于 ${due} 前公示，已逾期 ${r.days} 天。请尽快在“公共收益 → 收支报表”中核对并公示。`,
    };
  }
  return {
    title: '公共收益收支情况即将到期公示',
    body: `${periodLabel}公共收益收支情况应于 ${due} 前公示，${r.days === 0 ? '今天是最后一天' : `还剩 ${r.days} 天`}。请在“公共收益 → 收支报表”中核对并公示。`,
  };
}
