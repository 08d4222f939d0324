import { randomUUID } from 'node:crypto';
import { ErrorCode } from '@gongzhi/domain';
import { makeCommunity, type CommunityFixture } from './factories.js';
import { WechatFake } from './fakes/wechat-fake.js';
import { ownerQuery, startTestApp, type TestApp } from './harness.js';

/**
 * CONTENT_CHECK=on (the production default): residents' and workers' text goes through WeChat msgSecCheck v2
 * (domain-rules §9) before anything is written; only `pass` passes, and a WeChat outage refuses (fail closed).
 */
describe('content security of repair text (CONTENT_CHECK=on)', () => {
  const fake = new WechatFake();
  let t: TestApp;
  let c: CommunityFixture;
  const openids: Record<string, string> = {};

  beforeAll(async () => {
    const base = await fake.start();
    t = await startTestApp(fake.env(base, { CONTENT_CHECK: 'on' }));
    c = await makeCommunity(t);
    // owner1, manager and staff signed in through WeChat; owner2 only through the dev sign-in (no openid).
    for (const who of ['owner1', 'manager', 'staff']) {
      openids[who] = `openid-${who}-${randomUUID().slice(0, 8)}`;
      await ownerQuery('UPDATE persons SET openid = $2 WHERE id = $1', [c.people[who], openids[who]]);
    }
  });
  afterAll(async () => {
    await t.close();
    await fake.stop();
  });
  beforeEach(() => fake.resetScripts());

  const body = (over: Record<string, unknown> = {}) => ({
    areaKind: 'unit',
    unitId: c.units[0].id,
    category: 'water',
    description: '厨房水管漏水',
    location: '厨房水槽下',
    urgency: 'urgent',
    ...over,
  });
  const report = (over: Record<string, unknown> = {}, who = 'owner1') =>
    t.req().post('/api/v1/repairs').set(c.as(who)).send(body(over));
  /** Rows a refused report must not have written. */
  const counts = async () =>
    (
      await ownerQuery<{ tickets: number; events: number; audit: number; idem: number }>(
        `SELECT (SELECT count(*) FROM repair_tickets WHERE community_id = $1)::int AS tickets,
              (SELECT count(*) FROM repair_events WHERE community_id = $1)::int AS events,
              (SELECT count(*) FROM audit_log WHERE community_id = $1)::int AS audit,
              (SELECT count(*) FROM idempotency_keys)::int AS idem`,
        [c.communityId],
      )
    )[0];

  describe('behaviour', () => {
    it("lets a report through when WeChat passes every text, checking each with the writer's openid as a comment", async () => {
      const res = await report({ preferredTime: '周末上午' }).expect(201);
      expect(res.body).toMatchObject({ description: '厨房水管漏水', status: 'submitted' });
      expect(fake.secChecks).toEqual(
        expect.arrayContaining(
          ['厨房水管漏水', '厨房水槽下', '周末上午'].map((content) => ({
            content,
            scene: 2,
            openid: openids.owner1,
            version: 2,
          })),
        ),
      );
      expect(fake.secChecks).toHaveLength(3);
    });

    it('refuses a risky description with CONTENT.REJECTED naming the field, and writes nothing', async () => {
      const before = await counts();
      const res = await report({ description: '楼上漏水 RISKY-TEXT' })
        .set('Idempotency-Key', `risky-${randomUUID()}`)
        .expect(400);
      expect(res.body.error).toMatchObject({
        code: ErrorCode.CONTENT_REJECTED,
        message: '「问题描述」含有不适合发布的内容，请修改后再提交',
        details: { field: 'description' },
      });
      expect(await counts()).toEqual(before);
    });

    it('refuses text WeChat wants reviewed (review is not pass), naming that field', async () => {
      const before = await counts();
      const res = await report({ location: '3 号楼 REVIEW-TEXT' }).expect(400);
      expect(res.body.error).toMatchObject({ code: ErrorCode.CONTENT_REJECTED, details: { field: 'location' } });
      expect(res.body.error.message).toMatch(/^「具体位置」/);
      expect(await counts()).toEqual(before);
    });

    it('a corrected report goes through after a refusal', async () => {
      await report({ description: '漏水 RISKY-TEXT' }).expect(400);
      await report({ description: '卫生间地漏返水' }).expect(201);
    });

    it('checks the note of a status change too: a risky note leaves the ticket where it was', async () => {
      const id = (await report().expect(201)).body.id;
      await t
        .req()
        .post(`/api/v1/repairs/${id}/assign`)
        .set(c.as('manager'))
        .send({ assigneeId: c.people.staff })
        .expect(200);
      const res = await t
        .req()
        .post(`/api/v1/repairs/${id}/start`)
        .set(c.as('staff'))
        .send({ note: '马上到 RISKY-TEXT' })
        .expect(400);
      expect(res.body.error).toMatchObject({
        code: ErrorCode.CONTENT_REJECTED,
        message: '「备注」含有不适合发布的内容，请修改后再提交',
        details: { field: 'note' },
      });
      const ticket = await t.req().get(`/api/v1/repairs/${id}`).set(c.as('owner1')).expect(200);
      expect(ticket.body.status).toBe('assigned');
      expect(fake.secChecks.at(-1)).toMatchObject({ openid: openids.staff, scene: 2 });
    });

    it('asks WeChat nothing for a move without text', async () => {
      const id = (await report().expect(201)).body.id;
      const before = fake.calls.msgSecCheck;
      await t
        .req()
        .post(`/api/v1/repairs/${id}/assign`)
        .set(c.as('manager'))
        .send({ assigneeId: c.people.staff })
        .expect(200);
      expect(fake.calls.msgSecCheck).toBe(before);
    });

    it('refreshes an expired access token once and checks', async () => {
      const tokens = fake.calls.stableToken;
      fake.nextChecks({ expireTokenFirst: true, then: { suggest: 'pass' } });
      await report().expect(201);
      expect(fake.calls.stableToken).toBe(tokens + 1);
    });
  });

  describe('WeChat unavailable: fail closed, and say so', () => {
    it.each([
      ['an HTTP 502', { httpStatus: 502 }],
      ['a system error (-1)', { errcode: -1, errmsg: 'system error' }],
    ] as const)('answers %s with a Chinese 503 and writes nothing', async (_label, behaviour) => {
      const before = await counts();
      fake.nextChecks(behaviour, behaviour, behaviour);
      const res = await report().expect(503);
      expect(res.body.error).toMatchObject({
        code: ErrorCode.UNAVAILABLE,
        message: '内容安全检查暂时不可用，请稍后再提交',
      });
      expect(await counts()).toEqual(before);
    });

    it('tells a person who has not opened the mini-program lately (61010) to open it again', async () => {
      fake.nextChecks({ errcode: 61010, errmsg: 'user in not active' }, { errcode: 61010 });
      const res = await report().expect(503);
      expect(res.body.error).toMatchObject({
        code: ErrorCode.UNAVAILABLE,
        message: '内容安全检查需要您刚刚打开过小程序，请重新进入小程序后再提交',
      });
    });
  });

  describe('authorization', () => {
    it('refuses text from a person without a WeChat identity (dev sign-in) clearly, without asking WeChat or writing', async () => {
      const before = await counts();
      const calls = fake.calls.msgSecCheck;
      const res = await report({ unitId: c.units[1].id }, 'owner2').expect(403);
      expect(res.body.error).toMatchObject({
        code: ErrorCode.FORBIDDEN,
        message: expect.stringMatching(/需要通过微信小程序登录/),
      });
      expect(fake.calls.msgSecCheck).toBe(calls);
      expect(await counts()).toEqual(before);
    });
  });
});
