import { ErrorCode } from '@gongzhi/domain';
import sharp from 'sharp';
import { DataSource } from 'typeorm';
import { RepairsService } from '../src/modules/repairs/repairs.service.js';
import { makeCommunity, type CommunityFixture } from './factories.js';
import { appRoleQuery, ownerQuery, startTestApp, type TestApp } from './harness.js';

/** The whole repair lifecycle through HTTP: report, work, confirm or reopen, rate, close. */
describe('repairs', () => {
  let t: TestApp;
  let c: CommunityFixture;
  let jpeg: Buffer;
  beforeAll(async () => {
    t = await startTestApp();
    c = await makeCommunity(t);
    jpeg = await sharp({ create: { width: 64, height: 48, channels: 3, background: { r: 90, g: 120, b: 200 } } })
      .jpeg()
      .toBuffer();
  });
  afterAll(async () => t.close());

  const photo = async (who = 'owner1', fixture = c): Promise<string> =>
    (
      await t
        .req()
        .post('/api/v1/files')
        .set(fixture.as(who))
        .field('purpose', 'repair_photo')
        .attach('file', jpeg, { filename: 'p.jpg', contentType: 'image/jpeg' })
        .expect(201)
    ).body.id;
  const report = (who: string, body: Record<string, unknown>, fixture = c) =>
    t.req().post('/api/v1/repairs').set(fixture.as(who)).send(body);
  const unitReport = (over: Record<string, unknown> = {}) => ({
    areaKind: 'unit',
    unitId: c.units[0].id,
    category: 'water',
    description: '厨房水管漏水',
    location: '厨房水槽下',
    urgency: 'urgent',
    ...over,
  });
  const commonReport = (over: Record<string, unknown> = {}) => ({
    areaKind: 'common',
    category: 'lift',
    description: '2 号电梯按钮失灵',
    location: '1幢电梯',
    urgency: 'normal',
    ...over,
  });
  const move = (who: string, id: string, action: string, body: Record<string, unknown> = {}) =>
    t.req().post(`/api/v1/repairs/${id}/${action}`).set(c.as(who)).send(body);
  const newTicket = async (over: Record<string, unknown> = {}, who = 'owner1') =>
    (await report(who, unitReport(over)).expect(201)).body;

  describe('reporting', () => {
    it('reports a repair for the own unit with photos and shows it with its first timeline entry', async () => {
      const p1 = await photo();
      const p2 = await photo();
      const res = await report('owner1', unitReport({ photoIds: [p1, p2], preferredTime: '工作日晚上 7 点后' })).expect(
        201,
      );
      expect(res.body).toMatchObject({
        areaKind: 'unit',
        unit: { id: c.units[0].id, label: '1幢1单元101' },
        categoryCode: 'water',
        categoryName: '水',
        urgency: 'urgent',
        status: 'submitted',
        statusLabel: '已提交',
        isMine: true,
        reopenCount: 0,
        meTooCount: 0,
        preferredTime: '工作日晚上 7 点后',
        reporter: { name: '业主1', phone: expect.stringMatching(/^137\d{8}$/) },
        overdue: { respond: false, resolve: false, any: false },
        actions: expect.arrayContaining(['cancel', 'add_note']),
      });
      expect(res.body.photos.map((p: { id: string }) => p.id)).toEqual([p1, p2]);
      // Urgent water: respond within 30 minutes, resolve within 24 hours (domain-rules §7).
      const created = Date.parse(res.body.createdAt);
      expect(Date.parse(res.body.respondDueAt) - created).toBe(30 * 60_000);
      expect(Date.parse(res.body.resolveDueAt) - created).toBe(24 * 3600_000);
      expect(res.body.timeline).toEqual([
        expect.objectContaining({
          action: 'submit',
          actionLabel: '提交报修',
          toStatus: 'submitted',
          actorRole: 'reporter',
          actorName: '业主1',
        }),
      ]);
    });

    it('a retried submission with the same Idempotency-Key creates one ticket', async () => {
      const body = unitReport({ description: '卫生间地漏返水' });
      const first = await report('owner1', body).set('Idempotency-Key', 'repair-retry-0001').expect(201);
      const second = await report('owner1', body).set('Idempotency-Key', 'repair-retry-0001').expect(201);
      expect(second.body.id).toBe(first.body.id);
      const rows = await ownerQuery(
        `SELECT id FROM repair_tickets WHERE reporter_id = $1 AND description = '卫生间地漏返水'`,
        [c.people.owner1],
      );
      expect(rows).toHaveLength(1);
      const other = await report('owner1', { ...body, description: '另一件事' })
        .set('Idempotency-Key', 'repair-retry-0001')
        .expect(409);
      expect(other.body.error.code).toBe(ErrorCode.IDEMPOTENCY_MISMATCH);
    });

    it('lists my reports, and those of my unit for the other residents bound to it', async () => {
      const mine = await t.req().get('/api/v1/repairs?mine=1').set(c.as('owner1')).expect(200);
      expect(mine.body.total).toBeGreaterThan(0);
      expect(mine.body.items.every((i: { isMine: boolean }) => i.isMine)).toBe(true);
      // The tenant of unit 101 sees the owner's unit tickets, with the reporter's name masked and no phone.
      const tenant = await t.req().get('/api/v1/repairs').set(c.as('tenant')).expect(200);
      expect(tenant.body.total).toBe(mine.body.total);
      expect(tenant.body.items[0].reporter).toEqual({ name: '业**', phone: null });
      expect((await t.req().get('/api/v1/repairs?mine=1').set(c.as('tenant')).expect(200)).body.total).toBe(0);
    });

    it('serves the community categories, defaults first, and lets the property manager replace them', async () => {
      const d = await t.req().get('/api/v1/repairs/categories').set(c.as('owner2')).expect(200);
      expect(d.body.isDefault).toBe(true);
      expect(d.body.categories.map((x: { code: string }) => x.code)).toEqual([
        'water',
        'electricity',
        'gas',
        'lift',
        'doors_windows',
        'walls_leaks',
        'public_facilities',
        'other',
      ]);
      const other = await makeCommunity(t);
      const categories = [
        {
          code: 'water',
          name: '给排水',
          targets: {
            urgent: { respondMinutes: 15, resolveMinutes: 240 },
            normal: { respondMinutes: 120, resolveMinutes: 1440 },
          },
        },
        {
          code: 'ev_charger',
          name: '充电桩',
          targets: {
            urgent: { respondMinutes: 60, resolveMinutes: 1440 },
            normal: { respondMinutes: 1440, resolveMinutes: 4320 },
          },
        },
      ];
      const put = await t
        .req()
        .put('/api/v1/repairs/categories')
        .set(other.as('manager'))
        .send({ categories })
        .expect(200);
      expect(put.body).toEqual({ isDefault: false, categories });
      const r = await report(
        'owner1',
        {
          areaKind: 'common',
          category: 'ev_charger',
          description: '充电桩不通电',
          location: '地库 B2',
          urgency: 'urgent',
        },
        other,
      ).expect(201);
      expect(Date.parse(r.body.respondDueAt) - Date.parse(r.body.createdAt)).toBe(60 * 60_000);
      const gone = await report(
        'owner1',
        { areaKind: 'common', category: 'lift', description: '电梯异响', location: '1幢', urgency: 'normal' },
        other,
      ).expect(400);
      expect(gone.body.error.details.fields).toEqual([
        { field: 'category', messages: ['本小区没有这个报修类别，请重新选择'] },
      ]);
      // The first community still has the defaults.
      expect((await t.req().get('/api/v1/repairs/categories').set(c.as('owner2')).expect(200)).body.isDefault).toBe(
        true,
      );
    });
  });

  describe('the lifecycle', () => {
    it('assign → start → note with photo → complete with after-photos → confirm, each move on the timeline and in the reporter’s messages', async () => {
      const tk = await newTicket();
      const a = await move('manager', tk.id, 'assign', { assigneeId: c.people.staff, note: '请尽快上门' }).expect(200);
      expect(a.body).toMatchObject({ status: 'assigned', assigneeName: '维修工' });
      expect(a.body.respondedAt).not.toBeNull();
      const s = await move('staff', tk.id, 'start').expect(200);
      expect(s.body.status).toBe('in_progress');
      const note = await move('staff', tk.id, 'notes', {
        note: '需要更换角阀',
        photoIds: [await photo('staff')],
      }).expect(200);
      expect(note.body.status).toBe('in_progress');
      const after = await photo('staff');
      const done = await move('staff', tk.id, 'complete', { note: '已更换角阀', photoIds: [after] }).expect(200);
      expect(done.body).toMatchObject({ status: 'done', statusLabel: '已完成待确认' });
      expect(done.body.resolvedAt).not.toBeNull();
      const ok = await move('owner1', tk.id, 'confirm').expect(200);
      expect(ok.body).toMatchObject({ status: 'confirmed', canRate: true, actions: [] });
      expect(ok.body.timeline.map((e: { action: string }) => e.action)).toEqual([
        'submit',
        'assign',
        'start',
        'add_note',
        'complete',
        'confirm',
      ]);
      expect(ok.body.timeline[1]).toMatchObject({
        actorRole: 'manager',
        actorName: '物业经理',
        note: '请尽快上门',
        details: { assigneeName: '维修工' },
      });
      expect(ok.body.timeline[1].details).not.toHaveProperty('assigneeId');
      expect(ok.body.timeline[4].photos).toEqual([
        {
          id: after,
          url: `/api/v1/files/${after}/content`,
          thumbnailUrl: `/api/v1/files/${after}/thumbnail?size=small`,
        },
      ]);
      // The reporter got one message per status change made by someone else (assign, start, complete), not for their own confirm.
      const msgs = await t.req().get('/api/v1/messages').set(c.as('owner1')).expect(200);
      const forTicket = msgs.body.items.filter((m: { ticketId: string }) => m.ticketId === tk.id);
      expect(forTicket.map((m: { title: string }) => m.title)).toEqual([
        '报修已完成待确认',
        '报修处理中',
        '报修已派单',
      ]);
      expect(forTicket[0].body).toContain('厨房水槽下');
      const jobs = await ownerQuery(
        `SELECT payload FROM outbox WHERE name = 'repairs.subscribe-message' AND payload->>'ticketId' = $1`,
        [tk.id],
      );
      expect(jobs).toHaveLength(3);
    });

    it('staff take tickets from the queue themselves', async () => {
      const tk = await newTicket({ description: '客厅插座没电', category: 'electricity' });
      const r = await move('staff', tk.id, 'take').expect(200);
      expect(r.body).toMatchObject({ status: 'assigned', assigneeName: '维修工', assignedToMe: true });
      const mine = await t.req().get('/api/v1/repairs/queue?assignee=me').set(c.as('staff')).expect(200);
      expect(mine.body.items.map((i: { id: string }) => i.id)).toContain(tk.id);
    });

    it('a paid-service quote waits for the resident: accepted it goes back to work; rejected it closes as not fixed', async () => {
      const a = await newTicket({ description: '窗户合页坏了', category: 'doors_windows', urgency: 'normal' });
      await move('manager', a.id, 'assign', { assigneeId: c.people.staff }).expect(200);
      const q = await move('staff', a.id, 'quote', { amountFen: '15000', note: '需要更换合页，材料费 150 元' }).expect(
        200,
      );
      expect(q.body).toMatchObject({
        status: 'awaiting_quote_acceptance',
        quoteAmountFen: '15000',
        actions: ['add_note'],
      });
      // Staff cannot start while the resident has not accepted.
      expect((await move('staff', a.id, 'start').expect(409)).body.error.details.currentStatus).toBe(
        'awaiting_quote_acceptance',
      );
      const acc = await move('owner1', a.id, 'accept-quote').expect(200);
      expect(acc.body.status).toBe('in_progress');
      expect(acc.body.quoteAcceptedAt).not.toBeNull();

      const b = await newTicket({ description: '阳台门锁坏了', category: 'doors_windows', urgency: 'normal' });
      await move('manager', b.id, 'assign', { assigneeId: c.people.staff }).expect(200);
      await move('staff', b.id, 'quote', { amountFen: '30000' }).expect(200);
      const rej = await move('owner1', b.id, 'reject-quote', { note: '太贵了，自己找人修' }).expect(200);
      expect(rej.body.status).toBe('closed_not_fixed');
      expect(rej.body.closedAt).not.toBeNull();
    });

    it('"not fixed" reopens a completed ticket and counts it; a second completion can then be confirmed', async () => {
      const tk = await newTicket({ description: '热水器打不着火', category: 'gas' });
      await move('manager', tk.id, 'assign', { assigneeId: c.people.staff }).expect(200);
      await move('staff', tk.id, 'start').expect(200);
      await move('staff', tk.id, 'complete').expect(200);
      expect((await move('owner1', tk.id, 'reopen', {}).expect(400)).body.error.details.fields[0].field).toBe('note');
      const re = await move('owner1', tk.id, 'reopen', { note: '还是打不着火' }).expect(200);
      expect(re.body).toMatchObject({ status: 'in_progress', reopenCount: 1, resolvedAt: null });
      await move('staff', tk.id, 'complete').expect(200);
      const re2 = await move('owner1', tk.id, 'reopen', { note: '第二次还是不行' }).expect(200);
      expect(re2.body.reopenCount).toBe(2);
      await move('staff', tk.id, 'complete').expect(200);
      expect((await move('owner1', tk.id, 'confirm').expect(200)).body).toMatchObject({
        status: 'confirmed',
        reopenCount: 2,
      });
    });

    it('the property company declines with a reason and the ticket closes as not fixed, never as done', async () => {
      const tk = await newTicket({ description: '外墙渗水到卧室', category: 'walls_leaks', urgency: 'normal' });
      expect((await move('manager', tk.id, 'decline', {}).expect(400)).body.error.details.fields[0].field).toBe(
        'reason',
      );
      const d = await move('manager', tk.id, 'decline', {
        reason: 'needs_owners_decision',
        note: '外墙维修需动用维修资金，请业委会发起表决',
      }).expect(200);
      expect(d.body).toMatchObject({
        status: 'closed_not_fixed',
        statusLabel: '未修复关闭',
        declineReason: 'needs_owners_decision',
        declineReasonLabel: '需业主共同决定或动用维修资金',
      });
      expect(d.body.respondedAt).not.toBeNull();
      const other = await newTicket({ description: '楼上装修噪音' });
      const o = await move('manager', other.id, 'decline', { reason: 'other' }).expect(400);
      expect(o.body.error.details.fields).toEqual([{ field: 'note', messages: ['选择“其他原因”时请写明原因'] }]);
    });

    it('the reporter cancels before work starts, not after', async () => {
      const a = await newTicket({ description: '报错了，取消' });
      expect((await move('owner1', a.id, 'cancel', { note: '自己修好了' }).expect(200)).body.status).toBe('cancelled');
      const b = await newTicket({ description: '门铃不响' });
      await move('manager', b.id, 'assign', { assigneeId: c.people.staff }).expect(200);
      await move('staff', b.id, 'start').expect(200);
      const refused = await move('owner1', b.id, 'cancel').expect(409);
      expect(refused.body.error).toMatchObject({
        code: ErrorCode.ILLEGAL_TRANSITION,
        details: { currentStatus: 'in_progress' },
      });
      expect(refused.body.error.message).toContain('处理中');
    });

    it('the resident adds a note while waiting; a note needs text', async () => {
      const tk = await newTicket({ description: '马桶水箱漏水' });
      const r = await move('owner1', tk.id, 'notes', { note: '下午 3 点后家里有人' }).expect(200);
      expect(r.body.timeline.at(-1)).toMatchObject({
        action: 'add_note',
        actorRole: 'reporter',
        note: '下午 3 点后家里有人',
        toStatus: 'submitted',
      });
      expect((await move('owner1', tk.id, 'notes', {}).expect(400)).body.error.details.fields[0].field).toBe('note');
      // A note is not a status change: no message for anyone.
      expect(await ownerQuery(`SELECT 1 FROM messages WHERE ticket_id = $1`, [tk.id])).toHaveLength(0);
    });

    it('concurrent moves on one ticket serialise: of two completions exactly one succeeds', async () => {
      const tk = await newTicket({ description: '电闸跳闸', category: 'electricity' });
      await move('manager', tk.id, 'assign', { assigneeId: c.people.staff }).expect(200);
      await move('staff', tk.id, 'start').expect(200);
      const [x, y] = await Promise.all([move('staff', tk.id, 'complete'), move('manager', tk.id, 'complete')]);
      expect([x.status, y.status].sort()).toEqual([200, 409]);
      const events = await ownerQuery(`SELECT action FROM repair_events WHERE ticket_id = $1 AND action = 'complete'`, [
        tk.id,
      ]);
      expect(events).toHaveLength(1);
    });
  });

  describe('common areas', () => {
    it('every resident sees common-area tickets on the board and adds "me too" once instead of a duplicate', async () => {
      const tk = (await report('owner2', commonReport()).expect(201)).body;
      const board = await t.req().get('/api/v1/repairs/board').set(c.as('owner3')).expect(200);
      const item = board.body.items.find((i: { id: string }) => i.id === tk.id);
      expect(item).toMatchObject({
        areaKind: 'common',
        unit: null,
        canMeToo: true,
        meTooCount: 0,
        reporter: { name: '业**', phone: null },
      });
      expect((await t.req().post(`/api/v1/repairs/${tk.id}/me-too`).set(c.as('owner3')).expect(200)).body).toEqual({
        meTooCount: 1,
        meTooByMe: true,
      });
      expect((await t.req().post(`/api/v1/repairs/${tk.id}/me-too`).set(c.as('owner3')).expect(200)).body).toEqual({
        meTooCount: 1,
        meTooByMe: true,
      });
      expect(
        (await t.req().post(`/api/v1/repairs/${tk.id}/me-too`).set(c.as('tenant')).expect(200)).body.meTooCount,
      ).toBe(2);
      const mine = await t.req().post(`/api/v1/repairs/${tk.id}/me-too`).set(c.as('owner2')).expect(409);
      expect(mine.body.error.code).toBe(ErrorCode.CONFLICT);
      const seen = await t.req().get(`/api/v1/repairs/${tk.id}`).set(c.as('owner3')).expect(200);
      expect(seen.body).toMatchObject({ meTooCount: 2, meTooByMe: true, canMeToo: false });
      // The committee sees who reported it, with the phone masked; the property company sees the number.
      expect((await t.req().get(`/api/v1/repairs/${tk.id}`).set(c.as('chair')).expect(200)).body.reporter).toEqual({
        name: '业主2',
        phone: expect.stringMatching(/^137\*{4}\d{4}$/),
      });
      expect(
        (await t.req().get(`/api/v1/repairs/${tk.id}`).set(c.as('staff')).expect(200)).body.reporter.phone,
      ).toMatch(/^137\d{8}$/);
    });

    it('"me too" is for open common-area tickets only', async () => {
      const unit = await newTicket({ description: '仅本户' });
      expect(
        (await t.req().post(`/api/v1/repairs/${unit.id}/me-too`).set(c.as('tenant')).expect(409)).body.error.code,
      ).toBe(ErrorCode.CONFLICT);
      const tk = (
        await report('owner2', commonReport({ description: '楼道灯不亮', category: 'electricity' })).expect(201)
      ).body;
      await move('owner2', tk.id, 'cancel').expect(200);
      const closed = await t.req().post(`/api/v1/repairs/${tk.id}/me-too`).set(c.as('owner3')).expect(409);
      expect(closed.body.error).toMatchObject({
        code: ErrorCode.ILLEGAL_TRANSITION,
        details: { currentStatus: 'cancelled' },
      });
    });

    it('photos of a ticket are readable exactly by those who may see the ticket', async () => {
      const p = await photo('owner1');
      const tk = await newTicket({ photoIds: [p], description: '有照片的报修' });
      await t.req().get(`/api/v1/files/${p}/content`).set(c.as('tenant')).expect(200);
      await t.req().get(`/api/v1/files/${p}/content`).set(c.as('staff')).expect(200);
      await t.req().get(`/api/v1/files/${p}/content`).set(c.as('owner2')).expect(404);
      const q = await photo('owner2');
      const common = (await report('owner2', commonReport({ photoIds: [q] })).expect(201)).body;
      expect(common.photos).toHaveLength(1);
      await t.req().get(`/api/v1/files/${q}/content`).set(c.as('owner4')).expect(200);
      expect(tk.photos[0].id).toBe(p);
    });
  });

  describe('rating and return visits', () => {
    const finished = async () => {
      const tk = await newTicket({ description: '需要评价的报修' });
      await move('manager', tk.id, 'assign', { assigneeId: c.people.staff }).expect(200);
      await move('staff', tk.id, 'start').expect(200);
      await move('staff', tk.id, 'complete').expect(200);
      await move('owner1', tk.id, 'confirm').expect(200);
      return tk.id as string;
    };

    it('the reporter rates once with tags and a comment', async () => {
      const id = await finished();
      const r = await t
        .req()
        .post(`/api/v1/repairs/${id}/rating`)
        .set(c.as('owner1'))
        .send({ score: 5, tags: ['fast', 'polite'], comment: '师傅很专业' })
        .expect(200);
      expect(r.body.rating).toEqual({
        score: 5,
        tags: ['fast', 'polite'],
        comment: '师傅很专业',
        ratedAt: expect.any(String),
      });
      expect(r.body.canRate).toBe(false);
      expect(r.body.timeline.at(-1)).toMatchObject({ action: 'rate', details: { score: 5, tags: ['fast', 'polite'] } });
      expect(
        (await t.req().post(`/api/v1/repairs/${id}/rating`).set(c.as('owner1')).send({ score: 4 }).expect(409)).body
          .error.code,
      ).toBe(ErrorCode.CONFLICT);
      expect(await ownerQuery(`SELECT 1 FROM repair_follow_ups WHERE ticket_id = $1`, [id])).toHaveLength(0);
    });

    it('a rating of 2 or less puts a return-visit task in the property queue, which staff complete', async () => {
      const id = await finished();
      await t
        .req()
        .post(`/api/v1/repairs/${id}/rating`)
        .set(c.as('owner1'))
        .send({ score: 2, tags: ['slow', 'messy'], comment: '等了三天' })
        .expect(200);
      const queue = await t.req().get('/api/v1/repairs/queue').set(c.as('manager')).expect(200);
      expect(queue.body.counts.openFollowUps).toBeGreaterThanOrEqual(1);
      const list = await t.req().get('/api/v1/repairs/follow-ups?status=open').set(c.as('staff')).expect(200);
      const f = list.body.items.find((i: { ticketId: string }) => i.ticketId === id);
      expect(f).toMatchObject({ rating: 2, ratingComment: '等了三天', status: 'open', categoryName: '水' });
      const done = await t
        .req()
        .post(`/api/v1/repairs/follow-ups/${f.id}/done`)
        .set(c.as('staff'))
        .send({ note: '已电话回访并道歉' })
        .expect(200);
      expect(done.body).toMatchObject({ status: 'done', note: '已电话回访并道歉' });
      await t
        .req()
        .post(`/api/v1/repairs/follow-ups/${f.id}/done`)
        .set(c.as('staff'))
        .send({ note: '再来一次' })
        .expect(409);
      await t
        .req()
        .post(`/api/v1/repairs/follow-ups/${f.id}/done`)
        .set(c.as('owner1'))
        .send({ note: '住户不能' })
        .expect(403);
    });

    it('refuses a rating before the ticket is closed, from someone else, and of a cancelled ticket', async () => {
      const tk = await newTicket({ description: '未结束' });
      const early = await t
        .req()
        .post(`/api/v1/repairs/${tk.id}/rating`)
        .set(c.as('owner1'))
        .send({ score: 4 })
        .expect(409);
      expect(early.body.error).toMatchObject({
        code: ErrorCode.ILLEGAL_TRANSITION,
        details: { currentStatus: 'submitted' },
      });
      const id = await finished();
      expect(
        (await t.req().post(`/api/v1/repairs/${id}/rating`).set(c.as('tenant')).send({ score: 1 }).expect(403)).body
          .error.code,
      ).toBe(ErrorCode.FORBIDDEN);
      await move('owner1', tk.id, 'cancel').expect(200);
      await t.req().post(`/api/v1/repairs/${tk.id}/rating`).set(c.as('owner1')).send({ score: 4 }).expect(409);
    });
  });

  describe('automatic closing', () => {
    it('closes tickets unconfirmed for autoCloseDays (default 7) as closed_unconfirmed, not as confirmed', async () => {
      const service = t.created.app.get(RepairsService);
      const tk = await newTicket({ description: '等待确认的报修' });
      await move('manager', tk.id, 'assign', { assigneeId: c.people.staff }).expect(200);
      await move('staff', tk.id, 'start').expect(200);
      await move('staff', tk.id, 'complete').expect(200);
      const [{ resolved_at }] = await ownerQuery<{ resolved_at: Date }>(
        `SELECT resolved_at FROM repair_tickets WHERE id = $1`,
        [tk.id],
      );
      const at = (days: number, ms = 0) => new Date(resolved_at.getTime() + days * 86_400_000 + ms);
      await service.autoCloseDue(at(7, -1));
      expect((await t.req().get(`/api/v1/repairs/${tk.id}`).set(c.as('owner1')).expect(200)).body.status).toBe('done');
      expect(await service.autoCloseDue(at(7))).toBeGreaterThanOrEqual(1);
      const r = await t.req().get(`/api/v1/repairs/${tk.id}`).set(c.as('owner1')).expect(200);
      expect(r.body).toMatchObject({ status: 'closed_unconfirmed', statusLabel: '超时自动关闭', canRate: true });
      expect(r.body.timeline.at(-1)).toMatchObject({ action: 'auto_close', actorRole: 'system', actorName: '系统' });
      // Too late to confirm now.
      expect((await move('owner1', tk.id, 'confirm').expect(409)).body.error.details.currentStatus).toBe(
        'closed_unconfirmed',
      );
    });

    it('uses the community setting autoCloseDays', async () => {
      const service = t.created.app.get(RepairsService);
      const other = await makeCommunity(t);
      await ownerQuery(`UPDATE communities SET settings = '{"autoCloseDays": 3}' WHERE id = $1`, [other.communityId]);
      const tk = (await report('owner1', { ...unitReport(), unitId: other.units[0].id }, other).expect(201)).body;
      const mv = (who: string, action: string, body = {}) =>
        t.req().post(`/api/v1/repairs/${tk.id}/${action}`).set(other.as(who)).send(body).expect(200);
      await mv('staff', 'take');
      await mv('staff', 'start');
      await mv('staff', 'complete');
      const [{ resolved_at }] = await ownerQuery<{ resolved_at: Date }>(
        `SELECT resolved_at FROM repair_tickets WHERE id = $1`,
        [tk.id],
      );
      await service.autoCloseDue(new Date(resolved_at.getTime() + 3 * 86_400_000 - 1));
      expect((await ownerQuery(`SELECT status FROM repair_tickets WHERE id = $1`, [tk.id]))[0].status).toBe('done');
      await service.autoCloseDue(new Date(resolved_at.getTime() + 3 * 86_400_000));
      expect((await ownerQuery(`SELECT status FROM repair_tickets WHERE id = $1`, [tk.id]))[0].status).toBe(
        'closed_unconfirmed',
      );
    });
  });

  describe('messages', () => {
    it('marks a message read, and nobody else can read or mark it', async () => {
      const tk = await newTicket({ description: '消息测试' });
      await move('staff', tk.id, 'take').expect(200);
      const list = await t.req().get('/api/v1/messages?unread=1').set(c.as('owner1')).expect(200);
      const msg = list.body.items.find((m: { ticketId: string }) => m.ticketId === tk.id);
      expect(msg).toMatchObject({ kind: 'repair.status', readAt: null });
      await t.req().post(`/api/v1/messages/${msg.id}/read`).set(c.as('owner2')).expect(404);
      const read = await t.req().post(`/api/v1/messages/${msg.id}/read`).set(c.as('owner1')).expect(200);
      expect(read.body.readAt).not.toBeNull();
      const after = await t.req().get('/api/v1/messages?unread=1').set(c.as('owner1')).expect(200);
      expect(after.body.unread).toBe(list.body.unread - 1);
      expect(
        (await t.req().get('/api/v1/messages').set(c.as('owner2')).expect(200)).body.items.some(
          (m: { id: string }) => m.id === msg.id,
        ),
      ).toBe(false);
    });
  });

  describe('the timeline is append-only', () => {
    it('PostgreSQL refuses the API role UPDATE, DELETE and TRUNCATE on repair_events', async () => {
      await newTicket({ description: '证据' });
      await expect(appRoleQuery(`UPDATE repair_events SET note = 'x'`)).rejects.toThrow(/permission denied/);
      await expect(appRoleQuery(`DELETE FROM repair_events`)).rejects.toThrow(/permission denied/);
      await expect(appRoleQuery(`TRUNCATE repair_events`)).rejects.toThrow(/permission denied/);
      expect(t.created.app.get(DataSource)).toBeDefined();
    });
  });
});
