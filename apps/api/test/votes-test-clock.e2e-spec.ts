import { ownerQuery, startTestApp, type TestApp } from './harness.js';
import { votesTestClockEnabled } from '../src/modules/votes/test-clock/test-clock.module.js';
import { TestClock, allChoices, days, draftBody, openVote, upload, voteCommunity } from './votes-helpers.js';

/**
 * The browser tests move the votes clock through POST /api/v1/_test/clock. That hook must not exist in a normal
 * start: only with VOTES_TEST_CLOCK=on, never with NODE_ENV=production, and then only for the platform admin.
 */
describe('votes test clock (browser tests only)', () => {
  it('is absent by default: the route is unknown (404) even for the platform admin', async () => {
    delete process.env.VOTES_TEST_CLOCK;
    const t = await startTestApp();
    try {
      const c = await voteCommunity(t);
      await ownerQuery(`INSERT INTO role_assignments (person_id, role) VALUES ($1, 'platform_admin')`, [
        c.people.stranger,
      ]);
      const res = await t
        .req()
        .post('/api/v1/_test/clock')
        .set({ Authorization: c.as('stranger').Authorization })
        .send({ now: new Date().toISOString() });
      expect(res.status).toBe(404);
      expect(t.created.openapi.paths['/api/v1/_test/clock']).toBeUndefined();
    } finally {
      await t.close();
    }
  });

  it('is never enabled in production, whatever the variable says', () => {
    expect(votesTestClockEnabled({ env: 'production' }, { VOTES_TEST_CLOCK: 'on' })).toBe(false);
    expect(votesTestClockEnabled({ env: 'development' }, {})).toBe(false);
    expect(votesTestClockEnabled({ env: 'development' }, { VOTES_TEST_CLOCK: 'on' })).toBe(true);
  });

  describe('with VOTES_TEST_CLOCK=on', () => {
    let t: TestApp;
    beforeAll(async () => {
      process.env.VOTES_TEST_CLOCK = 'on';
      try {
        t = await startTestApp();
      } finally {
        delete process.env.VOTES_TEST_CLOCK;
      }
    });
    afterAll(async () => t.close());

    it('only the platform admin may move the clock; moving it opens and closes due votes', async () => {
      const c = await voteCommunity(t);
      await ownerQuery(`INSERT INTO role_assignments (person_id, role) VALUES ($1, 'platform_admin')`, [
        c.people.stranger,
      ]);
      const admin = { Authorization: c.as('stranger').Authorization! };
      const now = new Date();
      const created = await t
        .req()
        .post('/api/v1/resolutions')
        .set(c.as('chair'))
        .send({
          title: '测试时钟',
          items: [{ title: '续聘物业', matterType: 4 }],
          votingOpensAt: days(now, 16).toISOString(),
          votingDays: 5,
        })
        .expect(201);
      const id = created.body.id as string;
      for (const who of ['chair', 'member1', 'member2'])
        await t.req().post(`/api/v1/resolutions/${id}/approve`).set(c.as(who)).expect(200);
      await t.req().post(`/api/v1/resolutions/${id}/publish-notice`).set(c.as('chair')).send({}).expect(200);

      await t
        .req()
        .post('/api/v1/_test/clock')
        .set(c.as('chair'))
        .send({ now: days(now, 17).toISOString() })
        .expect(403);
      const open = await t
        .req()
        .post('/api/v1/_test/clock')
        .set(admin)
        .send({ now: days(now, 17).toISOString() })
        .expect(200);
      expect(open.body.opened).toContain(id);
      expect((await t.req().get(`/api/v1/resolutions/${id}`).set(c.as('owner1')).expect(200)).body.status).toBe('open');

      const close = await t
        .req()
        .post('/api/v1/_test/clock')
        .set(admin)
        .send({ now: days(now, 22).toISOString() })
        .expect(200);
      expect(close.body.closed).toContain(id);
      expect((await t.req().get(`/api/v1/resolutions/${id}`).set(c.as('owner1')).expect(200)).body.status).toBe(
        'objection',
      );
    });
  });
});

describe('units for paper and proxy ballots (committee)', () => {
  let t: TestApp;
  let clock: TestClock;
  beforeAll(async () => {
    t = await startTestApp();
    clock = new TestClock(t);
  });
  afterAll(async () => t.close());

  it('lists the frozen units with their owner names, never whether they have voted; committee only, and only once voting has started', async () => {
    const c = await voteCommunity(t);
    const draft = await t.req().post('/api/v1/resolutions').set(c.as('chair')).send(draftBody(clock)).expect(201);
    await t.req().get(`/api/v1/resolutions/${draft.body.id}/ballot-units`).set(c.as('chair')).expect(409);
    const vote = await openVote(t, c, clock);
    await t
      .req()
      .post(`/api/v1/resolutions/${vote.id}/ballots`)
      .set(c.as('owner1'))
      .send({ choices: allChoices(vote, 'yes'), confirm: true })
      .expect(201);
    const scan = await upload(t, c, 'member1', 'ballot_scan');
    await t
      .req()
      .post(`/api/v1/resolutions/${vote.id}/paper-ballots`)
      .set(c.as('member1'))
      .send({
        unitId: c.units[5]!.id,
        channel: 'paper',
        choices: allChoices(vote, 'no'),
        scanFileId: scan,
        witnessName: '见证人',
        confirm: true,
      })
      .expect(201);

    await t.req().get(`/api/v1/resolutions/${vote.id}/ballot-units`).set(c.as('owner2')).expect(403);
    const res = await t.req().get(`/api/v1/resolutions/${vote.id}/ballot-units`).set(c.as('member1')).expect(200);
    expect(res.body).toHaveLength(6);
    const byRoom = Object.fromEntries(
      res.body.map((u: { room: string; voted: boolean; unitId: string }) => [u.room, u]),
    );
    // Who has voted is not shown (a list of those who have not is a list of ballots to stuff); the owner's name as
    // on the roster is, to check the signature on a paper ballot.
    expect(byRoom['1单元101']).toMatchObject({
      voted: false,
      unitId: c.units[0]!.id,
      buildingName: '1幢',
      area: '8000',
      ownerName: expect.any(String),
    });
    expect(res.body.every((u: { voted: boolean }) => u.voted === false)).toBe(true);
    expect(byRoom['1单元105'].ownerName).toBe('开发建设单位');
    expect(Object.keys(res.body[0]).sort()).toEqual(['area', 'buildingName', 'ownerName', 'room', 'unitId', 'voted']);
  });
});
