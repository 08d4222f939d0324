import { PUBLICATION_REMINDER_WINDOW_DAYS, publicationReminder, publicationReminderText } from './reminders.js';

describe('publication reminders', () => {
  it('says nothing more than 7 days before the due date', () => {
    expect(PUBLICATION_REMINDER_WINDOW_DAYS).toBe(7);
    expect(publicationReminder('2026-07-23', '2026-07-31')).toBeNull();
    expect(publicationReminder('2026-01-01', '2026-07-31')).toBeNull();
  });

  it('is due soon from 7 days before up to the due date itself', () => {
    expect(publicationReminder('2026-07-24', '2026-07-31')).toEqual({ kind: 'due_soon', days: 7 });
    expect(publicationReminder('2026-07-26', '2026-07-31')).toEqual({ kind: 'due_soon', days: 5 });
    expect(publicationReminder('2026-07-31', '2026-07-31')).toEqual({ kind: 'due_soon', days: 0 });
  });

  it('is overdue from the day after, across months and years', () => {
    expect(publicationReminder('2026-08-01', '2026-07-31')).toEqual({ kind: 'overdue', days: 1 });
    expect(publicationReminder('2027-04-02', '2027-03-31')).toEqual({ kind: 'overdue', days: 2 });
    expect(publicationReminder('2027-01-03', '2026-12-31')).toEqual({ kind: 'overdue', days: 3 });
    expect(publicationReminder('2027-02-25', '2027-03-03')).toEqual({ kind: 'due_soon', days: 6 });
  });

  it('writes the message in Chinese with the days left or past', () => {
    expect(publicationReminderText('2026年上半年', '2026', '2026-07-31', { kind: 'due_soon', days: 5 }).body).toBe(
      '2026年上半年公共收益收支情况应于 7月31日 前公示，还剩 5 天。请在“公共收益 → 收支报表”中核对并公示。',
    );
    expect(publicationReminderText('2026年上半年', '2026', '2026-07-31', { kind: 'due_soon', days: 0 }).body).toContain(
      '今天是最后一天',
    );
    const late = publicationReminderText('2026年度', '2026', '2027-03-31', { kind: 'overdue', days: 3 });
    expect(late.title).toBe('公共收益收支情况逾期未公示');
    expect(late.body).toBe(
      '2026年度公共收益收支情况应于 2027年3月31日 前公示，已逾期 3 天。请尽快在“公共收益 → 收支报表”中核对并公示。',
    );
  });
});
