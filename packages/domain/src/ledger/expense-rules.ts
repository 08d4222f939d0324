import { formatFen, type Fen } from '../money.js';
import type { EntryKind } from './categories.js';

/** The part of a community's settings (rules of procedure) the ledger reads; anything else is ignored. */
export interface LedgerSettingsSource {
  publicationFrequency?: 'quarterly' | 'half_yearly' | 'yearly';
  topUpRule?: 'none' | 'huzhou' | 'beijing';
  expenseResolutionLimitFen?: string;
}

/** Ledger settings read from the community's settings (rules of procedure). */
export interface LedgerSettings {
  /** Expenses above this amount need an owners' resolution. Default 0: every expense except fund top-ups. */
  expenseResolutionLimitFen: Fen;
  /** Expense categories that always need a resolution, whatever the amount (community rules). */
  expenseCategoriesRequiringResolution: string[];
  frequency: 'half_year' | 'quarter' | 'year';
  topUpRule: 'none' | 'huzhou' | 'beijing';
  /** Minimum display period of a published statement, days (Hangzhou Art. 30: 15; Huzhou Art. 31: 30). */
  statementDisplayDays: number;
  /** Maintenance-fund figures for the top-up rule, when the community has entered them. */
  maintenanceFundBalanceFen: Fen | null;
  maintenanceFundFirstDepositFen: Fen | null;
}

type Extra = LedgerSettingsSource & {
  expenseCategoriesRequiringResolution?: string[];
  statementDisplayDays?: number;
  maintenanceFundBalanceFen?: string;
  maintenanceFundFirstDepositFen?: string;
};

const fen = (v: unknown): Fen | null => (typeof v === 'string' && /^\d{1,15}$/.test(v) ? BigInt(v) : null);

export function ledgerSettings(raw: LedgerSettingsSource | null | undefined): LedgerSettings {
  const s = (raw ?? {}) as Extra;
  const freq =
    s.publicationFrequency === 'quarterly' ? 'quarter' : s.publicationFrequency === 'yearly' ? 'year' : 'half_year';
  return {
    expenseResolutionLimitFen: fen(s.expenseResolutionLimitFen) ?? 0n,
    expenseCategoriesRequiringResolution: Array.isArray(s.expenseCategoriesRequiringResolution)
      ? s.expenseCategoriesRequiringResolution
      : [],
    frequency: freq,
    topUpRule: s.topUpRule === 'huzhou' || s.topUpRule === 'beijing' ? s.topUpRule : 'none',
    statementDisplayDays:
      typeof s.statementDisplayDays === 'number' && s.statementDisplayDays >= 15
        ? Math.floor(s.statementDisplayDays)
        : 15,
    maintenanceFundBalanceFen: fen(s.maintenanceFundBalanceFen),
    maintenanceFundFirstDepositFen: fen(s.maintenanceFundFirstDepositFen),
  };
}

/**
 * Whether an expense needs an owners' resolution (Civil Code Art. 278, the community's rules): public income
 * belongs to all owners, so spending it needs their decision unless their rules set a limit below which the
 * committee may approve alone. Topping up the maintenance fund moves the owners' money into the owners' own fund
 * (required by Huzhou Art. 45 / Beijing Art. 74) and never needs one.
 */
export function resolutionRequirement(
  settings: LedgerSettings,
  kind: EntryKind,
  category: string,
  amountFen: Fen,
): { required: boolean; reason: string } {
  if (kind !== 'expense' || category === 'fund_topup') return { required: false, reason: '' };
  if (settings.expenseCategoriesRequiringResolution.includes(category)) {
    return { required: true, reason: '按本小区议事规则，此类支出须经业主大会表决通过' };
  }
  if (amountFen > settings.expenseResolutionLimitFen) {
    return {
      required: true,
      reason:
        settings.expenseResolutionLimitFen === 0n
          ? '本小区未设置可由业委会直接审批的支出限额，公共收益的每笔支出都须经业主大会表决通过'
          : `该笔支出超过本小区规定的 ${formatFen(settings.expenseResolutionLimitFen)}，须经业主大会表决通过`,
    };
  }
  return { required: false, reason: '' };
}
