import { ErrorCode, percentile, type TicketStatus } from '@gongzhi/domain';
import { makeCommunity, type CommunityFixture } from './factories.js';
import { ownerQuery, startTestApp, type TestApp } from './harness.js';
import { rowOverdue } from './overdue.js';

/**
 * 辖区报修统计 (GET /district/repairs/stats) is read from the monthly rollup the ticket triggers keep. This test builds
 * tickets with known times in two communities of one district (and one of another district), then checks the
 * district's figures against its own sums, the pure `percentile` / `isOverdue` of @gongzhi/domain over both
 * communities' tickets, and each community's figures against GET /repairs/stats over the same window.
 */
describe('district repair statistics (辖区报修统计)', () => {
  let t: TestApp;
  let a: CommunityFixture;
  let b: CommunityFixture;
  let foreign: CommunityFixture;
  const HOUR = 3600_000;
  // August and September 2026, Beijing time: [2026-07-31T16:00Z, 2026-09-30T16:00Z).
  const start = Date.UTC(2026, 6, 31, 16);
  const end = Date.UTC(2026, 8, 30, 16);
  const url = '/api/v1/district/repairs/stats?from=2026-08&to=2026-09';

  type Fate = 'confirm5' | 'confirm4' | 'confirm2' | 'done' | 'reopenDone' | 'decline' | 'cancel' | 'open';
  // [community, category, urgency, fate, reported at (ms), response minutes, resolution minutes]
  let plan: Array<[() => CommunityFixture, string, string, Fate, number, number | null, number | null]>;

  beforeAll(async () => {
    t = await startTestApp();
    a = await makeCommunity(t, { name: '甲小区' });
    b = await makeCommunity(t, { name: '乙小区', districtId: a.districtId });
    foreign = await makeCommunity(t, { name: '外区小区' });
    plan = [
      [() => a, 'water', 'urgent', 'confirm5', start + 10 * 60_000, 10, 300], // 00:10 on 1 August, Beijing: inside
      [() => a, 'water', 'urgent', 'confirm2', start + 5 * 24 * HOUR, 45, 2000], // late response and resolution
      [() => a, 'electricity', 'normal', 'reopenDone', start + 9 * 24 * HOUR, 600, 5000],
      [() => a, 'lift', 'normal', 'cancel', start + 20 * 24 * HOUR, null, null],
      [() => a, 'lift', 'urgent', 'open', start + 40 * 24 * HOUR, null, null], // never answered: overdue
      [() => a, 'other', 'normal', 'confirm4', end - 30 * 60_000, 1000, 4000], // 23:30 on 30 September: inside
      [() => b, 'water', 'normal', 'confirm4', start + 2 * 24 * HOUR, 20, 600],
      [() => b, 'gas', 'urgent', 'done', start + 33 * 24 * HOUR, 5, 60],
      [() => b, 'electricity', 'normal', 'decline', start + 34 * 24 * HOUR, 120, 130],
      [() => b, 'water', 'normal', 'confirm5', start + 50 * 24 * HOUR, 90, 1500],
      [() => b, 'water', 'urgent', 'confirm2', start - 30 * 60_000, 15, 200], // 23:30 on 31 July: outside
      [() => b, 'water', 'urgent', 'done', end, 15, 200], // 00:00 on 1 October: outside
      [() => foreign, 'water', 'urgent', 'done', start + 24 * HOUR, 15, 200], // another district
    ];
    for (const [i, [of, category, urgency, fate, at, respond, resolve]] of plan.entries()) {
      const c = of();
      const move = (id: string, who: string, action: string, body: object = {}) =>
        t.req().post(`/api/v1/repairs/${id}/${action}`).set(c.as(who)).send(body).expect(200);
      const id = (
        await t
          .req()
          .post('/api/v1/repairs')
          .set(c.as('owner1'))
          .set('Idempotency-Key', `dist-stats-${i}`)
          .send({
            areaKind: 'unit',
            unitId: c.units[0].id,
            category,
            description: '统计用报修',
            location: '室内',
            urgency,
          })
          .expect(201)
      ).body.id as string;
      const finish = async () => {
        await move(id, 'manager', 'assign', { assigneeId: c.people.staff });
        await move(id, 'staff', 'start');
        await move(id, 'staff', 'complete');
      };
      if (fate.startsWith('confirm')) {
        await finish();
        await move(id, 'owner1', 'confirm');
        await t
          .req()
          .post(`/api/v1/repairs/${id}/rating`)
          .set(c.as('owner1'))
          .send({ score: Number(fate.slice(-1)) })
          .expect(200);
      } else if (fate === 'reopenDone') {
        await finish();
        await move(id, 'owner1', 'reopen', { note: '没修好' });
        await move(id, 'staff', 'complete');
      } else if (fate === 'done') await finish();
      else if (fate === 'decline') await move(id, 'manager', 'decline', { reason: 'not_our_responsibility' });
      else if (fate === 'cancel') await move(id, 'owner1', 'cancel');
      await ownerQuery(
        `UPDATE repair_tickets SET created_at = $2,
           responded_at = CASE WHEN $3::int IS NULL THEN NULL ELSE $2::timestamptz + $3::int * interval '1 minute' END,
           resolved_at = CASE WHEN $4::int IS NULL THEN NULL ELSE $2::timestamptz + $4::int * interval '1 minute' END
         WHERE id = $1`,
        [id, new Date(at), respond, resolve],
      );
    }
  });
  afterAll(async () => t.close());

  interface Row {
    community_id: string;
    status: TicketStatus;
    urgency: 'urgent' | 'normal';
    category_code: string;
    category_name: string;
    created_at: Date;
    responded_at: Date | null;
    resolved_at: Date | null;
    respond_target_minutes: number;
    resolve_target_minutes: number;
    reopen_count: number;
    rating: number | null;
  }
  const minutes = (from: Date, to: Date) => (to.getTime() - from.getTime()) / 60_000;
  const OPEN = ['submitted', 'assigned', 'in_progress', 'awaiting_quote_acceptance', 'done'];
  const FIXED = ['done', 'confirmed', 'closed_unconfirmed'];

  /** The figures of a set of tickets, computed here from the rows with the domain's rules. */
  function expected(rs: Row[], now: Date) {
    const fixed = rs.filter((r) => FIXED.includes(r.status));
    const resp = rs.filter((r) => r.responded_at).map((r) => minutes(r.created_at, r.responded_at!));
    const reso = fixed.filter((r) => r.resolved_at).map((r) => minutes(r.created_at, r.resolved_at!));
    const notCancelled = rs.filter((r) => r.status !== 'cancelled');
    const onTime = notCancelled.filter((r) => {
      return !rowOverdue(r, now);
    });
    const rated = rs.filter((r) => r.rating !== null);
    const satisfied = rated.filter((r) => r.rating! >= 4);
    const reopened = rs.filter((r) => r.reopen_count > 0);
    const everCompleted = rs.filter((r) => FIXED.includes(r.status) || r.reopen_count > 0);
    const count = (s: string) => rs.filter((r) => r.status === s).length;
    const close = (v: number | null) => (v === null ? null : expect.closeTo(v, 6));
    return {
      total: rs.length,
      open: rs.filter((r) => OPEN.includes(r.status)).length,
      completed: fixed.length,
      confirmed: count('confirmed'),
      closedUnconfirmed: count('closed_unconfirmed'),
      closedNotFixed: count('closed_not_fixed'),
      cancelled: count('cancelled'),
      responded: resp.length,
      responseMedianMinutes: close(percentile(resp, 0.5)),
      responseP90Minutes: close(percentile(resp, 0.9)),
      resolutionMedianMinutes: close(percentile(reso, 0.5)),
      resolutionP90Minutes: close(percentile(reso, 0.9)),
      onTime: onTime.length,
      onTimeBase: notCancelled.length,
      onTimeShare: notCancelled.length ? expect.closeTo(onTime.length / notCancelled.length, 9) : null,
      reopened: reopened.length,
      everCompleted: everCompleted.length,
      reopenRate: everCompleted.length ? expect.closeTo(reopened.length / everCompleted.length, 9) : null,
      rated: rated.length,
      satisfied: satisfied.length,
      satisfactionShare: rated.length ? expect.closeTo(satisfied.length / rated.length, 9) : null,
      averageRating: rated.length ? expect.closeTo(rated.reduce((s, r) => s + r.rating!, 0) / rated.length, 9) : null,
    };
  }
  const rowsOf = (ids: string[]) =>
    ownerQuery<Row>(
      `SELECT * FROM repair_tickets WHERE community_id = ANY($1) AND created_at >= $2 AND created_at < $3`,
      [ids, new Date(start), new Date(end)],
    );

  it('gives the district the sums and exact percentiles of its communities’ tickets, and each community what /repairs/stats gives', async () => {
    const res = await t
      .req()
      .get(url)
      .set('Authorization', `Bearer ${a.token('regulator')}`)
      .expect(200);
    const body = res.body;
    expect(body).toMatchObject({
      districtId: a.districtId,
      fromMonth: '2026-08',
      toMonth: '2026-09',
      from: new Date(start).toISOString(),
      to: new Date(end).toISOString(),
    });
    const now = new Date(body.asOf);
    const rs = await rowsOf([a.communityId, b.communityId]);
    // Written out: 6 tickets in 甲, 4 in 乙 (the 31 July, 1 October and other-district tickets are outside).
    expect(rs).toHaveLength(10);
    expect(body.district).toEqual(expected(rs, now));
    expect(body.district).toMatchObject({
      total: 10,
      confirmed: 5,
      cancelled: 1,
      closedNotFixed: 1,
      rated: 5,
      satisfied: 4,
    });
    const cats = new Map<
      string,
      {
        code: string;
        name: string;
        total: number;
        open: number;
        confirmed: number;
        closedUnconfirmed: number;
        closedNotFixed: number;
        cancelled: number;
      }
    >();
    for (const r of rs) {
      const c = cats.get(r.category_code) ?? {
        code: r.category_code,
        name: r.category_name,
        total: 0,
        open: 0,
        confirmed: 0,
        closedUnconfirmed: 0,
        closedNotFixed: 0,
        cancelled: 0,
      };
      c.total++;
      if (OPEN.includes(r.status)) c.open++;
      if (r.status === 'confirmed') c.confirmed++;
      if (r.status === 'closed_unconfirmed') c.closedUnconfirmed++;
      if (r.status === 'closed_not_fixed') c.closedNotFixed++;
      if (r.status === 'cancelled') c.cancelled++;
      cats.set(r.category_code, c);
    }
    expect(body.byCategory).toEqual([...cats.values()].sort((x, y) => y.total - x.total || (x.code < y.code ? -1 : 1)));

    expect(body.communities.map((c: { name: string }) => c.name)).toEqual(['乙小区', '甲小区']);
    expect(JSON.stringify(body)).not.toContain(foreign.communityId);
    for (const c of [a, b]) {
      const mine = body.communities.find((x: { communityId: string }) => x.communityId === c.communityId).figures;
      expect(mine).toEqual(
        expected(
          rs.filter((r) => r.community_id === c.communityId),
          now,
        ),
      );
      const one = (
        await t
          .req()
          .get(`/api/v1/repairs/stats?from=${encodeURIComponent(body.from)}&to=${encodeURIComponent(body.to)}`)
          .set(c.as('regulator'))
          .expect(200)
      ).body;
      expect(mine).toMatchObject({
        total: one.headline.total,
        completed: one.headline.completed,
        confirmed: one.headline.confirmed,
        open: one.detail.byOutcome.open,
        closedUnconfirmed: one.detail.byOutcome.closedUnconfirmed,
        closedNotFixed: one.detail.byOutcome.closedNotFixed,
        cancelled: one.detail.byOutcome.cancelled,
        responded: one.detail.responded,
        responseMedianMinutes: one.headline.responseMedianMinutes,
        responseP90Minutes: one.detail.responseP90Minutes,
        resolutionMedianMinutes: one.headline.resolutionMedianMinutes,
        resolutionP90Minutes: one.detail.resolutionP90Minutes,
        onTime: one.detail.onTime,
        onTimeBase: one.detail.onTimeBase,
        onTimeShare: one.headline.onTimeShare,
        reopened: one.detail.reopened,
        everCompleted: one.detail.everCompleted,
        reopenRate: one.detail.reopenRate,
        rated: one.detail.rated,
        satisfied: one.detail.satisfied,
        satisfactionShare: one.detail.satisfactionShare,
      });
      expect(mine.averageRating).toBeCloseTo(one.headline.averageRating, 9);
    }
  });

  it('follows every ticket change in the same transaction (the rollup is kept by the ticket triggers)', async () => {
    const before = (
      await t
        .req()
        .get(url)
        .set('Authorization', `Bearer ${a.token('regulator')}`)
        .expect(200)
    ).body.district;
    // The open lift ticket in 甲 is cancelled by its reporter, and the 1 October ticket is moved into September.
    const [open] = await ownerQuery<{ id: string }>(
      `SELECT id FROM repair_tickets WHERE community_id = $1 AND status = 'submitted'`,
      [a.communityId],
    );
    await t.req().post(`/api/v1/repairs/${open!.id}/cancel`).set(a.as('owner1')).send({}).expect(200);
    await ownerQuery(
      `UPDATE repair_tickets SET created_at = created_at - interval '1 day' WHERE community_id = $1 AND created_at = $2`,
      [b.communityId, new Date(end)],
    );
    const res = (
      await t
        .req()
        .get(url)
        .set('Authorization', `Bearer ${a.token('regulator')}`)
        .expect(200)
    ).body;
    expect(res.district).toMatchObject({ total: before.total + 1, cancelled: before.cancelled + 1, open: before.open });
    expect(res.district).toEqual(expected(await rowsOf([a.communityId, b.communityId]), new Date(res.asOf)));
  });

  it('defaults to the last 12 months and refuses a bad window with field messages in Chinese', async () => {
    const auth = { Authorization: `Bearer ${a.token('regulator')}` };
    const d = (await t.req().get('/api/v1/district/repairs/stats').set(auth).expect(200)).body;
    const monthsBetween = (x: string, y: string) =>
      Number(y.slice(0, 4)) * 12 + Number(y.slice(5)) - (Number(x.slice(0, 4)) * 12 + Number(x.slice(5)));
    expect(monthsBetween(d.fromMonth, d.toMonth)).toBe(11);
    expect(d.communities).toHaveLength(2);
    const bad = await t.req().get('/api/v1/district/repairs/stats?from=2026-13').set(auth).expect(400);
    expect(bad.body.error.code).toBe(ErrorCode.VALIDATION_FAILED);
    expect(JSON.stringify(bad.body.error.details)).toContain('月份格式不正确');
    const reversed = await t.req().get('/api/v1/district/repairs/stats?from=2026-09&to=2026-08').set(auth).expect(400);
    expect(reversed.body.error.message).toBe('起始月份不能晚于终止月份');
    const long = await t.req().get('/api/v1/district/repairs/stats?from=2025-08&to=2026-08').set(auth).expect(400);
    expect(long.body.error.message).toBe('统计区间最长 12 个月');
    await t.req().get(`/api/v1/district/repairs/stats?districtId=${foreign.districtId}`).set(auth).expect(404);
  });

  it('is for regulators only', async () => {
    const res = await t
      .req()
      .get(url)
      .set('Authorization', `Bearer ${a.token('chair')}`)
      .expect(403);
    expect(res.body.error.code).toBe(ErrorCode.FORBIDDEN);
    await t.req().get(url).expect(401);
  });
});
