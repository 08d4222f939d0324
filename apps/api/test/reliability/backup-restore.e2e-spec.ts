import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { loadConfig } from '../../src/config/config.js';
import { createApp } from '../../src/create-app.js';
import { makeCommunity } from '../factories.js';
import { TestApp } from '../harness.js';
import { allChoices, openVote, TestClock, voteCommunity } from '../votes-helpers.js';
import { ensureBuilt, REPO, startOwnPg, type OwnPg } from './support.js';

async function snapshot(url: string) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    await c.query(`SET TimeZone = 'UTC'`);
    const tables = (
      await c.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`)
    ).rows.map((r) => r.tablename as string);
    const counts: Record<string, number> = {};
    for (const t of tables) counts[t] = (await c.query(`SELECT count(*)::int AS n FROM "${t}"`)).rows[0].n;
    const ledger = (
      await c.query(
        `SELECT DISTINCT ON (community_id) community_id, seq::text, hash FROM ledger_postings ORDER BY community_id, seq DESC`,
      )
    ).rows;
    const ballots = (
      await c.query(
        `SELECT DISTINCT ON (resolution_id) resolution_id, seq::text, hash FROM ballots ORDER BY resolution_id, seq DESC`,
      )
    ).rows;
    const auditMax = (await c.query(`SELECT coalesce(max(id), 0)::text AS m FROM audit_log`)).rows[0].m;
    return { counts, heads: { ledger, ballots }, auditMax };
  } finally {
    await c.end();
  }
}

/** scripts/backup → scripts/restore into a new empty database: same rows, same chain heads, and the API runs on it. */
describe('backup and restore', () => {
  let db: OwnPg;
  beforeAll(async () => {
    db = await startOwnPg();
  }, 120_000);
  afterAll(async () => db?.destroy());

  it('round-trips a seeded database: identical row counts and chain heads, and the restored API verifies its chains and keeps appending', async () => {
    const dist = ensureBuilt();
    const config = loadConfig({
      ...process.env,
      NODE_ENV: 'test',
      JOBS: 'off',
      LOG_LEVEL: 'error',
      H5_DIR: '',
      FILES_DIR: mkdtempSync(path.join(os.tmpdir(), 'gongzhi-br-')),
    });
    const t = new TestApp(
      await createApp({ config, db: { ownerUrl: db.ownerUrl, appUrl: db.appUrl, embedded: false } }),
    );
    const clock = new TestClock(t);
    const c = await makeCommunity(t);
    for (const gross of ['100.00', '250.50', '9999.99']) {
      const d = (
        await t
          .req()
          .post('/api/v1/ledger/entries')
          .set(c.as('manager'))
          .send({ kind: 'income', category: 'advertising', grossAmountYuan: gross, counterparty: '传媒公司' })
          .expect(201)
      ).body;
      await t.req().post(`/api/v1/ledger/entries/${d.id}/submit`).set(c.as('manager')).expect(200);
      await t.req().post(`/api/v1/ledger/entries/${d.id}/approve`).set(c.as('member1')).expect(200);
    }
    await t
      .req()
      .post('/api/v1/repairs')
      .set(c.as('owner1'))
      .send({
        areaKind: 'unit',
        unitId: c.units[0]!.id,
        category: 'water',
        description: '漏水',
        location: '厨房',
        urgency: 'urgent',
      })
      .expect(201);
    const v = await voteCommunity(t);
    const vote = await openVote(t, v, clock);
    for (const who of ['owner1', 'owner2', 'owner3'])
      await t
        .req()
        .post(`/api/v1/resolutions/${vote.id}/ballots`)
        .set(v.as(who))
        .send({ choices: allChoices(vote, 'yes'), confirm: true })
        .expect(201);
    const before = await snapshot(db.ownerUrl);
    await t.close();

    const folder = path.join(mkdtempSync(path.join(os.tmpdir(), 'gongzhi-backup-')), 'b1');
    const backup = spawnSync(process.execPath, [path.join(REPO, 'scripts/backup'), folder], {
      env: { ...process.env, DATABASE_URL: db.ownerUrl },
      encoding: 'utf8',
    });
    expect(backup.stderr).toBe('');
    expect(backup.status).toBe(0);

    const admin = new pg.Client({ connectionString: `${db.superUrl}/postgres` });
    await admin.connect();
    await admin.query(`CREATE DATABASE gongzhi_restored OWNER gongzhi_owner TEMPLATE template0 ENCODING 'UTF8'`);
    await admin.end();
    const sup = new pg.Client({ connectionString: `${db.superUrl}/gongzhi_restored` });
    await sup.connect();
    await sup.query('ALTER SCHEMA public OWNER TO gongzhi_owner');
    await sup.query('REVOKE CREATE ON SCHEMA public FROM PUBLIC');
    await sup.end();
    const restoredOwner = db.ownerUrl.replace(/\/gongzhi_test$/, '/gongzhi_restored');
    const restore = spawnSync(process.execPath, [path.join(REPO, 'scripts/restore'), folder], {
      env: { ...process.env, DATABASE_URL: restoredOwner, GONGZHI_API_DIST: dist },
      encoding: 'utf8',
    });
    expect(restore.stderr).toBe('');
    expect(restore.status).toBe(0);
    const after = await snapshot(restoredOwner);
    const rows = Object.values(before.counts).reduce((a, b) => a + b, 0);
    console.log(
      `backup-restore: tables=${Object.keys(before.counts).length} rows=${rows} countsEqual=${JSON.stringify(after.counts) === JSON.stringify(before.counts)} chainHeadsEqual=${JSON.stringify(after.heads) === JSON.stringify(before.heads)} ledgerHeads=${before.heads.ledger.length} ballotHeads=${before.heads.ballots.length}`,
    );
    expect(after.counts).toEqual(before.counts);
    expect(after.heads).toEqual(before.heads);
    // Triggers fire as the migrations set them (the monthly rollups fire ALWAYS, even during bulk loads).
    const modes = async (url: string) => {
      const c2 = new pg.Client({ connectionString: url });
      await c2.connect();
      try {
        return (
          await c2.query(
            `SELECT tgrelid::regclass::text || '.' || tgname || '=' || tgenabled::text AS t FROM pg_trigger WHERE NOT tgisinternal ORDER BY 1`,
          )
        ).rows.map((x) => x.t as string);
      } finally {
        await c2.end();
      }
    };
    const restoredModes = await modes(restoredOwner);
    expect(restoredModes).toEqual(await modes(db.ownerUrl));
    expect(restoredModes.some((m) => m.endsWith('=A'))).toBe(true);

    // The API on the restored database: chains verify and new records append after the restored ones.
    const r = new TestApp(
      await createApp({
        config,
        db: {
          ownerUrl: restoredOwner,
          appUrl: db.appUrl.replace(/\/gongzhi_test$/, '/gongzhi_restored'),
          embedded: false,
        },
      }),
    );
    try {
      expect((await r.req().get('/api/v1/ledger/verify').set(c.as('owner1')).expect(200)).body).toMatchObject({
        ok: true,
        length: 3,
      });
      expect(
        (await r.req().get(`/api/v1/resolutions/${vote.id}/verify`).set(v.as('owner1')).expect(200)).body,
      ).toMatchObject({ ok: true, length: 3 });
      await r
        .req()
        .post('/api/v1/repairs')
        .set(c.as('owner2'))
        .send({
          areaKind: 'unit',
          unitId: c.units[1]!.id,
          category: 'water',
          description: '恢复后报修',
          location: '卫生间',
          urgency: 'normal',
        })
        .expect(201);
      expect(BigInt((await snapshot(restoredOwner)).auditMax)).toBeGreaterThan(BigInt(before.auditMax));
    } finally {
      await r.close();
    }
  }, 300_000);
});
