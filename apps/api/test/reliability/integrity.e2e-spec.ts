import type { Server } from 'node:http';
import request from 'supertest';
import { ErrorCode } from '@gongzhi/domain';
import { makeCommunity } from '../factories.js';
import { appRoleQuery, ownerQuery, startTestApp, type TestApp } from '../harness.js';
import { allChoices, openVote, TestClock, voteCommunity } from '../votes-helpers.js';

/**
 * Integrity under concurrency and against people with database access. Also covered elsewhere (and not repeated):
 * 500 simultaneous approvals of one ledger draft → one posting (test/ledger-concurrency.e2e-spec.ts), tamper and
 * deletion drills per chain (test/ledger.e2e-spec.ts, test/votes-ballots.e2e-spec.ts).
 */
describe('integrity', () => {
  let t: TestApp;
  let server: Server;
  let clock: TestClock;
  beforeAll(async () => {
    t = await startTestApp();
    clock = new TestClock(t);
    server = t.http as unknown as Server;
    if (!server.listening) await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  });
  afterAll(async () => t.close());

  it('PostgreSQL refuses the API role UPDATE, DELETE and TRUNCATE on ballots, repair events, ledger postings and the audit log', async () => {
    const tables = ['ballots', 'repair_events', 'ledger_postings', 'audit_log'];
    const refused: string[] = [];
    const allowedStatements: string[] = [];
    for (const table of tables) {
      const [col] = await ownerQuery<{ column_name: string }>(
        `SELECT column_name FROM information_schema.columns WHERE table_name = $1 AND is_identity = 'NO' AND column_default IS NULL ORDER BY ordinal_position LIMIT 1`,
        [table],
      );
      for (const sql of [
        `UPDATE ${table} SET ${col!.column_name} = ${col!.column_name}`,
        `DELETE FROM ${table}`,
        `TRUNCATE ${table}`,
      ]) {
        try {
          await appRoleQuery(sql);
          allowedStatements.push(sql);
        } catch (e) {
          if ((e as { code?: string }).code === '42501') refused.push(sql);
          else allowedStatements.push(`${sql}: ${(e as Error).message}`);
        }
      }
      // Reading and appending stay possible (the API works through them).
      await appRoleQuery(`SELECT count(*) FROM ${table}`);
    }
    console.log(
      `append-only: tables=${tables.length} statements=${tables.length * 3} refusedByPostgres=${refused.length}`,
    );
    expect(allowedStatements).toEqual([]);
  });

  it('100 simultaneous submissions of one repair with one Idempotency-Key create one ticket and answer it every time', async () => {
    const c = await makeCommunity(t);
    const body = {
      areaKind: 'unit',
      unitId: c.units[0]!.id,
      category: 'water',
      description: '同一提交编号并发 100 次',
      location: '厨房',
      urgency: 'normal',
    };
    const results = await Promise.all(
      Array.from({ length: 100 }, () =>
        request(server)
          .post('/api/v1/repairs')
          .set(c.as('owner1'))
          .set('Idempotency-Key', 'integrity-ticket-0001')
          .send(body)
          .then((r) => ({ status: r.status, id: r.body.id as string })),
      ),
    );
    const rows = await ownerQuery(`SELECT id FROM repair_tickets WHERE community_id = $1`, [c.communityId]);
    const events = await ownerQuery(
      `SELECT e.id FROM repair_events e JOIN repair_tickets r ON r.id = e.ticket_id WHERE r.community_id = $1`,
      [c.communityId],
    );
    console.log(
      `idempotent-ticket: requests=100 answered201=${results.filter((r) => r.status === 201).length} distinctIds=${new Set(results.map((r) => r.id)).size} ticketsStored=${rows.length} submitEvents=${events.length}`,
    );
    expect(results.every((r) => r.status === 201 && r.id === rows[0]!.id)).toBe(true);
    expect(rows).toHaveLength(1);
    expect(events).toHaveLength(1);
  });

  it('1,000 simultaneous ballots from one owner store exactly one; the others are refused as already cast', async () => {
    const c = await voteCommunity(t);
    const vote = await openVote(t, c, clock);
    const results = await Promise.all(
      Array.from({ length: 1000 }, () =>
        request(server)
          .post(`/api/v1/resolutions/${vote.id}/ballots`)
          .set(c.as('owner1'))
          .send({ choices: allChoices(vote, 'yes'), confirm: true })
          .then((r) => ({ status: r.status, code: r.body?.error?.code as string | undefined })),
      ),
    );
    // Under this burst some requests wait longer than the pool's 3 s connection timeout and are answered 503 (retry
    // later): a phone retries them, so do that here; each retry must be refused as already cast.
    const busy = results.filter((r) => r.status === 503).length;
    for (const r of results.filter((x) => x.status === 503)) {
      const again = await request(server)
        .post(`/api/v1/resolutions/${vote.id}/ballots`)
        .set(c.as('owner1'))
        .send({ choices: allChoices(vote, 'yes'), confirm: true });
      Object.assign(r, { status: again.status, code: again.body?.error?.code });
    }
    const stored = await ownerQuery(`SELECT id FROM ballots WHERE resolution_id = $1`, [vote.id]);
    const accepted = results.filter((r) => r.status === 201).length;
    const alreadyCast = results.filter((r) => r.status === 409 && r.code === ErrorCode.VOTE_ALREADY_CAST).length;
    const others = new Map<string, number>();
    for (const r of results)
      if (r.status !== 201 && r.code !== ErrorCode.VOTE_ALREADY_CAST)
        others.set(`${r.status} ${r.code}`, (others.get(`${r.status} ${r.code}`) ?? 0) + 1);
    if (others.size) console.log(`ballot-race other answers: ${[...others].map(([k, n]) => `${k}×${n}`).join(', ')}`);
    console.log(
      `ballot-race: requests=1000 busy503Retried=${busy} accepted=${accepted} refusedAlreadyCast=${alreadyCast} other=${1000 - accepted - alreadyCast} ballotsStored=${stored.length}`,
    );
    expect(accepted).toBe(1);
    expect(alreadyCast).toBe(999);
    expect(stored).toHaveLength(1);
    expect(
      (await request(server).get(`/api/v1/resolutions/${vote.id}/verify`).set(c.as('owner2')).expect(200)).body,
    ).toMatchObject({ ok: true, length: 1 });
  }, 120_000);

  it('tamper drill: changing a posted ledger entry and a ballot as the schema owner is named, link by link, by the verify endpoints', async () => {
    const f = await makeCommunity(t);
    const posted: Array<{ id: string }> = [];
    for (const gross of ['10.00', '20.00', '30.00', '40.00']) {
      const d = (
        await t
          .req()
          .post('/api/v1/ledger/entries')
          .set(f.as('manager'))
          .send({ kind: 'income', category: 'interest', grossAmountYuan: gross, counterparty: '银行' })
          .expect(201)
      ).body;
      await t.req().post(`/api/v1/ledger/entries/${d.id}/submit`).set(f.as('manager')).expect(200);
      posted.push((await t.req().post(`/api/v1/ledger/entries/${d.id}/approve`).set(f.as('member1')).expect(200)).body);
    }
    await ownerQuery(`UPDATE ledger_postings SET amount_fen = amount_fen + 1 WHERE community_id = $1 AND seq = 3`, [
      f.communityId,
    ]);
    const ledger = (await t.req().get('/api/v1/ledger/verify').set(f.as('owner1')).expect(200)).body;

    const c = await voteCommunity(t);
    const vote = await openVote(t, c, clock);
    const receipts: string[] = [];
    for (const who of ['owner1', 'owner2', 'owner3'])
      receipts.push(
        (
          await t
            .req()
            .post(`/api/v1/resolutions/${vote.id}/ballots`)
            .set(c.as(who))
            .send({ choices: allChoices(vote, 'no'), confirm: true })
            .expect(201)
        ).body.receipt,
      );
    const [b2] = await ownerQuery(`SELECT id, choices FROM ballots WHERE resolution_id = $1 AND seq = 2`, [vote.id]);
    await ownerQuery(`UPDATE ballots SET choices = $2 WHERE id = $1`, [
      b2!.id,
      JSON.stringify(Object.fromEntries(Object.keys(b2!.choices).map((k) => [k, 'yes']))),
    ]);
    const ballots = (await t.req().get(`/api/v1/resolutions/${vote.id}/verify`).set(c.as('owner1')).expect(200)).body;
    console.log(
      `tamper-drill: ledgerBrokenAt=seq${ledger.brokenAt?.seq} (changed seq3) ballotsBrokenAt=seq${ballots.brokenAt?.seq} (changed seq2)`,
    );
    expect(ledger).toMatchObject({ ok: false, brokenAt: { seq: '3', entryId: posted[2]!.id } });
    expect(ballots).toMatchObject({ ok: false, brokenAt: { seq: 2, receipt: receipts[1], ballotId: b2!.id } });
  });
});
