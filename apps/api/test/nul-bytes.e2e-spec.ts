import { ErrorCode } from '@gongzhi/domain';
import { makeCommunity } from './factories.js';
import { ownerQuery, startTestApp, type TestApp } from './harness.js';

/** A NUL character (U+0000) cannot be stored in PostgreSQL text: it is refused as a field error, nothing is written. */
describe('NUL characters in requests', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => t.close());

  it('refuses a repair report whose description holds one, naming the field, and stores nothing', async () => {
    const c = await makeCommunity(t);
    const res = await t
      .req()
      .post('/api/v1/repairs')
      .set(c.as('owner1'))
      .send({
        areaKind: 'unit',
        unitId: c.units[0].id,
        category: 'water',
        urgency: 'urgent',
        description: '厨房\u0000漏水',
        location: '厨房',
      })
      .expect(400);
    expect(res.body.error.code).toBe(ErrorCode.VALIDATION_FAILED);
    expect(res.body.error.details.fields).toEqual([{ field: 'description', messages: ['不能包含空字符'] }]);
    expect(
      await ownerQuery(`SELECT count(*)::int AS n FROM repair_tickets WHERE community_id = $1`, [c.communityId]),
    ).toEqual([{ n: 0 }]);
  });

  it('refuses one in a resolution draft edit (found by the bad-input suite as a 500)', async () => {
    const c = await makeCommunity(t);
    const created = await t
      .req()
      .post('/api/v1/resolutions')
      .set(c.as('chair'))
      .send({
        title: '关于更换电梯的表决',
        items: [{ title: '更换 1 幢电梯', matterType: 9 }],
        votingOpensAt: new Date(Date.now() + 20 * 86_400_000).toISOString(),
      })
      .expect(201);
    const res = await t
      .req()
      .put(`/api/v1/resolutions/${created.body.id}`)
      .set(c.as('chair'))
      .send({
        title: '关于\u0000更换电梯的表决',
        items: [{ title: '更换 1 幢电梯', matterType: 9 }],
        votingOpensAt: created.body.votingOpensAt,
      })
      .expect(400);
    expect(res.body.error.details.fields[0].field).toBe('title');
    expect((await ownerQuery(`SELECT title FROM resolutions WHERE id = $1`, [created.body.id]))[0].title).toBe(
      '关于更换电梯的表决',
    );
  });
});
