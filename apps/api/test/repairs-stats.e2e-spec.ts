import { percentile, type TicketStatus } from '@gongzhi/domain';
import { makeCommunity, type CommunityFixture } from './factories.js';
import { ownerQuery, startTestApp, type TestApp } from './harness.js';
import { rowOverdue } from './overdue.js';

/**
 * Statistics are computed in SQL (percentile_cont); this test builds a month of tickets with known times and
 * checks every figure against its own count and the pure `percentile` / `isOverdue` of @gongzhi/domain.
 */
describe('repairs: statistics', () => {
  let t: TestApp;
  let c: CommunityFixture;
  const HOUR = 3600_000;
  const base = new Date(Date.UTC(2026, 9, 1)); // 2026-10-01, in the past for these tests
  const from = base.toISOString();
  const to = new Date(base.getTime() + 10 * 24 * HOUR).toISOString();

  beforeAll(async () => {
    t = await startTestApp();
    c = await makeCommunity(t);
    const other = await makeCommunity(t, { districtId: c.districtId });
    const move = (id: string, who: string, action: string, body: object = {}) =>
      t.req().post(`/api/v1/repairs/${id}/${action}`).set(c.as(who)).send(body).expect(200);
    const report = async (category: string, urgency: string, who = 'owner1', unit = 0) =>
      (
        await t
          .req()
          .post('/api/v1/repairs')
          .set(c.as(who))
          .send({
            areaKind: 'unit',
            unitId: c.units[unit].id,
            category,
            description: '统计用报修',
            location: '室内',
            urgency,
          })
          .expect(201)
      ).body.id as string;
    const finish = async (id: string) => {
      await move(id, 'manager', 'assign', { assigneeId: c.people.staff });
      await move(id, 'staff', 'start');
      await move(id, 'staff', 'complete');
    };
    // [category, urgency, what happens, response minutes, resolution minutes]
    const plan: Array<[string, string, string, number | null, number | null]> = [
      ['water', 'urgent', 'confirm5', 10, 300],
      ['water', 'urgent', 'confirm2', 45, 2000], // late response and late resolution
      ['water', 'normal', 'reopenDone', 600, 5000], // late resolution (> 72 h)
      ['electricity', 'urgent', 'confirm4', 20, 600],
      ['electricity', 'normal', 'decline', 120, 130],
      ['lift', 'normal', 'cancel', null, null],
      ['lift', 'urgent', 'open', null, null], // never answered: overdue
      ['gas', 'urgent', 'done', 5, 60],
      ['other', 'normal', 'confirm3', 1000, 4000],
    ];
    for (const [i, [category, urgency, fate, respond, resolve]] of plan.entries()) {
      const id = await report(category, urgency);
      if (fate.startsWith('confirm')) {
        await finish(id);
        await move(id, 'owner1', 'confirm');
        await t
          .req()
          .post(`/api/v1/repairs/${id}/rating`)
          .set(c.as('owner1'))
          .send({ score: Number(fate.slice(-1)) })
          .expect(200);
      } else if (fate === 'reopenDone') {
        await finish(id);
        await move(id, 'owner1', 'reopen', { note: '没修好' });
        await move(id, 'staff', 'complete');
      } else if (fate === 'done') await finish(id);
      else if (fate === 'decline') await move(id, 'manager', 'decline', { reason: 'not_our_responsibility' });
      else if (fate === 'cancel') await move(id, 'owner1', 'cancel');
      // Put the ticket at a known time: reported base + i hours, answered and resolved the planned minutes later.
      const created = new Date(base.getTime() + i * HOUR);
      await ownerQuery(
        `UPDATE repair_tickets SET created_at = $2,
           responded_at = CASE WHEN $3::int IS NULL THEN NULL ELSE $2::timestamptz + $3::int * interval '1 minute' END,
           resolved_at = CASE WHEN $4::int IS NULL THEN NULL ELSE $2::timestamptz + $4::int * interval '1 minute' END
         WHERE id = $1`,
        [id, created, respond, resolve],
      );
    }
    // Outside the period, and another community's ticket inside it: neither counts.
    const late = await report('water', 'urgent');
    await ownerQuery(`UPDATE repair_tickets SET created_at = $2 WHERE id = $1`, [
      late,
      new Date(base.getTime() + 11 * 24 * HOUR),
    ]);
    const foreign = await t
      .req()
      .post('/api/v1/repairs')
      .set(other.as('owner1'))
      .send({ areaKind: 'common', category: 'water', description: '别的小区', location: '大门', urgency: 'urgent' })
      .expect(201);
    await ownerQuery(`UPDATE repair_tickets SET created_at = $2 WHERE id = $1`, [
      foreign.body.id,
      new Date(base.getTime() + HOUR),
    ]);
  });
  afterAll(async () => t.close());

  interface Row {
    status: TicketStatus;
    urgency: 'urgent' | 'normal';
    category_code: string;
    created_at: Date;
    responded_at: Date | null;
    resolved_at: Date | null;
    respond_target_minutes: number;
    resolve_target_minutes: number;
    reopen_count: number;
    rating: number | null;
  }
  const rows = () =>
    ownerQuery<Row>(`SELECT * FROM repair_tickets WHERE community_id = $1 AND created_at >= $2 AND created_at < $3`, [
      c.communityId,
      from,
      to,
    ]);
  const minutes = (a: Date, b: Date) => (b.getTime() - a.getTime()) / 60_000;

  it('matches the test’s own count, percentile() and isOverdue() for the committee', async () => {
    const res = await t
      .req()
      .get(`/api/v1/repairs/stats?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`)
      .set(c.as('chair'))
      .expect(200);
    const now = new Date();
    const rs = await rows();
    expect(rs).toHaveLength(9);
    const fixed = rs.filter((r) => ['done', 'confirmed', 'closed_unconfirmed'].includes(r.status));
    const resp = rs.filter((r) => r.responded_at).map((r) => minutes(r.created_at, r.responded_at!));
    const reso = fixed.map((r) => minutes(r.created_at, r.resolved_at!));
    const notCancelled = rs.filter((r) => r.status !== 'cancelled');
    const onTime = notCancelled.filter((r) => {
      return !rowOverdue(r, now);
    });
    const rated = rs.filter((r) => r.rating !== null);
    const { headline, detail } = res.body;
    expect(headline).toEqual({
      total: 9,
      completed: fixed.length,
      confirmed: 4,
      responseMedianMinutes: expect.closeTo(percentile(resp, 0.5)!, 6),
      resolutionMedianMinutes: expect.closeTo(percentile(reso, 0.5)!, 6),
      onTimeShare: expect.closeTo(onTime.length / notCancelled.length, 9),
      averageRating: expect.closeTo(rated.reduce((s, r) => s + r.rating!, 0) / rated.length, 9),
    });
    // The figures the plan implies, written out: 6 completed (4 confirmed, 2 done), 7 answered, 5 on time
    // (the late urgent water ticket, the reopened one past 72 h and the unanswered lift ticket are not).
    expect(fixed).toHaveLength(6);
    expect(resp).toHaveLength(7);
    expect(onTime).toHaveLength(5);
    expect(detail).toMatchObject({
      byOutcome: { open: 3, confirmed: 4, closedUnconfirmed: 0, closedNotFixed: 1, cancelled: 1 },
      responseP90Minutes: expect.closeTo(percentile(resp, 0.9)!, 6),
      resolutionP90Minutes: expect.closeTo(percentile(reso, 0.9)!, 6),
      responded: 7,
      onTime: 5,
      onTimeBase: 8,
      reopened: 1,
      everCompleted: 6,
      reopenRate: expect.closeTo(1 / 6, 9),
      rated: 4,
      satisfied: 2,
      satisfactionShare: 0.5,
    });
    expect(detail.byCategory).toEqual([
      {
        code: 'water',
        name: '水',
        total: 3,
        open: 1,
        confirmed: 2,
        closedUnconfirmed: 0,
        closedNotFixed: 0,
        cancelled: 0,
      },
      {
        code: 'electricity',
        name: '电',
        total: 2,
        open: 0,
        confirmed: 1,
        closedUnconfirmed: 0,
        closedNotFixed: 1,
        cancelled: 0,
      },
      {
        code: 'lift',
        name: '电梯',
        total: 2,
        open: 1,
        confirmed: 0,
        closedUnconfirmed: 0,
        closedNotFixed: 0,
        cancelled: 1,
      },
      {
        code: 'gas',
        name: '燃气',
        total: 1,
        open: 1,
        confirmed: 0,
        closedUnconfirmed: 0,
        closedNotFixed: 0,
        cancelled: 0,
      },
      {
        code: 'other',
        name: '其他',
        total: 1,
        open: 0,
        confirmed: 1,
        closedUnconfirmed: 0,
        closedNotFixed: 0,
        cancelled: 0,
      },
    ]);
  });

  it('counts auto-closed tickets apart from confirmed ones and never as satisfied', async () => {
    const { RepairsService } = await import('../src/modules/repairs/repairs.service.js');
    await t.created.app.get(RepairsService).autoCloseDue(new Date());
    const res = await t
      .req()
      .get(`/api/v1/repairs/stats?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`)
      .set(c.as('manager'))
      .expect(200);
    expect(res.body.detail.byOutcome).toMatchObject({ confirmed: 4, closedUnconfirmed: 2, open: 1 });
    expect(res.body.detail).toMatchObject({ rated: 4, satisfied: 2 });
  });

  it('the regulator sees the detail, residents the headline only, strangers nothing', async () => {
    const q = `/api/v1/repairs/stats?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`;
    expect((await t.req().get(q).set(c.as('regulator')).expect(200)).body.detail).not.toBeNull();
    const resident = await t.req().get(q).set(c.as('owner2')).expect(200);
    expect(resident.body.detail).toBeNull();
    expect(resident.body.headline.total).toBe(9);
    await t.req().get(q).set(c.as('stranger')).expect(403);
  });

  it('the queue counts and the overdue filter use the same rule', async () => {
    const q = await t.req().get('/api/v1/repairs/queue?overdue=1&status=open').set(c.as('manager')).expect(200);
    const now = new Date();
    const all = await ownerQuery<Row>(`SELECT * FROM repair_tickets WHERE community_id = $1`, [c.communityId]);
    const open = all.filter((r) =>
      ['submitted', 'assigned', 'in_progress', 'awaiting_quote_acceptance', 'done'].includes(r.status),
    );
    const overdue = open.filter((r) => {
      return rowOverdue(r, now);
    });
    expect(q.body.total).toBe(overdue.length);
    expect(q.body.counts.overdue).toBe(overdue.length);
    expect(q.body.items.every((i: { overdue: { any: boolean } }) => i.overdue.any)).toBe(true);
  });
});
