import { chinaDateTime, chinaIsoDate, chinaIsoMonth, chinaMonthDayTime, chinaParts } from './china-time.js';

describe('China time (UTC+8)', () => {
  it('moves to the next day and month at 16:00 UTC', () => {
    const before = new Date('2026-11-30T15:59:00Z');
    const after = new Date('2026-11-30T16:00:00Z');
    expect(chinaIsoDate(before)).toBe('2026-11-30');
    expect(chinaIsoDate(after)).toBe('2026-12-01');
    expect(chinaIsoMonth(after)).toBe('2026-12');
    expect(chinaParts(new Date('2026-12-31T16:30:00Z'))).toEqual({ year: 2027, month: 1, day: 1, hour: 0, minute: 30 });
  });

  it('writes the times people read', () => {
    const at = new Date('2026-11-20T06:02:59Z');
    expect(chinaMonthDayTime(at)).toBe('11月20日 14:02');
    expect(chinaDateTime(at)).toBe('2026年11月20日 14:02');
    expect(chinaMonthDayTime(new Date('2026-01-04T17:05:00Z'))).toBe('1月5日 01:05');
  });
});
