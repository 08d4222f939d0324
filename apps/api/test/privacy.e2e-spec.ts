import { ErrorCode } from '@gongzhi/domain';
import { FieldCipher } from '../src/common/crypto.js';
import { makeCommunity, type CommunityFixture } from './factories.js';
import { ownerQuery, startTestApp, type TestApp } from './harness.js';

describe('personal data, audit read, roles and switching communities', () => {
  let t: TestApp;
  let c: CommunityFixture;
  let cipher: FieldCipher;
  const phoneOf = async (personId: string) => {
    const [p] = await ownerQuery<{ phone_enc: string }>('SELECT phone_enc FROM persons WHERE id = $1', [personId]);
    return cipher.decrypt(p.phone_enc);
  };
  beforeAll(async () => {
    t = await startTestApp();
    c = await makeCommunity(t);
    cipher = new FieldCipher(t.created.config.dataKey);
  });
  afterAll(async () => t.close());

  describe('personal data', () => {
    it('shows the person everything held about them, their own numbers in full', async () => {
      await ownerQuery(`UPDATE persons SET id_number_enc = $2, openid = 'openid-owner1-secret' WHERE id = $1`, [
        c.people.owner1,
        cipher.encrypt('11010519491231002X'),
      ]);
      const res = await t
        .req()
        .get('/api/v1/me/data')
        .set({ Authorization: `Bearer ${c.token('owner1')}` })
        .expect(200);
      const phone = await phoneOf(c.people.owner1);
      expect(res.body.person).toMatchObject({
        id: c.people.owner1,
        name: '业主1',
        phone,
        phoneMasked: `${phone.slice(0, 3)}****${phone.slice(7)}`,
        idNumber: '11010519491231002X',
        idNumberMasked: '110***********002X',
        wechatLinked: true,
      });
      expect(res.body.ownerships).toEqual([
        expect.objectContaining({
          building: '1幢',
          entrance: '1单元',
          room: '101',
          area: '80.00',
          areaSource: 'registered',
          designatedVoter: true,
        }),
      ]);
      expect(res.body.bindings).toEqual([
        expect.objectContaining({ relation: 'owner', status: 'approved', room: '101' }),
      ]);
      expect(res.body.communities).toEqual([expect.objectContaining({ communityId: c.communityId })]);
      expect(JSON.stringify(res.body)).not.toContain('openid-owner1-secret');
    });

    it('lists audit entries about the person', async () => {
      await t
        .req()
        .post('/api/v1/bindings')
        .set({ Authorization: `Bearer ${c.token('owner2')}`, 'X-Community-Id': c.communityId })
        .send({
          building: '1幢',
          entrance: '1单元',
          room: c.units[5].room,
          name: '业主2',
          phone: '13812349999',
          relation: 'tenant',
        })
        .expect(201);
      const res = await t
        .req()
        .get('/api/v1/me/data')
        .set({ Authorization: `Bearer ${c.token('owner2')}` })
        .expect(200);
      expect(res.body.auditEntries).toEqual(
        expect.arrayContaining([expect.objectContaining({ action: 'binding.requested', byYou: true })]),
      );
      expect(res.body.bindings).toEqual(
        expect.arrayContaining([expect.objectContaining({ status: 'pending', applicantPhone: '13812349999' })]),
      );
    });

    it('exports the same as a JSON file to download', async () => {
      const res = await t
        .req()
        .get('/api/v1/me/data.json')
        .set({ Authorization: `Bearer ${c.token('owner1')}` })
        .expect(200);
      expect(res.headers['content-disposition']).toMatch(/^attachment; filename="gongzhi-my-data-\d{8}\.json"$/);
      expect(res.body.person.id).toBe(c.people.owner1);
    });

    it('needs a signed-in person', async () => {
      await t.req().get('/api/v1/me/data').expect(401);
    });
  });

  describe('audit read', () => {
    it('shows the committee and the district regulator the community log, newest first, page by page', async () => {
      const ask = (who: string, relation: string) =>
        t
          .req()
          .post('/api/v1/bindings')
          .set({ Authorization: `Bearer ${c.token(who)}`, 'X-Community-Id': c.communityId })
          .send({
            building: '1幢',
            entrance: '1单元',
            room: c.units[4].room,
            name: '某人',
            phone: '13812348888',
            relation,
          });
      const older = (await ask('owner3', 'family').expect(201)).body.id;
      const newer = (await ask('owner4', 'tenant').expect(201)).body.id;
      const first = await t.req().get('/api/v1/audit?limit=1').set(c.as('chair')).expect(200);
      expect(first.body.items).toEqual([
        expect.objectContaining({ action: 'binding.requested', targetId: newer, actorName: '业**', byYou: false }),
      ]);
      const next = await t
        .req()
        .get(`/api/v1/audit?limit=50&before=${first.body.nextBefore}`)
        .set(c.as('regulator'))
        .expect(200);
      expect(next.body.items[0]).toMatchObject({ action: 'binding.requested', targetId: older });
      expect(next.body.nextBefore).toBeNull();
      expect(JSON.stringify([first.body, next.body])).not.toMatch(/(?<![\w-])1[3-9]\d{9}(?![\w-])/);
    });

    it("does not show another community's entries", async () => {
      const other = await makeCommunity(t);
      const res = await t.req().get('/api/v1/audit').set(other.as('chair')).expect(200);
      expect(res.body.items).toEqual([]);
    });

    it('is closed to owners, property staff and strangers', async () => {
      for (const who of ['owner1', 'tenant', 'manager', 'staff', 'stranger'])
        await t.req().get('/api/v1/audit').set(c.as(who)).expect(403);
    });

    it('refuses a bad page size in Chinese', async () => {
      const res = await t.req().get('/api/v1/audit?limit=1000&before=abc').set(c.as('chair')).expect(400);
      const fields = Object.fromEntries(
        res.body.error.details.fields.map((f: { field: string; messages: string[] }) => [f.field, f.messages]),
      );
      expect(fields).toEqual({ limit: ['每页最多 200 条'], before: ['翻页参数 before 必须是记录编号'] });
    });
  });

  describe('roles', () => {
    const roleCount = async () =>
      (await ownerQuery<{ n: number }>('SELECT count(*)::int AS n FROM role_assignments'))[0].n;

    it('the property manager gives a property role by phone: it works at once, nobody is signed out, audited', async () => {
      const phone = await phoneOf(c.people.owner3);
      const oldToken = c.token('owner3');
      const res = await t
        .req()
        .post('/api/v1/roles')
        .set(c.as('manager'))
        .send({ phone, name: '业主3', role: 'property_manager' })
        .expect(201);
      expect(res.body).toMatchObject({
        role: 'property_manager',
        roleLabel: '物业经理',
        name: '业主3',
        phoneMasked: `${phone.slice(0, 3)}****${phone.slice(7)}`,
      });
      // Roles are read on every request: the same token has the new role at once.
      await t
        .req()
        .get('/api/v1/bindings?status=pending')
        .set({ Authorization: `Bearer ${oldToken}`, 'X-Community-Id': c.communityId })
        .expect(200);
      const login = await t.req().post('/api/v1/auth/dev/login').send({ personId: c.people.owner3 }).expect(200);
      const headers = { Authorization: `Bearer ${login.body.accessToken}`, 'X-Community-Id': c.communityId };
      await t.req().get('/api/v1/roles').set(headers).expect(200);
      const [a] = await ownerQuery(`SELECT action, details FROM audit_log WHERE target_id = $1`, [res.body.id]);
      expect(a).toEqual({ action: 'role.assigned', details: { role: 'property_manager' } });

      // The other manager removes it: revoked again and the role is gone.
      await t.req().delete(`/api/v1/roles/${res.body.id}`).set(c.as('manager')).expect(200);
      await t.req().get('/api/v1/me').set('Authorization', `Bearer ${login.body.accessToken}`).expect(401);
      const again = await t.req().post('/api/v1/auth/dev/login').send({ personId: c.people.owner3 }).expect(200);
      await t
        .req()
        .get('/api/v1/roles')
        .set({ Authorization: `Bearer ${again.body.accessToken}`, 'X-Community-Id': c.communityId })
        .expect(403);
    });

    it("insider attack: a manager learns the name behind any phone and signs that person out — another community's phone finds nobody, reveals no name, signs nobody out", async () => {
      const other = await makeCommunity(t);
      const phone = await phoneOf(other.people.owner1);
      const [{ name: realName }] = await ownerQuery(`SELECT name FROM persons WHERE id = $1`, [other.people.owner1]);
      const victimToken = other.token('owner1');
      const res = await t
        .req()
        .post('/api/v1/roles')
        .set(c.as('manager'))
        .send({ phone, name: '随便写', role: 'property_staff' })
        .expect(201);
      expect(res.body.name).toBe('随便写');
      expect(res.body.name).not.toBe(realName);
      await t.req().get('/api/v1/me').set('Authorization', `Bearer ${victimToken}`).expect(200);
      // The victim got no role here: a new record under the typed name holds it.
      const held = await ownerQuery(`SELECT person_id FROM role_assignments WHERE id = $1`, [res.body.id]);
      expect(held[0]!.person_id).not.toBe(other.people.owner1);
      await t.req().delete(`/api/v1/roles/${res.body.id}`).set(c.as('manager')).expect(200);
      await t.req().get('/api/v1/me').set('Authorization', `Bearer ${victimToken}`).expect(200);
    });

    it('a platform administrator may assign roles in any community', async () => {
      const d = await makeCommunity(t);
      await ownerQuery(`INSERT INTO role_assignments (person_id, role) VALUES ($1, 'platform_admin')`, [
        d.people.stranger,
      ]);
      const res = await t
        .req()
        .post('/api/v1/roles')
        .set(c.as('stranger', c.communityId))
        .set('Authorization', `Bearer ${d.token('stranger')}`)
        .send({ phone: '13811112222', name: '新经理', role: 'property_manager' })
        .expect(201);
      expect(res.body).toMatchObject({ role: 'property_manager', name: '新经理', phoneMasked: '138****2222' });
    });

    it('the chair, members, staff and owners cannot change property roles; nobody changes committee roles', async () => {
      const before = await roleCount();
      for (const who of ['chair', 'member1', 'staff', 'owner1', 'stranger']) {
        await t
          .req()
          .post('/api/v1/roles')
          .set(c.as(who))
          .send({ phone: '13811113333', name: '某人', role: 'property_staff' })
          .expect(403);
      }
      for (const who of ['chair', 'manager'])
        await t
          .req()
          .post('/api/v1/roles')
          .set(c.as(who))
          .send({ phone: '13811113333', name: '某人', role: 'committee_member' })
          .expect(403);
      const [ra] = await ownerQuery<{ id: string }>(`SELECT id FROM role_assignments WHERE person_id = $1`, [
        c.people.member2,
      ]);
      for (const who of ['member1', 'chair', 'manager'])
        await t.req().delete(`/api/v1/roles/${ra.id}`).set(c.as(who)).expect(403);
      expect(await roleCount()).toBe(before);
    });

    it('a role of another community answers 404; the manager cannot remove their own manager role', async () => {
      const other = await makeCommunity(t);
      const [theirs] = await ownerQuery<{ id: string }>(`SELECT id FROM role_assignments WHERE person_id = $1`, [
        other.people.staff,
      ]);
      await t.req().delete(`/api/v1/roles/${theirs.id}`).set(c.as('manager')).expect(404);
      const [own] = await ownerQuery<{ id: string }>(`SELECT id FROM role_assignments WHERE person_id = $1`, [
        c.people.manager,
      ]);
      const res = await t.req().delete(`/api/v1/roles/${own.id}`).set(c.as('manager')).expect(409);
      expect(res.body.error.message).toMatch(/不能移除自己的物业经理角色/);
    });

    it('refuses an unknown role or a bad phone in Chinese and changes nothing', async () => {
      const before = await roleCount();
      const res = await t
        .req()
        .post('/api/v1/roles')
        .set(c.as('manager'))
        .send({ phone: '123', name: '', role: 'regulator' })
        .expect(400);
      const fields = Object.fromEntries(
        res.body.error.details.fields.map((f: { field: string; messages: string[] }) => [f.field, f.messages[0]]),
      );
      expect(fields).toEqual({
        phone: '手机号格式不正确，请填写 11 位手机号',
        name: '请填写姓名（最多 50 字）',
        role: '只能任命业委会主任、业委会委员、物业经理或物业工作人员',
      });
      expect(await roleCount()).toBe(before);
    });

    it('refuses appointing the same person to the same role twice', async () => {
      const phone = await phoneOf(c.people.staff);
      const res = await t
        .req()
        .post('/api/v1/roles')
        .set(c.as('manager'))
        .send({ phone, name: '维修工', role: 'property_staff' })
        .expect(409);
      expect(res.body.error.message).toBe('该人员已经是物业工作人员');
    });
  });

  describe('switching the active community', () => {
    it("a person with roles in two communities acts in each only with that community's roles", async () => {
      const a = await makeCommunity(t);
      const b = await makeCommunity(t);
      // a's chair also owns a unit in b.
      await ownerQuery(`INSERT INTO ownerships (community_id, unit_id, person_id) VALUES ($1, $2, $3)`, [
        b.communityId,
        b.units[5].id,
        a.people.chair,
      ]);
      const token = a.token('chair');
      const me = await t.req().get('/api/v1/me').set('Authorization', `Bearer ${token}`).expect(200);
      const roles = Object.fromEntries(
        me.body.communities.map((m: { communityId: string; roles: string[] }) => [m.communityId, m.roles]),
      );
      expect(roles).toEqual({ [a.communityId]: ['committee_chair'], [b.communityId]: ['owner'] });
      const inA = { Authorization: `Bearer ${token}`, 'X-Community-Id': a.communityId };
      const inB = { Authorization: `Bearer ${token}`, 'X-Community-Id': b.communityId };
      await t.req().get('/api/v1/bindings?status=pending').set(inA).expect(200);
      await t.req().get('/api/v1/bindings?status=pending').set(inB).expect(403);
      await t.req().get('/api/v1/audit').set(inA).expect(200);
      await t.req().get('/api/v1/audit').set(inB).expect(403);
      await t.req().get('/api/v1/roster/export.xlsx').set(inB).expect(403);
      await t
        .req()
        .post('/api/v1/roles')
        .set(inB)
        .send({ phone: '13822223333', name: '某人', role: 'committee_member' })
        .expect(403);
      // A community where the person holds nothing.
      const none = await makeCommunity(t);
      const res = await t
        .req()
        .get('/api/v1/audit')
        .set({ Authorization: `Bearer ${token}`, 'X-Community-Id': none.communityId })
        .expect(403);
      expect(res.body.error.code).toBe(ErrorCode.FORBIDDEN);
    });
  });
});
