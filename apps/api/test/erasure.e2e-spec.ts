import { ErrorCode } from '@gongzhi/domain';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FieldCipher } from '../src/common/crypto.js';
import { signAccessToken } from '../src/modules/identity/tokens.js';
import { makeCommunity, type CommunityFixture } from './factories.js';
import { WechatFake } from './fakes/wechat-fake.js';
import { ownerQuery, startTestApp, type TestApp } from './harness.js';
import { allChoices, openVote, TestClock, voteCommunity } from './votes-helpers.js';

/** Deletion of personal data on request (PIPL Art. 47): POST /api/v1/me/erasure. */
describe('personal-data erasure', () => {
  const fake = new WechatFake();
  let t: TestApp;
  let cipher: FieldCipher;
  beforeAll(async () => {
    const base = await fake.start();
    t = await startTestApp({ ...fake.env(base), FILES_DIR: mkdtempSync(path.join(os.tmpdir(), 'gongzhi-erasure-')) });
    cipher = new FieldCipher(t.created.config.dataKey);
  });
  afterAll(async () => {
    await t.close();
    await fake.stop();
  });

  const erase = (auth: Record<string, string>, body: Record<string, unknown> = { confirm: true }) =>
    t.req().post('/api/v1/me/erasure').set({ Authorization: auth.Authorization }).send(body);
  const personRow = async (id: string) => (await ownerQuery('SELECT * FROM persons WHERE id = $1', [id]))[0]!;
  /** A token for the person's current token version (role changes bump it). */
  const freshToken = async (id: string) => {
    const p = await personRow(id);
    return {
      Authorization: `Bearer ${signAccessToken(t.created.config.jwtSecret, { sub: id, tv: p.token_version as number }, 3600)}`,
    };
  };

  describe('behaviour', () => {
    let c: CommunityFixture;
    let ticketId: string;
    let refreshToken: string;
    let phone: string;
    beforeAll(async () => {
      c = await makeCommunity(t);
      const p = await personRow(c.people.owner1);
      phone = cipher.decrypt(p.phone_enc as string);
      await ownerQuery(`UPDATE persons SET id_number_enc = $2, openid = 'openid-owner1-erase' WHERE id = $1`, [
        c.people.owner1,
        cipher.encrypt('11010519491231002X'),
      ]);
      // A pending request to be bound to another unit, with the name and phone typed into it.
      await t
        .req()
        .post('/api/v1/bindings')
        .set(c.as('owner1'))
        .send({
          building: '1幢',
          entrance: '1单元',
          room: c.units[5].room,
          name: '业主1',
          phone: '13812340001',
          relation: 'tenant',
        })
        .expect(201);
      // A common-area repair the neighbours can see.
      ticketId = (
        await t
          .req()
          .post('/api/v1/repairs')
          .set(c.as('owner1'))
          .send({
            areaKind: 'common',
            category: 'lift',
            description: '2 号电梯按钮失灵',
            location: '1幢电梯',
            urgency: 'normal',
          })
          .expect(201)
      ).body.id;
      refreshToken = (await t.req().post('/api/v1/auth/dev/login').send({ personId: c.people.owner1 }).expect(200)).body
        .refreshToken;

      const res = await erase(c.as('owner1'), { confirm: true, reason: 'moved_out' }).expect(200);
      expect(res.body).toMatchObject({
        withdrawnBindings: 1,
        endedBindings: 1,
        kept: ['已投出的选票', '公共收益台账', '操作记录', '报修工单', '通知发送记录'],
      });
    });

    it('signs the person out everywhere: the access token, the refresh token and a new dev sign-in are refused', async () => {
      expect(
        (
          await t
            .req()
            .get('/api/v1/me')
            .set({ Authorization: `Bearer ${c.token('owner1')}` })
            .expect(401)
        ).body.error.code,
      ).toBe(ErrorCode.UNAUTHENTICATED);
      await t
        .req()
        .get('/api/v1/me/data')
        .set({ Authorization: `Bearer ${c.token('owner1')}` })
        .expect(401);
      await t.req().post('/api/v1/auth/refresh').send({ refreshToken }).expect(401);
      const again = await t.req().post('/api/v1/auth/dev/login').send({ personId: c.people.owner1 }).expect(401);
      expect(again.body.error.message).toBe('该账号已注销，无法登录');
    });

    it('keeps nothing personal in the person row: name 已注销用户, no phone, ID number or openid', async () => {
      const p = await personRow(c.people.owner1);
      expect(p).toMatchObject({
        name: '已注销用户',
        phone_enc: null,
        phone_hash: null,
        id_number_enc: null,
        openid: null,
      });
      expect(p.erased_at).toBeInstanceOf(Date);
      expect(JSON.stringify(p)).not.toMatch(/业主1|openid-owner1-erase/);
    });

    it('withdraws the pending request, ends the bound unit and clears the name and phone typed into requests', async () => {
      const rs = await ownerQuery('SELECT status, reason FROM residencies WHERE person_id = $1', [c.people.owner1]);
      expect(rs.map((r) => r.status)).toEqual(['removed', 'removed']);
      const claims = await ownerQuery(
        'SELECT claimed_name, claimed_phone_enc, claimed_phone_hash FROM binding_claims WHERE residency_id IN (SELECT id FROM residencies WHERE person_id = $1)',
        [c.people.owner1],
      );
      expect(claims).toEqual([{ claimed_name: '已注销用户', claimed_phone_enc: null, claimed_phone_hash: null }]);
      // The committee's list of requests shows who asked only as 已注销用户.
      const list = await t.req().get('/api/v1/bindings').set(c.as('chair')).expect(200);
      const mine = list.body.filter((b: { room: string }) => b.room === c.units[5].room);
      expect(mine).toEqual([
        expect.objectContaining({ status: 'removed', applicantName: '已注销用户', applicantPhone: null }),
      ]);
      // The person is no longer a resident of the community (ownership of the unit stays on the roster).
      await t.req().get('/api/v1/repairs').set(c.as('owner1')).expect(401);
    });

    it('shows others 已注销用户 on the old repair ticket, with no phone', async () => {
      for (const who of ['manager', 'chair', 'owner2']) {
        const res = await t.req().get(`/api/v1/repairs/${ticketId}`).set(c.as(who)).expect(200);
        expect(res.body.reporter).toEqual({ name: '已注销用户', phone: null });
        expect(res.body.timeline[0].actorName).toBe('已注销用户');
        expect(JSON.stringify(res.body)).not.toContain('业主1');
        expect(JSON.stringify(res.body)).not.toContain(phone);
      }
    });

    it('keeps the audit log, naming the person 已注销用户, with no personal data in the erasure entry', async () => {
      const log = await t.req().get('/api/v1/audit').set(c.as('chair')).expect(200);
      const theirs = log.body.items.filter((i: { action: string }) =>
        ['binding.requested', 'binding.withdrawn', 'binding.removed', 'repair.submit'].includes(i.action),
      );
      expect(theirs.length).toBeGreaterThanOrEqual(3);
      for (const i of theirs) expect(i.actorName).toBe('已注销用户');
      const [entry] = await ownerQuery(`SELECT * FROM audit_log WHERE action = 'person.erased' AND target_id = $1`, [
        c.people.owner1,
      ]);
      expect(entry.details).toEqual({ withdrawnBindings: 1, endedBindings: 1, reason: 'moved_out' });
      expect(JSON.stringify(entry)).not.toMatch(new RegExp(`业主1|${phone}|13812340001`));
    });

    it('a later WeChat sign-in with the same WeChat account is a new, empty person', async () => {
      fake.login('code-erased-0001', { openid: 'openid-owner1-erase' });
      const login = await t.req().post('/api/v1/auth/wechat/login').send({ code: 'code-erased-0001' }).expect(200);
      const data = await t
        .req()
        .get('/api/v1/me/data')
        .set({ Authorization: `Bearer ${login.body.accessToken}` })
        .expect(200);
      expect(data.body.person.id).not.toBe(c.people.owner1);
      expect(data.body.person).toMatchObject({ name: '微信用户', phone: null, idNumber: null });
      expect(data.body).toMatchObject({ ownerships: [], bindings: [], communities: [], roles: [] });
    });
  });

  describe('records kept by law', () => {
    it("keeps a cast ballot: the vote's chain still verifies with the same receipt", async () => {
      const clock = new TestClock(t);
      const c = await voteCommunity(t);
      const vote = await openVote(t, c, clock);
      const receipt = (
        await t
          .req()
          .post(`/api/v1/resolutions/${vote.id}/ballots`)
          .set(c.as('owner1'))
          .send({ choices: allChoices(vote, 'yes'), confirm: true })
          .expect(201)
      ).body.receipt;
      await erase(c.as('owner1')).expect(200);
      const verified = await t.req().get(`/api/v1/resolutions/${vote.id}/verify`).set(c.as('owner2')).expect(200);
      expect(verified.body).toMatchObject({ ok: true, length: 1 });
      const [ballot] = await ownerQuery('SELECT receipt FROM ballots WHERE resolution_id = $1', [vote.id]);
      expect(ballot.receipt).toBe(receipt);
    });

    it('keeps ledger postings a former committee member approved: the chain verifies and nothing names them', async () => {
      const c = await makeCommunity(t);
      const draft = (
        await t
          .req()
          .post('/api/v1/ledger/entries')
          .set(c.as('manager'))
          .send({
            kind: 'income',
            category: 'advertising',
            grossAmountYuan: '1200.00',
            counterparty: '某某传媒有限公司',
            contractRef: 'GG-2026-01',
          })
          .expect(201)
      ).body;
      await t.req().post(`/api/v1/ledger/entries/${draft.id}/submit`).set(c.as('manager')).send({}).expect(200);
      await t.req().post(`/api/v1/ledger/entries/${draft.id}/approve`).set(c.as('member4')).send({}).expect(200);
      // member4 resigns their seat (a chair can no longer remove a member); then member4 may leave.
      await t.req().post('/api/v1/committee/resign').set(c.as('member4')).expect(200);
      await erase(await freshToken(c.people.member4)).expect(200);

      expect((await t.req().get('/api/v1/ledger/verify').set(c.as('owner1')).expect(200)).body).toMatchObject({
        ok: true,
        length: 1,
      });
      const entry = await t.req().get(`/api/v1/ledger/entries/${draft.id}`).set(c.as('owner1')).expect(200);
      expect(entry.body.status).toBe('posted');
      expect(JSON.stringify(entry.body)).not.toContain('委员4');
      const log = await t.req().get('/api/v1/audit').set(c.as('chair')).expect(200);
      const approval = log.body.items.find(
        (i: { action: string; targetId: string }) => i.action === 'ledger.entry.post' && i.targetId === draft.id,
      );
      expect(approval?.actorName).toBe('已注销用户');
    });
  });

  describe('authorization', () => {
    let c: CommunityFixture;
    beforeAll(async () => {
      c = await makeCommunity(t);
    });

    it('refuses a committee member until the chair removes the role, and changes nothing', async () => {
      const res = await erase(c.as('member1')).expect(403);
      expect(res.body.error).toMatchObject({
        code: ErrorCode.FORBIDDEN,
        message: '您目前担任业委会委员，暂不能注销：请先请业委会主任移除该角色，再申请注销',
      });
      expect(await personRow(c.people.member1)).toMatchObject({ name: '委员1', erased_at: null });
      await t
        .req()
        .get('/api/v1/me')
        .set({ Authorization: `Bearer ${c.token('member1')}` })
        .expect(200);
    });

    it("refuses the property company's people until the chair removes their role", async () => {
      for (const who of ['manager', 'staff']) {
        const res = await erase(c.as(who)).expect(403);
        expect(res.body.error.message).toMatch(
          /^您目前担任(物业经理|物业工作人员)，暂不能注销：请先请业委会主任移除该角色/,
        );
      }
    });

    it('sends the chair (who cannot remove their own role) and officials to a platform administrator', async () => {
      for (const [who, label] of [
        ['chair', '业委会主任'],
        ['officer', '社区居委会工作人员'],
        ['regulator', '区住建局监管人员'],
      ]) {
        const res = await erase(c.as(who)).expect(403);
        expect(res.body.error.message).toBe(`您目前担任${label}，暂不能注销：请先请平台管理员移除该角色，再申请注销`);
      }
    });

    it('needs a signed-in person', async () => {
      await t.req().post('/api/v1/me/erasure').send({ confirm: true }).expect(401);
    });
  });

  describe('validation', () => {
    let c: CommunityFixture;
    beforeAll(async () => {
      c = await makeCommunity(t);
    });

    it.each([
      [{}, 'confirm'],
      [{ confirm: false }, 'confirm'],
      [{ confirm: 'true' }, 'confirm'],
      [{ confirm: true, reason: '我要走了' }, 'reason'],
      [{ confirm: true, name: '改名' }, 'name'],
    ])('refuses %j in Chinese, naming %s, and erases nothing', async (body, field) => {
      const res = await erase(c.as('owner2'), body).expect(400);
      expect(res.body.error.code).toBe(ErrorCode.VALIDATION_FAILED);
      expect(res.body.error.details.fields).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
      expect(res.body.error.message).toMatch(/[\u4e00-\u9fff]/);
      expect(await personRow(c.people.owner2)).toMatchObject({ name: '业主2', erased_at: null });
    });
  });
});
