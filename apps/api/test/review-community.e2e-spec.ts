import { ErrorCode } from '@gongzhi/domain';
import { makeCommunity, type CommunityFixture } from './factories.js';
import { ownerQuery, startTestApp, type TestApp } from './harness.js';

// The WeChat review path (docs/weapp-review.md): a reviewer with a brand-new account enters the seeded 审核演示小区 at
// once, as a resident, and can file a repair; nowhere else can anyone bind without a checked request.
describe('review community (微信审核演示小区)', () => {
  let t: TestApp;
  let c: CommunityFixture;
  let reviewId: string;
  const residencies = async (personId: string) =>
    (await ownerQuery<{ n: number }>('SELECT count(*)::int AS n FROM residencies WHERE person_id = $1', [personId]))[0]
      .n;
  const join = (who: string, communityId: string) =>
    t.req().post('/api/v1/bindings/review').set(c.as(who, communityId)).send({});

  beforeAll(async () => {
    t = await startTestApp();
    c = await makeCommunity(t);
    [{ id: reviewId }] = await ownerQuery<{ id: string }>(
      `SELECT id FROM communities WHERE review AND name = '审核演示小区'`,
    );
  });
  afterAll(async () => t.close());

  it('is found by name and marked as the review community; real communities are not', async () => {
    const found = await t
      .req()
      .get('/api/v1/bindings/communities')
      .query({ q: '审核' })
      .set(c.as('stranger'))
      .expect(200);
    expect(found.body).toEqual([expect.objectContaining({ id: reviewId, name: '审核演示小区', review: true })]);
    const real = await t.req().get('/api/v1/bindings/communities').query({ q: '测试小区' }).set(c.as('stranger'));
    expect(real.body.length).toBeGreaterThan(0);
    expect(real.body.every((r: { review: boolean }) => r.review === false)).toBe(true);
  });

  it('binds a new account at once as a resident, once, and lets it report a repair there', async () => {
    const first = await join('stranger', reviewId).expect(201);
    expect(first.body).toMatchObject({ status: 'approved', autoApproved: true, relation: 'tenant', room: '101' });
    const again = await join('stranger', reviewId).expect(201);
    expect(again.body.id).toBe(first.body.id);
    expect(await residencies(c.people.stranger)).toBe(1);

    const me = await t.req().get('/api/v1/me').set(c.as('stranger')).expect(200);
    expect(me.body.communities).toEqual([
      expect.objectContaining({ communityId: reviewId, communityName: '审核演示小区', roles: ['resident'] }),
    ]);
    const [unit] = await ownerQuery<{ unit_id: string }>('SELECT unit_id FROM residencies WHERE id = $1', [
      first.body.id,
    ]);
    const ticket = await t
      .req()
      .post('/api/v1/repairs')
      .set(c.as('stranger', reviewId))
      .set('Idempotency-Key', 'review-ticket-1')
      .send({
        areaKind: 'unit',
        unitId: unit.unit_id,
        category: 'water',
        urgency: 'normal',
        description: '演示：厨房水龙头滴水',
        location: '厨房',
      });
    expect(ticket.status).toBe(201);
    const mine = await t.req().get('/api/v1/repairs').query({ mine: 1 }).set(c.as('stranger', reviewId)).expect(200);
    expect(JSON.stringify(mine.body)).toContain(ticket.body.id);
  });

  it('refuses the direct join in every real community and writes nothing', async () => {
    const before = await residencies(c.people.officer);
    const res = await join('officer', c.communityId).expect(403);
    expect(res.body.error.code).toBe(ErrorCode.FORBIDDEN);
    expect(res.body.error.message).toContain('只有审核演示小区可以直接加入');
    expect(await residencies(c.people.officer)).toBe(before);
  });

  it('cannot be switched on for an existing community, nor off for the review one', async () => {
    await expect(ownerQuery('UPDATE communities SET review = true WHERE id = $1', [c.communityId])).rejects.toThrow(
      /fixed when the community is created/,
    );
    await expect(ownerQuery('UPDATE communities SET review = false WHERE id = $1', [reviewId])).rejects.toThrow(
      /fixed when the community is created/,
    );
  });

  it('is left out of the district figures', async () => {
    await ownerQuery(`INSERT INTO communities (district_id, name, review) VALUES ($1, '区内审核演示', true)`, [
      c.districtId,
    ]);
    const res = await t.req().get('/api/v1/district/overview').set(c.as('regulator')).expect(200);
    const names = res.body[0].communities.map((x: { name: string }) => x.name);
    expect(names).not.toContain('区内审核演示');
    expect(names.length).toBe(1);
  });
});
