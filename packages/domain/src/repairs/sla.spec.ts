import fc from 'fast-check';
import { DomainError } from '../domain-error.js';
import { isOverdue, median, percentile, slaTargets, type SlaTicket } from './sla.js';

const t0 = new Date('2026-11-20T06:00:00.000Z');
const after = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);
const ticket = (t: Partial<SlaTicket>): SlaTicket => ({
  priority: 'urgent',
  status: 'submitted',
  submittedAt: t0,
  ...t,
});

describe('SLA targets', () => {
  it('defaults to 30 min / 24 h for urgent and 24 h / 72 h for normal', () => {
    expect(slaTargets).toEqual({
      urgent: { respondMinutes: 30, resolveMinutes: 1440 },
      normal: { respondMinutes: 1440, resolveMinutes: 4320 },
    });
  });

  it('an unanswered urgent ticket is on time at exactly 30 minutes and overdue one millisecond later', () => {
    expect(isOverdue(ticket({}), after(30))).toEqual({ respond: false, resolve: false, any: false });
    expect(isOverdue(ticket({}), new Date(after(30).getTime() + 1))).toEqual({
      respond: true,
      resolve: false,
      any: true,
    });
  });

  it('a ticket answered in time stays on time for response; resolution runs on', () => {
    const t = ticket({ status: 'in_progress', respondedAt: after(10) });
    expect(isOverdue(t, after(1440))).toMatchObject({ respond: false, resolve: false });
    expect(isOverdue(t, after(1441))).toMatchObject({ respond: false, resolve: true, any: true });
  });

  it('a late response stays a missed target after it happened', () => {
    expect(isOverdue(ticket({ status: 'in_progress', respondedAt: after(45) }), after(50)).respond).toBe(true);
  });

  it('a resolved ticket is judged by when it was resolved, not by now', () => {
    const t = ticket({ priority: 'normal', status: 'confirmed', respondedAt: after(60), resolvedAt: after(4000) });
    expect(isOverdue(t, after(100000))).toEqual({ respond: false, resolve: false, any: false });
    expect(isOverdue({ ...t, resolvedAt: after(4321) }, after(100000)).resolve).toBe(true);
  });

  it('cancelled tickets are never overdue; custom targets apply', () => {
    expect(isOverdue(ticket({ status: 'cancelled' }), after(100000)).any).toBe(false);
    expect(
      isOverdue(ticket({}), after(20), {
        urgent: { respondMinutes: 15, resolveMinutes: 60 },
        normal: slaTargets.normal,
      }).respond,
    ).toBe(true);
  });
});

describe('percentile / median (PostgreSQL percentile_cont)', () => {
  it.each([
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9, 9.1],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.5, 5.5],
    [[10, 1, 5], 0.5, 5],
    [[7], 0.95, 7],
    [[3, 1], 0, 1],
    [[3, 1], 1, 3],
    [[0, 100], 0.25, 25],
  ])('percentile_cont of %j at %s is %s', (values, p, want) => {
    expect(percentile(values, p)).toBeCloseTo(want, 10);
  });

  it('median of an even count is the mean of the middle two; of nothing is null', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });

  it('refuses p outside [0,1] and non-finite values', () => {
    expect(() => percentile([1], 1.5)).toThrow(DomainError);
    expect(() => percentile([1], Number.NaN)).toThrow(DomainError);
    expect(() => percentile([1, Number.POSITIVE_INFINITY], 0.5)).toThrow(DomainError);
  });

  it('is monotone in p, bounded by min and max, and ignores input order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 100000 }), { minLength: 1, maxLength: 50 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (xs, p, q) => {
          const [lo, hi] = p < q ? [p, q] : [q, p];
          const a = percentile(xs, lo)!;
          const b = percentile(xs, hi)!;
          expect(a).toBeLessThanOrEqual(b + 1e-9);
          expect(a).toBeGreaterThanOrEqual(Math.min(...xs));
          expect(b).toBeLessThanOrEqual(Math.max(...xs));
          expect(percentile([...xs].reverse(), lo)).toBe(a);
        },
      ),
      { numRuns: 500 },
    );
  });
});
