import { ErrorCode } from '@gongzhi/domain';
import { AppError } from './app-error.js';
import { findNulByte, RejectNulBytesPipe } from './validation.js';

describe('NUL characters in input', () => {
  it('names the first field holding one, at any depth', () => {
    expect(findNulByte({ title: 'ok', items: [{ title: 'a' }, { title: 'b\u0000c' }] })).toBe('items.1.title');
    expect(findNulByte({ title: 'fine', n: 3, list: ['x'] })).toBeNull();
    expect(findNulByte({ ['bad\u0000key']: 1 })).toBe('bad\u0000key');
  });

  it('refuses a body, query or path parameter with one as a Chinese field error, and passes clean input through', () => {
    const pipe = new RejectNulBytesPipe();
    let caught: unknown;
    try {
      pipe.transform({ description: '漏水\u0000' }, { type: 'body' });
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(AppError);
    expect((caught as AppError).code).toBe(ErrorCode.VALIDATION_FAILED);
    expect((caught as AppError).details).toEqual({ fields: [{ field: 'description', messages: ['不能包含空字符'] }] });
    expect(() => pipe.transform('a\u0000', { type: 'param', data: 'id' })).toThrow(AppError);
    expect(pipe.transform({ q: '阳光' }, { type: 'query' })).toEqual({ q: '阳光' });
  });
});
