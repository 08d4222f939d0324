import { ownerQuery, startTestApp, type TestApp } from './harness.js';
import { allChoices, draftBody, openVote, TestClock, voteCommunity } from './votes-helpers.js';

/** 「待我处理」 (issue 19): each role's pending actions in the active community, and the unread-messages badge. */
describe('to-dos per role', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => t?.close());

  it('lists what waits for each role, and an item goes once it is done', async () => {
    const clock = new TestClock(t);
    const c = await voteCommunity(t);
    const todos = async (who: string) =>
      (await t.req().get('/api/v1/me/todos').set(c.as(who)).expect(200)).body as {
        items: Array<{ kind: string; count: number; title: string; page: string }>;
        total: number;
        unreadMessages: number;
      };
    const kinds = async (who: string) => Object.fromEntries((await todos(who)).items.map((i) => [i.kind, i.count]));

    const vote = await openVote(t, c, clock);
    // A second draft the committee has not approved yet.
    await t.req().post('/api/v1/resolutions').set(c.as('chair')).send(draftBody(clock)).expect(201);
    // owner1 reports a repair; a tenant applies to be bound to unit 5.
    const ticket = (
      await t
        .req()
        .post('/api/v1/repairs')
        .set(c.as('owner1'))
        .send({
          areaKind: 'unit',
          unitId: c.units[0]!.id,
          category: 'water',
          description: '厨房水管漏水',
          location: '厨房',
          urgency: 'normal',
        })
        .expect(201)
    ).body.id as string;
    await ownerQuery(
      `INSERT INTO residencies (community_id, unit_id, person_id, relation, status) VALUES ($1, $2, $3, 'tenant', 'pending')`,
      [c.communityId, c.units[5]!.id, c.people.stranger],
    );

    const owner1 = await todos('owner1');
    expect(owner1.items).toEqual([{ kind: 'vote.cast', title: '待投票的表决', count: 1, page: '/sub/votes/index' }]);
    expect(owner1.unreadMessages).toBeGreaterThanOrEqual(1); // the vote-open broadcast
    expect(await kinds('member3')).toEqual({ 'binding.review': 1, 'vote.approve': 1 });
    expect(await kinds('manager')).toEqual({ 'repair.dispatch': 1, 'binding.review_tenant': 1 });
    expect(await kinds('officer')).toEqual({});

    // Done: owner1 votes; the repair is fixed and waits for owner1's confirmation.
    await t
      .req()
      .post(`/api/v1/resolutions/${vote.id}/ballots`)
      .set(c.as('owner1'))
      .send({ choices: allChoices(vote, 'yes'), confirm: true })
      .expect(201);
    await ownerQuery(`UPDATE repair_tickets SET status = 'done', resolved_at = now() WHERE id = $1`, [ticket]);
    expect(await kinds('owner1')).toEqual({ 'repair.confirm': 1 });
    expect(await kinds('owner2')).toEqual({ 'vote.cast': 1 });
    expect(await kinds('manager')).toEqual({ 'binding.review_tenant': 1 });
  });
});
