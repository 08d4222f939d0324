import { chinaDate, formatFen } from '@gongzhi/domain/client';
import type { EntryStatus, LedgerEntry } from './types';

/** "123456" (fen) → "¥1,234.56". Never through a float. */
export function yuan(fen: string | null | undefined): string {
  if (fen === null || fen === undefined || !/^-?\d+$/.test(fen)) return '—';
  return formatFen(fen);
}

export const STATUS_LABEL: Record<EntryStatus, string> = {
  draft: '草稿',
  submitted: '待审核',
  rejected: '已退回',
  posted: '已入账',
};

/** "2026-06" → "2026年6月". */
export function monthLabel(month: string): string {
  const [y, m] = month.split('-');
  return `${y}年${Number(m)}月`;
}

/** "2026-06-15" → "2026年6月15日". */
export function dateLabel(date: string | null | undefined): string {
  if (!date) return '—';
  const [y, m, d] = date.slice(0, 10).split('-');
  return `${y}年${Number(m)}月${Number(d)}日`;
}

/** An ISO instant in China time: "2026年11月22日 14:02". */
export function instantLabel(iso: string | null | undefined): string {
  if (!iso) return '—';
  const t = new Date(iso);
  const local = new Date(t.getTime() + 8 * 3_600_000).toISOString();
  return `${dateLabel(chinaDate(t))} ${local.slice(11, 16)}`;
}

export function todayInChina(): string {
  return chinaDate(new Date());
}

/** One line saying what the entry is, for lists: 「广告收入 · 收入」. */
export function entryTitle(e: LedgerEntry): string {
  return `${e.reversesEntryId ? '冲正：' : ''}${e.categoryLabel}`;
}

/** Signed display for lists: income +, expense −; a reversal has the opposite effect. */
export function signedAmount(e: LedgerEntry): string {
  const adds = (e.kind === 'income') !== !!e.reversesEntryId;
  return `${adds ? '+' : '−'}${yuan(e.amountFen)}`;
}

/** Short hash for display: first 8 and last 8 characters. */
export function shortHash(hash: string): string {
  return hash.length > 20 ? `${hash.slice(0, 8)}…${hash.slice(-8)}` : hash;
}

/** Statement key → Chinese: "2026-H1" → "2026年上半年", "2026-Q3" → "2026年第三季度", "2026" → "2026年度". */
export function periodKeyLabel(key: string): string {
  const m = /^(\d{4})(?:-(H1|H2|Q1|Q2|Q3|Q4))?$/.exec(key);
  if (!m) return key;
  const part = m[2];
  const names: Record<string, string> = {
    H1: '上半年',
    H2: '下半年',
    Q1: '第一季度',
    Q2: '第二季度',
    Q3: '第三季度',
    Q4: '第四季度',
  };
  return part ? `${m[1]}年${names[part]}` : `${m[1]}年度`;
}
