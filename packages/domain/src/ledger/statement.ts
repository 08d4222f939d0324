import { DomainError } from '../domain-error.js';
import { ErrorCode } from '../errors.js';
import type { Fen } from '../money.js';
import {
  EXPENSE_CATEGORIES,
  INCOME_CATEGORIES,
  isCategoryOf,
  type EntryKind,
  type ExpenseCategory,
  type IncomeCategory,
} from './categories.js';
import { monthsOf, parseDate, type StatementPeriod } from './periods.js';

/**
 * A posted ledger entry. Entries are never edited: a mistake is corrected by a reversing entry with the
 * same kind, category and amount that cites the original in `reversesId`; it counts negatively.
 */
export interface LedgerEntry {
  id: string;
  kind: EntryKind;
  category: IncomeCategory | ExpenseCategory;
  /** Positive amount in fen (net of costs for income). */
  amountFen: Fen;
  /** Accounting date 'YYYY-MM-DD' (China local date). */
  date: string;
  reversesId?: string | null;
}

const amountError = (message: string, details?: unknown) =>
  new DomainError(ErrorCode.LEDGER_AMOUNT_INVALID, message, details);

/** Net public income: gross minus the manager's proven costs. Refuses costs above gross and negative amounts. */
export function netIncome(grossFen: Fen, costsFen: readonly Fen[]): Fen {
  if (typeof grossFen !== 'bigint' || grossFen < 0n) throw amountError('收入金额必须是非负的整数分');
  let costs = 0n;
  for (const c of costsFen) {
    if (typeof c !== 'bigint' || c < 0n) throw amountError('成本金额必须是非负的整数分');
    costs += c;
  }
  if (costs > grossFen) throw amountError('扣除的成本不能超过收入总额，请核对成本凭证', { grossFen, costsFen: costs });
  return grossFen - costs;
}

export interface MonthTotals {
  month: string;
  income: Fen;
  expense: Fen;
}

export interface Statement {
  period: StatementPeriod;
  openingBalance: Fen;
  income: { total: Fen; byCategory: Record<IncomeCategory, Fen> };
  expense: { total: Fen; byCategory: Record<ExpenseCategory, Fen> };
  byMonth: MonthTotals[];
  closingBalance: Fen;
  /** Entries (including reversals) dated within the period. */
  entryCount: number;
}

const zeroes = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, 0n])) as Record<K, Fen>;

/** Checks the whole ledger: amounts, categories, dates, and that every reversal matches exactly one original. */
export function validateLedger(entries: readonly LedgerEntry[]): void {
  const byId = new Map<string, LedgerEntry>();
  for (const e of entries) {
    if (byId.has(e.id)) throw new DomainError(ErrorCode.VALIDATION_FAILED, `账目 ${e.id} 重复`, { id: e.id });
    byId.set(e.id, e);
  }
  const reversed = new Set<string>();
  for (const e of entries) {
    if (typeof e.amountFen !== 'bigint' || e.amountFen <= 0n)
      throw amountError(`账目 ${e.id} 的金额必须是正的整数分`, { id: e.id });
    if (!isCategoryOf(e.kind, e.category))
      throw new DomainError(ErrorCode.VALIDATION_FAILED, `账目 ${e.id} 的类别无效`, { id: e.id });
    parseDate(e.date);
    if (e.reversesId == null) continue;
    const original = byId.get(e.reversesId);
    if (!original)
      throw new DomainError(ErrorCode.VALIDATION_FAILED, `冲正账目 ${e.id} 引用的原账目不存在`, { id: e.id });
    if (original.reversesId != null)
      throw new DomainError(ErrorCode.VALIDATION_FAILED, `不能冲正一笔冲正账目（${e.id}）`, { id: e.id });
    if (reversed.has(original.id))
      throw new DomainError(ErrorCode.CONFLICT, `账目 ${original.id} 已被冲正过`, { id: e.id });
    if (original.kind !== e.kind || original.category !== e.category || original.amountFen !== e.amountFen) {
      throw amountError(`冲正账目 ${e.id} 的类型、类别和金额必须与原账目一致`, { id: e.id });
    }
    reversed.add(original.id);
  }
}

/**
 * The statement of one period: opening balance, totals by category and by month, closing balance.
 * `entries` is the whole ledger (reversals may cite entries of earlier periods); only entries dated in
 * the period count, each reversal negating its original in the reversal's own month.
 */
export function statementOf(openingBalance: Fen, entries: readonly LedgerEntry[], period: StatementPeriod): Statement {
  if (typeof openingBalance !== 'bigint') throw amountError('期初余额必须是整数分');
  validateLedger(entries);
  parseDate(period.start);
  parseDate(period.end);
  const income = zeroes(INCOME_CATEGORIES);
  const expense = zeroes(EXPENSE_CATEGORIES);
  const months = new Map(monthsOf(period).map((m) => [m, { month: m, income: 0n, expense: 0n }]));
  let count = 0;
  for (const e of entries) {
    if (e.date < period.start || e.date > period.end) continue;
    count++;
    const signed = e.reversesId != null ? -e.amountFen : e.amountFen;
    const month = months.get(e.date.slice(0, 7))!;
    if (e.kind === 'income') {
      income[e.category as IncomeCategory] += signed;
      month.income += signed;
    } else {
      expense[e.category as ExpenseCategory] += signed;
      month.expense += signed;
    }
  }
  const incomeTotal = Object.values(income).reduce((a, b) => a + b, 0n);
  const expenseTotal = Object.values(expense).reduce((a, b) => a + b, 0n);
  return {
    period,
    openingBalance,
    income: { total: incomeTotal, byCategory: income },
    expense: { total: expenseTotal, byCategory: expense },
    byMonth: [...months.values()],
    closingBalance: openingBalance + incomeTotal - expenseTotal,
    entryCount: count,
  };
}
