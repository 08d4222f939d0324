import { ledgerSettings, resolutionRequirement } from './expense-rules.js';

describe('expense rules (which expenses need an owners’ resolution, §5)', () => {
  it('reads the community settings with safe defaults', () => {
    expect(ledgerSettings(undefined)).toEqual({
      expenseResolutionLimitFen: 0n,
      expenseCategoriesRequiringResolution: [],
      frequency: 'half_year',
      topUpRule: 'none',
      statementDisplayDays: 15,
      maintenanceFundBalanceFen: null,
      maintenanceFundFirstDepositFen: null,
    });
    const s = ledgerSettings({
      publicationFrequency: 'quarterly',
      topUpRule: 'huzhou',
      expenseResolutionLimitFen: '500000',
    });
    expect(s).toMatchObject({ frequency: 'quarter', topUpRule: 'huzhou', expenseResolutionLimitFen: 500000n });
    // A malformed limit is no limit (every expense needs a resolution), never a huge one.
    expect(ledgerSettings({ expenseResolutionLimitFen: '-1' }).expenseResolutionLimitFen).toBe(0n);
    expect(ledgerSettings({ expenseResolutionLimitFen: '1e9' }).expenseResolutionLimitFen).toBe(0n);
  });

  it('requires a resolution for every expense above the limit, for listed categories, and never for income or fund top-ups', () => {
    const none = ledgerSettings({});
    expect(resolutionRequirement(none, 'income', 'advertising', 10_000_000n).required).toBe(false);
    expect(resolutionRequirement(none, 'expense', 'fund_topup', 10_000_000n).required).toBe(false);
    expect(resolutionRequirement(none, 'expense', 'repair', 1n)).toMatchObject({ required: true });
    const limited = ledgerSettings({ expenseResolutionLimitFen: '100000' });
    expect(resolutionRequirement(limited, 'expense', 'repair', 100000n).required).toBe(false); // at the limit
    const over = resolutionRequirement(limited, 'expense', 'repair', 100001n);
    expect(over.required).toBe(true);
    expect(over.reason).toContain('1,000.00');
    const listed = { ...limited, expenseCategoriesRequiringResolution: ['repair'] };
    expect(resolutionRequirement(listed, 'expense', 'repair', 1n)).toMatchObject({
      required: true,
      reason: '按本小区议事规则，此类支出须经业主大会表决通过',
    });
  });
});
