import fc from 'fast-check';
import { ERASED_PERSON_NAME, maskIdNumber, maskName, maskPhone } from './privacy.js';

describe('maskPhone', () => {
  it.each([
    ['13812345678', '138****5678'],
    ['138 1234 5678', '138****5678'],
    ['+8613812345678', '138****5678'],
    ['8613812345678', '138****5678'],
    ['0571-88886666', '********6666'],
    ['12345', '***45'],
    ['123', '***'],
    ['', ''],
  ])('%j → %j', (input, masked) => {
    expect(maskPhone(input)).toBe(masked);
  });

  it('never shows the middle four digits of a mainland mobile number', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^1[3-9]\d{9}$/), (p) => {
        const m = maskPhone(p);
        expect(m).toHaveLength(11);
        expect(m.slice(3, 7)).toBe('****');
        expect(m.slice(0, 3) + m.slice(7)).toBe(p.slice(0, 3) + p.slice(7));
      }),
      { numRuns: 200 },
    );
  });
});

describe('maskIdNumber', () => {
  it.each([
    ['11010519491231002X', '110***********002X'],
    ['110105194912310021', '110***********0021'],
    ['110105491231002', '110********1002'],
    ['E12345678', '*******78'],
    ['A1', '**'],
  ])('%j → %j', (input, masked) => {
    expect(maskIdNumber(input)).toBe(masked);
  });

  it('hides the birth date of every 18-digit ID', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{17}[\dX]$/), (id) => {
        const m = maskIdNumber(id);
        expect(m).toHaveLength(18);
        expect(m.slice(6, 14)).toBe('********');
      }),
      { numRuns: 200 },
    );
  });
});

describe('maskName', () => {
  it.each([
    ['张三丰', '张**'],
    ['张三', '张*'],
    ['欧阳修文', '欧***'],
    ['𠮷野家', '𠮷**'],
    ['李', '*'],
    [' 王五 ', '王*'],
    ['', ''],
  ])('%j → %j', (input, masked) => {
    expect(maskName(input)).toBe(masked);
  });

  it('shows a deleted person as 已注销用户, not as a masked name', () => {
    expect(maskName(ERASED_PERSON_NAME)).toBe('已注销用户');
  });
});
