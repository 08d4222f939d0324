import { ErrorCode } from '@gongzhi/domain';
import sharp from 'sharp';
import { makeCommunity, type CommunityFixture } from './factories.js';
import { ownerQuery, startTestApp, type TestApp } from './harness.js';

/** Who may see and move repair tickets, and what bad input is refused with. */
describe('repairs: authorization and validation', () => {
  let t: TestApp;
  let c: CommunityFixture;
  let c2: CommunityFixture;
  let staff2: string;
  beforeAll(async () => {
    t = await startTestApp();
    c = await makeCommunity(t);
    c2 = await makeCommunity(t, { districtId: c.districtId });
    // A second worker of the same property company in community c.
    const [p] = await ownerQuery<{ id: string }>(`INSERT INTO persons (name) VALUES ('维修工二') RETURNING id`);
    await ownerQuery(`INSERT INTO role_assignments (person_id, role, community_id) VALUES ($1, 'property_staff', $2)`, [
      p.id,
      c.communityId,
    ]);
    staff2 = p.id;
  });
  afterAll(async () => t.close());

  const unitBody = (over: Record<string, unknown> = {}) => ({
    areaKind: 'unit',
    unitId: c.units[0].id,
    category: 'water',
    description: '水管漏水',
    location: '厨房',
    urgency: 'urgent',
    ...over,
  });
  const newTicket = async () =>
    (await t.req().post('/api/v1/repairs').set(c.as('owner1')).send(unitBody()).expect(201)).body.id as string;
  const move = (headers: Record<string, string>, id: string, action: string, body: Record<string, unknown> = {}) =>
    t.req().post(`/api/v1/repairs/${id}/${action}`).set(headers).send(body);
  const signedAs = async (personId: string) => {
    const { signAccessToken } = await import('../src/modules/identity/tokens.js');
    return {
      Authorization: `Bearer ${signAccessToken(t.created.config.jwtSecret, { sub: personId, tv: 0 }, 600)}`,
      'X-Community-Id': c.communityId,
    };
  };

  describe('authorization', () => {
    it('a resident of another unit neither sees nor moves a unit ticket, and cannot report for a unit not theirs', async () => {
      const id = await newTicket();
      expect((await t.req().get(`/api/v1/repairs/${id}`).set(c.as('owner2')).expect(404)).body.error.code).toBe(
        ErrorCode.NOT_FOUND,
      );
      await move(c.as('owner2'), id, 'cancel').expect(404);
      await move(c.as('owner2'), id, 'notes', { note: '看看' }).expect(404);
      const list = await t.req().get('/api/v1/repairs').set(c.as('owner2')).expect(200);
      expect(list.body.items.some((i: { id: string }) => i.id === id)).toBe(false);
      const r = await t.req().post('/api/v1/repairs').set(c.as('owner2')).send(unitBody()).expect(403);
      expect(r.body.error.code).toBe(ErrorCode.FORBIDDEN);
    });

    it('another resident of the same unit sees the ticket but only the reporter confirms, cancels or rates', async () => {
      const id = await newTicket();
      await t.req().get(`/api/v1/repairs/${id}`).set(c.as('tenant')).expect(200);
      const r = await move(c.as('tenant'), id, 'cancel').expect(403);
      expect(r.body.error.code).toBe(ErrorCode.FORBIDDEN);
    });

    it('people of another community get 404 through their own community and 403 through this one', async () => {
      const id = await newTicket();
      await t.req().get(`/api/v1/repairs/${id}`).set(c2.as('owner1')).expect(404);
      await t.req().get(`/api/v1/repairs/${id}`).set(c2.as('owner1', c.communityId)).expect(403);
      // Staff and manager of another community's property company.
      await move(c2.as('staff'), id, 'take').expect(404);
      await move(c2.as('manager'), id, 'decline', { reason: 'not_our_responsibility' }).expect(404);
      await move(c2.as('staff', c.communityId), id, 'take').expect(403);
      await t.req().get('/api/v1/repairs/queue').set(c2.as('manager', c.communityId)).expect(403);
      // Their queue does not list it.
      const q = await t.req().get('/api/v1/repairs/queue').set(c2.as('manager')).expect(200);
      expect(q.body.items.some((i: { id: string }) => i.id === id)).toBe(false);
      // And they cannot assign this community's ticket to their own worker, nor ours to theirs.
      const other = await t
        .req()
        .post('/api/v1/repairs')
        .set(c2.as('owner1'))
        .send({ ...unitBody(), unitId: c2.units[0].id })
        .expect(201);
      const bad = await move(c2.as('manager'), other.body.id, 'assign', { assigneeId: c.people.staff }).expect(400);
      expect(bad.body.error.details.fields).toEqual([{ field: 'assigneeId', messages: ['请选择本小区的物业人员'] }]);
    });

    it('staff act only on tickets assigned to them; only the manager assigns and declines', async () => {
      const id = await newTicket();
      await move(c.as('staff'), id, 'assign', { assigneeId: c.people.staff }).expect(403);
      await move(c.as('staff'), id, 'decline', { reason: 'not_our_responsibility' }).expect(403);
      await move(c.as('manager'), id, 'assign', { assigneeId: c.people.staff }).expect(200);
      const other = await move(await signedAs(staff2), id, 'start').expect(403);
      expect(other.body.error.message).toBe('这张工单已派给其他维修人员，请联系物业经理');
      // The manager may reassign, and then the new worker proceeds.
      await move(c.as('manager'), id, 'assign', { assigneeId: staff2 }).expect(200);
      await move(c.as('staff'), id, 'start').expect(403);
      expect((await move(await signedAs(staff2), id, 'start').expect(200)).body.status).toBe('in_progress');
      // A resident cannot complete, a worker cannot confirm.
      await move(c.as('owner1'), id, 'complete').expect(403);
      await move(await signedAs(staff2), id, 'complete').expect(200);
      const conf = await move(c.as('manager'), id, 'confirm').expect(403);
      expect(conf.body.error.code).toBe(ErrorCode.FORBIDDEN);
    });

    it('the committee reads tickets and the queue but does not move them; the neighbourhood officer and regulator see no tickets', async () => {
      const id = await newTicket();
      await t.req().get(`/api/v1/repairs/${id}`).set(c.as('member1')).expect(200);
      await t.req().get('/api/v1/repairs/queue').set(c.as('chair')).expect(200);
      await move(c.as('chair'), id, 'cancel').expect(403);
      await move(c.as('member1'), id, 'notes', { note: '业委会关注' }).expect(403);
      await t.req().get(`/api/v1/repairs/${id}`).set(c.as('officer')).expect(404);
      await t.req().get(`/api/v1/repairs/${id}`).set(c.as('regulator')).expect(403);
      await t.req().get('/api/v1/repairs/queue').set(c.as('owner1')).expect(403);
      await t.req().get('/api/v1/repairs/follow-ups').set(c.as('owner1')).expect(403);
      await t.req().post('/api/v1/repairs').set(c.as('staff')).send(unitBody()).expect(403);
      await t.req().post('/api/v1/repairs').set(c.as('stranger')).send(unitBody()).expect(403);
      await t.req().get('/api/v1/repairs/board').expect(401);
    });

    it('only the property manager or the committee chair replaces categories', async () => {
      const body = {
        categories: [
          {
            code: 'water',
            name: '水',
            targets: {
              urgent: { respondMinutes: 30, resolveMinutes: 60 },
              normal: { respondMinutes: 60, resolveMinutes: 120 },
            },
          },
        ],
      };
      await t.req().put('/api/v1/repairs/categories').set(c.as('staff')).send(body).expect(403);
      await t.req().put('/api/v1/repairs/categories').set(c.as('owner1')).send(body).expect(403);
      await t.req().put('/api/v1/repairs/categories').set(c2.as('chair')).send(body).expect(200);
    });

    it('photos uploaded by someone else cannot be attached', async () => {
      const jpeg = await sharp({ create: { width: 8, height: 8, channels: 3, background: { r: 1, g: 2, b: 3 } } })
        .jpeg()
        .toBuffer();
      const up = await t
        .req()
        .post('/api/v1/files')
        .set(c.as('owner2'))
        .field('purpose', 'repair_photo')
        .attach('file', jpeg, { filename: 'x.jpg', contentType: 'image/jpeg' })
        .expect(201);
      const count = async () =>
        (
          await ownerQuery<{ n: number }>(`SELECT count(*)::int AS n FROM repair_tickets WHERE reporter_id = $1`, [
            c.people.owner1,
          ])
        )[0].n;
      const before = await count();
      const r = await t
        .req()
        .post('/api/v1/repairs')
        .set(c.as('owner1'))
        .send(unitBody({ photoIds: [up.body.id] }))
        .expect(400);
      expect(r.body.error.code).toBe(ErrorCode.FILE_INVALID);
      // The whole report was rolled back: no ticket without its photo.
      expect(await count()).toBe(before);
    });
  });

  describe('validation', () => {
    const post = (body: unknown) =>
      t
        .req()
        .post('/api/v1/repairs')
        .set(c.as('owner1'))
        .send(body as object);
    const fieldsOf = (res: {
      body: { error: { code: string; details: { fields: Array<{ field: string; messages: string[] }> } } };
    }) => {
      expect(res.body.error.code).toBe(ErrorCode.VALIDATION_FAILED);
      return Object.fromEntries(res.body.error.details.fields.map((f) => [f.field, f.messages]));
    };

    it('lists every missing field in Chinese', async () => {
      const f = fieldsOf(await post({}).expect(400));
      expect(Object.keys(f).sort()).toEqual(['areaKind', 'category', 'description', 'location', 'urgency']);
      expect(f.urgency).toEqual(['请选择紧急程度：紧急或一般']);
    });

    it('refuses 10 photos, a bad urgency, an unknown category, a unit ticket without a unit and a common one with a unit', async () => {
      const ten = Array.from({ length: 10 }, () => crypto.randomUUID());
      expect(fieldsOf(await post(unitBody({ photoIds: ten })).expect(400)).photoIds).toEqual(['最多上传 9 张照片']);
      expect(fieldsOf(await post(unitBody({ urgency: 'very' })).expect(400)).urgency).toEqual([
        '请选择紧急程度：紧急或一般',
      ]);
      expect(fieldsOf(await post(unitBody({ category: 'spaceship' })).expect(400)).category).toEqual([
        '本小区没有这个报修类别，请重新选择',
      ]);
      expect(fieldsOf(await post(unitBody({ category: 'DROP TABLE' })).expect(400)).category).toEqual([
        '请选择报修类别',
      ]);
      expect(Object.keys(fieldsOf(await post(unitBody({ unitId: undefined })).expect(400)))).toEqual(['unitId']);
      expect(fieldsOf(await post({ ...unitBody(), areaKind: 'common' }).expect(400)).unitId).toEqual([
        '公共区域报修不需要选择房屋',
      ]);
      expect(fieldsOf(await post(unitBody({ areaKind: 'garage' })).expect(400)).areaKind).toBeDefined();
      expect(fieldsOf(await post(unitBody({ description: 'x'.repeat(1001) })).expect(400)).description).toEqual([
        '问题描述需要 2 到 1000 个字',
      ]);
      expect(fieldsOf(await post(unitBody({ reporterId: c.people.owner2 })).expect(400)).reporterId).toEqual([
        '不允许提交此字段',
      ]);
    });

    it('refuses bad quotes, ratings and decline reasons', async () => {
      const id = await newTicket();
      await move(c.as('manager'), id, 'assign', { assigneeId: c.people.staff }).expect(200);
      for (const amountFen of ['1.5', '-100', '0', 150, '1e5']) {
        expect(fieldsOf(await move(c.as('staff'), id, 'quote', { amountFen }).expect(400)).amountFen).toBeDefined();
      }
      expect(fieldsOf(await move(c.as('manager'), id, 'decline', { reason: 'lazy' }).expect(400)).reason).toEqual([
        '请选择不予维修的原因',
      ]);
      const rate = (body: object) => t.req().post(`/api/v1/repairs/${id}/rating`).set(c.as('owner1')).send(body);
      expect(fieldsOf(await rate({ score: 6 }).expect(400)).score).toEqual(['评分必须是 1 到 5 的整数']);
      expect(fieldsOf(await rate({ score: 0 }).expect(400)).score).toBeDefined();
      expect(fieldsOf(await rate({ score: 4, tags: ['amazing'] }).expect(400)).tags).toEqual(['不是允许的评价标签']);
    });

    it('answers an illegal move with 409 and the current status', async () => {
      const id = await newTicket();
      for (const [who, action, body] of [
        ['owner1', 'confirm', {}],
        ['owner1', 'reopen', { note: '没修好' }],
        ['staff', 'complete', {}],
        ['manager', 'start', {}],
        ['owner1', 'accept-quote', {}],
      ] as const) {
        const r = await move(c.as(who), id, action, body).expect(409);
        expect(r.body.error).toMatchObject({
          code: ErrorCode.ILLEGAL_TRANSITION,
          details: { currentStatus: 'submitted' },
        });
        expect(r.body.error.message).toMatch(/[\u4e00-\u9fff]/);
      }
      await move(c.as('owner1'), id, 'cancel').expect(200);
      for (const action of ['cancel', 'notes']) {
        const r = await move(c.as('owner1'), id, action, { note: '再试' }).expect(409);
        expect(r.body.error.details.currentStatus).toBe('cancelled');
      }
      await move(c.as('manager'), id, 'assign', { assigneeId: c.people.staff }).expect(409);
      // Nothing was written for the refused moves.
      expect(
        (await ownerQuery(`SELECT action FROM repair_events WHERE ticket_id = $1 ORDER BY seq`, [id])).map(
          (r) => r.action,
        ),
      ).toEqual(['submit', 'cancel']);
    });

    it('an unknown or malformed ticket id is 404; bad list filters and stats periods are 400', async () => {
      await t.req().get(`/api/v1/repairs/${crypto.randomUUID()}`).set(c.as('owner1')).expect(404);
      await t.req().get('/api/v1/repairs/not-a-uuid').set(c.as('owner1')).expect(404);
      await move(c.as('owner1'), 'not-a-uuid', 'cancel').expect(404);
      expect(
        fieldsOf(await t.req().get('/api/v1/repairs/queue?status=lost').set(c.as('manager')).expect(400)).status,
      ).toEqual(['不是允许的工单状态']);
      expect(
        fieldsOf(await t.req().get('/api/v1/repairs/queue?limit=1000').set(c.as('manager')).expect(400)).limit,
      ).toEqual(['每页最多 100 条']);
      await t
        .req()
        .get('/api/v1/repairs/stats?from=2026-11-10T00:00:00Z&to=2026-11-01T00:00:00Z')
        .set(c.as('chair'))
        .expect(400);
      expect(
        fieldsOf(await t.req().get('/api/v1/repairs/stats?from=yesterday').set(c.as('chair')).expect(400)).from,
      ).toBeDefined();
    });
  });
});
