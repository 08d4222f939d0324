import { ErrorCode } from '@gongzhi/domain';
import { ownerQuery, startTestApp, type TestApp } from './harness.js';
import { TestClock, allChoices, openVote, voteCommunity } from './votes-helpers.js';

/**
 * A vote may cover only some buildings (domain-rules §3: maintenance-fund use covers only the owners within the
 * spending scope). The committee picks them from GET /api/v1/resolutions/buildings.
 *
 * Layout used here: 1幢 keeps units 0-2 (owner1..owner3: 80, 90, 100 m²); units 3-5 move to 2幢 (owner4 110 m², the
 * developer's unsold 120 + 130 m²); 3幢 is registered but has no units yet.
 */
describe("owners' votes: the buildings a vote covers", () => {
  let t: TestApp;
  let clock: TestClock;
  let c: Awaited<ReturnType<typeof voteCommunity>>;
  let b2: string;
  let b3: string;
  beforeAll(async () => {
    t = await startTestApp();
    clock = new TestClock(t);
    c = await voteCommunity(t);
    await ownerQuery(`UPDATE buildings SET sort = 1 WHERE id = $1`, [c.buildingId]);
    [{ id: b2 }] = await ownerQuery(
      `INSERT INTO buildings (community_id, name, sort) VALUES ($1, '2幢', 2) RETURNING id`,
      [c.communityId],
    );
    [{ id: b3 }] = await ownerQuery(
      `INSERT INTO buildings (community_id, name, sort) VALUES ($1, '3幢', 3) RETURNING id`,
      [c.communityId],
    );
    await ownerQuery(`UPDATE units SET building_id = $1 WHERE id = ANY($2::uuid[])`, [
      b2,
      c.units.slice(3).map((u) => u.id),
    ]);
  });
  afterAll(async () => t.close());

  describe('behaviour', () => {
    it("lists the community's buildings in roster order with their unit counts and areas (0.01 m²)", async () => {
      const res = await t.req().get('/api/v1/resolutions/buildings').set(c.as('member2')).expect(200);
      expect(res.body).toEqual([
        { id: c.buildingId, name: '1幢', units: 3, area: '27000' },
        { id: b2, name: '2幢', units: 3, area: '36000' },
        { id: b3, name: '3幢', units: 0, area: '0' },
      ]);
    });

    it('orders by the roster sort first, then by name', async () => {
      await ownerQuery(`UPDATE buildings SET sort = 0 WHERE id = $1`, [b3]);
      try {
        const res = await t.req().get('/api/v1/resolutions/buildings').set(c.as('chair')).expect(200);
        expect(res.body.map((b: { name: string }) => b.name)).toEqual(['3幢', '1幢', '2幢']);
      } finally {
        await ownerQuery(`UPDATE buildings SET sort = 3 WHERE id = $1`, [b3]);
      }
    });

    it("a vote limited to 2幢 opens with only that building's owners: turnout totals are its units and area", async () => {
      const vote = await openVote(t, c, clock, { scope: 'buildings', buildingIds: [b2] });
      expect(vote.body).toMatchObject({
        scope: 'buildings',
        buildingIds: [b2],
        scopeBuildings: [{ id: b2, name: '2幢', units: 3 }],
      });
      // owner4 and the developer (one head for all unsold units): 2 heads; 110 + 120 + 130 m².
      expect(vote.body).toMatchObject({ totalHeads: 2, totalArea: '36000' });
      const turnout = await t.req().get(`/api/v1/resolutions/${vote.id}/turnout`).set(c.as('owner4')).expect(200);
      expect(turnout.body).toMatchObject({ totalHeads: 2, totalArea: '36000', votedHeads: 0, votedArea: '0' });
      // Insider attack (issue 15): per-building live turnout in a small building reveals who voted. 2幢 has 2 heads
      // (fewer than 5): it is not shown on its own, and 「其他楼栋」 alone would be as small, so it is left out too.
      expect(turnout.body.buildings).toEqual([]);

      const outside = await t
        .req()
        .post(`/api/v1/resolutions/${vote.id}/ballots`)
        .set(c.as('owner1'))
        .send({ choices: allChoices(vote, 'yes'), confirm: true })
        .expect(403);
      expect(outside.body.error.code).toBe(ErrorCode.VOTE_NOT_IN_ELECTORATE);
      await t
        .req()
        .post(`/api/v1/resolutions/${vote.id}/ballots`)
        .set(c.as('owner4'))
        .send({ choices: allChoices(vote, 'yes'), confirm: true })
        .expect(201);
      const after = await t.req().get(`/api/v1/resolutions/${vote.id}/turnout`).set(c.as('owner4')).expect(200);
      expect(after.body).toMatchObject({ totalHeads: 2, totalArea: '36000', votedHeads: 1, votedArea: '11000' });
    });

    it('the draft names its buildings with their units so owners can read the scope in plain words', async () => {
      const res = await t
        .req()
        .post('/api/v1/resolutions')
        .set(c.as('chair'))
        .send({
          title: '关于 1、2 幢外墙维修的表决',
          items: [{ title: '外墙维修', matterType: 6 }],
          votingOpensAt: new Date(clock.now.getTime() + 20 * 86_400_000).toISOString(),
          scope: 'buildings',
          buildingIds: [b2, c.buildingId],
        })
        .expect(201);
      expect(res.body.scopeBuildings).toEqual([
        { id: c.buildingId, name: '1幢', units: 3 },
        { id: b2, name: '2幢', units: 3 },
      ]);
      const whole = await t
        .req()
        .post('/api/v1/resolutions')
        .set(c.as('chair'))
        .send({
          title: '关于续聘物业的表决',
          items: [{ title: '续聘', matterType: 4 }],
          votingOpensAt: new Date(clock.now.getTime() + 20 * 86_400_000).toISOString(),
        })
        .expect(201);
      expect(whole.body).toMatchObject({ scope: 'community', scopeBuildings: [] });
    });
  });

  describe('authorization', () => {
    it("another community's committee gets only its own buildings", async () => {
      const other = await voteCommunity(t);
      const res = await t.req().get('/api/v1/resolutions/buildings').set(other.as('chair')).expect(200);
      expect(res.body).toEqual([{ id: other.buildingId, name: '1幢', units: 6, area: '63000' }]);
    });

    it('residents and property staff are refused', async () => {
      for (const who of ['owner1', 'tenant', 'manager']) {
        await t.req().get('/api/v1/resolutions/buildings').set(c.as(who)).expect(403);
      }
    });
  });

  describe('validation', () => {
    it('refuses 指定楼栋 without a building, and a building of another community', async () => {
      const other = await voteCommunity(t);
      const base = {
        title: '关于 2 幢外墙维修使用维修资金的表决',
        items: [{ title: '外墙维修', matterType: 6 }],
        votingOpensAt: new Date(clock.now.getTime() + 20 * 86_400_000).toISOString(),
      };
      const none = await t
        .req()
        .post('/api/v1/resolutions')
        .set(c.as('chair'))
        .send({ ...base, scope: 'buildings', buildingIds: [] })
        .expect(400);
      expect(JSON.stringify(none.body.error)).toContain('请至少选择一栋楼');
      const foreign = await t
        .req()
        .post('/api/v1/resolutions')
        .set(c.as('chair'))
        .send({ ...base, scope: 'buildings', buildingIds: [other.buildingId] })
        .expect(400);
      expect(JSON.stringify(foreign.body.error)).toContain('所选楼栋不属于本小区');
    });
  });
});
