/** Public-income ledger (公共收益) entry kinds and categories (domain-rules.md §5). */
export const ENTRY_KINDS = ['income', 'expense'] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

export const INCOME_CATEGORIES = ['advertising', 'road_parking', 'venue_rental', 'interest', 'other'] as const;
export type IncomeCategory = (typeof INCOME_CATEGORIES)[number];

export const EXPENSE_CATEGORIES = ['fund_topup', 'common_repairs', 'committee_costs', 'audit_fees', 'other'] as const;
export type ExpenseCategory = (typeof EXPENSE_CATEGORIES)[number];

export const ENTRY_KIND_LABELS: Readonly<Record<EntryKind, string>> = Object.freeze({
  income: '收入',
  expense: '支出',
});

export const INCOME_CATEGORY_LABELS: Readonly<Record<IncomeCategory, string>> = Object.freeze({
  advertising: '广告收入',
  road_parking: '道路停车收入',
  venue_rental: '场地租赁收入',
  interest: '利息收入',
  other: '其他收入',
});

export const EXPENSE_CATEGORY_LABELS: Readonly<Record<ExpenseCategory, string>> = Object.freeze({
  fund_topup: '补充专项维修资金',
  common_repairs: '共用部位维修',
  committee_costs: '业委会工作经费',
  audit_fees: '审计费用',
  other: '其他支出',
});

export function isCategoryOf(kind: EntryKind, category: string): boolean {
  return kind === 'income'
    ? (INCOME_CATEGORIES as readonly string[]).includes(category)
    : (EXPENSE_CATEGORIES as readonly string[]).includes(category);
}

/** Chinese label of a category of the given kind. */
export function categoryLabel(kind: EntryKind, category: IncomeCategory | ExpenseCategory): string {
  if (!isCategoryOf(kind, category)) return '未知类别';
  return kind === 'income'
    ? INCOME_CATEGORY_LABELS[category as IncomeCategory]
    : EXPENSE_CATEGORY_LABELS[category as ExpenseCategory];
}
