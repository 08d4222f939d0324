import fc from 'fast-check';
import * as big from './money.js';
import * as num from './money-number.js';

// The mini-program's BigInt-free money must say exactly what the API's bigint money says.
describe('money-number (the mini-program, no BigInt) agrees with money (the API)', () => {
  const yuanText = fc.oneof(
    fc.bigInt({ min: -(10n ** 14n) - 5n, max: 10n ** 14n + 5n }).map((f) => big.fenToYuanString(f)),
    fc.string({ maxLength: 20 }),
    fc.stringMatching(/^-?\d{1,17}(\.\d{0,3})?$/),
  );

  it('parses every text to the same fen or the same refusal', () => {
    fc.assert(
      fc.property(yuanText, fc.boolean(), (text, allowNegative) => {
        const a = big.parseYuan(text, { allowNegative });
        const b = num.parseYuan(text, { allowNegative });
        if (a.ok && b.ok) expect(BigInt(b.fen)).toBe(a.fen);
        else expect(b).toEqual(a);
      }),
    );
  });

  it('formats every accepted amount the same, from a number or the API string', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 14n), max: 10n ** 14n }), (fen) => {
        expect(num.formatFen(Number(fen))).toBe(big.formatFen(fen));
        expect(num.formatFen(fen.toString())).toBe(big.formatFen(fen));
        expect(num.fenToYuanString(fen.toString())).toBe(big.fenToYuanString(fen));
      }),
    );
  });

  it('refuses what is not a whole number of fen', () => {
    expect(() => num.formatFen(1.5)).toThrow('金额必须是以分为单位的整数');
    expect(() => num.formatFen('12.5')).toThrow('金额必须是以分为单位的整数');
    expect(num.formatFen('-0')).toBe('¥0.00');
    expect(num.formatFen(-5)).toBe('-¥0.05');
  });
});
