import fc from 'fast-check';
import {
  GENESIS_HASH,
  appendEntry,
  linkHash,
  normalizeReceiptCode,
  receiptCode,
  verifyChain,
  type ChainEntry,
} from './hash-chain.js';
import { sha256 } from './sha256.js';

function buildChain(payloads: unknown[]): ChainEntry[] {
  const out: ChainEntry[] = [];
  let head = GENESIS_HASH;
  for (const p of payloads) {
    const e = appendEntry(head, p);
    out.push(e);
    head = e.hash;
  }
  return out;
}

const ballots = [
  { voter: 'v1', choices: { item1: 'yes' } },
  { voter: 'v2', choices: { item1: 'no' } },
  { voter: 'v3', choices: { item1: 'abstain' }, areaHundredths: 8950n },
  { voter: 'v4', choices: { item1: 'yes' } },
];

describe('linkHash', () => {
  it('is sha256(prevHash + newline + canonical json)', () => {
    expect(linkHash(GENESIS_HASH, { b: 2, a: 1 })).toBe(sha256(`${GENESIS_HASH}\n{"a":1,"b":2}`));
    expect(GENESIS_HASH).toBe('0'.repeat(64));
  });

  it('refuses a malformed previous hash', () => {
    expect(() => linkHash('abc', {})).toThrow(/64/);
    expect(() => linkHash('A'.repeat(64), {})).toThrow(/64/);
  });
});

describe('verifyChain', () => {
  it('accepts an intact chain and returns its head', () => {
    const chain = buildChain(ballots);
    expect(verifyChain(chain)).toEqual({ ok: true, head: chain[3]!.hash, length: 4 });
    expect(verifyChain([])).toEqual({ ok: true, head: GENESIS_HASH, length: 0 });
  });

  it('names a changed ballot', () => {
    const chain = buildChain(ballots);
    chain[2] = { ...chain[2]!, payload: { ...ballots[2], choices: { item1: 'yes' } } };
    const r = verifyChain(chain);
    expect(r).toMatchObject({ ok: false, brokenAt: 2 });
    if (!r.ok) expect(r.reason).toContain('内容');
  });

  it('names the entry after a silently dropped ballot', () => {
    const chain = buildChain(ballots);
    chain.splice(1, 1);
    expect(verifyChain(chain)).toMatchObject({ ok: false, brokenAt: 1 });
  });

  it('catches swapped entries and a forged first entry', () => {
    const chain = buildChain(ballots);
    expect(verifyChain([chain[1]!, chain[0]!, ...chain.slice(2)])).toMatchObject({ ok: false, brokenAt: 0 });
    expect(verifyChain([chain[0]!, chain[2]!, chain[1]!, chain[3]!])).toMatchObject({ ok: false, brokenAt: 1 });
    // A fully recomputed rewrite still changes the head, which is what gets published.
    const rewritten = buildChain([{ forged: true }, ...ballots.slice(1)]);
    const v = verifyChain(rewritten);
    expect(v.ok && v.head).not.toBe(chain[3]!.hash);
  });

  it('reports a payload that cannot be hashed as broken, not a crash', () => {
    const chain = buildChain(ballots);
    chain[1] = { ...chain[1]!, payload: { n: NaN } };
    expect(verifyChain(chain)).toMatchObject({ ok: false, brokenAt: 1 });
  });

  it('verifies in pages: continuing after a page gives the same answer as the whole chain', () => {
    const chain = buildChain(ballots);
    const first = verifyChain(chain.slice(0, 2));
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    expect(verifyChain(chain.slice(2), { after: first })).toEqual(verifyChain(chain));
    chain[3] = { ...chain[3]!, payload: { forged: true } };
    const r = verifyChain(chain.slice(2), { after: first });
    expect(r).toMatchObject({ ok: false, brokenAt: 3 });
    if (!r.ok) expect(r.reason).toContain('第 4 条');
  });

  it('uses the hash function it is given', () => {
    const chain = buildChain(ballots);
    const seen: string[] = [];
    const spy = (text: string) => {
      seen.push(text);
      return sha256(text);
    };
    expect(verifyChain(chain, { hash: spy })).toEqual(verifyChain(chain));
    expect(seen).toHaveLength(4);
    expect(verifyChain(chain, { hash: () => 'f'.repeat(64) })).toMatchObject({ ok: false, brokenAt: 0 });
  });

  it('finds exactly the first tampered index in random chains', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ voter: fc.string(), yes: fc.boolean() }), { minLength: 1, maxLength: 12 }),
        fc.nat(),
        (payloads, k) => {
          const chain = buildChain(payloads);
          const i = k % chain.length;
          chain[i] = { ...chain[i]!, payload: { ...payloads[i]!, yes: !payloads[i]!.yes } };
          expect(verifyChain(chain)).toMatchObject({ ok: false, brokenAt: i });
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('receiptCode', () => {
  it('is 12 Crockford base32 characters grouped 4-4-4, from the first 60 bits', () => {
    expect(receiptCode('0'.repeat(64))).toBe('0000-0000-0000');
    expect(receiptCode('f'.repeat(64))).toBe('ZZZZ-ZZZZ-ZZZZ');
    // 0x000000000000001 → last character "1"; 0x00000000000001f → "Z"
    expect(receiptCode(`${'0'.repeat(14)}1${'f'.repeat(49)}`)).toBe('0000-0000-0001');
    expect(receiptCode(`${'0'.repeat(13)}20${'0'.repeat(49)}`)).toBe('0000-0000-0010');
  });

  it('never uses ambiguous letters and is stable per hash', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 0, maxLength: 40 }), (s) => {
        const code = receiptCode(sha256(s));
        expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
        expect(normalizeReceiptCode(code.toLowerCase().replace(/-/g, ' '))).toBe(code);
      }),
      { numRuns: 300 },
    );
  });

  it('normalises look-alikes an owner may type', () => {
    expect(normalizeReceiptCode('oil0-1234-abcd')).toBe('0110-1234-ABCD');
    expect(normalizeReceiptCode('ABCD-1234')).toBeNull();
    expect(normalizeReceiptCode('ABCD-1234-ABCU')).toBeNull();
  });

  it('refuses a non-hash', () => {
    expect(() => receiptCode('xyz')).toThrow();
  });
});
