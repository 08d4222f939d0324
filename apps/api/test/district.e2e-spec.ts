import { ErrorCode } from '@gongzhi/domain';
import { makeCommunity, type CommunityFixture } from './factories.js';
import { ownerQuery, startTestApp, type TestApp } from './harness.js';

describe('district overview (区住建局)', () => {
  let t: TestApp;
  let a: CommunityFixture;
  let b: CommunityFixture;
  let foreign: CommunityFixture;
  beforeAll(async () => {
    t = await startTestApp();
    a = await makeCommunity(t, { name: '甲小区' });
    b = await makeCommunity(t, { name: '乙小区', districtId: a.districtId, units: 3 });
    foreign = await makeCommunity(t, { name: '外区小区' });
  });
  afterAll(async () => t.close());

  const report = (c: CommunityFixture, who: string, unit: number) =>
    t.req().post('/api/v1/repairs').set(c.as(who)).set('Idempotency-Key', `k-${c.communityId}-${who}-${unit}`).send({
      areaKind: 'unit',
      unitId: c.units[unit].id,
      category: 'water',
      urgency: 'urgent',
      description: '厨房水管漏水',
      location: '厨房',
    });

  it("shows every community of the regulator's district with its headline figures, and no other district", async () => {
    expect((await report(a, 'owner1', 0)).status).toBe(201);
    expect((await report(a, 'owner2', 1)).status).toBe(201);
    expect((await report(b, 'owner1', 0)).status).toBe(201);
    // One of community A's tickets is two days old: past the urgent response target (30 min) → overdue.
    await ownerQuery(
      `UPDATE repair_tickets SET created_at = now() - interval '2 days' WHERE community_id = $1 AND reporter_id = $2`,
      [a.communityId, a.people.owner1],
    );
    const res = await t
      .req()
      .get('/api/v1/district/overview')
      .set('Authorization', `Bearer ${a.token('regulator')}`)
      .expect(200);
    expect(res.body).toHaveLength(1);
    const [d] = res.body;
    expect(d.districtId).toBe(a.districtId);
    expect(d.communities.map((c: { name: string }) => c.name)).toEqual(['乙小区', '甲小区']);
    const ca = d.communities.find((c: { name: string }) => c.name === '甲小区');
    expect(ca).toMatchObject({
      units: 6,
      repairs: { opened30d: 2, open: 2, overdue: 1, rated90d: 0 },
      votes: { open: 0 },
      ledger: { lastPublishedAt: null, postings: 0 },
    });
    const cb = d.communities.find((c: { name: string }) => c.name === '乙小区');
    expect(cb).toMatchObject({ units: 3, repairs: { opened30d: 1, open: 1, overdue: 0 } });
    expect(JSON.stringify(res.body)).not.toContain(foreign.communityId);
  });

  it("serves the district's figures for up to the cache window, saying when they were computed", async () => {
    const regulator = { Authorization: `Bearer ${a.token('regulator')}` };
    const first = (await t.req().get('/api/v1/district/overview').set(regulator).expect(200)).body[0];
    expect(Date.parse(first.asOf)).toBeLessThanOrEqual(Date.now());
    const before = first.communities.find((c: { name: string }) => c.name === '乙小区').repairs.opened30d;
    expect((await report(b, 'owner2', 1)).status).toBe(201);
    // Within the default 30 s window the same computation is served (a dashboard, not a live counter)…
    const again = await t.req().get('/api/v1/district/overview').set(regulator).expect(200);
    const cached = again.body[0];
    expect(cached.asOf).toBe(first.asOf);
    // The page asking again with the ETag it holds gets 304 and no body: nothing changed for it.
    expect(again.headers.etag).toBeTruthy();
    const notModified = await t
      .req()
      .get('/api/v1/district/overview')
      .set(regulator)
      .set('If-None-Match', again.headers.etag)
      .expect(304);
    expect(notModified.text ?? '').toBe('');
    expect(cached.communities.find((c: { name: string }) => c.name === '乙小区').repairs.opened30d).toBe(before);
    // …and an API configured without the window computes on every view.
    const fresh = await startTestApp({
      DISTRICT_OVERVIEW_CACHE_SECONDS: '0',
      JWT_SECRET: t.created.config.jwtSecret,
      DATA_ENCRYPTION_KEY: t.created.config.dataKey,
    });
    try {
      const live = (await fresh.req().get('/api/v1/district/overview').set(regulator).expect(200)).body[0];
      expect(live.communities.find((c: { name: string }) => c.name === '乙小区').repairs.opened30d).toBe(before + 1);
      expect(Date.parse(live.asOf)).toBeGreaterThan(Date.parse(first.asOf));
    } finally {
      await fresh.close();
    }
  });

  it('is for regulators only', async () => {
    const res = await t
      .req()
      .get('/api/v1/district/overview')
      .set('Authorization', `Bearer ${a.token('chair')}`)
      .expect(403);
    expect(res.body.error.code).toBe(ErrorCode.FORBIDDEN);
    await t.req().get('/api/v1/district/overview').expect(401);
  });
});
