import { ErrorCode } from '@gongzhi/domain';
import pg from 'pg';
import type request from 'supertest';
import { BallotGroupCommit } from '../src/modules/votes/ballot-group-commit.js';
import { Clock } from '../src/modules/votes/clock.js';
import { makeCommunity, type CommunityFixture } from './factories.js';
import { ownerQuery, startTestApp, type TestApp } from './harness.js';
import { TestClock, allChoices, openVote, type OpenVote } from './votes-helpers.js';

/**
 * Many owners voting at the same moment: online ballots of one resolution are appended in batches, one transaction
 * per batch (src/modules/votes/ballot-group-commit.ts, docs/votes.md). What owners notice: everybody gets a receipt
 * that is in one intact chain, a second ballot of the same owner is refused with the first's time, a retry answers
 * the same receipt, and one failing ballot does not take the others down.
 */
describe("owners' votes: many owners casting at the same moment", () => {
  let t: TestApp;
  let clock: TestClock;
  beforeAll(async () => {
    t = await startTestApp();
    clock = new TestClock(t);
  });
  afterAll(async () => t.close());

  const ballots = (id: string) => `/api/v1/resolutions/${id}/ballots`;

  /** A community whose every unit has its own owner (owner1 … ownerN): N heads. */
  async function ownersCommunity(owners: number): Promise<CommunityFixture> {
    const c = await makeCommunity(t, { units: owners });
    for (let i = 4; i < owners; i++) {
      const [p] = await ownerQuery(`INSERT INTO persons (name) VALUES ($1) RETURNING id`, [`业主${i + 1}`]);
      await ownerQuery(`INSERT INTO ownerships (community_id, unit_id, person_id) VALUES ($1, $2, $3)`, [
        c.communityId,
        c.units[i]!.id,
        p!.id,
      ]);
      c.people[`owner${i + 1}`] = p!.id as string;
    }
    return c;
  }

  const owners = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => `owner${from + i}`);

  /**
   * Holds the resolution's chain lock (as another API process appending a batch would) so that the requests sent
   * meanwhile pile up in this process's queue; `release` lets them through, as one batch.
   */
  async function holdChain(voteId: string) {
    // The superuser sees every session's query (which batch waits); the schema owner would see only its own.
    const c = new pg.Client({ connectionString: process.env.TEST_SUPER_URL ?? process.env.DATABASE_URL });
    await c.connect();
    await c.query(`SELECT pg_advisory_lock(hashtextextended('ballot-chain:' || $1::text, 0))`, [voteId]);
    return {
      /** Until a batch waits for the lock and `queued` more ballots wait behind it. */
      async until(queued: number) {
        const gc = t.created.app.get(BallotGroupCommit);
        for (let i = 0; i < 500; i++) {
          const [w] = (
            await c.query(
              `SELECT count(*)::int AS n FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
              WHERE l.locktype = 'advisory' AND NOT l.granted AND a.query LIKE '%ballot_chain_lock_batch%'`,
            )
          ).rows;
          if (w.n > 0 && gc.queued(voteId) >= queued) return;
          await new Promise((r) => setTimeout(r, 20));
        }
        throw new Error(`ballots did not queue (${gc.queued(voteId)} waiting)`);
      },
      async release() {
        await c.query(`SELECT pg_advisory_unlock(hashtextextended('ballot-chain:' || $1::text, 0))`, [voteId]);
        await c.end();
      },
    };
  }

  const send = (c: CommunityFixture, vote: OpenVote, who: string, body: Record<string, unknown>, key?: string) => {
    let r = t.req().post(ballots(vote.id)).set(c.as(who));
    if (key) r = r.set('Idempotency-Key', key);
    return r.send(body).then((res) => res);
  };

  async function verifyChain(c: CommunityFixture, vote: OpenVote) {
    return (await t.req().get(`/api/v1/resolutions/${vote.id}/verify`).set(c.as('owner1')).expect(200)).body;
  }

  it('60 owners casting at once all get their own receipt, each counted, in one intact chain', async () => {
    const c = await ownersCommunity(60);
    const vote = await openVote(t, c, clock);
    const who = owners(1, 60);
    const results = await Promise.all(
      who.map((w, i) =>
        send(c, vote, w, { choices: allChoices(vote, i % 2 ? 'yes' : 'no'), confirm: true }, `rush-${w}-0001`),
      ),
    );
    expect(results.map((r) => r.status)).toEqual(who.map(() => 201));
    const receipts = results.map((r) => r.body.receipt as string);
    expect(new Set(receipts).size).toBe(60);

    expect(await verifyChain(c, vote)).toEqual({ ok: true, length: 60, head: expect.stringMatching(/^[0-9a-f]{64}$/) });
    for (const code of receipts) {
      const check = await t
        .req()
        .get(`/api/v1/resolutions/${vote.id}/receipts/${code}`)
        .set(c.as('owner1'))
        .expect(200);
      expect(check.body).toEqual({ found: true, receipt: code, counted: true });
    }
    // Each owner's stored ballot is the one they chose, and each cast is audited once.
    const stored = await ownerQuery(
      `SELECT voter_key, choices, seq FROM ballots WHERE resolution_id = $1 ORDER BY seq`,
      [vote.id],
    );
    expect(stored.map((b) => b.seq)).toEqual(who.map((_, i) => i + 1));
    for (const [i, w] of who.entries()) {
      const mine = stored.find((b) => b.voter_key === `owner:${c.people[w]}`);
      expect(Object.values(mine!.choices)).toEqual([i % 2 ? 'yes' : 'no', i % 2 ? 'yes' : 'no']);
    }
    const [audit] = await ownerQuery(
      `SELECT count(*)::int AS n FROM audit_log WHERE action = 'vote.ballot_cast' AND target_id = $1`,
      [vote.id],
    );
    expect(audit!.n).toBe(60);
    const turnout = await t.req().get(`/api/v1/resolutions/${vote.id}/turnout`).set(c.as('owner1')).expect(200);
    expect(turnout.body).toMatchObject({ totalHeads: 60, votedHeads: 60 });
  });

  it('in one batch: the same owner twice is refused once as already cast, a repeated request answers the same receipt, and everyone else is counted', async () => {
    const c = await ownersCommunity(20);
    const vote = await openVote(t, c, clock);
    const body = (choice: 'yes' | 'no' | 'abstain') => ({ choices: allChoices(vote, choice), confirm: true });
    const held = await holdChain(vote.id);
    // owner1's first ballot is taken by a batch that now waits for the chain …
    const first = send(c, vote, 'owner1', body('yes'));
    await held.until(0);
    // … while, behind it, owner1 votes again from another phone, owner2 taps twice (two phones, two requests),
    // owner3's phone retries the same request, owner4 reuses a key for a different ballot, and owners 5-20 vote once.
    const later = [
      send(c, vote, 'owner1', body('no')),
      send(c, vote, 'owner2', body('yes')),
      send(c, vote, 'owner2', body('no')),
      send(c, vote, 'owner3', body('abstain'), 'owner3-phone-0001'),
      send(c, vote, 'owner3', body('abstain'), 'owner3-phone-0001'),
      send(c, vote, 'owner4', body('yes'), 'owner4-phone-0001'),
      send(c, vote, 'owner4', body('no'), 'owner4-phone-0001'),
      ...owners(5, 20).map((w) => send(c, vote, w, body('yes'))),
    ];
    await held.until(later.length);
    await held.release();
    const firstRes = await first;
    const [o1, o2a, o2b, o3a, o3b, o4a, o4b, ...rest] = (await Promise.all(later)) as request.Response[];

    expect(firstRes.status).toBe(201);
    // owner1 voted in the batch before: refused with the time of the first ballot.
    expect(o1!.status).toBe(409);
    expect(o1!.body.error).toMatchObject({
      code: ErrorCode.VOTE_ALREADY_CAST,
      details: { channel: 'online', castAt: firstRes.body.castAt },
    });
    expect(o1!.body.error.message).toMatch(/^您已投票（线上，/);
    // owner2 twice in the same batch: one is stored, the other refused naming it.
    const [o2ok, o2no] = o2a!.status === 201 ? [o2a!, o2b!] : [o2b!, o2a!];
    expect([o2ok.status, o2no.status]).toEqual([201, 409]);
    expect(o2no.body.error).toMatchObject({ code: ErrorCode.VOTE_ALREADY_CAST, details: { castAt: o2ok.body.castAt } });
    // owner3's retry is the same request: the same receipt, one ballot.
    expect([o3a!.status, o3b!.status]).toEqual([201, 201]);
    expect(o3b!.body).toEqual(o3a!.body);
    // owner4's key names a different ballot the second time: refused, the first stands.
    const [o4ok, o4no] = o4a!.status === 201 ? [o4a!, o4b!] : [o4b!, o4a!];
    expect([o4ok.status, o4no.status]).toEqual([201, 409]);
    expect(o4no.body.error.code).toBe(ErrorCode.IDEMPOTENCY_MISMATCH);
    expect(rest.map((r) => r.status)).toEqual(rest.map(() => 201));

    const perVoter = await ownerQuery(
      `SELECT voter_key, count(*)::int AS n, min(choices::text) AS choices FROM ballots WHERE resolution_id = $1 GROUP BY voter_key`,
      [vote.id],
    );
    expect(perVoter).toHaveLength(20);
    expect(perVoter.every((v) => v.n === 1)).toBe(true);
    const choiceOf = (w: string) =>
      Object.values(JSON.parse(perVoter.find((v) => v.voter_key === `owner:${c.people[w]}`)!.choices as string));
    expect(choiceOf('owner1')).toEqual(['yes', 'yes']);
    const receiptOf = async (w: string) =>
      (
        await ownerQuery(`SELECT receipt FROM ballots WHERE resolution_id = $1 AND voter_key = $2`, [
          vote.id,
          `owner:${c.people[w]}`,
        ])
      )[0]!.receipt;
    expect(await receiptOf('owner2')).toBe(o2ok.body.receipt);
    expect(await receiptOf('owner3')).toBe(o3a!.body.receipt);
    expect(await receiptOf('owner4')).toBe(o4ok.body.receipt);
    expect(await verifyChain(c, vote)).toMatchObject({ ok: true, length: 20 });
  });

  it('a retried ballot answers the same receipt, even after voting has closed', async () => {
    const c = await ownersCommunity(6);
    const vote = await openVote(t, c, clock);
    const body = { choices: allChoices(vote, 'no', 'yes'), confirm: true };
    const a = await send(c, vote, 'owner5', body, 'owner5-retry-0001');
    expect(a.status).toBe(201);
    const b = await send(c, vote, 'owner5', body, 'owner5-retry-0001');
    expect(b.status).toBe(201);
    expect(b.body).toEqual(a.body);
    clock.set(new Date(vote.body.votingClosesAt));
    const late = await send(c, vote, 'owner5', body, 'owner5-retry-0001');
    expect(late.status).toBe(201);
    expect(late.body).toEqual(a.body);
    // A new request (new key) after the deadline is refused.
    const fresh = await send(c, vote, 'owner6', body, 'owner6-late-0001');
    expect(fresh.status).toBe(409);
    expect(fresh.body.error.code).toBe(ErrorCode.VOTE_NOT_OPEN);
    const [n] = await ownerQuery(`SELECT count(*)::int AS n FROM ballots WHERE resolution_id = $1`, [vote.id]);
    expect(n!.n).toBe(1);
  });

  it('a ballot the database fails unexpectedly fails alone: the others of its batch are stored once each', async () => {
    const c = await ownersCommunity(12);
    const vote = await openVote(t, c, clock);
    // A fault injected for owner7's ballot only (as the schema owner), standing for any unexpected database error.
    const fn = `fail_ballot_${vote.id.replace(/-/g, '')}`;
    await ownerQuery(`CREATE FUNCTION ${fn}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
        IF NEW.voter_key = '${`owner:${c.people.owner7}`}' THEN RAISE EXCEPTION 'injected fault'; END IF; RETURN NEW; END $$`);
    await ownerQuery(`CREATE TRIGGER ${fn} BEFORE INSERT ON ballots FOR EACH ROW EXECUTE FUNCTION ${fn}()`);
    try {
      const held = await holdChain(vote.id);
      const first = send(c, vote, 'owner1', { choices: allChoices(vote, 'yes'), confirm: true }, 'fault-owner1-01');
      await held.until(0);
      const later = owners(2, 12).map((w) =>
        send(c, vote, w, { choices: allChoices(vote, 'yes'), confirm: true }, `fault-${w}-01`),
      );
      await held.until(later.length);
      await held.release();
      expect((await first).status).toBe(201);
      const results = await Promise.all(later);
      expect(results.map((r) => r.status)).toEqual(owners(2, 12).map((w) => (w === 'owner7' ? 500 : 201)));
    } finally {
      await ownerQuery(`DROP TRIGGER ${fn} ON ballots`);
      await ownerQuery(`DROP FUNCTION ${fn}()`);
    }
    const stored = await ownerQuery(
      `SELECT count(*)::int AS n, count(DISTINCT voter_key)::int AS voters FROM ballots WHERE resolution_id = $1`,
      [vote.id],
    );
    expect(stored[0]).toEqual({ n: 11, voters: 11 });
    expect(await verifyChain(c, vote)).toMatchObject({ ok: true, length: 11 });
    // owner7 can simply vote again once the fault is gone; the retries of the others answer their receipts.
    expect(
      (await send(c, vote, 'owner7', { choices: allChoices(vote, 'yes'), confirm: true }, 'fault-owner7-01')).status,
    ).toBe(201);
    const again = await send(c, vote, 'owner8', { choices: allChoices(vote, 'yes'), confirm: true }, 'fault-owner8-01');
    expect(again.status).toBe(201);
    expect(await verifyChain(c, vote)).toMatchObject({ ok: true, length: 12 });
  });

  it('two API processes appending to the same chain at once never fork it', async () => {
    const c = await ownersCommunity(40);
    const vote = await openVote(t, c, clock);
    // A second API process on the same database (its own pool, its own batches), accepting the same tokens.
    const second = await startTestApp({
      JWT_SECRET: t.created.config.jwtSecret,
      DATA_ENCRYPTION_KEY: t.created.config.dataKey,
    });
    try {
      second.created.app.get(Clock).now = () => clock.now;
      const results = await Promise.all(
        owners(1, 40).map((w, i) => {
          const app = i % 2 ? second : t;
          return app
            .req()
            .post(ballots(vote.id))
            .set(c.as(w))
            .set('Idempotency-Key', `two-${w}-0001`)
            .send({ choices: allChoices(vote, 'abstain'), confirm: true });
        }),
      );
      expect(results.map((r) => r.status)).toEqual(owners(1, 40).map(() => 201));
    } finally {
      await second.close();
    }
    expect(await verifyChain(c, vote)).toMatchObject({ ok: true, length: 40 });
    const [n] = await ownerQuery(`SELECT count(DISTINCT voter_key)::int AS n FROM ballots WHERE resolution_id = $1`, [
      vote.id,
    ]);
    expect(n!.n).toBe(40);
  });
});
