import { ErrorCode, parseYuan, type FieldError, type Fen } from '@gongzhi/domain';
import { AppError } from '../../common/app-error.js';

/** Largest single ledger amount accepted: ¥100,000,000 (1 亿元). Anything above is a typing mistake here. */
export const LEDGER_MAX_ENTRY_FEN: Fen = 100_000_000_00n;

/**
 * Reads one money field of a request. Every money INPUT of the ledger is a decimal-yuan STRING with at most two
 * decimal places ("1234.56", "12", "0.05"); JSON numbers are refused (floats lose cents), so are zero, negative,
 * over-precise and absurdly large amounts. Problems are collected per field; call `throwIfAny` at the end.
 */
export class AmountReader {
  readonly problems: FieldError[] = [];

  read(field: string, value: unknown, opts: { required: boolean }): Fen | null {
    const bad = (message: string) => {
      this.problems.push({ field, messages: [message] });
      return null;
    };
    if (value === undefined || value === null || value === '') return opts.required ? bad('请填写金额') : null;
    if (typeof value === 'number')
      return bad('金额请以文本提交，单位元，最多两位小数（例如 "1234.56"），不能是 JSON 数字');
    if (typeof value !== 'string') return bad('金额必须是文本，单位元（例如 "1234.56"）');
    const r = parseYuan(value);
    if (!r.ok) return bad(r.message);
    if (r.fen === 0n) return bad('金额必须大于 0');
    if (r.fen > LEDGER_MAX_ENTRY_FEN) return bad('金额过大：单笔不能超过 1 亿元，请核对');
    return r.fen;
  }

  throwIfAny(): void {
    if (!this.problems.length) return;
    const first = this.problems[0]!;
    throw new AppError(ErrorCode.LEDGER_AMOUNT_INVALID, `金额不正确：${first.field} ${first.messages[0]}`, {
      fields: this.problems,
    });
  }
}
