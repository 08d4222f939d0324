import { ErrorCode } from '@gongzhi/domain';
import { loadConfig } from '../../src/config/config.js';
import { createApp, type CreatedApp } from '../../src/create-app.js';
import { makeCommunity } from '../factories.js';
import { TestApp } from '../harness.js';
import { sleep, startOwnPg, type OwnPg } from './support.js';

/** PostgreSQL crash-stopped under a running API: 503 with the Chinese UNAVAILABLE error, then recovery without a restart. */
describe('database outage', () => {
  let db: OwnPg;
  let created: CreatedApp;
  let t: TestApp;
  beforeAll(async () => {
    db = await startOwnPg();
    const config = loadConfig({ ...process.env, NODE_ENV: 'test', JOBS: 'off', LOG_LEVEL: 'error', H5_DIR: '' });
    created = await createApp({ config, db: { ownerUrl: db.ownerUrl, appUrl: db.appUrl, embedded: false } });
    t = new TestApp(created);
  }, 120_000);
  afterAll(async () => {
    await t?.close().catch(() => {});
    await db?.destroy();
  });

  it('answers 503 UNAVAILABLE in Chinese while PostgreSQL is down, /readyz says so, and both recover by themselves', async () => {
    const c = await makeCommunity(t);
    await t.req().get('/api/v1/ledger/balance').set(c.as('owner1')).expect(200);
    await t.req().get('/readyz').expect(200);

    db.stopImmediate();
    const down = await Promise.all([
      t.req().get('/api/v1/ledger/balance').set(c.as('owner1')),
      t.req().post('/api/v1/repairs').set(c.as('owner1')).send({
        areaKind: 'common',
        category: 'lift',
        description: '数据库停机时报修',
        location: '1幢',
        urgency: 'normal',
      }),
      t.req().get('/readyz'),
    ]);
    expect(down[0].status).toBe(503);
    expect(down[0].body.error).toEqual({ code: ErrorCode.UNAVAILABLE, message: '数据库暂时不可用，请稍后再试' });
    expect(down[1].status).toBe(503);
    expect(down[2].status).toBe(503);
    expect(down[2].body).toMatchObject({ status: 'unavailable', database: false });

    db.start();
    let recoveredAfter = 0;
    for (let i = 0; i < 50; i++) {
      const r = await t.req().get('/api/v1/ledger/balance').set(c.as('owner1'));
      if (r.status === 200) break;
      recoveredAfter++;
      await sleep(200);
    }
    await t.req().get('/api/v1/ledger/balance').set(c.as('owner1')).expect(200);
    await t.req().get('/readyz').expect(200);
    console.log(
      `db-outage: whileDown=${down.map((r) => r.status).join(',')} readyzDown=${down[2].status} retriesUntilRecovered=${recoveredAfter} readyzAfter=200`,
    );
  }, 120_000);
});
