import { GENESIS_HASH, linkHash, receiptCode } from '@gongzhi/domain';
import { ballotPayload } from '../src/modules/votes/chain.js';
import { nodeSha256 } from '../src/common/sha256.js';
import { ownerQuery, startTestApp, type TestApp } from './harness.js';
import { TestClock, allChoices, openVote, voteCommunity } from './votes-helpers.js';

/**
 * Insider attack (issue 15, docs/reliability.md "Insider attacks"): ballot secrecy rested on internal ids. The
 * published chain head was brute-forced (known voter ids × the cast-time window × every choice) into who chose what.
 * Version 2 links commit to a per-ballot random salt that is never published; the same search finds nothing.
 */
describe('insider attack: the ballot chain head is brute-forced into who chose what', () => {
  let t: TestApp;
  let clock: TestClock;
  beforeAll(async () => {
    t = await startTestApp();
    clock = new TestClock(t);
  });
  afterAll(async () => t.close());

  const CHOICES = ['yes', 'no', 'abstain'] as const;

  /** The attack: every known voter × every millisecond of the window × every choice, against the published head. */
  function bruteForce(
    target: string,
    a: { resolutionId: string; voterKeys: string[]; itemIds: string[]; from: number; to: number },
    version: 1 | 2,
  ): { voterKey: string; choices: Record<string, string> } | null {
    const combos: Array<Record<string, (typeof CHOICES)[number]>> = [{}];
    for (const itemId of a.itemIds) {
      const next: typeof combos = [];
      for (const c of combos) for (const ch of CHOICES) next.push({ ...c, [itemId]: ch });
      combos.splice(0, combos.length, ...next);
    }
    for (const voterKey of a.voterKeys)
      for (let ms = a.from; ms <= a.to; ms++)
        for (const choices of combos) {
          const payload = ballotPayload({
            resolutionId: a.resolutionId,
            seq: 1,
            voterKey,
            voterSeq: 1,
            channel: 'online',
            choices,
            spoilt: false,
            castAt: new Date(ms),
            // The attacker does not know the salt: the best guess is none (what version 1 hashed).
            salt: version === 1 ? null : '0'.repeat(64),
          });
          if (linkHash(GENESIS_HASH, payload, nodeSha256) === target) return { voterKey, choices };
        }
    return null;
  }

  it('a new vote is version 2: the published head reveals nothing to the brute force, which does break version 1', async () => {
    const c = await voteCommunity(t);
    const vote = await openVote(t, c, clock);
    const castAt = clock.now.getTime();
    await t
      .req()
      .post(`/api/v1/resolutions/${vote.id}/ballots`)
      .set(c.as('owner2'))
      .set('X-Community-Id', c.communityId)
      .send({ choices: allChoices(vote, 'no', 'abstain'), confirm: true })
      .expect(201);
    const verify = await t.req().get(`/api/v1/resolutions/${vote.id}/verify`).set(c.as('owner1')).expect(200);
    expect(verify.body).toMatchObject({ ok: true, length: 1 });
    const head: string = verify.body.head;
    const [stored] = await ownerQuery(`SELECT salt, hash FROM ballots WHERE resolution_id = $1`, [vote.id]);
    expect(stored.salt).toMatch(/^[0-9a-f]{64}$/);
    expect(stored.hash).toBe(head);

    const attack = {
      resolutionId: vote.id,
      voterKeys: Object.keys(c.people)
        .filter((k) => k.startsWith('owner'))
        .map((k) => `owner:${c.people[k]}`),
      itemIds: vote.items.map((i) => i.id),
      from: castAt - 30,
      to: castAt + 30,
    };
    expect(bruteForce(head, attack, 2)).toBeNull();
    // The same search against the version 1 link of the same ballot finds the owner and both choices.
    const v1 = linkHash(
      GENESIS_HASH,
      ballotPayload({
        resolutionId: vote.id,
        seq: 1,
        voterKey: `owner:${c.people.owner2}`,
        voterSeq: 1,
        channel: 'online',
        choices: Object.fromEntries(allChoices(vote, 'no', 'abstain').map((x) => [x.itemId, x.choice])),
        spoilt: false,
        castAt: new Date(castAt),
        salt: null,
      }),
      nodeSha256,
    );
    expect(bruteForce(v1, attack, 1)).toEqual({
      voterKey: `owner:${c.people.owner2}`,
      choices: Object.fromEntries(allChoices(vote, 'no', 'abstain').map((x) => [x.itemId, x.choice])),
    });
  });

  it('a vote whose chain began as version 1 keeps version 1 and verifies', async () => {
    const c = await voteCommunity(t);
    const vote = await openVote(t, c, clock);
    // A first ballot as stored before salts (written with the insert trigger off, as the old code wrote it).
    const choices = Object.fromEntries(allChoices(vote, 'yes').map((x) => [x.itemId, x.choice]));
    const castAt = clock.now;
    const voterKey = `owner:${c.people.owner1}`;
    const hash = linkHash(
      GENESIS_HASH,
      ballotPayload({
        resolutionId: vote.id,
        seq: 1,
        voterKey,
        voterSeq: 1,
        channel: 'online',
        choices,
        spoilt: false,
        castAt,
        salt: null,
      }),
      nodeSha256,
    );
    const lit = (x: string) => `'${x.replace(/'/g, "''")}'`;
    await ownerQuery(
      `ALTER TABLE ballots DISABLE TRIGGER ballots_guard;
       INSERT INTO ballots (resolution_id, community_id, seq, voter_key, voter_seq, channel, choices, entered_by, cast_at, prev_hash, hash, receipt)
       VALUES (${lit(vote.id)}, ${lit(c.communityId)}, 1, ${lit(voterKey)}, 1, 'online', ${lit(JSON.stringify(choices))}, ${lit(c.people.owner1!)}, ${lit(castAt.toISOString())}, ${lit(GENESIS_HASH)}, ${lit(hash)}, ${lit(receiptCode(hash))});
       ALTER TABLE ballots ENABLE TRIGGER ballots_guard`,
    );

    await t
      .req()
      .post(`/api/v1/resolutions/${vote.id}/ballots`)
      .set(c.as('owner2'))
      .set('X-Community-Id', c.communityId)
      .send({ choices: allChoices(vote, 'no'), confirm: true })
      .expect(201);
    const rows = await ownerQuery(`SELECT seq, salt FROM ballots WHERE resolution_id = $1 ORDER BY seq`, [vote.id]);
    expect(rows).toEqual([
      { seq: 1, salt: null },
      { seq: 2, salt: null },
    ]);
    const verify = await t.req().get(`/api/v1/resolutions/${vote.id}/verify`).set(c.as('owner1')).expect(200);
    expect(verify.body).toMatchObject({ ok: true, length: 2 });
  });
});
