import { randomUUID } from 'node:crypto';
import { ErrorCode } from '@gongzhi/domain';
import { ResolutionsService } from '../src/modules/votes/resolutions.service.js';
import { ModerationFake } from './fakes/moderation-fake.js';
import { WechatFake } from './fakes/wechat-fake.js';
import { ownerQuery, startTestApp, type TestApp } from './harness.js';
import { draftBody, openVote, TestClock, voteCommunity } from './votes-helpers.js';

type Community = Awaited<ReturnType<typeof voteCommunity>>;

/**
 * Content security of every text other people read (domain-rules §9) beyond repairs: ledger entries, rejection and
 * reversal reasons, owners' questions and answers, vote texts, objections and answers. WeChat msgSecCheck v2 for
 * authors with a WeChat identity; the second provider (a generic moderation HTTP API, here a local fake) for authors
 * WeChat cannot check (no openid — officials on H5 — or not in the mini-program for two hours); without a second
 * provider such authors are refused, never published unchecked.
 */
describe('content security of published text', () => {
  /** Openids are unique across the test database: each run gets its own. */
  const run = randomUUID().slice(0, 8);
  const wechat = new WechatFake();
  const moderation = new ModerationFake();
  let t: TestApp;
  let c: Community;
  let clock: TestClock;
  const ids: Record<string, string> = {};
  let wechatBase = '';

  const income = (over: Record<string, unknown> = {}) => ({
    kind: 'income',
    category: 'advertising',
    grossAmountYuan: '1200.00',
    counterparty: '某某传媒有限公司',
    contractRef: 'GG-2026-01',
    ...over,
  });
  const post = (path: string, who: string, body: object) => t.req().post(path).set(c.as(who)).send(body);
  const put = (path: string, who: string, body: object) => t.req().put(path).set(c.as(who)).send(body);
  const entryDraft = async () => (await post('/api/v1/ledger/entries', 'manager', income()).expect(201)).body.id;

  beforeAll(async () => {
    const base = await wechat.start();
    wechatBase = base;
    const moderationUrl = await moderation.start();
    t = await startTestApp(
      wechat.env(base, {
        CONTENT_CHECK: 'on',
        CONTENT_MODERATION_URL: moderationUrl,
        CONTENT_MODERATION_TOKEN: moderation.token,
        CONTENT_MODERATION_TIMEOUT_MS: '500',
      }),
    );
    clock = new TestClock(t);
    c = await voteCommunity(t);
    // Everyone signed in through WeChat except member2, an official who signs in on H5 (no openid).
    for (const [key, id] of Object.entries(c.people)) {
      if (key !== 'member2')
        await ownerQuery('UPDATE persons SET openid = $2 WHERE id = $1', [id, `openid-${key}-${run}`]);
    }
    // A submitted entry (to reject), a posted one (to reverse and ask about), a draft vote, a vote in objection.
    ids.submitted = await entryDraft();
    await post(`/api/v1/ledger/entries/${ids.submitted}/submit`, 'manager', {}).expect(200);
    ids.posted = await entryDraft();
    await post(`/api/v1/ledger/entries/${ids.posted}/submit`, 'manager', {}).expect(200);
    await post(`/api/v1/ledger/entries/${ids.posted}/approve`, 'member1', {}).expect(200);
    ids.question = (
      await post('/api/v1/ledger/questions', 'owner1', {
        targetType: 'entry',
        targetRef: ids.posted,
        body: '这笔广告费对应哪几台电梯？',
      }).expect(201)
    ).body.id;
    ids.binding = (
      await t
        .req()
        .post('/api/v1/bindings')
        .set({ Authorization: `Bearer ${c.token('member2')}`, 'X-Community-Id': c.communityId })
        .send({
          building: '1幢',
          entrance: '1单元',
          room: c.units[2].room,
          name: '委员2',
          phone: '13812340002',
          relation: 'tenant',
        })
        .expect(201)
    ).body.id;
    ids.draftVote = (await post('/api/v1/resolutions', 'chair', draftBody(clock)).expect(201)).body.id;
    const vote = await openVote(t, c, clock);
    await post(`/api/v1/resolutions/${vote.id}/ballots`, 'owner1', {
      choices: vote.items.map((it) => ({ itemId: it.id, choice: 'yes' })),
      confirm: true,
    }).expect(201);
    clock.set(new Date(vote.body.votingClosesAt));
    expect(await t.created.app.get(ResolutionsService).closeDue(clock.now)).toContain(vote.id);
    ids.vote = vote.id;
    ids.objection = (
      await post(`/api/v1/resolutions/${vote.id}/objections`, 'owner2', {
        reasons: '投票页面报错，请核实结果。',
      }).expect(201)
    ).body.id;
  });
  afterAll(async () => {
    await t.close();
    await wechat.stop();
    await moderation.stop();
  });
  beforeEach(() => {
    wechat.resetScripts();
    moderation.reset();
  });

  /** Rows a refused request must not have written or changed. */
  const snapshot = async () =>
    (
      await ownerQuery(
        `SELECT (SELECT count(*) FROM ledger_entries WHERE community_id = $1)::int AS entries,
                (SELECT string_agg(status || coalesce(reject_reason, '') || revision, ',' ORDER BY id)
                   FROM ledger_entries WHERE community_id = $1) AS entry_states,
                (SELECT count(*) FROM ledger_questions WHERE community_id = $1 AND answered_at IS NOT NULL)::int AS answered,
                (SELECT count(*) FROM ledger_questions WHERE community_id = $1)::int AS questions,
                (SELECT count(*) FROM resolutions WHERE community_id = $1)::int AS resolutions,
                (SELECT string_agg(title, ',' ORDER BY id) FROM resolutions WHERE community_id = $1) AS titles,
                (SELECT string_agg(status || coalesce(reason, ''), ',' ORDER BY id) FROM residencies WHERE community_id = $1) AS bindings,
                (SELECT count(*) FROM audit_log WHERE community_id = $1)::int AS audit`,
        [c.communityId],
      )
    )[0];

  /** Each route that takes text others read, the person who writes it there, and one text field with its label. */
  const routes: Array<[string, string, (text: string) => ReturnType<typeof post>, string, string]> = [
    [
      'POST /ledger/entries',
      'manager',
      (x) => post('/api/v1/ledger/entries', 'manager', income({ counterparty: x })),
      'counterparty',
      '付款方',
    ],
    [
      'POST /ledger/entries (cost label)',
      'manager',
      (x) =>
        post(
          '/api/v1/ledger/entries',
          'manager',
          income({ costs: [{ label: x, amountYuan: '1.00', evidenceFileIds: [randomUUID()] }] }),
        ),
      'costs.0.label',
      '成本项目',
    ],
    [
      'PUT /ledger/entries/:id',
      'manager',
      (x) => put(`/api/v1/ledger/entries/${ids.submitted}`, 'manager', income({ purpose: x })),
      'purpose',
      '用途说明',
    ],
    [
      'POST /ledger/entries/:id/reject',
      'member1',
      (x) => post(`/api/v1/ledger/entries/${ids.submitted}/reject`, 'member1', { reason: x }),
      'reason',
      '退回理由',
    ],
    [
      'POST /ledger/entries/:id/reverse',
      'manager',
      (x) => post(`/api/v1/ledger/entries/${ids.posted}/reverse`, 'manager', { reason: x }),
      'reason',
      '冲正理由',
    ],
    [
      'POST /ledger/questions',
      'owner3',
      (x) => post('/api/v1/ledger/questions', 'owner3', { targetType: 'entry', targetRef: ids.posted, body: x }),
      'body',
      '质询内容',
    ],
    [
      'POST /ledger/questions/:id/answer',
      'chair',
      (x) => post(`/api/v1/ledger/questions/${ids.question}/answer`, 'chair', { answer: x }),
      'answer',
      '答复内容',
    ],
    [
      'POST /resolutions',
      'chair',
      (x) => post('/api/v1/resolutions', 'chair', draftBody(clock, { title: x })),
      'title',
      '表决标题',
    ],
    [
      'POST /resolutions (item text)',
      'chair',
      (x) =>
        post(
          '/api/v1/resolutions',
          'chair',
          draftBody(clock, {
            items: [
              { title: '续聘物业', matterType: 4 },
              { title: '增设充电桩', description: x, matterType: 8 },
            ],
          }),
        ),
      'items.1.description',
      '事项说明',
    ],
    [
      'PUT /resolutions/:id',
      'chair',
      (x) => put(`/api/v1/resolutions/${ids.draftVote}`, 'chair', draftBody(clock, { explanation: x })),
      'explanation',
      '表决说明',
    ],
    [
      'POST /resolutions/:id/objections',
      'owner3',
      (x) => post(`/api/v1/resolutions/${ids.vote}/objections`, 'owner3', { reasons: x }),
      'reasons',
      '异议理由',
    ],
    [
      'POST /resolutions/:id/objections/:id/answer',
      'chair',
      (x) => post(`/api/v1/resolutions/${ids.vote}/objections/${ids.objection}/answer`, 'chair', { answer: x }),
      'answer',
      '业委会答复',
    ],
    [
      'POST /bindings/:id/reject',
      'chair',
      (x) => post(`/api/v1/bindings/${ids.binding}/reject`, 'chair', { reason: x }),
      'reason',
      '驳回理由',
    ],
  ];

  describe.each(routes)('%s', (_route, who, send, field, label) => {
    it.each([
      ['risky', '内容 RISKY-TEXT 其他'],
      ['review', '内容 REVIEW-TEXT 其他'],
    ])('refuses %s text with CONTENT.REJECTED naming the field, and writes nothing', async (_v, text) => {
      const before = await snapshot();
      const res = await send(text).expect(400);
      expect(res.body.error).toMatchObject({
        code: ErrorCode.CONTENT_REJECTED,
        message: `「${label}」含有不适合发布的内容，请修改后再提交`,
        details: { field },
      });
      expect(wechat.secChecks.some((s) => s.content === text && s.openid === `openid-${who}-${run}`)).toBe(true);
      expect(await snapshot()).toEqual(before);
    });

    it('fails closed when WeChat is down: a Chinese 503 and nothing written', async () => {
      const before = await snapshot();
      wechat.nextChecks(...Array.from({ length: 12 }, () => ({ httpStatus: 502 }) as const));
      const res = await send('一段普通的说明文字').expect(503);
      expect(res.body.error).toMatchObject({
        code: ErrorCode.UNAVAILABLE,
        message: '内容安全检查暂时不可用，请稍后再提交',
      });
      expect(await snapshot()).toEqual(before);
    });
  });

  describe('texts that pass are published as written', () => {
    it('a ledger draft, a question and its answer, a vote draft, an objection and its answer', async () => {
      const entry = await post(
        '/api/v1/ledger/entries',
        'manager',
        income({ purpose: '电梯广告 2026 年一季度' }),
      ).expect(201);
      expect(entry.body).toMatchObject({ purpose: '电梯广告 2026 年一季度' });
      expect(wechat.secChecks.map((s) => s.content)).toEqual(
        expect.arrayContaining(['某某传媒有限公司', 'GG-2026-01', '电梯广告 2026 年一季度']),
      );
      const q = await post('/api/v1/ledger/questions', 'owner4', {
        targetType: 'entry',
        targetRef: ids.posted,
        body: '合同在哪里可以查看？',
      }).expect(201);
      await post(`/api/v1/ledger/questions/${q.body.id}/answer`, 'chair', {
        answer: '合同扫描件已附在账目中。',
      }).expect(200);
      const v = await post(
        '/api/v1/resolutions',
        'chair',
        draftBody(clock, { title: '关于维修屋面防水的表决' }),
      ).expect(201);
      expect(v.body.title).toBe('关于维修屋面防水的表决');
      const o = await post(`/api/v1/resolutions/${ids.vote}/objections`, 'owner4', {
        reasons: '我家的面积登记有误。',
      }).expect(201);
      await post(`/api/v1/resolutions/${ids.vote}/objections/${o.body.id}/answer`, 'chair', {
        answer: '已核实，登记无误。',
      }).expect(200);
      expect(wechat.secChecks.filter((s) => s.scene === 2).map((s) => s.content)).toEqual(
        expect.arrayContaining([
          '合同在哪里可以查看？',
          '合同扫描件已附在账目中。',
          '我家的面积登记有误。',
          '已核实，登记无误。',
        ]),
      );
      expect(moderation.requests).toEqual([]);
    });
  });

  describe('authors WeChat cannot check go to the second provider', () => {
    it('an official signed in on H5 (no openid): checked by the second provider, not by WeChat; a pass is published', async () => {
      const checks = wechat.calls.msgSecCheck;
      const res = await post(`/api/v1/ledger/entries/${ids.submitted}/reject`, 'member2', {
        reason: '请补充合同扫描件',
      }).expect(200);
      expect(res.body.status).toBe('rejected');
      expect(moderation.requests).toEqual([{ type: 'text', text: '请补充合同扫描件', scene: 'comment' }]);
      expect(wechat.calls.msgSecCheck).toBe(checks);
      // Back to submitted for the other tests.
      await post(`/api/v1/ledger/entries/${ids.submitted}/submit`, 'manager', {}).expect(200);
    });

    it.each([
      ['block', 'BLOCK-TEXT'],
      ['review', 'REVIEW-TEXT'],
    ])(
      'the second provider answering %s refuses the text naming the field, and nothing is written',
      async (_v, word) => {
        const before = await snapshot();
        const res = await post('/api/v1/ledger/questions/' + ids.question + '/answer', 'member2', {
          answer: `答复 ${word}`,
        }).expect(400);
        expect(res.body.error).toMatchObject({ code: ErrorCode.CONTENT_REJECTED, details: { field: 'answer' } });
        expect(res.body.error.message).toMatch(/^「答复内容」/);
        expect(await snapshot()).toEqual(before);
      },
    );

    it.each([
      ['is down (HTTP 500)', { httpStatus: 500 }],
      ['answers without a verdict', { garbage: true }],
    ] as const)('fails closed when the second provider %s', async (_l, b) => {
      const before = await snapshot();
      moderation.next(b);
      const res = await post(`/api/v1/resolutions/${ids.vote}/objections/${ids.objection}/answer`, 'member2', {
        answer: '已核实。',
      }).expect(503);
      expect(res.body.error).toMatchObject({
        code: ErrorCode.UNAVAILABLE,
        message: '内容安全检查暂时不可用，请稍后再提交',
      });
      expect(await snapshot()).toEqual(before);
    });

    it('a WeChat author not in the mini-program for two hours (61010) is checked by the second provider instead', async () => {
      wechat.nextChecks({ errcode: 61010, errmsg: 'user in not active' });
      const res = await post('/api/v1/ledger/questions', 'owner3', {
        targetType: 'entry',
        targetRef: ids.posted,
        body: '收入何时入账？',
      }).expect(201);
      expect(res.body.body).toBe('收入何时入账？');
      expect(moderation.requests).toEqual([{ type: 'text', text: '收入何时入账？', scene: 'comment' }]);
    });
  });

  describe('without a second provider', () => {
    let t2: TestApp;
    let c2: Community;
    beforeAll(async () => {
      t2 = await startTestApp(wechat.env(wechatBase, { CONTENT_CHECK: 'on' }));
      c2 = await voteCommunity(t2);
    });
    afterAll(() => t2.close());

    it('an author without a WeChat identity is refused in Chinese, never published unchecked', async () => {
      const res = await t2.req().post('/api/v1/resolutions').set(c2.as('chair')).send(draftBody(clock)).expect(403);
      expect(res.body.error).toMatchObject({
        code: ErrorCode.FORBIDDEN,
        message: expect.stringMatching(/需要通过微信小程序登录.*未配置其他检查服务/),
      });
      expect(
        (await ownerQuery(`SELECT count(*)::int AS n FROM resolutions WHERE community_id = $1`, [c2.communityId]))[0].n,
      ).toBe(0);
    });
  });
});
