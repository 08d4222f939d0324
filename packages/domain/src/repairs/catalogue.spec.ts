import {
  DEFAULT_REPAIR_CATEGORIES,
  CATEGORY_CODE,
  RATING_TAGS,
  RATING_TAG_LABELS,
  DECLINE_REASONS,
  DECLINE_REASON_LABELS,
  isAutoCloseDue,
  needsReturnVisit,
} from './catalogue.js';

describe('repair catalogue', () => {
  it('starts every community with the eight default categories and the §7 targets', () => {
    expect(DEFAULT_REPAIR_CATEGORIES.map((c) => c.code)).toEqual([
      'water',
      'electricity',
      'gas',
      'lift',
      'doors_windows',
      'walls_leaks',
      'public_facilities',
      'other',
    ]);
    for (const c of DEFAULT_REPAIR_CATEGORIES) {
      expect(c.code).toMatch(CATEGORY_CODE);
      expect(c.name).toMatch(/[\u4e00-\u9fff]/);
      expect(c.targets).toEqual({
        urgent: { respondMinutes: 30, resolveMinutes: 1440 },
        normal: { respondMinutes: 1440, resolveMinutes: 4320 },
      });
    }
  });

  it('labels every rating tag and decline reason in Chinese', () => {
    for (const t of RATING_TAGS) expect(RATING_TAG_LABELS[t]).toMatch(/[\u4e00-\u9fff]/);
    for (const r of DECLINE_REASONS) expect(DECLINE_REASON_LABELS[r]).toMatch(/[\u4e00-\u9fff]/);
  });

  it('asks for a return visit at a rating of 2 or less', () => {
    expect([1, 2, 3, 4, 5].map(needsReturnVisit)).toEqual([true, true, false, false, false]);
  });

  it('closes an unconfirmed ticket exactly N days after completion, not a millisecond earlier', () => {
    const done = new Date('2026-11-01T10:00:00Z');
    expect(isAutoCloseDue(done, new Date('2026-11-08T09:59:59.999Z'))).toBe(false);
    expect(isAutoCloseDue(done, new Date('2026-11-08T10:00:00Z'))).toBe(true);
    expect(isAutoCloseDue(done, new Date('2026-11-04T10:00:00Z'), 3)).toBe(true);
  });
});
