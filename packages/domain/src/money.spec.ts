import fc from 'fast-check';
import { DomainError } from './domain-error.js';
import { ErrorCode } from './errors.js';
import { MAX_ABS_FEN, fenToYuanString, formatFen, parseYuan, parseYuanOrThrow } from './money.js';

const fenOf = (s: string, allowNegative = false) => {
  const r = parseYuan(s, { allowNegative });
  if (!r.ok) throw new Error(`expected ${s} to parse: ${r.message}`);
  return r.fen;
};

describe('parseYuan', () => {
  it.each([
    ['12', 1200n],
    ['12.5', 1250n],
    ['12.50', 1250n],
    ['0.01', 1n],
    ['0', 0n],
    ['0.1', 10n],
    ['1234567.89', 123456789n],
    ['1000000000000', 100000000000000n],
    ['1000000000000.00', 100000000000000n],
  ])('reads %s as %s fen', (input, fen) => {
    expect(fenOf(input)).toBe(fen);
  });

  it.each([
    ['', '请输入金额'],
    ['12.345', '两位小数'],
    ['0.001', '两位小数'],
    ['1e3', '格式'],
    ['1E3', '格式'],
    [' 12', '格式'],
    ['12 ', '格式'],
    ['+12', '格式'],
    ['.5', '格式'],
    ['12.', '格式'],
    ['1,234', '格式'],
    ['１２', '格式'],
    ['NaN', '格式'],
    ['Infinity', '格式'],
    ['0x10', '格式'],
    ['-12', '负数'],
    ['1000000000000.01', '过大'],
    ['99999999999999999999', '过大'],
  ])('refuses %j with a Chinese reason', (input, fragment) => {
    const r = parseYuan(input);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.code).toBe(ErrorCode.LEDGER_AMOUNT_INVALID);
      expect(r.message).toContain(fragment);
    }
  });

  it('accepts negative amounts only when asked, with the same cap', () => {
    expect(fenOf('-12.5', true)).toBe(-1250n);
    expect(fenOf('-1000000000000', true)).toBe(-MAX_ABS_FEN);
    expect(parseYuan('-1000000000000.01', { allowNegative: true }).ok).toBe(false);
  });

  it('round-trips every amount within the cap through fenToYuanString', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -MAX_ABS_FEN, max: MAX_ABS_FEN }), (fen) => {
        expect(fenOf(fenToYuanString(fen), true)).toBe(fen);
      }),
      { numRuns: 2000 },
    );
  });

  it('parseYuanOrThrow throws a DomainError with the code and message', () => {
    expect(parseYuanOrThrow('3.30')).toBe(330n);
    try {
      parseYuanOrThrow('3.333');
      throw new Error('should have thrown');
    } catch (e) {
      expect(e).toBeInstanceOf(DomainError);
      expect((e as DomainError).code).toBe(ErrorCode.LEDGER_AMOUNT_INVALID);
      expect((e as DomainError).message).toContain('两位小数');
    }
  });
});

describe('formatFen / fenToYuanString', () => {
  it.each([
    [123456n, '¥1,234.56', '1234.56'],
    [0n, '¥0.00', '0.00'],
    [5n, '¥0.05', '0.05'],
    [100n, '¥1.00', '1.00'],
    [99999n, '¥999.99', '999.99'],
    [100000n, '¥1,000.00', '1000.00'],
    [123456789012n, '¥1,234,567,890.12', '1234567890.12'],
    [-123456n, '-¥1,234.56', '-1234.56'],
    [-5n, '-¥0.05', '-0.05'],
  ])('%s fen → %s / %s', (fen, formatted, plain) => {
    expect(formatFen(fen)).toBe(formatted);
    expect(fenToYuanString(fen)).toBe(plain);
  });

  it('refuses a float passed where fen are expected', () => {
    expect(() => formatFen(12.5 as unknown as bigint)).toThrow(DomainError);
    expect(() => fenToYuanString(12 as unknown as bigint)).toThrow(DomainError);
  });

  it('grouping only inserts commas: removing them and ¥ gives fenToYuanString', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -MAX_ABS_FEN, max: MAX_ABS_FEN }), (fen) => {
        const f = formatFen(fen);
        expect(f.replace(/[¥,]/g, '')).toBe(fenToYuanString(fen));
        expect(f).toMatch(/^-?¥\d{1,3}(,\d{3})*\.\d{2}$/);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('DomainError', () => {
  it('carries the shared code, a Chinese message and details', () => {
    const e = new DomainError(ErrorCode.LEDGER_AMOUNT_INVALID, '金额不能为负数', { field: 'amount' });
    expect(e).toBeInstanceOf(Error);
    expect([e.name, e.code, e.message, e.details]).toEqual([
      'DomainError',
      'LEDGER.AMOUNT_INVALID',
      '金额不能为负数',
      { field: 'amount' },
    ]);
  });
});
