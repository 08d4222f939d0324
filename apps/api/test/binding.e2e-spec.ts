import { ErrorCode } from '@gongzhi/domain';
import { randomUUID } from 'node:crypto';
import { FieldCipher } from '../src/common/crypto.js';
import { makeCommunity, type CommunityFixture } from './factories.js';
import { ownerQuery, startTestApp, type TestApp } from './harness.js';

describe('unit bindings', () => {
  let t: TestApp;
  let c: CommunityFixture;
  let cipher: FieldCipher;
  const auth = (fx: CommunityFixture, who: string) => ({ Authorization: `Bearer ${fx.token(who)}` });
  const ask = (fx: CommunityFixture, who: string, body: Record<string, unknown>, communityId = fx.communityId) =>
    t
      .req()
      .post('/api/v1/bindings')
      .set({ ...auth(fx, who), 'X-Community-Id': communityId })
      .send(body);
  const phoneOf = async (personId: string) => {
    const [p] = await ownerQuery<{ phone_enc: string }>('SELECT phone_enc FROM persons WHERE id = $1', [personId]);
    return cipher.decrypt(p.phone_enc);
  };
  const residencyCount = async () =>
    (await ownerQuery<{ n: number }>('SELECT count(*)::int AS n FROM residencies'))[0].n;

  beforeAll(async () => {
    t = await startTestApp();
    c = await makeCommunity(t);
    cipher = new FieldCipher(t.created.config.dataKey);
  });
  afterAll(async () => t.close());

  describe('behaviour', () => {
    it('approves at once an owner whose verified phone is the roster owner phone of the unit', async () => {
      // The stranger's verified phone is the one the roster lists for unit 5.
      await ownerQuery(`INSERT INTO ownerships (community_id, unit_id, person_id) VALUES ($1, $2, $3)`, [
        c.communityId,
        c.units[5].id,
        c.people.stranger,
      ]);
      const phone = await phoneOf(c.people.stranger);
      const res = await ask(c, 'stranger', {
        building: '1幢',
        entrance: '1单元',
        room: c.units[5].room,
        name: '路人',
        phone,
        relation: 'owner',
      }).expect(201);
      expect(res.body).toMatchObject({
        status: 'approved',
        autoApproved: true,
        relation: 'owner',
        // Approved on the caller's own verified number; the typed phone is still neither confirmed nor denied.
        matchesRoster: false,
        applicantPhone: phone,
      });
      const me = await t.req().get('/api/v1/me').set(auth(c, 'stranger')).expect(200);
      expect(me.body.communities[0].roles).toEqual(expect.arrayContaining(['owner', 'resident']));
    });

    it('a typed phone that matches the roster is not proof: without the verified number the request waits', async () => {
      const d = await makeCommunity(t);
      const ownerPhone = await phoneOf(d.people.owner2);
      const res = await ask(d, 'stranger', {
        building: '1幢',
        entrance: '1单元',
        room: d.units[1].room,
        name: '冒名',
        phone: ownerPhone,
        relation: 'owner',
      }).expect(201);
      expect(res.body).toMatchObject({ status: 'pending', autoApproved: false, matchesRoster: false });
      // The reviewers, who hold the roster, see that the typed number is the roster's.
      const pending = await t.req().get('/api/v1/bindings?status=pending').set(d.as('chair')).expect(200);
      expect(pending.body.find((b: { id: string }) => b.id === res.body.id)).toMatchObject({ matchesRoster: true });
    });

    it('insider attack: anyone signed in turns a phone number into a home — the answer no longer says whether a typed phone is on the roster', async () => {
      const d = await makeCommunity(t);
      const ownerPhone = await phoneOf(d.people.owner3);
      const answers: unknown[] = [];
      // The attacker tries the same phone against two rooms: one it owns on the roster, one it does not.
      for (const unit of [d.units[2], d.units[3]]) {
        const res = await ask(d, 'stranger', {
          building: '1幢',
          entrance: '1单元',
          room: unit!.room,
          name: '探测',
          phone: ownerPhone,
          relation: 'owner',
        }).expect(201);
        const { id: _id, room: _room, createdAt: _at, ...rest } = res.body;
        answers.push(rest);
      }
      expect(answers[0]).toEqual(answers[1]);
      const mine = await t.req().get('/api/v1/bindings/mine').set(auth(d, 'stranger')).expect(200);
      expect(mine.body.every((b: { matchesRoster: boolean }) => b.matchesRoster === false)).toBe(true);
    });

    it('a family member waits for the committee, who sees the phone masked, approves, and the resident sees it', async () => {
      const req = await ask(c, 'member1', {
        building: '1幢',
        entrance: '1单元',
        room: c.units[1].room,
        name: '委员1',
        phone: '13812340001',
        relation: 'family',
      }).expect(201);
      expect(req.body).toMatchObject({ status: 'pending', applicantPhone: '13812340001', relation: 'family' });
      const pending = await t.req().get('/api/v1/bindings?status=pending').set(c.as('chair')).expect(200);
      const mine = pending.body.find((b: { id: string }) => b.id === req.body.id);
      expect(mine).toMatchObject({ applicantName: '委员1', applicantPhone: '138****0001', matchesRoster: false });
      // Approving adds a role: the applicant's existing token keeps working.
      const token = c.token('member1');
      const approved = await t.req().post(`/api/v1/bindings/${req.body.id}/approve`).set(c.as('manager')).expect(200);
      expect(approved.body.status).toBe('approved');
      const me = await t.req().get('/api/v1/bindings/mine').set('Authorization', `Bearer ${token}`).expect(200);
      expect(me.body.find((b: { id: string }) => b.id === req.body.id)).toMatchObject({
        status: 'approved',
        decidedAt: expect.any(String),
      });
      const audit = await ownerQuery(`SELECT action FROM audit_log WHERE target_id = $1 ORDER BY id`, [req.body.id]);
      expect(audit.map((a) => a.action)).toEqual(['binding.requested', 'binding.approved']);
    });

    it('a rejected request shows the reason to the resident', async () => {
      const req = await ask(c, 'member2', {
        building: '1幢',
        entrance: '1单元',
        room: c.units[2].room,
        name: '委员2',
        phone: '13812340002',
        relation: 'tenant',
      }).expect(201);
      await t
        .req()
        .post(`/api/v1/bindings/${req.body.id}/reject`)
        .set(c.as('chair'))
        .send({ reason: '租赁合同已过期，请上传新合同' })
        .expect(200);
      const mine = await t.req().get('/api/v1/bindings/mine').set(auth(c, 'member2')).expect(200);
      expect(mine.body[0]).toMatchObject({
        id: req.body.id,
        status: 'rejected',
        reason: '租赁合同已过期，请上传新合同',
      });
      // A decided request cannot be decided again.
      const again = await t.req().post(`/api/v1/bindings/${req.body.id}/approve`).set(c.as('chair')).expect(409);
      expect(again.body.error).toMatchObject({
        code: ErrorCode.ILLEGAL_TRANSITION,
        details: { currentStatus: 'rejected' },
      });
    });

    it('removing a binding takes the role away and signs the person out', async () => {
      const d = await makeCommunity(t);
      const [r] = await ownerQuery<{ id: string }>(`SELECT id FROM residencies WHERE person_id = $1`, [
        d.people.tenant,
      ]);
      await t.req().get('/api/v1/me').set(d.as('tenant')).expect(200);
      const res = await t
        .req()
        .delete(`/api/v1/bindings/${r.id}`)
        .set(d.as('member3'))
        .send({ reason: '租期结束' })
        .expect(200);
      expect(res.body).toMatchObject({ status: 'removed', reason: '租期结束' });
      await t.req().get('/api/v1/me').set(d.as('tenant')).expect(401);
    });

    it('refuses a second request for the same unit while one is open', async () => {
      const body = {
        building: '1幢',
        entrance: '1单元',
        room: c.units[3].room,
        name: '委员3',
        phone: '13812340003',
        relation: 'family',
      };
      await ask(c, 'member3', body).expect(201);
      const before = await residencyCount();
      const res = await ask(c, 'member3', body).expect(409);
      expect(res.body.error.code).toBe(ErrorCode.BINDING_DUPLICATE);
      expect(await residencyCount()).toBe(before);
    });

    it('answers the first result again for a retried request with the same Idempotency-Key', async () => {
      const key = `bind-${randomUUID()}`;
      const body = {
        building: '1幢',
        entrance: '1单元',
        room: c.units[4].room,
        name: '委员4',
        phone: '13812340004',
        relation: 'family',
      };
      const first = await ask(c, 'member4', body).set('Idempotency-Key', key).expect(201);
      const second = await ask(c, 'member4', body).set('Idempotency-Key', key).expect(201);
      expect(second.body.id).toBe(first.body.id);
    });
  });

  describe('authorization', () => {
    it('a request for a community that does not exist answers 404', async () => {
      const res = await ask(
        c,
        'stranger',
        { building: '1幢', room: '101', name: '路人', phone: '13812340009', relation: 'tenant' },
        randomUUID(),
      ).expect(404);
      expect(res.body.error.code).toBe(ErrorCode.NOT_FOUND);
    });

    it("a binding of another community answers 404 to this community's committee", async () => {
      const other = await makeCommunity(t);
      const req = await ask(other, 'stranger', {
        building: '1幢',
        entrance: '1单元',
        room: other.units[4].room,
        name: '路人',
        phone: '13812340010',
        relation: 'tenant',
      }).expect(201);
      const res = await t.req().post(`/api/v1/bindings/${req.body.id}/approve`).set(c.as('chair')).expect(404);
      expect(res.body.error.code).toBe(ErrorCode.NOT_FOUND);
      await t.req().delete(`/api/v1/bindings/${req.body.id}`).set(c.as('chair')).expect(404);
      const list = await t.req().get('/api/v1/bindings').set(c.as('chair')).expect(200);
      expect(list.body.map((b: { id: string }) => b.id)).not.toContain(req.body.id);
      const [row] = await ownerQuery(`SELECT status FROM residencies WHERE id = $1`, [req.body.id]);
      expect(row).toEqual({ status: 'pending' });
    });

    it('a stranger, an owner or property staff cannot see, approve or reject requests', async () => {
      const d = await makeCommunity(t);
      const req = await ask(d, 'stranger', {
        building: '1幢',
        entrance: '1单元',
        room: d.units[5].room,
        name: '路人',
        phone: '13812340011',
        relation: 'tenant',
      }).expect(201);
      for (const who of ['stranger', 'owner1', 'tenant', 'staff']) {
        await t.req().get('/api/v1/bindings?status=pending').set(d.as(who)).expect(403);
        await t.req().post(`/api/v1/bindings/${req.body.id}/approve`).set(d.as(who)).expect(403);
        await t
          .req()
          .post(`/api/v1/bindings/${req.body.id}/reject`)
          .set(d.as(who))
          .send({ reason: '不批准' })
          .expect(403);
      }
      // The property manager reviews requests but cannot end a binding.
      await t.req().delete(`/api/v1/bindings/${req.body.id}`).set(d.as('manager')).expect(403);
      const [row] = await ownerQuery(`SELECT status FROM residencies WHERE id = $1`, [req.body.id]);
      expect(row).toEqual({ status: 'pending' });
    });

    it('asking needs a signed-in person', async () => {
      await t.req().post('/api/v1/bindings').set('X-Community-Id', c.communityId).send({}).expect(401);
    });
  });

  describe('validation', () => {
    it('refuses bad input with Chinese field errors and writes nothing', async () => {
      const before = await residencyCount();
      const res = await ask(c, 'stranger', {
        building: '',
        room: '101',
        name: '路人',
        phone: '12345',
        relation: 'landlord',
        extra: 1,
      }).expect(400);
      expect(res.body.error.code).toBe(ErrorCode.VALIDATION_FAILED);
      const fields = Object.fromEntries(
        res.body.error.details.fields.map((f: { field: string; messages: string[] }) => [f.field, f.messages[0]]),
      );
      expect(fields).toEqual({
        building: '请填写楼栋（最多 50 字）',
        phone: '手机号格式不正确，请填写 11 位手机号',
        relation: '请选择与房屋的关系：业主本人、家庭成员或租户',
        extra: '不允许提交此字段',
      });
      expect(await residencyCount()).toBe(before);
    });

    it('names an unknown room in Chinese', async () => {
      const res = await ask(c, 'stranger', {
        building: '1幢',
        entrance: '1单元',
        room: '9999',
        name: '路人',
        phone: '13812340012',
        relation: 'tenant',
      }).expect(404);
      expect(res.body.error.message).toBe('没有找到这套房屋，请核对楼栋、单元和房号（与房产证一致）');
    });

    it('a rejection needs a reason', async () => {
      const req = await ask(c, 'officer', {
        building: '1幢',
        entrance: '1单元',
        room: c.units[5].room,
        name: '社区干部',
        phone: '13812340013',
        relation: 'tenant',
      }).expect(201);
      const res = await t.req().post(`/api/v1/bindings/${req.body.id}/reject`).set(c.as('chair')).send({}).expect(400);
      expect(res.body.error.details.fields).toEqual([
        { field: 'reason', messages: expect.arrayContaining(['请填写驳回理由（2–200 字），申请人会看到']) },
      ]);
      const [row] = await ownerQuery(`SELECT status FROM residencies WHERE id = $1`, [req.body.id]);
      expect(row).toEqual({ status: 'pending' });
    });
  });
});
