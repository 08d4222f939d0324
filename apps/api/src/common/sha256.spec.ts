import fc from 'fast-check';
import { GENESIS_HASH, linkHash, sha256, verifyChain, type ChainEntry } from '@gongzhi/domain';
import { ballotPayload } from '../modules/votes/chain.js';
import { postingPayload } from '../modules/ledger/ledger-chain.js';
import { nodeSha256 } from './sha256.js';

/** The API hashes with node:crypto, the mini-program with the domain's pure sha256: a chain must mean the same to both. */
describe('nodeSha256', () => {
  it('gives the same digest as the pure sha256 for any text, Chinese and emoji included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        expect(nodeSha256(text)).toBe(sha256(text));
      }),
      { numRuns: 300 },
    );
    expect(nodeSha256('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(nodeSha256('公共收益 2025 年上半年 🏠')).toBe(sha256('公共收益 2025 年上半年 🏠'));
  });

  it('links a ledger posting and a ballot to the same hash as the domain default', () => {
    const posting = postingPayload({
      communityId: '7b0c1f0e-4f7a-4c55-9d8e-1b2c3d4e5f60',
      accountId: '8c1d2e3f-5a6b-4c7d-8e9f-0a1b2c3d4e5f',
      seq: '42',
      entryId: '9d2e3f4a-6b7c-4d8e-9f0a-1b2c3d4e5f60',
      kind: 'income',
      category: 'advertising',
      amountFen: '1234567',
      bookedOn: '2025-03-31',
      reversesPostingId: null,
      details: { counterparty: '某某传媒有限公司', purpose: '电梯广告位（1 号楼）', gross: '1300000' },
      authorId: 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d',
      approverId: 'b2c3d4e5-f6a7-4b8c-9d0e-1f2a3b4c5d6e',
      postedAt: new Date('2025-04-01T08:00:00.123Z'),
    });
    const ballot = ballotPayload({
      resolutionId: 'c3d4e5f6-a7b8-4c9d-8e0f-1a2b3c4d5e6f',
      seq: 7,
      voterKey: 'unit:d4e5f6a7',
      voterSeq: 1,
      channel: 'online',
      choices: { 'e5f6a7b8-c9d0-4e1f-8a2b-3c4d5e6f7a8b': 'yes' },
      spoilt: false,
      castAt: new Date('2026-11-20T06:02:00Z'),
      salt: 'ab'.repeat(32),
    });
    for (const payload of [posting, ballot]) {
      expect(linkHash(GENESIS_HASH, payload, nodeSha256)).toBe(linkHash(GENESIS_HASH, payload));
    }
  });

  it('verifies a chain built with the pure sha256, and finds the same tampering', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ text: fc.string(), fen: fc.bigInt({ min: 0n, max: 10n ** 12n }) }), {
          minLength: 1,
          maxLength: 20,
        }),
        fc.nat(),
        (rows, k) => {
          const chain: ChainEntry[] = [];
          let head = GENESIS_HASH;
          for (const r of rows) {
            const payload = { text: r.text, amountFen: r.fen.toString() };
            const hash = linkHash(head, payload);
            chain.push({ payload, prevHash: head, hash });
            head = hash;
          }
          expect(verifyChain(chain, { hash: nodeSha256 })).toEqual(verifyChain(chain));
          const i = k % chain.length;
          chain[i] = { ...chain[i]!, payload: { text: `${rows[i]!.text}!`, amountFen: rows[i]!.fen.toString() } };
          expect(verifyChain(chain, { hash: nodeSha256 })).toEqual(verifyChain(chain));
          expect(verifyChain(chain, { hash: nodeSha256 })).toMatchObject({ ok: false, brokenAt: i });
        },
      ),
      { numRuns: 100 },
    );
  });
});
