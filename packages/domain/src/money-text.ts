import { ErrorCode } from './errors.js';

/**
 * The money rules on decimal text, without BigInt: parsing a yuan amount and formatting fen. `money.ts` (bigint, the
 * API) and `money-number.ts` (number, the mini-program: old phones' JS engines have no BigInt) both build on these,
 * so the rules exist once.
 */

/** Largest accepted absolute amount in fen, as digits: 10^12 yuan = 10^14 fen. */
export const MAX_ABS_FEN_DIGITS = '100000000000000';

export type YuanRefusal = { ok: false; code: ErrorCode; message: string };
/** `absFen`: the absolute amount in fen as digits without leading zeros ("0" for zero). */
export type YuanText = { ok: true; negative: boolean; absFen: string } | YuanRefusal;

export interface ParseYuanOptions {
  /** Accept a leading minus sign (default false). */
  allowNegative?: boolean;
}

const YUAN_PATTERN = /^(-?)(\d+)(?:\.(\d{1,2}))?$/;

/** Compares two digit strings without leading zeros. */
function compareDigits(a: string, b: string): number {
  if (a.length !== b.length) return a.length - b.length;
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Parses a decimal yuan string with at most two decimal places ("12", "12.5", "12.50") into fen digits.
 * Refuses everything else: empty text, spaces, exponents, a third decimal place, "+", ".5", "12.",
 * negative amounts (unless allowed) and amounts above 10^12 yuan.
 */
export function parseYuanText(input: string, options: ParseYuanOptions = {}): YuanText {
  const refuse = (message: string): YuanRefusal => ({ ok: false, code: ErrorCode.LEDGER_AMOUNT_INVALID, message });
  if (typeof input !== 'string' || input.length === 0) return refuse('请输入金额');
  const m = YUAN_PATTERN.exec(input);
  if (!m) {
    if (/^-?\d+\.\d{3,}$/.test(input)) return refuse('金额最多保留两位小数（精确到分）');
    return refuse('金额格式不正确，请输入如 12 或 12.50 的数字');
  }
  const [, sign, whole, frac = ''] = m as unknown as [string, string, string, string | undefined];
  if (sign === '-' && !options.allowNegative) return refuse('金额不能为负数');
  if (whole.length > 16) return refuse('金额过大，不能超过 1 万亿元');
  const absFen = (whole + frac.padEnd(2, '0')).replace(/^0+(?=\d)/, '');
  if (compareDigits(absFen, MAX_ABS_FEN_DIGITS) > 0) return refuse('金额过大，不能超过 1 万亿元');
  return { ok: true, negative: sign === '-' && absFen !== '0', absFen };
}

function split(absFen: string): { yuan: string; cents: string } {
  const padded = absFen.padStart(3, '0');
  return { yuan: padded.slice(0, -2).replace(/^0+(?=\d)/, ''), cents: padded.slice(-2) };
}

/** ("123450", false) → "1234.50"; ("5", true) → "-0.05". No grouping, always two decimals. */
export function fenDigitsToYuanString(absFen: string, negative: boolean): string {
  const { yuan, cents } = split(absFen);
  return `${negative ? '-' : ''}${yuan}.${cents}`;
}

/** ("123456", false) → "¥1,234.56"; ("123456", true) → "-¥1,234.56". */
export function formatFenDigits(absFen: string, negative: boolean): string {
  const { yuan, cents } = split(absFen);
  return `${negative ? '-' : ''}¥${yuan.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${cents}`;
}
