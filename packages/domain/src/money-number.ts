import { DomainError } from './domain-error.js';
import { ErrorCode } from './errors.js';
import { fenDigitsToYuanString, formatFenDigits, parseYuanText, type ParseYuanOptions } from './money-text.js';

/**
 * Money for the mini-program, without BigInt (older phones' JS engines lack it; `pnpm check:weapp` proves none ships).
 * Fen is a JS integer: every accepted amount (|fen| ≤ 10^14) is below 2^53, so sums of a form's few amounts stay exact.
 * The API sends fen as decimal strings; these functions take either. The rules are in money-text.ts.
 */
export type Fen = number;

export type { ParseYuanOptions } from './money-text.js';
export type ParseYuanResult = { ok: true; fen: Fen } | { ok: false; code: ErrorCode; message: string };

/** parseYuan of money.ts, with the fen as a number. */
export function parseYuan(input: string, options: ParseYuanOptions = {}): ParseYuanResult {
  const r = parseYuanText(input, options);
  if (!r.ok) return r;
  const abs = Number(r.absFen);
  return { ok: true, fen: r.negative ? -abs : abs };
}

/** A fen amount (number or the API's decimal string) as sign + digits. */
function digits(fen: Fen | string): { negative: boolean; abs: string } {
  const text = typeof fen === 'number' && Number.isSafeInteger(fen) ? String(fen) : fen;
  if (typeof text !== 'string' || !/^-?\d+$/.test(text))
    throw new DomainError(ErrorCode.LEDGER_AMOUNT_INVALID, '金额必须是以分为单位的整数');
  const negative = text.startsWith('-');
  const abs = (negative ? text.slice(1) : text).replace(/^0+(?=\d)/, '');
  return { negative: negative && abs !== '0', abs };
}

/** 123450 or "123450" → "1234.50"; -5 → "-0.05". */
export function fenToYuanString(fen: Fen | string): string {
  const d = digits(fen);
  return fenDigitsToYuanString(d.abs, d.negative);
}

/** 123456 or "123456" → "¥1,234.56"; -123456 → "-¥1,234.56". */
export function formatFen(fen: Fen | string): string {
  const d = digits(fen);
  return formatFenDigits(d.abs, d.negative);
}
