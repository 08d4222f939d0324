import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { JobsService } from '../src/modules/jobs/jobs.service.js';
import { ownerQuery, startTestApp, type TestApp } from './harness.js';

/** Waits for a condition the system reaches on its own (bounded by the test timeout, not asserted on time). */
/** Polls until `check` holds; fails after 40 s so the test's cleanup still closes its job-running apps. */
async function until(check: () => Promise<boolean> | boolean, ms = 40_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const queueName = (what: string) => `test.${what}-${randomUUID().slice(0, 8)}`;

async function jobsIn(name: string): Promise<Array<{ state: string; data: Record<string, unknown> }>> {
  return ownerQuery('SELECT state, data FROM pgboss.job WHERE name = $1 ORDER BY created_on, id', [name]);
}

describe('jobs', () => {
  it('keeps a sent job across a restart: the next process runs it', async () => {
    const name = queueName('restart');
    const first = await startTestApp({ JOBS: 'on' });
    await first.created.app.get(JobsService).send(name, { repairId: 'r-1' });
    await first.close();
    expect(await jobsIn(name)).toEqual([{ state: 'created', data: { repairId: 'r-1' } }]);

    const second = await startTestApp({ JOBS: 'on' });
    try {
      const received = await new Promise<object>((resolve, reject) => {
        second.created.app
          .get(JobsService)
          .work(name, async (payload) => resolve(payload))
          .catch(reject);
      });
      expect(received).toEqual({ repairId: 'r-1' });
      await until(async () => (await jobsIn(name))[0]?.state === 'completed');
    } finally {
      await second.close();
    }
  });

  it('queues through the outbox in a process with jobs off; a process with jobs on runs it', async () => {
    const name = queueName('off');
    const off = await startTestApp({ JOBS: 'off' });
    await off.created.app.get(JobsService).send(name, { n: 1 });
    await off.close();
    expect(await ownerQuery('SELECT payload, relayed_at FROM outbox WHERE name = $1', [name])).toEqual([
      { payload: { n: 1 }, relayed_at: null },
    ]);
    expect(await jobsIn(name)).toEqual([]);

    const on = await startTestApp({ JOBS: 'on' });
    try {
      const received = await new Promise<object>((resolve, reject) => {
        on.created.app
          .get(JobsService)
          .work(name, async (payload) => resolve(payload))
          .catch(reject);
      });
      expect(received).toEqual({ n: 1 });
    } finally {
      await on.close();
    }
  });

  describe('outbox', () => {
    let t: TestApp;
    let jobs: JobsService;
    let ds: DataSource;
    beforeAll(async () => {
      t = await startTestApp({ JOBS: 'on' });
      jobs = t.created.app.get(JobsService);
      ds = t.created.app.get(DataSource);
    });
    afterAll(async () => {
      await t.close();
    });

    it('never runs the job of a rolled-back transaction; runs a committed one exactly once', async () => {
      const name = queueName('outbox');
      const ran: string[] = [];
      await jobs.work<{ tag: string }>(name, async ({ tag }) => {
        ran.push(tag);
      });
      await expect(
        ds.transaction(async (m) => {
          await jobs.enqueueInTransaction(m, name, { tag: 'rolled-back' });
          throw new Error('the business write failed');
        }),
      ).rejects.toThrow('the business write failed');
      await ds.transaction(async (m) => {
        await jobs.enqueueInTransaction(m, name, { tag: 'committed-1' });
        await jobs.enqueueInTransaction(m, name, { tag: 'committed-2' });
      });

      await until(async () => (await jobsIn(name)).filter((j) => j.state === 'completed').length === 2);
      // Relaying again, from several callers at once, sends nothing twice.
      await Promise.all([jobs.relayOnce(), jobs.relayOnce(), jobs.relayOnce()]);
      expect(ran.sort()).toEqual(['committed-1', 'committed-2']);
      expect((await jobsIn(name)).map((j) => j.data.tag).sort()).toEqual(['committed-1', 'committed-2']);
      const rows = await ownerQuery<{ payload: { tag: string }; relayed: boolean }>(
        'SELECT payload, relayed_at IS NOT NULL AS relayed FROM outbox WHERE name = $1 ORDER BY id',
        [name],
      );
      expect(rows).toEqual([
        { payload: { tag: 'committed-1' }, relayed: true },
        { payload: { tag: 'committed-2' }, relayed: true },
      ]);
    });

    it('turns each committed outbox row into exactly one job when several relays race', async () => {
      const name = queueName('race');
      await ds.transaction(async (m) => {
        for (let i = 0; i < 30; i++) await jobs.enqueueInTransaction(m, name, { i });
      });
      await Promise.all([jobs.relayOnce(), jobs.relayOnce(), jobs.relayOnce(), jobs.relayOnce()]);
      await until(
        async () =>
          (await ownerQuery('SELECT 1 FROM outbox WHERE name = $1 AND relayed_at IS NULL', [name])).length === 0,
      );
      const sent = await jobsIn(name);
      expect(sent).toHaveLength(30);
      expect(new Set(sent.map((j) => j.data.i)).size).toBe(30);
    });

    it('delays a job given startAfter', async () => {
      const name = queueName('later');
      const startAfter = new Date(Date.now() + 3600_000);
      await jobs.send(name, { x: 1 }, { startAfter });
      const [row] = await ownerQuery<{ start_after: Date }>('SELECT start_after FROM pgboss.job WHERE name = $1', [
        name,
      ]);
      expect(Math.abs(row.start_after.getTime() - startAfter.getTime())).toBeLessThan(1000);
    });

    it('refuses a malformed job name', async () => {
      await expect(jobs.send('Bad Name!', {})).rejects.toThrow(/invalid job name/);
    });
  });
});
