import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { DomainError } from './domain-error.js';
import { canonicalJson, sha256, sha256Bytes, utf8Encode } from './sha256.js';

const nodeSha = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

describe('sha256', () => {
  it.each([
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    [
      'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq',
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    ],
    ['共治', '7effa544d5b4a3b9db4d59e3e28101660789882d013e0e0d87be4451aee45423'],
    ['中华人民共和国民法典第二百七十八条', '69f4a3899412650790523ac97a94eb281498cb65ad8318ba8ef209e6e685e718'],
    ['😀', 'f0443a342c5ef54783a111b51ba56c938e474c32324d90c3a60c9c8e3a37e2d9'],
    ['a'.repeat(55), '9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318'],
    ['a'.repeat(56), 'b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a'],
    ['a'.repeat(64), 'ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb'],
  ])('known vector %#', (input, hex) => {
    expect(sha256(input)).toBe(hex);
  });

  it('one million "a" (FIPS 180-2 vector)', () => {
    expect(sha256('a'.repeat(1_000_000))).toBe('cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0');
  });

  it('agrees with node:crypto on arbitrary strings, including lone surrogates', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 300 }),
          fc.string({ unit: 'grapheme', maxLength: 200 }),
          fc.string({ unit: 'binary-ascii', maxLength: 300 }),
        ),
        (s) => {
          expect(sha256(s)).toBe(nodeSha(s));
        },
      ),
      { numRuns: 1500 },
    );
    for (const s of ['\ud800', 'a\udc00b', '\udbff\udfff', '\ud83d']) expect(sha256(s)).toBe(nodeSha(s));
  });

  it('agrees with node:crypto on arbitrary bytes and encodes UTF-8 like Buffer', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect(sha256Bytes(bytes)).toBe(createHash('sha256').update(bytes).digest('hex'));
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 100 }), (s) => {
        expect(Array.from(utf8Encode(s))).toEqual(Array.from(Buffer.from(s, 'utf8')));
      }),
      { numRuns: 500 },
    );
  });
});

describe('canonicalJson', () => {
  it('sorts keys at every level, writes no whitespace and bigint as a decimal string', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: true, y: null }], c: '共治' }, n: 12345678901234567890n })).toBe(
      '{"a":{"c":"共治","d":[3,{"y":null,"z":true}]},"b":1,"n":"12345678901234567890"}',
    );
  });

  it('does not depend on key insertion order', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.oneof(fc.integer(), fc.string(), fc.boolean())), (dict) => {
        const reversed = Object.fromEntries(Object.entries(dict).reverse());
        expect(canonicalJson(reversed)).toBe(canonicalJson(dict));
        expect(JSON.parse(canonicalJson(dict))).toEqual(dict);
      }),
      { numRuns: 300 },
    );
  });

  it('writes exactly what a plain recursive writer with sorted keys writes, whatever the keys and values', () => {
    // The reference: every object written key by key in sorted order (the rule the hash chains were built with).
    const reference = (v: unknown): string => {
      if (typeof v === 'bigint') return `"${v}"`;
      if (v instanceof Date) return JSON.stringify(v.toISOString());
      if (Array.isArray(v)) return `[${v.map(reference).join(',')}]`;
      if (v !== null && typeof v === 'object') {
        const o = v as Record<string, unknown>;
        return `{${Object.keys(o)
          .filter((k) => o[k] !== undefined)
          .sort()
          .map((k) => `${JSON.stringify(k)}:${reference(o[k])}`)
          .join(',')}}`;
      }
      return JSON.stringify(v);
    };
    const key = fc.oneof(
      fc.string(),
      fc.constantFrom(
        '0',
        '1',
        '10',
        '9',
        '01',
        '-1',
        '4294967295',
        '__proto__',
        'toJSON',
        'a',
        'B',
        '共治',
        '😀',
        '\ud800',
      ),
    );
    const value = fc.letrec((tie) => ({
      leaf: fc.oneof(
        fc.string({ unit: 'binary' }),
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.integer(),
        fc.boolean(),
        fc.constant(null),
        fc.bigInt(),
        fc.date({ noInvalidDate: true }),
      ),
      node: fc.oneof(
        { depthSize: 'small' },
        tie('leaf'),
        fc.array(tie('node'), { maxLength: 4 }),
        fc.dictionary(key, fc.option(tie('node'), { nil: undefined }), { maxKeys: 5 }),
        fc.constant({ ['__proto__']: 1 }),
      ),
    })).node;
    fc.assert(
      fc.property(value, (v) => {
        expect(canonicalJson(v)).toBe(reference(v));
      }),
      { numRuns: 3000 },
    );
    // JSON.parse makes "__proto__" an own key (an object literal would set the prototype instead).
    const parsed: unknown = JSON.parse('{"b":1,"__proto__":{"x":2},"10":3,"9":4,"a":[{"2":0,"1":0}]}');
    expect(canonicalJson(parsed)).toBe('{"10":3,"9":4,"__proto__":{"x":2},"a":[{"1":0,"2":0}],"b":1}');
  });

  it('leaves out undefined properties, writes Dates as ISO strings and -0 as 0', () => {
    expect(canonicalJson({ a: undefined, b: 2 })).toBe('{"b":2}');
    expect(canonicalJson({ at: new Date(Date.UTC(2026, 10, 20, 6, 2)) })).toBe('{"at":"2026-11-20T06:02:00.000Z"}');
    expect(canonicalJson(-0)).toBe('0');
    expect(canonicalJson('a"\n')).toBe('"a\\"\\n"');
  });

  it.each([
    ['NaN', NaN],
    ['Infinity', Infinity],
    ['undefined', undefined],
    ['undefined in an array', [1, undefined]],
    ['a function', () => 1],
    ['a Map', new Map()],
    ['a symbol', Symbol('x')],
  ])('refuses %s', (_label, value) => {
    expect(() => canonicalJson(value)).toThrow(DomainError);
  });

  it('refuses cycles but accepts the same object twice', () => {
    const shared = { x: 1 };
    expect(canonicalJson([shared, shared])).toBe('[{"x":1},{"x":1}]');
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(() => canonicalJson(cyclic)).toThrow(/循环/);
  });
});
