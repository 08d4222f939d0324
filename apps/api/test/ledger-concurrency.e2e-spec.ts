import type { Server } from 'node:http';
import request from 'supertest';
import { makeCommunity, type CommunityFixture } from './factories.js';
import { ownerQuery, startTestApp, type TestApp } from './harness.js';

describe('ledger under concurrent approvals', () => {
  let t: TestApp;
  let c: CommunityFixture;
  let server: Server;
  beforeAll(async () => {
    t = await startTestApp();
    c = await makeCommunity(t);
    server = t.http as unknown as Server;
    if (!server.listening) await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  });
  afterAll(async () => t.close());

  it('500 simultaneous approvals of one draft post it exactly once', async () => {
    const d = (
      await request(server)
        .post('/api/v1/ledger/entries')
        .set(c.as('manager'))
        .send({ kind: 'income', category: 'road_parking', grossAmountYuan: '2468.00', counterparty: '停车管理公司' })
        .expect(201)
    ).body;
    await request(server).post(`/api/v1/ledger/entries/${d.id}/submit`).set(c.as('manager')).expect(200);
    const approvers = ['chair', 'member1', 'member2', 'member3', 'member4'];
    const results = await Promise.all(
      Array.from({ length: 500 }, (_, i) =>
        request(server)
          .post(`/api/v1/ledger/entries/${d.id}/approve`)
          .set(c.as(approvers[i % approvers.length]!))
          .then((r) => r.status),
      ),
    );
    expect(results.filter((s) => s === 200)).toHaveLength(1);
    expect(results.filter((s) => s === 409)).toHaveLength(499);
    const postings = await ownerQuery(`SELECT seq::int AS seq FROM ledger_postings WHERE community_id = $1`, [
      c.communityId,
    ]);
    expect(postings).toEqual([{ seq: 1 }]);
    const verify = (await request(server).get('/api/v1/ledger/verify').set(c.as('owner1')).expect(200)).body;
    expect(verify).toMatchObject({ ok: true, length: 1 });
    const balance = (await request(server).get('/api/v1/ledger/balance').set(c.as('owner1')).expect(200)).body;
    expect(balance.balanceFen).toBe('246800');
  });

  it('approvals of different drafts in parallel give one gap-free chain', async () => {
    const f = await makeCommunity(t);
    const ids: string[] = [];
    for (let i = 0; i < 20; i++) {
      const d = (
        await request(server)
          .post('/api/v1/ledger/entries')
          .set(f.as('manager'))
          .send({ kind: 'income', category: 'interest', grossAmountYuan: `${i + 1}.00`, counterparty: '银行' })
          .expect(201)
      ).body;
      await request(server).post(`/api/v1/ledger/entries/${d.id}/submit`).set(f.as('manager')).expect(200);
      ids.push(d.id);
    }
    const statuses = await Promise.all(
      ids.map((id, i) =>
        request(server)
          .post(`/api/v1/ledger/entries/${id}/approve`)
          .set(f.as(i % 2 ? 'member1' : 'chair'))
          .then((r) => [r.status, r.body.error?.message]),
      ),
    );
    expect(statuses.filter(([s]) => s !== 200)).toEqual([]);
    const verify = (await request(server).get('/api/v1/ledger/verify').set(f.as('owner1')).expect(200)).body;
    expect(verify).toMatchObject({ ok: true, length: 20, headSeq: '20' });
    expect((await request(server).get('/api/v1/ledger/balance').set(f.as('owner1')).expect(200)).body.balanceFen).toBe(
      String(21 * 10 * 100),
    );
  });
});
