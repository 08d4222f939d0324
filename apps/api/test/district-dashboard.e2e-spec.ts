import { ErrorCode } from '@gongzhi/domain';
import { makeCommunity, type CommunityFixture } from './factories.js';
import { historyQuery, ownerQuery, startTestApp, type TestApp } from './harness.js';

/**
 * 辖区看板 (GET /district/dashboard, issue 26). Three communities in one district — 甲 and 乙 in 文新街道, 丙 in
 * 良渚镇 — and one in another district, with tickets, a vote and ledger statements. The district's and the
 * subdistricts' figures must be the roll-up of the communities' figures (numerators and denominators add up;
 * percentiles equal those GET /district/repairs/stats computes over all the district's tickets), the small-group
 * rule must hold back a community's rate and still count its tickets in the district, and every figure must lead
 * to its records (the late tickets, one ticket's timeline) within the regulator's district only.
 */
describe('district dashboard (辖区看板)', () => {
  let t: TestApp;
  let a: CommunityFixture;
  let b: CommunityFixture;
  let c: CommunityFixture;
  let foreign: CommunityFixture;
  const DAY = 86_400_000;
  const now = Date.now();
  const regulator = () => ({ Authorization: `Bearer ${a.token('regulator')}` });

  type Fate = 'confirm5' | 'confirm2' | 'done' | 'decline' | 'reopenDone' | 'open';
  // [community, urgency, fate, days ago, response minutes, resolution minutes]
  let plan: Array<[() => CommunityFixture, string, Fate, number, number | null, number | null]>;

  beforeAll(async () => {
    t = await startTestApp({ DISTRICT_OVERVIEW_CACHE_SECONDS: '0' });
    a = await makeCommunity(t, { name: '甲小区' });
    b = await makeCommunity(t, { name: '乙小区', districtId: a.districtId });
    c = await makeCommunity(t, { name: '丙小区', districtId: a.districtId });
    foreign = await makeCommunity(t, { name: '外区小区' });
    for (const [x, address] of [
      [a, '杭州市西湖区文新街道文一西路 1 号'],
      [b, '杭州市西湖区文新街道古墩路 2 号'],
      [c, '杭州市余杭区良渚镇良渚路 3 号'],
    ] as const)
      await ownerQuery(`UPDATE communities SET address = $2 WHERE id = $1`, [x.communityId, address]);
    // 丙 has no property manager on the platform
    await ownerQuery(`DELETE FROM role_assignments WHERE community_id = $1 AND role = 'property_manager'`, [
      c.communityId,
    ]);
    plan = [
      [() => a, 'normal', 'confirm5', 20, 30, 600],
      [() => a, 'normal', 'confirm5', 18, 60, 900],
      [() => a, 'urgent', 'confirm2', 15, 90, 3000], // late: urgent response target 30 min
      [() => a, 'normal', 'reopenDone', 12, 120, 2000],
      [() => a, 'normal', 'decline', 10, 200, 300],
      [() => a, 'urgent', 'open', 3, null, null], // never answered: overdue now
      [() => b, 'normal', 'confirm5', 9, 45, 1200],
      [() => b, 'normal', 'done', 5, 20, 400],
      [() => c, 'normal', 'confirm5', 7, 10, 100],
      [() => foreign, 'urgent', 'open', 2, null, null],
    ];
    for (const [i, [of, urgency, fate, ago, respond, resolve]] of plan.entries()) {
      const x = of();
      const move = (id: string, who: string, action: string, body: object = {}) =>
        t.req().post(`/api/v1/repairs/${id}/${action}`).set(x.as(who)).send(body).expect(200);
      const staffWho = x === c ? 'staff' : 'manager';
      const id = (
        await t
          .req()
          .post('/api/v1/repairs')
          .set(x.as('owner1'))
          .set('Idempotency-Key', `dashboard-${i}-${now}`)
          .send({
            areaKind: 'unit',
            unitId: x.units[0].id,
            category: 'water',
            description: '厨房水管漏水',
            location: '1幢1单元101室厨房',
            urgency,
          })
          .expect((r) => {
            if (r.status !== 201) throw new Error(JSON.stringify(r.body));
          })
      ).body.id as string;
      const finish = async () => {
        if (staffWho === 'manager') await move(id, 'manager', 'assign', { assigneeId: x.people.staff });
        else await move(id, 'staff', 'take');
        await move(id, 'staff', 'start');
        await move(id, 'staff', 'complete');
      };
      if (fate.startsWith('confirm')) {
        await finish();
        await move(id, 'owner1', 'confirm');
        await t
          .req()
          .post(`/api/v1/repairs/${id}/rating`)
          .set(x.as('owner1'))
          .send({ score: Number(fate.slice(-1)) })
          .expect(200);
      } else if (fate === 'reopenDone') {
        await finish();
        await move(id, 'owner1', 'reopen', { note: '没修好' });
        await move(id, 'staff', 'complete');
      } else if (fate === 'done') await finish();
      else if (fate === 'decline') await move(id, 'manager', 'decline', { reason: 'not_our_responsibility' });
      const at = new Date(now - ago * DAY);
      await ownerQuery(
        `UPDATE repair_tickets SET created_at = $2,
           responded_at = CASE WHEN $3::int IS NULL THEN NULL ELSE $2::timestamptz + $3::int * interval '1 minute' END,
           resolved_at = CASE WHEN $4::int IS NULL THEN NULL ELSE $2::timestamptz + $4::int * interval '1 minute' END
         WHERE id = $1`,
        [id, at, respond, resolve],
      );
    }
    // A vote in 甲 closed 10 days ago: 12 owners in the frozen electorate, 7 took part.
    const [r] = await ownerQuery<{ id: string }>(
      `INSERT INTO resolutions (community_id, title, status, scope_kind, voting_opens_at, voting_days, voting_closes_at, created_by)
       VALUES ($1, '关于续聘物业的表决', 'open', 'community', now() - interval '25 days', 15, now() - interval '10 days', $2) RETURNING id`,
      [a.communityId, a.people.chair],
    );
    let prev = '0'.repeat(64);
    for (let i = 0; i < 12; i++) {
      await ownerQuery(
        `INSERT INTO electorate_voters (resolution_id, voter_key, kind, unit_ids, area_hundredths) VALUES ($1, $2, 'owner', '{}', $3)`,
        [r!.id, `v${i}`, 10_000 + i * 100],
      );
      if (i < 7) {
        const hash = String(i + 1).padStart(64, 'a');
        await historyQuery(
          'ballots',
          `INSERT INTO ballots (resolution_id, community_id, seq, voter_key, voter_seq, channel, choices, entered_by, cast_at, prev_hash, hash, receipt)
           VALUES ($1, $2, $3, $4, 1, 'online', '{}', $5, now() - interval '12 days', $6, $7, $8)`,
          [r!.id, a.communityId, i + 1, `v${i}`, a.people.owner1, prev, hash, `R${i}`],
        );
        prev = hash;
      }
    }
    await historyQuery(
      'resolutions',
      `UPDATE resolutions SET status = 'final', closed_at = now() - interval '10 days', finalized_at = now() - interval '2 days' WHERE id = $1`,
      [r!.id],
    );
    // Ledger statements: 甲 10 days ago, 乙 200 days ago (past the half-year cadence), 丙 never.
    for (const [x, ago, key] of [
      [a, 10, '2026-H1'],
      [b, 200, '2025-H2'],
    ] as const)
      await ownerQuery(
        `INSERT INTO ledger_statements (community_id, period_key, period_start, period_end, snapshot, head_seq, head_hash, published_by, published_at, display_until)
         VALUES ($1, $2, '2026-01-01', '2026-06-30', '{}', 0, $3, $4, now() - $5::int * interval '1 day', now())`,
        [x.communityId, key, '0'.repeat(64), x.people.chair, ago],
      );
  });
  afterAll(async () => t.close());

  interface Figure {
    code: string;
    value: number | null;
    numerator: number | null;
    denominator: number | null;
    n: number;
    withheld: string | null;
    attention: boolean;
    rank?: number | null;
    rankOf?: number;
  }
  const fig = (figures: Figure[], code: string) => {
    const f = figures.find((x) => x.code === code);
    if (!f) throw new Error(`no figure ${code}`);
    return f;
  };

  it('rolls the communities’ figures up to the subdistricts and the district', async () => {
    const res = await t
      .req()
      .get('/api/v1/district/dashboard')
      .set(regulator())
      .set('Accept-Encoding', 'gzip')
      .expect(200);
    expect(res.headers['content-encoding']).toBe('gzip'); // compressed once per computation
    const d = res.body;
    expect(d.districtId).toBe(a.districtId);
    expect(d.communities.map((x: { name: string }) => x.name)).toEqual(['丙小区', '乙小区', '甲小区']);
    expect(JSON.stringify(d)).not.toContain(foreign.communityId);
    const byId = (x: CommunityFixture) =>
      d.communities.find((y: { communityId: string }) => y.communityId === x.communityId);
    const groups = [
      { name: '全区', figures: d.district.figures as Figure[], members: [a, b, c] },
      ...d.subdistricts.map((s: { name: string; figures: Figure[] }) => ({
        name: s.name,
        figures: s.figures,
        members: s.name === '文新街道' ? [a, b] : [c],
      })),
    ];
    expect(d.subdistricts.map((s: { name: string; communities: number }) => [s.name, s.communities])).toEqual([
      ['良渚镇', 1], // in pinyin order
      ['文新街道', 2],
    ]);
    const defs: Array<{ code: string; available: boolean; rollUp?: string; unit?: string }> = d.metrics;
    for (const g of groups) {
      for (const m of defs.filter((x) => x.available)) {
        const up = fig(g.figures, m.code);
        const parts = g.members.map((x: CommunityFixture) => fig(byId(x).figures, m.code));
        if (m.rollUp === 'ratio' || m.rollUp === 'sum') {
          const sum = (f: (p: Figure) => number) => parts.reduce((s: number, p: Figure) => s + f(p), 0);
          expect([g.name, m.code, up.numerator, up.denominator, up.n]).toEqual([
            g.name,
            m.code,
            sum((p) => p.numerator!),
            sum((p) => p.denominator!),
            sum((p) => p.n),
          ]);
          if (up.withheld === null)
            expect(up.value).toBeCloseTo(m.rollUp === 'sum' ? up.numerator! : up.numerator! / up.denominator!, 9);
        } else if (m.rollUp === 'percentile') {
          expect(up.n).toBe(parts.reduce((s: number, p: Figure) => s + p.n, 0));
        } else if (m.rollUp === 'max') {
          const shown = parts.filter((p: Figure) => p.value !== null).map((p: Figure) => p.value!);
          expect(up.value).toBe(shown.length ? Math.max(...shown) : null);
        }
      }
    }
    // The district's percentiles and on-time figures are those of the repair statistics over the same months.
    const stats = (
      await t
        .req()
        .get(`/api/v1/district/repairs/stats?from=${d.fromMonth}&to=${d.toMonth}`)
        .set(regulator())
        .expect(200)
    ).body;
    const dist = d.district.figures as Figure[];
    expect(fig(dist, 'service.response_p50').value).toBeCloseTo(stats.district.responseMedianMinutes, 6);
    expect(fig(dist, 'service.response_p90').value).toBeCloseTo(stats.district.responseP90Minutes, 6);
    expect(fig(dist, 'service.resolution_p50').value).toBeCloseTo(stats.district.resolutionMedianMinutes, 6);
    expect(fig(dist, 'service.resolution_p90').value).toBeCloseTo(stats.district.resolutionP90Minutes, 6);
    expect(fig(dist, 'service.on_time')).toMatchObject({
      numerator: stats.district.onTime,
      n: stats.district.onTimeBase,
    });
    expect(fig(dist, 'service.reopen')).toMatchObject({
      numerator: stats.district.reopened,
      n: stats.district.everCompleted,
    });
    expect(fig(dist, 'service.satisfaction')).toMatchObject({
      numerator: stats.district.satisfied,
      n: stats.district.rated,
    });
    const aStats = stats.communities.find((x: { communityId: string }) => x.communityId === a.communityId).figures;
    expect(fig(byId(a).figures, 'service.response_p50').value).toBeCloseTo(aStats.responseMedianMinutes, 6);
    // 甲 has 4 repaired tickets: its resolution median is held back, though /repairs/stats computes one
    expect(fig(byId(a).figures, 'service.resolution_p50')).toMatchObject({
      value: null,
      withheld: 'small_group',
      n: 4,
    });
    expect(aStats.resolutionMedianMinutes).not.toBeNull();
    expect(fig(byId(a).figures, 'service.on_time')).toMatchObject({ numerator: aStats.onTime, n: aStats.onTimeBase });
    // Written out: 甲's 6 tickets (the open one is overdue), 乙's 2 and 丙's 1 — 9 in the district.
    expect(fig(dist, 'service.on_time').n).toBe(9);
    expect(fig(dist, 'service.overdue_open')).toMatchObject({ value: 1, attention: true });
    // The vote: 7 of 12 heads took part (below two thirds), counted once in 甲, 文新街道 and the district.
    expect(fig(byId(a).figures, 'governance.turnout_heads')).toMatchObject({ numerator: 7, n: 12, attention: true });
    expect(fig(dist, 'governance.turnout_heads')).toMatchObject({ numerator: 7, n: 12 });
    expect(fig(byId(a).figures, 'governance.votes_held').value).toBe(1);
    expect(fig(byId(a).figures, 'transparency.days_since_statement').value).toBe(10);
    expect(fig(dist, 'transparency.days_since_statement')).toMatchObject({ value: 200, n: 2 });
    expect(fig(byId(c).figures, 'transparency.days_since_statement').withheld).toBe('no_data');
    expect(fig(dist, 'transparency.statement_current')).toMatchObject({ numerator: 1, n: 3 });
    expect(fig(dist, 'coverage.property_company')).toMatchObject({ numerator: 2, n: 3 });
  });

  it('holds back a small community’s rate (the small-group rule) and ranks within the peer group with its n', async () => {
    const d = (await t.req().get('/api/v1/district/dashboard').set(regulator()).expect(200)).body;
    const byId = (x: CommunityFixture) =>
      d.communities.find((y: { communityId: string }) => y.communityId === x.communityId);
    // 乙 has 2 tickets: no on-time share, no rank; 甲 has 6 and is ranked 1 of 1 among the small communities.
    expect(fig(byId(b).figures, 'service.on_time')).toMatchObject({
      value: null,
      withheld: 'small_group',
      n: 2,
      rank: null,
      rankOf: 1,
    });
    expect(fig(byId(a).figures, 'service.on_time')).toMatchObject({ rank: 1, rankOf: 1, n: 6 });
    expect(byId(a).peerGroup).toBe('small');
    expect(d.peerGroups.find((g: { code: string }) => g.code === 'small').communities).toBe(3);
    // Ranked on 'days since the statement' (lower is better): 甲 10 days first, 乙 200 days second, 丙 no rank.
    expect(fig(byId(a).figures, 'transparency.days_since_statement')).toMatchObject({ rank: 1, rankOf: 2 });
    expect(fig(byId(b).figures, 'transparency.days_since_statement')).toMatchObject({ rank: 2, rankOf: 2 });
    // The dictionary lists the figures that need modules not built yet, without numbers.
    const missing = d.metrics.filter((m: { available: boolean }) => !m.available).map((m: { code: string }) => m.code);
    expect(missing).toEqual(expect.arrayContaining(['transparency.disclosure', 'service.inspection_score']));
    expect(JSON.stringify(d.district.figures)).not.toContain('transparency.disclosure');
  });

  it('lists what needs attention, the furthest past its threshold first', async () => {
    const d = (await t.req().get('/api/v1/district/dashboard').set(regulator()).expect(200)).body;
    const items: Array<[string, string]> = d.needsAttention.map((i: { name: string; metric: string }) => [
      i.name,
      i.metric,
    ]);
    expect(items).toEqual(
      expect.arrayContaining([
        ['丙小区', 'coverage.property_company'],
        ['乙小区', 'transparency.days_since_statement'],
        ['甲小区', 'service.overdue_open'],
        ['甲小区', 'governance.turnout_heads'],
        ['丙小区', 'transparency.statement_current'],
      ]),
    );
    expect(items).not.toContainEqual(['乙小区', 'service.on_time']); // withheld figures never need attention
    const sev = d.needsAttention.map((i: { severity: number }) => i.severity);
    expect(sev).toEqual([...sev].sort((x: number, y: number) => y - x));
  });

  it('drills from a figure to the late tickets and from one ticket to its timeline, without who or where', async () => {
    const onTime = (await t.req().get('/api/v1/district/dashboard').set(regulator()).expect(200)).body.communities
      .find((y: { communityId: string }) => y.communityId === a.communityId)
      .figures.find((f: Figure) => f.code === 'service.on_time');
    const rec = (
      await t
        .req()
        .get(`/api/v1/district/communities/${a.communityId}/records?metric=service.on_time`)
        .set(regulator())
        .expect(200)
    ).body;
    expect(rec).toMatchObject({ communityId: a.communityId, name: '甲小区', records: 'late_tickets' });
    expect(rec.tickets).toHaveLength(onTime.n - onTime.numerator);
    expect(rec.total).toBe(onTime.n - onTime.numerator);
    expect(rec.tickets.every((x: { overdue: boolean }) => x.overdue)).toBe(true);
    const open = rec.tickets.find((x: { status: string }) => x.status === 'submitted');
    const tl = (
      await t.req().get(`/api/v1/district/communities/${a.communityId}/repairs/${open.id}`).set(regulator()).expect(200)
    ).body;
    expect(tl).toMatchObject({ id: open.id, statusLabel: '已提交', description: '厨房水管漏水', overdue: true });
    expect(tl.timeline[0]).toMatchObject({ action: 'submit', actionLabel: '提交报修', actorLabel: '报修人' });
    const text = JSON.stringify(tl) + JSON.stringify(rec);
    expect(text).not.toContain('1幢1单元101室');
    expect(text).not.toContain(a.people.owner1);
    expect(text).not.toContain(a.units[0].id);
    // The vote and the statements behind their figures.
    const votes = (
      await t
        .req()
        .get(`/api/v1/district/communities/${a.communityId}/records?metric=governance.turnout_heads`)
        .set(regulator())
        .expect(200)
    ).body;
    expect(votes.resolutions).toEqual([
      expect.objectContaining({ title: '关于续聘物业的表决', heads: 12, votedHeads: 7 }),
    ]);
    const st = (
      await t
        .req()
        .get(`/api/v1/district/communities/${b.communityId}/records?metric=transparency.days_since_statement`)
        .set(regulator())
        .expect(200)
    ).body;
    expect(st.statements.map((s: { periodKey: string }) => s.periodKey)).toEqual(['2025-H2']);
  });

  it('answers only within the regulator’s district, and refuses a bad metric in Chinese', async () => {
    const other = { Authorization: `Bearer ${foreign.token('regulator')}` };
    const [ticket] = await ownerQuery<{ id: string }>(`SELECT id FROM repair_tickets WHERE community_id = $1 LIMIT 1`, [
      a.communityId,
    ]);
    await t
      .req()
      .get(`/api/v1/district/communities/${a.communityId}/records?metric=service.on_time`)
      .set(other)
      .expect(404);
    await t.req().get(`/api/v1/district/communities/${a.communityId}/repairs/${ticket!.id}`).set(other).expect(404);
    // a ticket of another community under this community's id is not found either
    await t
      .req()
      .get(`/api/v1/district/communities/${b.communityId}/repairs/${ticket!.id}`)
      .set(regulator())
      .expect(404);
    await t.req().get(`/api/v1/district/communities/not-an-id/repairs/${ticket!.id}`).set(regulator()).expect(404);
    await t.req().get(`/api/v1/district/dashboard?districtId=${a.districtId}`).set(other).expect(404);
    const bad = await t
      .req()
      .get(`/api/v1/district/communities/${a.communityId}/records?metric=service.inspection_score`)
      .set(regulator())
      .expect(400);
    expect(bad.body.error.code).toBe(ErrorCode.VALIDATION_FAILED);
    expect(JSON.stringify(bad.body.error)).toContain('该指标暂未提供');
    const missing = await t
      .req()
      .get(`/api/v1/district/communities/${a.communityId}/records`)
      .set(regulator())
      .expect(400);
    expect(JSON.stringify(missing.body.error)).toMatch(/指标/);
    await t.req().get('/api/v1/district/dashboard').set(a.as('chair')).expect(403);
  });

  it('exports the table as XLSX: every community, the subdistricts, what needs attention and the dictionary', async () => {
    const res = await t
      .req()
      .get('/api/v1/district/dashboard.xlsx')
      .set(regulator())
      .buffer(true)
      .parse((r, cb) => {
        const chunks: Buffer[] = [];
        r.on('data', (x: Buffer) => chunks.push(x));
        r.on('end', () => cb(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body as never);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['各小区', '街道汇总', '待关注', '指标说明']);
    const rows = wb.getWorksheet('各小区')!;
    const names = [3, 4, 5, 6].map((i) => String(rows.getRow(i).getCell(1).value));
    expect(names).toEqual(['丙小区', '乙小区', '甲小区', '全区（3 个小区）']);
    const head = rows.getRow(2).values as unknown[];
    const col = head.indexOf('报修按时率');
    expect(rows.getRow(4).getCell(col).value).toBe('样本不足'); // 乙: 2 tickets
    expect(String(wb.getWorksheet('指标说明')!.getColumn(3).values.join('|'))).toContain('暂未提供');
  });
});
