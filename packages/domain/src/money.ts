import { DomainError } from './domain-error.js';
import { ErrorCode } from './errors.js';
import { fenDigitsToYuanString, formatFenDigits, parseYuanText, type ParseYuanOptions } from './money-text.js';

export type { ParseYuanOptions } from './money-text.js';

/** Amounts are integer fen (分) as bigint. 1 yuan = 100 fen. The rules themselves are in money-text.ts. */
export type Fen = bigint;

/** Largest accepted absolute amount: 10^12 yuan = 10^14 fen. */
export const MAX_ABS_FEN: Fen = 10n ** 14n;

export type ParseYuanResult = { ok: true; fen: Fen } | { ok: false; code: ErrorCode; message: string };

/**
 * Parses a decimal yuan string with at most two decimal places ("12", "12.5", "12.50") into fen.
 * Refuses everything else: empty text, spaces, exponents, a third decimal place, "+", ".5", "12.",
 * negative amounts (unless allowed) and amounts above 10^12 yuan.
 */
export function parseYuan(input: string, options: ParseYuanOptions = {}): ParseYuanResult {
  const r = parseYuanText(input, options);
  if (!r.ok) return r;
  const abs = BigInt(r.absFen);
  return { ok: true, fen: r.negative ? -abs : abs };
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
  return fenDigitsToYuanString((fen < 0n ? -fen : fen).toString(), fen < 0n);
}

/** 123456n → "¥1,234.56"; -123456n → "-¥1,234.56". */
export function formatFen(fen: Fen): string {
  assertFen(fen);
  return formatFenDigits((fen < 0n ? -fen : fen).toString(), fen < 0n);
}
