import { ErrorCode, decideItem, type MatterType } from '@gongzhi/domain';
import { ResolutionsService } from '../src/modules/votes/resolutions.service.js';
import { startTestApp, type TestApp } from './harness.js';
import { TestClock, days, draftBody, upload, voteCommunity } from './votes-helpers.js';

/** Official-system mode (Beijing Art. 35, Hangzhou): the vote runs in the city's system; the platform publishes its result. */
describe("owners' votes: official-system mode", () => {
  let t: TestApp;
  let clock: TestClock;
  let c: Awaited<ReturnType<typeof voteCommunity>>;
  let id: string;
  let items: Array<{ id: string; matterType: number }>;
  beforeAll(async () => {
    t = await startTestApp();
    clock = new TestClock(t);
    c = await voteCommunity(t, { officialVotingSystem: true });
    const r = await t.req().post('/api/v1/resolutions').set(c.as('chair')).send(draftBody(clock)).expect(201);
    id = r.body.id;
    items = r.body.items;
    for (const who of ['chair', 'member1', 'member2'])
      await t.req().post(`/api/v1/resolutions/${id}/approve`).set(c.as(who)).expect(200);
  });
  afterAll(async () => t.close());

  const figures = (itemId: string, yes: [string, string]) => ({
    itemId,
    yesArea: yes[0],
    yesHeads: yes[1],
    noArea: '5000',
    noHeads: '1',
    abstainArea: '0',
    abstainHeads: '0',
    invalidArea: '0',
    invalidHeads: '0',
  });

  it('publishes the notice like any vote, but voting does not open on this platform', async () => {
    const res = await t.req().post(`/api/v1/resolutions/${id}/publish-notice`).set(c.as('chair')).send({}).expect(200);
    expect(res.body).toMatchObject({ status: 'notice', officialMode: true });
    clock.set(days(clock.now, 20));
    expect(await t.created.app.get(ResolutionsService).openDue(clock.now)).not.toContain(id);
    const ballot = await t
      .req()
      .post(`/api/v1/resolutions/${id}/ballots`)
      .set(c.as('owner1'))
      .send({ choices: [], confirm: true })
      .expect(409);
    expect(ballot.body.error.code).toBe(ErrorCode.VOTE_NOT_OPEN);
  });

  it('refuses official figures that exceed the totals or leave an item out', async () => {
    const notice = await upload(t, c, 'chair', 'notice_attachment');
    const over = await t
      .req()
      .post(`/api/v1/resolutions/${id}/official-result`)
      .set(c.as('chair'))
      .send({
        totalArea: '10000',
        totalHeads: '2',
        noticeFileId: notice,
        items: items.map((i) => figures(i.id, ['9000', '2'])),
      })
      .expect(400);
    expect(over.body.error.message).toContain('超过了总数');
    const missing = await t
      .req()
      .post(`/api/v1/resolutions/${id}/official-result`)
      .set(c.as('chair'))
      .send({
        totalArea: '63000',
        totalHeads: '5',
        noticeFileId: notice,
        items: [figures(items[0]!.id, ['40000', '3'])],
      })
      .expect(400);
    expect(missing.body.error.message).toContain('每个表决事项');
    await t
      .req()
      .post(`/api/v1/resolutions/${id}/official-result`)
      .set(c.as('owner1'))
      .send({
        totalArea: '63000',
        totalHeads: '5',
        noticeFileId: notice,
        items: items.map((i) => figures(i.id, ['40000', '3'])),
      })
      .expect(403);
  });

  it('the committee records the official figures and notice; the result is published the same way', async () => {
    const notice = await upload(t, c, 'chair', 'notice_attachment');
    const res = await t
      .req()
      .post(`/api/v1/resolutions/${id}/official-result`)
      .set(c.as('chair'))
      .send({
        totalArea: '63000',
        totalHeads: '5',
        noticeFileId: notice,
        items: [figures(items[0]!.id, ['30000', '3']), figures(items[1]!.id, ['40000', '3'])],
      })
      .expect(200);
    expect(res.body).toMatchObject({ status: 'final', officialNoticeFileId: notice });
    const result = await t.req().get(`/api/v1/resolutions/${id}/result`).set(c.as('owner3')).expect(200);
    expect(result.body).toMatchObject({ stage: 'final', official: true });
    const settings = { parkingCounts: false, invalidCountsAsParticipation: false, followMajority: false };
    const want0 = decideItem(
      { totalArea: 63000n, totalHeads: 5n },
      {
        yesArea: 30000n,
        yesHeads: 3n,
        noArea: 5000n,
        noHeads: 1n,
        abstainArea: 0n,
        abstainHeads: 0n,
        invalidArea: 0n,
        invalidHeads: 0n,
      },
      4 as MatterType,
      settings,
    );
    // Item 1: 350.00 of 630.00 m² took part, short of two thirds: fails on the quorum (R1), as the pure engine says.
    expect(result.body.items[0]).toMatchObject({
      passed: false,
      decidedBy: 'R1',
      pArea: '35000',
      pHeads: '4',
      totalArea: '63000',
      totalHeads: '5',
      yesArea: '30000',
      reason: want0.reason,
    });
    expect(want0.passed).toBe(false);
    // Item 2 (major matter, R2): 400 of 450 m² and 3 of 4 heads (exactly three quarters, boundary included) pass.
    expect(result.body.items[1]).toMatchObject({
      matterType: 8,
      thresholdRule: 'R2',
      decidedBy: 'R2',
      passed: true,
      pArea: '45000',
      pHeads: '4',
    });
    // The official notice is readable by everyone in the community.
    await t.req().get(`/api/v1/files/${notice}/content`).set(c.as('tenant')).expect(200);
    const html = await t.req().get(`/api/v1/resolutions/${id}/export.html`).set(c.as('owner1')).expect(200);
    expect(html.text).toContain('电子投票系统');
    const part = await t.req().get(`/api/v1/resolutions/${id}/participation`).set(c.as('owner1')).expect(200);
    expect(part.body).toEqual([]);
    await t
      .req()
      .post(`/api/v1/resolutions/${id}/official-result`)
      .set(c.as('chair'))
      .send({
        totalArea: '63000',
        totalHeads: '5',
        noticeFileId: notice,
        items: items.map((i) => figures(i.id, ['40000', '3'])),
      })
      .expect(409);
  });

  it('a community voting on this platform cannot record an official result', async () => {
    const online = await voteCommunity(t);
    const r = await t.req().post('/api/v1/resolutions').set(online.as('chair')).send(draftBody(clock)).expect(201);
    for (const who of ['chair', 'member1', 'member2'])
      await t.req().post(`/api/v1/resolutions/${r.body.id}/approve`).set(online.as(who)).expect(200);
    await t.req().post(`/api/v1/resolutions/${r.body.id}/publish-notice`).set(online.as('chair')).send({}).expect(200);
    const notice = await upload(t, online, 'chair', 'notice_attachment');
    const res = await t
      .req()
      .post(`/api/v1/resolutions/${r.body.id}/official-result`)
      .set(online.as('chair'))
      .send({
        totalArea: '63000',
        totalHeads: '5',
        noticeFileId: notice,
        items: r.body.items.map((i: { id: string }) => figures(i.id, ['40000', '3'])),
      })
      .expect(409);
    expect(res.body.error.message).toContain('不能录入官方系统结果');
  });
});
