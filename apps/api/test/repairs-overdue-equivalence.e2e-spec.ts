import { OPEN_STATUSES, TICKET_STATUSES, slaTargets, type TicketStatus } from '@gongzhi/domain';
import pg from 'pg';
import { DISTRICT_OVERVIEW_SQL } from '../src/modules/district/district.service.js';
import { makeCommunity, type CommunityFixture } from './factories.js';
import { rowOverdue } from './overdue.js';
import { appRoleQuery, ownerQuery, startTestApp, type TestApp } from './harness.js';

/**
 * Overdue (docs/domain-rules.md §7) is one SQL function, `repair_overdue()`, beside its reference `isOverdue()` in
 * @gongzhi/domain. This test builds every combination of status, urgency, age, response and resolution time and
 * checks the four places that count overdue tickets — the ticket itself, the property queue (filter and counts), the
 * community statistics and the district (overview and the monthly rollup) — against the pure function.
 */
describe('repairs: overdue is one rule (ticket, queue, statistics, district)', () => {
  let t: TestApp;
  let c: CommunityFixture;
  const MIN = 60_000;
  const HOUR = 60 * MIN;
  const started = Date.now();

  interface Row {
    id: string;
    status: TicketStatus;
    urgency: 'urgent' | 'normal';
    created_at: Date;
    responded_at: Date | null;
    resolved_at: Date | null;
    respond_target_minutes: number;
    resolve_target_minutes: number;
  }
  const domainOverdue = rowOverdue;
  const rowsOf = (communityId: string) =>
    ownerQuery<Row>(`SELECT * FROM repair_tickets WHERE community_id = $1`, [communityId]);

  /** One ticket reported through the API, then copied with the given facts (one statement, so one rollup). */
  async function ticketsWith(
    f: CommunityFixture,
    facts: Array<{
      status: TicketStatus;
      urgency: 'urgent' | 'normal';
      created: Date;
      responded: Date | null;
      resolved: Date | null;
    }>,
  ): Promise<void> {
    const template = await t
      .req()
      .post('/api/v1/repairs')
      .set(f.as('owner1'))
      .send({ areaKind: 'common', category: 'water', description: '水管漏水', location: '大门', urgency: 'urgent' })
      .expect(201);
    const rows = facts.map((x) => ({
      ...x,
      rt: slaTargets[x.urgency].respondMinutes,
      st: slaTargets[x.urgency].resolveMinutes,
    }));
    await ownerQuery(
      `INSERT INTO repair_tickets
       SELECT (jsonb_populate_record(t, jsonb_build_object('id', gen_random_uuid(), 'status', x.status,
                 'urgency', x.urgency, 'respond_target_minutes', x.rt, 'resolve_target_minutes', x.st,
                 'created_at', x.created, 'responded_at', x.responded, 'resolved_at', x.resolved))).*
         FROM repair_tickets t,
              jsonb_to_recordset($2::jsonb) AS x(status text, urgency text, rt int, st int, created timestamptz,
                                                 responded timestamptz, resolved timestamptz)
        WHERE t.id = $1`,
      [template.body.id, JSON.stringify(rows)],
    );
  }

  beforeAll(async () => {
    t = await startTestApp();
    c = await makeCommunity(t); // its own district: the district figures are this community's
    const facts: Parameters<typeof ticketsWith>[1] = [];
    // Ages: just reported, two hours, four days; response/resolution minutes after the report (null: not yet),
    // including exactly the urgent response target (on time) and just past it.
    for (const status of TICKET_STATUSES)
      for (const urgency of ['urgent', 'normal'] as const)
        for (const age of [5 * MIN, 2 * HOUR, 96 * HOUR])
          for (const respond of [null, 5, 30, 45, 1500])
            for (const resolve of [null, 60, 1500, 4400]) {
              const created = new Date(started - age);
              facts.push({
                status,
                urgency,
                created,
                responded: respond === null ? null : new Date(created.getTime() + respond * MIN),
                resolved: resolve === null ? null : new Date(created.getTime() + resolve * MIN),
              });
            }
    await ticketsWith(c, facts);
  });
  afterAll(async () => t.close());

  it('the SQL function answers what isOverdue() answers, for every combination', async () => {
    const now = new Date();
    const sql = await appRoleQuery<{ id: string; overdue: boolean }>(
      `SELECT id, repair_overdue(status, created_at, responded_at, resolved_at, respond_target_minutes,
                                 resolve_target_minutes, $2) AS overdue
         FROM repair_tickets WHERE community_id = $1`,
      [c.communityId, now],
    );
    const rows = new Map((await rowsOf(c.communityId)).map((r) => [r.id, r]));
    expect(sql.length).toBe(1081);
    const mismatches = sql.filter((s) => s.overdue !== domainOverdue(rows.get(s.id)!, now));
    expect(mismatches).toEqual([]);
    // Both answers occur (the grid is not trivially all-overdue or all-on-time).
    expect(new Set(sql.map((s) => s.overdue))).toEqual(new Set([true, false]));
  });

  it('is inlined by the planner: the district overview still reads repair_tickets by index only', async () => {
    const db = new pg.Client({ connectionString: process.env.DATABASE_APP_URL });
    await db.connect();
    try {
      await db.query('SET enable_seqscan = off'); // a small table: ask whether an index plan exists at all
      const plan = (
        await db.query(`EXPLAIN (VERBOSE, FORMAT TEXT) ${DISTRICT_OVERVIEW_SQL}`, [
          c.districtId,
          new Date(),
          [...OPEN_STATUSES],
        ])
      ).rows
        .map((r) => r['QUERY PLAN'] as string)
        .join('\n');
      expect(plan).not.toContain('repair_overdue'); // the call became its expression
      expect(plan).not.toMatch(/Seq Scan on public\.repair_tickets/);
      expect(plan).toMatch(/Index (Only )?Scan using \S+ on public\.repair_tickets/);
    } finally {
      await db.end();
    }
  });

  it('the ticket, the queue filter and the queue counts agree with isOverdue()', async () => {
    const items: Array<{ id: string; overdue: { any: boolean } }> = [];
    for (let offset = 0; ; offset += 100) {
      const page = await t
        .req()
        .get(`/api/v1/repairs/queue?limit=100&offset=${offset}`)
        .set(c.as('manager'))
        .expect(200);
      items.push(...page.body.items);
      if (page.body.items.length < 100) break;
    }
    const now = new Date();
    const rows = await rowsOf(c.communityId);
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(items).toHaveLength(rows.length);
    expect(items.filter((i) => i.overdue.any !== domainOverdue(byId.get(i.id)!, now))).toEqual([]);

    const overdueOpen = rows.filter((r) => OPEN_STATUSES.includes(r.status) && domainOverdue(r, now));
    const q = await t.req().get('/api/v1/repairs/queue?overdue=1&status=open&limit=1').set(c.as('manager')).expect(200);
    expect(q.body.total).toBe(overdueOpen.length);
    expect(q.body.counts.overdue).toBe(overdueOpen.length);
    const all = await t.req().get('/api/v1/repairs/queue?overdue=1&limit=1').set(c.as('manager')).expect(200);
    expect(all.body.total).toBe(rows.filter((r) => domainOverdue(r, now)).length);
  });

  it('the community statistics and the district (overview and monthly rollup) agree with isOverdue()', async () => {
    const stats = await t.req().get('/api/v1/repairs/stats').set(c.as('chair')).expect(200);
    const now = new Date();
    const rows = await rowsOf(c.communityId);
    const notCancelled = rows.filter((r) => r.status !== 'cancelled');
    const onTime = notCancelled.filter((r) => !domainOverdue(r, now)).length;
    expect(stats.body.detail).toMatchObject({ onTime, onTimeBase: notCancelled.length });

    const regulator = { Authorization: `Bearer ${c.token('regulator')}` };
    const overview = await t.req().get('/api/v1/district/overview').set(regulator).expect(200);
    const mine = overview.body[0].communities.find((x: { communityId: string }) => x.communityId === c.communityId);
    const openOverdue = rows.filter((r) => OPEN_STATUSES.includes(r.status) && domainOverdue(r, new Date()));
    expect(mine.repairs.overdue).toBe(openOverdue.length);

    const month = (ms: number) => new Date(ms + 8 * HOUR).toISOString().slice(0, 7); // Beijing time
    const district = await t
      .req()
      .get(`/api/v1/district/repairs/stats?from=${month(started - 96 * HOUR)}&to=${month(started)}`)
      .set(regulator)
      .expect(200);
    const asOf = new Date(district.body.asOf);
    expect(district.body.district).toMatchObject({
      onTime: notCancelled.filter((r) => !domainOverdue(r, asOf)).length,
      onTimeBase: notCancelled.length,
    });
  });

  it('an urgent ticket answered late and still in progress is overdue on the ticket, in the queue and in the district', async () => {
    const d = await makeCommunity(t); // a new district, so its overview is computed now
    const created = new Date(Date.now() - 2 * HOUR);
    // Answered after 45 minutes (the urgent target is 30), being worked on, resolution target (24 h) not yet reached.
    await ticketsWith(d, [
      {
        status: 'in_progress',
        urgency: 'urgent',
        created,
        responded: new Date(created.getTime() + 45 * MIN),
        resolved: null,
      },
    ]);
    const queue = await t.req().get('/api/v1/repairs/queue?status=in_progress').set(d.as('manager')).expect(200);
    expect(queue.body.items).toHaveLength(1);
    const ticket = await t.req().get(`/api/v1/repairs/${queue.body.items[0].id}`).set(d.as('manager')).expect(200);
    expect(ticket.body.overdue).toEqual({ respond: true, resolve: false, any: true });
    expect(queue.body.counts.overdue).toBe(1);
    const overview = await t
      .req()
      .get('/api/v1/district/overview')
      .set('Authorization', `Bearer ${d.token('regulator')}`)
      .expect(200);
    const mine = overview.body[0].communities.find((x: { communityId: string }) => x.communityId === d.communityId);
    expect(mine.repairs).toMatchObject({ open: 2, overdue: 1 });
  });
});
