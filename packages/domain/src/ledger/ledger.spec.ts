import fc from 'fast-check';
import { DomainError } from '../domain-error.js';
import { ErrorCode } from '../errors.js';
import {
  EXPENSE_CATEGORIES,
  INCOME_CATEGORIES,
  categoryLabel,
  chinaDate,
  monthsOf,
  netIncome,
  periodFor,
  statementMeetsTopUp,
  statementOf,
  topUpRequirement,
  type LedgerEntry,
} from './index.js';

const codeOf = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return (e as DomainError).code;
  }
  return 'none';
};

describe('categories', () => {
  it('has the five income and five expense categories with Chinese labels', () => {
    expect(INCOME_CATEGORIES).toEqual(['advertising', 'road_parking', 'venue_rental', 'interest', 'other']);
    expect(EXPENSE_CATEGORIES).toEqual(['fund_topup', 'common_repairs', 'committee_costs', 'audit_fees', 'other']);
    expect(categoryLabel('income', 'advertising')).toBe('广告收入');
    expect(categoryLabel('expense', 'fund_topup')).toBe('补充专项维修资金');
    expect(categoryLabel('income', 'other')).toBe('其他收入');
    expect(categoryLabel('expense', 'other')).toBe('其他支出');
    expect(categoryLabel('income', 'fund_topup')).toBe('未知类别');
  });
});

describe('netIncome', () => {
  it('subtracts proven costs from gross', () => {
    expect(netIncome(1_200_000n, [150_000n, 50_000n])).toBe(1_000_000n);
    expect(netIncome(1_000n, [])).toBe(1_000n);
    expect(netIncome(1_000n, [1_000n])).toBe(0n);
  });

  it('refuses costs above gross and negative amounts', () => {
    expect(codeOf(() => netIncome(1_000n, [600n, 401n]))).toBe(ErrorCode.LEDGER_AMOUNT_INVALID);
    expect(() => netIncome(1_000n, [1_001n])).toThrow(/成本不能超过/);
    expect(codeOf(() => netIncome(-1n, []))).toBe(ErrorCode.LEDGER_AMOUNT_INVALID);
    expect(codeOf(() => netIncome(10n, [-1n]))).toBe(ErrorCode.LEDGER_AMOUNT_INVALID);
  });
});

describe('periodFor', () => {
  it.each([
    ['2026-05-31', 'half_year', '2026-01-01', '2026-06-30', '2026年上半年'],
    ['2026-07-01', 'half_year', '2026-07-01', '2026-12-31', '2026年下半年'],
    ['2026-02-14', 'quarter', '2026-01-01', '2026-03-31', '2026年第一季度'],
    ['2026-11-20', 'quarter', '2026-10-01', '2026-12-31', '2026年第四季度'],
    ['2028-02-29', 'quarter', '2028-01-01', '2028-03-31', '2028年第一季度'],
    ['2026-06-30', 'year', '2026-01-01', '2026-12-31', '2026年度'],
  ] as const)('%s (%s) → %s..%s %s', (date, freq, start, end, label) => {
    expect(periodFor(date, freq)).toEqual({ frequency: freq, start, end, label });
  });

  it('defaults to half-year and reads instants in China time (UTC+8)', () => {
    // 2026-06-30T16:30Z is already 1 July 00:30 in Beijing
    expect(periodFor(new Date('2026-06-30T16:30:00Z')).label).toBe('2026年下半年');
    expect(periodFor(new Date('2026-06-30T15:59:59Z')).label).toBe('2026年上半年');
    expect(chinaDate(new Date('2026-12-31T16:00:00Z'))).toBe('2027-01-01');
  });

  it('refuses dates that do not exist', () => {
    for (const bad of ['2026-02-30', '2026-13-01', '2026-1-5', '20260105', ''])
      expect(() => periodFor(bad, 'quarter')).toThrow(DomainError);
  });

  it('every date lies inside its period for every frequency', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }),
        fc.constantFrom('half_year', 'quarter', 'year' as const),
        (d, f) => {
          const day = chinaDate(d);
          const p = periodFor(day, f);
          expect(day >= p.start && day <= p.end).toBe(true);
          expect(monthsOf(p)).toHaveLength(f === 'quarter' ? 3 : f === 'half_year' ? 6 : 12);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('statementOf', () => {
  const H1 = periodFor('2026-03-01', 'half_year');
  const ledger: LedgerEntry[] = [
    { id: 'e0', kind: 'income', category: 'advertising', amountFen: 999_00n, date: '2025-12-20' },
    { id: 'e1', kind: 'income', category: 'advertising', amountFen: 12_000_00n, date: '2026-01-05' },
    { id: 'e2', kind: 'income', category: 'road_parking', amountFen: 3_500_50n, date: '2026-02-28' },
    { id: 'e3', kind: 'expense', category: 'fund_topup', amountFen: 6_000_00n, date: '2026-03-31' },
    { id: 'e4', kind: 'income', category: 'venue_rental', amountFen: 800_00n, date: '2026-06-30' },
    // e2 was entered wrongly; reversed in April and re-posted
    { id: 'e5', kind: 'income', category: 'road_parking', amountFen: 3_500_50n, date: '2026-04-02', reversesId: 'e2' },
    { id: 'e6', kind: 'income', category: 'road_parking', amountFen: 3_050_00n, date: '2026-04-02' },
    // reversal of an entry from last year counts in this period
    { id: 'e7', kind: 'income', category: 'advertising', amountFen: 999_00n, date: '2026-01-10', reversesId: 'e0' },
    { id: 'e8', kind: 'expense', category: 'audit_fees', amountFen: 2_000_00n, date: '2026-07-01' },
  ];

  it('totals by category and month, with reversals negating their originals', () => {
    const s = statementOf(100_000_00n, ledger, H1);
    expect(s.income.byCategory).toEqual({
      advertising: 12_000_00n - 999_00n,
      road_parking: 3_050_00n,
      venue_rental: 800_00n,
      interest: 0n,
      other: 0n,
    });
    expect(s.expense.byCategory).toEqual({
      fund_topup: 6_000_00n,
      common_repairs: 0n,
      committee_costs: 0n,
      audit_fees: 0n,
      other: 0n,
    });
    expect(s.income.total).toBe(14_851_00n);
    expect(s.expense.total).toBe(6_000_00n);
    expect(s.closingBalance).toBe(100_000_00n + 14_851_00n - 6_000_00n);
    expect(s.entryCount).toBe(7);
    expect(s.byMonth).toEqual([
      { month: '2026-01', income: 12_000_00n - 999_00n, expense: 0n },
      { month: '2026-02', income: 3_500_50n, expense: 0n },
      { month: '2026-03', income: 0n, expense: 6_000_00n },
      { month: '2026-04', income: 3_050_00n - 3_500_50n, expense: 0n },
      { month: '2026-05', income: 0n, expense: 0n },
      { month: '2026-06', income: 800_00n, expense: 0n },
    ]);
  });

  it('chains: the closing balance of one period is the opening of the next', () => {
    const h1 = statementOf(0n, ledger, H1);
    const h2 = statementOf(h1.closingBalance, ledger, periodFor('2026-07-01', 'half_year'));
    const year = statementOf(0n, ledger, periodFor('2026-07-01', 'year'));
    expect(h2.closingBalance).toBe(year.closingBalance);
    expect(h2.expense.byCategory.audit_fees).toBe(2_000_00n);
  });

  it.each([
    [
      'a reversal of a missing entry',
      [{ id: 'r', kind: 'income', category: 'other', amountFen: 1n, date: '2026-01-01', reversesId: 'x' }],
      /不存在/,
    ],
    [
      'a reversal with a different amount',
      [
        { id: 'a', kind: 'income', category: 'other', amountFen: 2n, date: '2026-01-01' },
        { id: 'r', kind: 'income', category: 'other', amountFen: 1n, date: '2026-01-02', reversesId: 'a' },
      ],
      /一致/,
    ],
    [
      'a second reversal of the same entry',
      [
        { id: 'a', kind: 'income', category: 'other', amountFen: 2n, date: '2026-01-01' },
        { id: 'r1', kind: 'income', category: 'other', amountFen: 2n, date: '2026-01-02', reversesId: 'a' },
        { id: 'r2', kind: 'income', category: 'other', amountFen: 2n, date: '2026-01-03', reversesId: 'a' },
      ],
      /已被冲正/,
    ],
    [
      'a reversal of a reversal',
      [
        { id: 'a', kind: 'income', category: 'other', amountFen: 2n, date: '2026-01-01' },
        { id: 'r1', kind: 'income', category: 'other', amountFen: 2n, date: '2026-01-02', reversesId: 'a' },
        { id: 'r2', kind: 'income', category: 'other', amountFen: 2n, date: '2026-01-03', reversesId: 'r1' },
      ],
      /冲正账目/,
    ],
    [
      'a zero amount',
      [{ id: 'a', kind: 'income', category: 'other', amountFen: 0n, date: '2026-01-01' }],
      /正的整数分/,
    ],
    [
      'an expense category on income',
      [{ id: 'a', kind: 'income', category: 'fund_topup', amountFen: 1n, date: '2026-01-01' }],
      /类别/,
    ],
    ['an impossible date', [{ id: 'a', kind: 'income', category: 'other', amountFen: 1n, date: '2026-02-30' }], /日期/],
    [
      'a duplicate id',
      [
        { id: 'a', kind: 'income', category: 'other', amountFen: 1n, date: '2026-01-01' },
        { id: 'a', kind: 'income', category: 'other', amountFen: 1n, date: '2026-01-01' },
      ],
      /重复/,
    ],
  ] as [string, LedgerEntry[], RegExp][])('refuses %s', (_l, entries, msg) => {
    expect(() => statementOf(0n, entries, H1)).toThrow(msg);
  });

  it('a ledger with every entry reversed nets to zero, whatever the entries', () => {
    const entryArb = fc.record({
      kind: fc.constantFrom('income', 'expense' as const),
      cat: fc.nat(4),
      amountFen: fc.bigInt({ min: 1n, max: 10n ** 12n }),
      day: fc.integer({ min: 0, max: 180 }),
    });
    fc.assert(
      fc.property(
        fc.array(entryArb, { maxLength: 30 }),
        fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }),
        (raw, opening) => {
          const dateOf = (d: number) => new Date(Date.UTC(2026, 0, 1) + d * 86_400_000).toISOString().slice(0, 10);
          const entries: LedgerEntry[] = raw.flatMap((r, i) => {
            const category = (r.kind === 'income' ? INCOME_CATEGORIES : EXPENSE_CATEGORIES)[r.cat]!;
            const base = { kind: r.kind, category, amountFen: r.amountFen };
            return [
              { ...base, id: `e${i}`, date: dateOf(r.day) },
              { ...base, id: `r${i}`, date: dateOf(Math.min(r.day + 1, 180)), reversesId: `e${i}` },
            ];
          });
          const s = statementOf(opening, entries, periodFor('2026-01-01', 'year'));
          expect(s.closingBalance).toBe(opening);
          expect(s.income.total).toBe(0n);
          // sums by month and by category agree
          expect(s.byMonth.reduce((a, m) => a + m.income, 0n)).toBe(s.income.total);
          // without the reversals the totals are the sums of the originals
          const originals = entries.filter((e) => !e.reversesId);
          const t = statementOf(opening, originals, periodFor('2026-01-01', 'year'));
          const want = originals.reduce((a, e) => a + (e.kind === 'income' ? e.amountFen : -e.amountFen), opening);
          expect(t.closingBalance).toBe(want);
          expect(t.byMonth.reduce((a, m) => a + m.income - m.expense, opening)).toBe(want);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('maintenance-fund top-up rules', () => {
  const yuan = (n: number) => BigInt(n) * 100n;

  it('none requires nothing', () => {
    expect(
      topUpRequirement('none', { fundBalance: 0n, firstDeposit: yuan(1_000_000), publicIncomeBalance: yuan(50_000) }),
    ).toMatchObject({ required: false, minimumFen: 0n });
  });

  it('huzhou: half the public-income balance each quarter, capped at what reaches the first deposit', () => {
    expect(
      topUpRequirement('huzhou', {
        fundBalance: yuan(500_000),
        firstDeposit: yuan(1_000_000),
        publicIncomeBalance: yuan(80_000),
      }),
    ).toMatchObject({ required: true, minimumFen: yuan(40_000) });
    expect(
      topUpRequirement('huzhou', {
        fundBalance: yuan(990_000),
        firstDeposit: yuan(1_000_000),
        publicIncomeBalance: yuan(80_000),
      }),
    ).toMatchObject({ required: true, minimumFen: yuan(10_000) });
    expect(
      topUpRequirement('huzhou', {
        fundBalance: yuan(1_000_000),
        firstDeposit: yuan(1_000_000),
        publicIncomeBalance: yuan(80_000),
      }),
    ).toMatchObject({ required: false, minimumFen: 0n });
    // 50% rounds up to the fen: "不低于"
    expect(
      topUpRequirement('huzhou', { fundBalance: 0n, firstDeposit: yuan(1_000_000), publicIncomeBalance: 101n })
        .minimumFen,
    ).toBe(51n);
  });

  it('beijing: half the public income only while the fund is below 30% of the first deposit', () => {
    const first = yuan(1_000_000);
    expect(
      topUpRequirement('beijing', {
        fundBalance: yuan(299_999),
        firstDeposit: first,
        publicIncomeBalance: yuan(60_000),
      }),
    ).toMatchObject({ required: true, minimumFen: yuan(30_000) });
    expect(
      topUpRequirement('beijing', {
        fundBalance: yuan(300_000),
        firstDeposit: first,
        publicIncomeBalance: yuan(60_000),
      }),
    ).toMatchObject({ required: false, minimumFen: 0n });
    expect(
      topUpRequirement('beijing', { fundBalance: 0n, firstDeposit: first, publicIncomeBalance: yuan(60_000) }).reason,
    ).toContain('30%');
  });

  it('refuses negative or non-integer amounts', () => {
    expect(
      codeOf(() => topUpRequirement('huzhou', { fundBalance: -1n, firstDeposit: 1n, publicIncomeBalance: 1n })),
    ).toBe(ErrorCode.LEDGER_AMOUNT_INVALID);
    expect(
      codeOf(() => topUpRequirement('beijing', { fundBalance: 1 as never, firstDeposit: 1n, publicIncomeBalance: 1n })),
    ).toBe(ErrorCode.LEDGER_AMOUNT_INVALID);
  });

  it('tells whether a statement met the requirement, counting reversed top-ups out', () => {
    const Q1 = periodFor('2026-01-01', 'quarter');
    const req = topUpRequirement('huzhou', {
      fundBalance: yuan(500_000),
      firstDeposit: yuan(1_000_000),
      publicIncomeBalance: yuan(80_000),
    });
    const entries: LedgerEntry[] = [
      { id: 't1', kind: 'expense', category: 'fund_topup', amountFen: yuan(40_000), date: '2026-03-30' },
    ];
    expect(statementMeetsTopUp(statementOf(yuan(80_000), entries, Q1), req)).toEqual({
      met: true,
      toppedUp: yuan(40_000),
      shortfall: 0n,
    });
    const reversed = [
      ...entries,
      {
        id: 't2',
        kind: 'expense',
        category: 'fund_topup',
        amountFen: yuan(40_000),
        date: '2026-03-31',
        reversesId: 't1',
      } as LedgerEntry,
      { id: 't3', kind: 'expense', category: 'fund_topup', amountFen: yuan(39_999), date: '2026-03-31' } as LedgerEntry,
    ];
    expect(statementMeetsTopUp(statementOf(yuan(80_000), reversed, Q1), req)).toEqual({
      met: false,
      toppedUp: yuan(39_999),
      shortfall: yuan(1),
    });
  });
});
