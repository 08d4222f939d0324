import { DomainError } from './domain-error.js';
import { ErrorCode } from './errors.js';

/** Amounts are integer fen (分) as bigint. 1 yuan = 100 fen. */
export type Fen = bigint;

/** Largest accepted absolute amount: 10^12 yuan = 10^14 fen. */
export const MAX_ABS_FEN: Fen = 10n ** 14n;

export type ParseYuanResult = { ok: true; fen: Fen } | { ok: false; code: ErrorCode; message: string };

export interface ParseYuanOptions {
  /** Accept a leading minus sign (default false). */
  allowNegative?: boolean;
}

const YUAN_PATTERN = /^(-?)(\d+)(?:\.(\d{1,2}))?$/;

/**
 * Parses a decimal yuan string with at most two decimal places ("12", "12.5", "12.50") into fen.
 * Refuses everything else: empty text, spaces, exponents, a third decimal place, "+", ".5", "12.",
 * negative amounts (unless allowed) and amounts above 10^12 yuan.
 */
export function parseYuan(input: string, options: ParseYuanOptions = {}): ParseYuanResult {
  const refuse = (message: string): ParseYuanResult => ({ ok: false, code: ErrorCode.LEDGER_AMOUNT_INVALID, message });
  if (typeof input !== 'string' || input.length === 0) return refuse('请输入金额');
  const m = YUAN_PATTERN.exec(input);
  if (!m) {
    if (/^-?\d+\.\d{3,}$/.test(input)) return refuse('金额最多保留两位小数（精确到分）');
    return refuse('金额格式不正确，请输入如 12 或 12.50 的数字');
  }
  const [, sign, whole, frac = ''] = m as unknown as [string, string, string, string | undefined];
  if (sign === '-' && !options.allowNegative) return refuse('金额不能为负数');
  if (whole.length > 16) return refuse('金额过大，不能超过 1 万亿元');
  const abs = BigInt(whole) * 100n + BigInt(frac.padEnd(2, '0'));
  if (abs > MAX_ABS_FEN) return refuse('金额过大，不能超过 1 万亿元');
  return { ok: true, fen: sign === '-' ? -abs : abs };
}

/** Like parseYuan, but throws a DomainError (LEDGER.AMOUNT_INVALID) instead of returning a refusal. */
export function parseYuanOrThrow(input: string, options: ParseYuanOptions = {}): Fen {
  const r = parseYuan(input, options);
  if (!r.ok) throw new DomainError(r.code, r.message, { input });
  return r.fen;
}

function assertFen(fen: Fen): void {
  if (typeof fen !== 'bigint') throw new DomainError(ErrorCode.LEDGER_AMOUNT_INVALID, '金额必须是以分为单位的整数');
}

/** 123450n → "1234.50"; -5n → "-0.05". No grouping, always two decimals (round-trips through parseYuan). */
export function fenToYuanString(fen: Fen): string {
  assertFen(fen);
  const neg = fen < 0n;
  const abs = neg ? -fen : fen;
  const yuan = abs / 100n;
  const cents = abs % 100n;
  return `${neg ? '-' : ''}${yuan.toString()}.${cents.toString().padStart(2, '0')}`;
}

/** 123456n → "¥1,234.56"; -123456n → "-¥1,234.56". */
export function formatFen(fen: Fen): string {
  assertFen(fen);
  const neg = fen < 0n;
  const abs = neg ? -fen : fen;
  const yuan = (abs / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const cents = (abs % 100n).toString().padStart(2, '0');
  return `${neg ? '-' : ''}¥${yuan}.${cents}`;
}
