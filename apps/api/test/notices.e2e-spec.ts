import { ErrorCode } from '@gongzhi/domain';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { WechatFake, WXACODE_PNG } from './fakes/wechat-fake.js';
import { makeCommunity, type CommunityFixture } from './factories.js';
import { appRoleQuery, ownerQuery, startTestApp, type TestApp } from './harness.js';

/**
 * Notices (通知公告, issue 23): immutable once published, pin/extend as events, reach in households against the
 * roster, acknowledgement and reminders, the PII refusal, the committee's decision, the poster's 小程序码, the board.
 */
describe('notices', () => {
  let t: TestApp;
  let c: CommunityFixture;
  const fake = new WechatFake();

  beforeAll(async () => {
    const base = await fake.start();
    t = await startTestApp({
      ...fake.env(base),
      FILES_DIR: mkdtempSync(path.join(os.tmpdir(), 'gongzhi-notices-')),
    });
    c = await makeCommunity(t);
  });
  afterAll(async () => {
    await t.close();
    await fake.stop();
  });

  const later = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();
  const draft = async (who: string, body: Record<string, unknown>, f: CommunityFixture = c) => {
    const res = await t.req().post('/api/v1/notices').set(f.as(who)).send(body);
    if (res.status !== 201) throw new Error(`draft answered ${res.status}: ${JSON.stringify(res.body)}`);
    return res.body.id as string;
  };
  const publish = async (who: string, draftId: string, f: CommunityFixture = c) => {
    const res = await t.req().post(`/api/v1/notices/drafts/${draftId}/publish`).set(f.as(who));
    if (res.status !== 200) throw new Error(`publish answered ${res.status}: ${JSON.stringify(res.body)}`);
    return res.body as { id: string; hash: string; displayUntil: string };
  };
  const notice = async (who: string, body: Record<string, unknown>, f: CommunityFixture = c) =>
    publish(who, await draft(who, body, f), f);
  const general = { type: 'general', title: '楼道清洁安排', body: '本周六上午清洁1幢楼道，请勿在楼道堆放杂物。' };
  const reach = async (id: string, f: CommunityFixture = c) =>
    (await t.req().get(`/api/v1/notices/${id}/reach`).set(f.as('manager')).expect(200)).body;
  const messages = async (who: string, kind: string, f: CommunityFixture = c) =>
    (await t.req().get('/api/v1/messages?limit=100').set(f.as(who)).expect(200)).body.items.filter(
      (m: { kind: string }) => m.kind === kind,
    );
  const upload = async (who: string, file: Buffer, contentType: string, name: string) =>
    (
      await t
        .req()
        .post('/api/v1/files')
        .set(c.as(who))
        .field('purpose', 'notice_attachment')
        .attach('file', file, { filename: name, contentType })
        .expect(201)
    ).body.id as string;
  const photo = () =>
    sharp({ create: { width: 64, height: 48, channels: 3, background: { r: 30, g: 120, b: 60 } } })
      .jpeg()
      .toBuffer();

  describe('publishing and immutability', () => {
    it('publishes a notice into the chain and tells every household of the audience in the inbox', async () => {
      const n = await notice('manager', general);
      expect(n.hash).toMatch(/^[0-9a-f]{64}$/);
      const detail = (await t.req().get(`/api/v1/notices/${n.id}`).set(c.as('tenant')).expect(200)).body;
      expect(detail).toMatchObject({ title: '楼道清洁安排', publisher: '物业', typeLabel: '一般通知', current: true });
      for (const who of ['owner1', 'owner4', 'tenant'])
        expect(
          (await messages(who, 'notice.published')).some((m: { title: string }) => m.title.includes('楼道清洁安排')),
        ).toBe(true);
      expect(await messages('member1', 'notice.published')).toHaveLength(0); // not a household of the community
    });

    it('has no route that edits or deletes a notice, and the database refuses the API role an update', async () => {
      const n = await notice('manager', { ...general, title: '不能修改的通知' });
      for (const method of ['put', 'patch', 'delete'] as const)
        await t.req()[method](`/api/v1/notices/${n.id}`).set(c.as('manager')).send({ title: '改过的' }).expect(404);
      await expect(appRoleQuery(`UPDATE notices SET title = '改过的' WHERE id = $1`, [n.id])).rejects.toThrow(
        /permission denied/,
      );
      await expect(appRoleQuery(`DELETE FROM notices WHERE id = $1`, [n.id])).rejects.toThrow(/permission denied/);
      await expect(appRoleQuery(`DELETE FROM notice_events WHERE notice_id = $1`, [n.id])).rejects.toThrow(
        /permission denied/,
      );
      const [row] = await ownerQuery(`SELECT title FROM notices WHERE id = $1`, [n.id]);
      expect(row!.title).toBe('不能修改的通知');
    });

    it('refuses publishing a draft twice (the draft is spent) and links notices by hash, seq 1, 2, 3…', async () => {
      const f = await makeCommunity(t);
      const d = await draft('manager', general, f);
      const first = await publish('manager', d, f);
      const again = await t.req().post(`/api/v1/notices/drafts/${d}/publish`).set(f.as('manager')).expect(409);
      expect(again.body.error.code).toBe(ErrorCode.ILLEGAL_TRANSITION);
      const second = await notice('manager', { ...general, title: '第二份' }, f);
      const rows = await ownerQuery(
        `SELECT id, seq::text AS seq, prev_hash, hash FROM notices WHERE community_id = $1 ORDER BY seq`,
        [f.communityId],
      );
      expect(rows.map((r) => r.seq)).toEqual(['1', '2']);
      expect(rows[1]!.prev_hash).toBe(first.hash);
      expect(rows[1]!.id).toBe(second.id);
    });

    it('verifies the chain and names a notice changed behind the API (as the schema owner)', async () => {
      const f = await makeCommunity(t);
      await notice('manager', general, f);
      const second = await notice(
        'manager',
        {
          type: 'outage',
          title: '停水通知',
          body: '明天上午检修水管，1幢停水。',
          outage: { startsAt: later(1), endsAt: later(1.2), callerText: '水管检修，预计中午恢复' },
        },
        f,
      ); // its outage is jsonb: the hash must survive PostgreSQL's key order
      await notice('manager', { ...general, title: '第三份' }, f);
      const ok = (await t.req().get('/api/v1/notices/verify').set(f.as('owner1')).expect(200)).body;
      expect(ok).toMatchObject({ ok: true, length: 3 });
      await ownerQuery(`UPDATE notices SET body = '被改过' WHERE id = $1`, [second.id]);
      const broken = (await t.req().get('/api/v1/notices/verify').set(f.as('owner1')).expect(200)).body;
      expect(broken).toMatchObject({ ok: false, brokenAtSeq: '2', noticeId: second.id });
      expect(broken.reason).toContain('内容被修改');
    });

    it('lets only the publishers of a type publish it', async () => {
      const refuse = async (who: string, body: Record<string, unknown>) =>
        expect((await t.req().post('/api/v1/notices').set(c.as(who)).send(body)).status).toBe(403);
      await refuse('owner1', general);
      await refuse('manager', { ...general, type: 'meeting' });
      await refuse('member1', {
        ...general,
        type: 'outage',
        outage: { startsAt: later(1), endsAt: later(2), callerText: '水管检修' },
      });
    });

    it('a correction is a new notice citing the old; a withdrawal takes the old off display; both stay visible', async () => {
      const old = await notice('manager', { ...general, title: '停车收费调整' });
      const fix = await notice('manager', {
        ...general,
        title: '更正：停车收费调整',
        citesNoticeId: old.id,
        citeKind: 'correction',
      });
      let o = (await t.req().get(`/api/v1/notices/${old.id}`).set(c.as('owner1')).expect(200)).body;
      expect(o.citedBy).toEqual([{ id: fix.id, title: '更正：停车收费调整', citeKind: 'correction' }]);
      expect(o.current).toBe(true);
      const f = (await t.req().get(`/api/v1/notices/${fix.id}`).set(c.as('owner1')).expect(200)).body;
      expect(f.cites).toEqual({ id: old.id, title: '停车收费调整', citeKind: 'correction' });
      await notice('manager', {
        ...general,
        title: '撤回：停车收费调整',
        citesNoticeId: old.id,
        citeKind: 'withdrawal',
      });
      o = (await t.req().get(`/api/v1/notices/${old.id}`).set(c.as('owner1')).expect(200)).body;
      expect(o).toMatchObject({ withdrawn: true, current: false });
      const bad = await t
        .req()
        .post('/api/v1/notices')
        .set(c.as('manager'))
        .send({ ...general, citesNoticeId: old.id });
      expect(bad.status).toBe(400);
    });
  });

  describe('pin and extend are events', () => {
    it('pins, unpins and extends without touching the notice; the end only moves later', async () => {
      const n = await notice('manager', { ...general, title: '置顶测试', displayUntil: later(5) });
      const pinned = await t.req().post(`/api/v1/notices/${n.id}/pin`).set(c.as('manager')).send({ pinned: true });
      expect(pinned.status).toBe(200);
      expect(pinned.body.pinned).toBe(true);
      const list = (await t.req().get('/api/v1/notices').set(c.as('owner1')).expect(200)).body.items;
      expect(list[0].id).toBe(n.id);
      const shorter = await t
        .req()
        .post(`/api/v1/notices/${n.id}/extend`)
        .set(c.as('manager'))
        .send({ displayUntil: later(3) });
      expect(shorter.status).toBe(400);
      const to = later(20);
      const ext = await t.req().post(`/api/v1/notices/${n.id}/extend`).set(c.as('manager')).send({ displayUntil: to });
      expect(ext.status).toBe(200);
      expect(ext.body.displayUntil).toBe(to);
      await t.req().post(`/api/v1/notices/${n.id}/pin`).set(c.as('manager')).send({ pinned: false }).expect(200);
      const events = await ownerQuery(`SELECT kind FROM notice_events WHERE notice_id = $1 ORDER BY created_at, id`, [
        n.id,
      ]);
      expect(events.map((e) => e.kind)).toEqual(['pin', 'extend', 'unpin']);
      const [row] = await ownerQuery(`SELECT display_until, hash FROM notices WHERE id = $1`, [n.id]);
      expect(new Date(row!.display_until).toISOString()).toBe(n.displayUntil);
      expect(row!.hash).toBe(n.hash);
      // a resident cannot pin
      await t.req().post(`/api/v1/notices/${n.id}/pin`).set(c.as('owner1')).send({ pinned: true }).expect(403);
    });
  });

  describe('reach in households', () => {
    it('counts a household once, against the roster units and their area (general notice: any member)', async () => {
      const n = await notice('manager', general);
      expect((await reach(n.id)).text).toBe('已读 0 / 6 户（0%，面积 0%）');
      await t.req().post(`/api/v1/notices/${n.id}/read`).set(c.as('tenant')).expect(200); // unit 0
      await t.req().post(`/api/v1/notices/${n.id}/read`).set(c.as('owner1')).expect(200); // unit 0 again
      await t.req().post(`/api/v1/notices/${n.id}/read`).set(c.as('owner1')).expect(200); // a repeat
      await t.req().post(`/api/v1/notices/${n.id}/read`).set(c.as('owner2')).expect(200); // unit 1
      const r = await reach(n.id);
      // areas 80, 90, 100, 110, 120, 130 m²: read 170 of 630 → 26%
      expect(r).toMatchObject({ households: 6, read: 2, percent: 33, areaPercent: 26, ownerAddressed: false });
      expect(r.text).toBe('已读 2 / 6 户（33%，面积 26%）');
      expect(r.buildings).toEqual([
        expect.objectContaining({ buildingName: '1幢', households: 6, shown: true, read: 2 }),
      ]);
      expect(JSON.stringify(r)).not.toMatch(/业主|租户/); // counts, never names
      await t.req().get(`/api/v1/notices/${n.id}/reach`).set(c.as('owner1')).expect(403);
    });

    it('counts an owner-addressed (meeting) notice only when an owner read it', async () => {
      const n = await notice('chair', {
        type: 'meeting',
        title: '业主大会会议通知',
        body: '12月20日召开业主大会，审议物业选聘方案。',
      });
      await t.req().post(`/api/v1/notices/${n.id}/read`).set(c.as('tenant')).expect(200);
      expect((await reach(n.id)).read).toBe(0);
      await t.req().post(`/api/v1/notices/${n.id}/read`).set(c.as('owner1')).expect(200);
      expect(await reach(n.id)).toMatchObject({ read: 1, households: 6, ownerAddressed: true });
    });

    it('hides a building of fewer than five households (small-group rule) and targets buildings', async () => {
      const f = await makeCommunity(t);
      const [b2] = await ownerQuery(
        `INSERT INTO buildings (community_id, name, sort) VALUES ($1, '2幢', 2) RETURNING id`,
        [f.communityId],
      );
      for (const room of ['201', '202'])
        await ownerQuery(
          `INSERT INTO units (community_id, building_id, entrance, room, kind, area_hundredths, area_source) VALUES ($1,$2,'1单元',$3,'flat',9000,'registered')`,
          [f.communityId, b2!.id, room],
        );
      const all = await notice('manager', general, f);
      const r = await reach(all.id, f);
      expect(r.households).toBe(8);
      expect(r.buildings).toEqual([
        expect.objectContaining({ buildingName: '1幢', shown: true, read: 0 }),
        {
          buildingId: b2!.id,
          buildingName: '2幢',
          households: 2,
          shown: false,
          read: null,
          acknowledged: null,
          percent: null,
          text: null,
        },
      ]);
      const only1 = await notice('manager', { ...general, buildingIds: [f.buildingId] }, f);
      expect((await reach(only1.id, f)).households).toBe(6);
      const foreign = await t
        .req()
        .post('/api/v1/notices')
        .set(f.as('manager'))
        .send({ ...general, buildingIds: [c.buildingId] });
      expect(foreign.status).toBe(400);
    });
  });

  describe('acknowledgement and reminders', () => {
    it('asks 「我已知晓」 and reminds only the households that have not acknowledged', async () => {
      const n = await notice('chair', {
        type: 'meeting',
        title: '业委会例会',
        body: '12月10日晚7点在物业会议室召开例会。',
      });
      const ack = await t.req().post(`/api/v1/notices/${n.id}/acknowledge`).set(c.as('owner1')).expect(200);
      expect(ack.body.mine.acknowledgedAt).not.toBeNull();
      expect(ack.body.needsAcknowledgement).toBe(true);
      await t.req().post(`/api/v1/notices/${n.id}/read`).set(c.as('owner2')).expect(200);
      expect(await reach(n.id)).toMatchObject({ read: 2, acknowledged: 1 });
      const before = {
        o1: (await messages('owner1', 'notice.reminder')).length,
        o2: (await messages('owner2', 'notice.reminder')).length,
      };
      const r = await t.req().post(`/api/v1/notices/${n.id}/remind`).set(c.as('chair')).expect(200);
      expect(r.body.recipients).toBe(3); // owners 2, 3, 4 (units 4 and 5 have no owner; the tenant is no owner)
      expect((await messages('owner1', 'notice.reminder')).length).toBe(before.o1);
      expect((await messages('owner2', 'notice.reminder')).length).toBe(before.o2 + 1);
      expect(await messages('tenant', 'notice.reminder')).toHaveLength(0);
    });

    it('reminds for a general notice every member of an unread household only', async () => {
      const f = await makeCommunity(t);
      const n = await notice('manager', general, f);
      await t.req().post(`/api/v1/notices/${n.id}/read`).set(f.as('tenant')).expect(200); // unit 0 reached
      const r = await t.req().post(`/api/v1/notices/${n.id}/remind`).set(f.as('manager')).expect(200);
      expect(r.body.recipients).toBe(3); // owners 2–4; owner1 shares unit 0 with the tenant
      expect(await messages('owner1', 'notice.reminder', f)).toHaveLength(0);
    });
  });

  describe('personal information (PIPL Art. 25)', () => {
    it('refuses a mobile or an ID number in the text without a consent record, and stores nothing', async () => {
      const before = await ownerQuery(`SELECT count(*)::int AS n FROM notice_drafts WHERE community_id = $1`, [
        c.communityId,
      ]);
      for (const body of ['有事请联系王师傅 138 1234 5678', '失物招领：身份证 11010519491231002X']) {
        const res = await t
          .req()
          .post('/api/v1/notices')
          .set(c.as('manager'))
          .send({ ...general, body });
        expect(res.status).toBe(400);
        expect(res.body.error.code).toBe(ErrorCode.NOTICE_PERSONAL_INFO);
        expect(JSON.stringify(res.body)).not.toMatch(/12345678|19491231/);
      }
      const after = await ownerQuery(`SELECT count(*)::int AS n FROM notice_drafts WHERE community_id = $1`, [
        c.communityId,
      ]);
      expect(after[0]!.n).toBe(before[0]!.n);
    });

    it('accepts it with the consent record attached (which residents cannot open)', async () => {
      const consent = await upload('manager', await photo(), 'image/jpeg', '同意书.jpg');
      const n = await notice('manager', {
        ...general,
        body: '保洁主管电话 13812345678（本人同意公开）',
        consentFileId: consent,
      });
      expect(n.id).toBeDefined();
      await t.req().get(`/api/v1/files/${consent}/content`).set(c.as('owner1')).expect(404);
    });
  });

  describe('a notice in the committee voice', () => {
    it('needs the approvals of more than half of all members before it is published', async () => {
      const d = await draft('chair', {
        type: 'meeting',
        title: '关于更换门禁的决定',
        body: '经业委会决定，1月起更换门禁系统。',
      });
      const early = await t.req().post(`/api/v1/notices/drafts/${d}/publish`).set(c.as('chair')).expect(409);
      expect(early.body.error.code).toBe(ErrorCode.NOTICE_DECISION_REQUIRED);
      await t.req().post(`/api/v1/notices/drafts/${d}/approve`).set(c.as('chair')).expect(403); // the author
      await t.req().post(`/api/v1/notices/drafts/${d}/approve`).set(c.as('member1')).expect(200);
      await t.req().post(`/api/v1/notices/drafts/${d}/approve`).set(c.as('member1')).expect(200); // once
      expect((await t.req().post(`/api/v1/notices/drafts/${d}/publish`).set(c.as('chair'))).status).toBe(409);
      await t.req().post(`/api/v1/notices/drafts/${d}/approve`).set(c.as('member2')).expect(200);
      const n = await publish('chair', d); // chair + 2 of 5 members
      const v = (await t.req().get(`/api/v1/notices/${n.id}`).set(c.as('owner1')).expect(200)).body;
      expect(v).toMatchObject({ speaksForCommittee: true, committeeApprovals: 3 });
      const propertyVoice = await t
        .req()
        .post('/api/v1/notices')
        .set(c.as('manager'))
        .send({ ...general, body: '业委会决定：下月起停车费上调。' });
      expect(propertyVoice.status).toBe(403);
    });
  });

  describe('the board', () => {
    it('prints a poster with the 小程序码 from WeChat (scene ≤ 32 characters) and the hash', async () => {
      const n = await notice('chair', { type: 'meeting', title: '业主大会海报', body: '请各位业主准时参加。' });
      fake.resetScripts();
      const res = await t.req().get(`/api/v1/notices/${n.id}/poster.html`).set(c.as('staff')).expect(200);
      expect(res.headers['content-type']).toMatch(/text\/html/);
      expect(res.text).toContain(`data:image/png;base64,${WXACODE_PNG.toString('base64')}`);
      expect(res.text).toContain(n.hash);
      expect(res.text).toContain('业主大会海报');
      expect(fake.wxacodes).toHaveLength(1);
      expect(fake.wxacodes[0]).toMatchObject({ scene: n.id.replace(/-/g, ''), page: 'sub/notices/detail' });
      expect(fake.wxacodes[0]!.scene.length).toBeLessThanOrEqual(32);
      await t.req().get(`/api/v1/notices/${n.id}/poster.html`).set(c.as('owner1')).expect(403);
    });

    it('still prints (without the code) when WeChat is down', async () => {
      const n = await notice('manager', general);
      fake.wxacodeErrcode = 45009;
      const res = await t.req().get(`/api/v1/notices/${n.id}/poster.html`).set(c.as('manager')).expect(200);
      fake.wxacodeErrcode = null;
      expect(res.text).not.toContain('data:image/png');
      expect(res.text).toContain('在微信「共治」小程序「通知公告」中查看原文');
      expect(res.text).toContain(n.hash);
    });

    it('records who posted it (a named role), where and when, with a photo', async () => {
      const n = await notice('manager', general);
      const img = await upload('staff', await photo(), 'image/jpeg', '公告栏.jpg');
      const res = await t
        .req()
        .post(`/api/v1/notices/${n.id}/board-postings`)
        .set(c.as('staff'))
        .send({ photoFileId: img, place: '1幢1单元大堂公告栏' });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ posterRole: expect.any(String), place: '1幢1单元大堂公告栏', photoFileId: img });
      expect(res.body.posterRole).not.toBe('');
      const v = (await t.req().get(`/api/v1/notices/${n.id}`).set(c.as('owner1')).expect(200)).body;
      expect(v.boardPostings).toHaveLength(1);
      await appRoleQuery(`DELETE FROM notice_board_postings WHERE notice_id = $1`, [n.id]).then(
        () => {
          throw new Error('deleted');
        },
        (e: Error) => expect(e.message).toMatch(/permission denied/),
      );
      await t
        .req()
        .post(`/api/v1/notices/${n.id}/board-postings`)
        .set(c.as('owner1'))
        .send({ photoFileId: img, place: '大堂' })
        .expect(403);
    });
  });

  describe('personal data', () => {
    it("lists the person's reads in their my-data export", async () => {
      const n = await notice('manager', { ...general, title: '导出测试' });
      await t.req().post(`/api/v1/notices/${n.id}/acknowledge`).set(c.as('owner3')).expect(200);
      const me = (await t.req().get('/api/v1/me/data').set(c.as('owner3')).expect(200)).body;
      expect(me.noticeReads).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ noticeId: n.id, title: '导出测试', acknowledgedAt: expect.any(String) }),
        ]),
      );
    });
  });

  describe('validation', () => {
    it('answers every bad field with 400 in Chinese and stores nothing', async () => {
      const res = await t
        .req()
        .post('/api/v1/notices')
        .set(c.as('manager'))
        .send({ type: 'x', title: '', body: 5, buildingIds: ['nope'], displayUntil: 'soon', extra: 1 });
      expect(res.status).toBe(400);
      const fields = res.body.error.details.fields.map((f: { field: string }) => f.field);
      expect(fields).toEqual(expect.arrayContaining(['type', 'title', 'body', 'buildingIds', 'displayUntil', 'extra']));
      const outage = await t
        .req()
        .post('/api/v1/notices')
        .set(c.as('manager'))
        .send({ ...general, type: 'outage' });
      expect(outage.status).toBe(400);
      await t.req().get('/api/v1/notices/not-an-id').set(c.as('owner1')).expect(404);
      await t.req().post('/api/v1/notices/00000000-0000-4000-8000-000000000000/read').set(c.as('owner1')).expect(404);
    });
  });
});
