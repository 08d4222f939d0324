import {
  ErrorCode,
  buildElectorate,
  decideItem,
  tallyBallots,
  type Ballot as DomainBallot,
  type MatterType,
} from '@gongzhi/domain';
import ExcelJS from 'exceljs';
import { ResolutionsService } from '../src/modules/votes/resolutions.service.js';
import { appRoleQuery, ownerQuery, startTestApp, type TestApp } from './harness.js';
import { TestClock, allChoices, days, draftBody, openVote, voteCommunity, type OpenVote } from './votes-helpers.js';

describe("owners' votes: lifecycle", () => {
  let t: TestApp;
  let clock: TestClock;
  let svc: ResolutionsService;
  beforeAll(async () => {
    t = await startTestApp();
    clock = new TestClock(t);
    svc = t.created.app.get(ResolutionsService);
  });
  afterAll(async () => t.close());

  describe('draft, committee approval and notice', () => {
    let c: Awaited<ReturnType<typeof voteCommunity>>;
    let id: string;
    beforeAll(async () => {
      c = await voteCommunity(t);
    });

    it('the committee drafts a resolution; each item carries its Art. 278 matter type and threshold', async () => {
      const res = await t.req().post('/api/v1/resolutions').set(c.as('member3')).send(draftBody(clock)).expect(201);
      id = res.body.id;
      expect(res.body).toMatchObject({
        status: 'draft',
        statusLabel: '草稿',
        revision: 1,
        approvals: 0,
        committeeSize: 5,
        scope: 'community',
        votingDays: 15,
        objectionDays: 7,
      });
      expect(
        res.body.items.map((i: { matterType: number; thresholdRule: string; matterLabel: string }) => [
          i.matterType,
          i.thresholdRule,
          i.matterLabel,
        ]),
      ).toEqual([
        [4, 'R3', '选聘和解聘物业服务企业或者其他管理人'],
        [8, 'R2', '改变共有部分的用途或者利用共有部分从事经营活动'],
      ]);
    });

    it('owners do not see a draft: it is absent from their list and answers 404', async () => {
      await t.req().get(`/api/v1/resolutions/${id}`).set(c.as('owner1')).expect(404);
      const list = await t.req().get('/api/v1/resolutions').set(c.as('owner1')).expect(200);
      expect(list.body.map((r: { id: string }) => r.id)).not.toContain(id);
      const committee = await t.req().get('/api/v1/resolutions').set(c.as('member4')).expect(200);
      expect(committee.body.map((r: { id: string }) => r.id)).toContain(id);
    });

    it('two approvals of five are not enough; the third (more than half of all members) approves it', async () => {
      let res = await t.req().post(`/api/v1/resolutions/${id}/approve`).set(c.as('chair')).expect(200);
      expect(res.body).toMatchObject({ status: 'draft', approvals: 1, approvedByMe: true });
      res = await t.req().post(`/api/v1/resolutions/${id}/approve`).set(c.as('member1')).expect(200);
      expect(res.body).toMatchObject({ status: 'draft', approvals: 2 });
      const again = await t.req().post(`/api/v1/resolutions/${id}/approve`).set(c.as('member1')).expect(409);
      expect(again.body.error.message).toContain('已审议通过');
      res = await t.req().post(`/api/v1/resolutions/${id}/approve`).set(c.as('member2')).expect(200);
      expect(res.body).toMatchObject({ status: 'approved', approvals: 3 });
      const rows = await ownerQuery(`SELECT count(*)::int AS n FROM resolution_approvals WHERE resolution_id = $1`, [
        id,
      ]);
      expect(rows[0].n).toBe(3);
    });

    it('refuses edits once approved: the agenda is frozen', async () => {
      const res = await t
        .req()
        .put(`/api/v1/resolutions/${id}`)
        .set(c.as('chair'))
        .send(draftBody(clock, { title: '改过的标题' }))
        .expect(409);
      expect(res.body.error).toMatchObject({
        code: ErrorCode.ILLEGAL_TRANSITION,
        details: { currentStatus: 'approved' },
      });
      expect(res.body.error.message).toBe('表决当前为“业委会已通过”，不能修改议程');
    });

    it('refuses a notice that leaves less than 15 days before voting opens, and accepts a corrected date', async () => {
      const soon = days(clock.now, 14).toISOString();
      const res = await t
        .req()
        .post(`/api/v1/resolutions/${id}/publish-notice`)
        .set(c.as('chair'))
        .send({ votingOpensAt: soon })
        .expect(400);
      expect(res.body.error.code).toBe(ErrorCode.VALIDATION_FAILED);
      expect(res.body.error.details.fields[0].field).toBe('votingOpensAt');
      expect(res.body.error.message).toContain('15 天');
      const opensAt = days(clock.now, 15);
      const ok = await t
        .req()
        .post(`/api/v1/resolutions/${id}/publish-notice`)
        .set(c.as('chair'))
        .send({ votingOpensAt: opensAt.toISOString() })
        .expect(200);
      expect(ok.body).toMatchObject({
        status: 'notice',
        votingOpensAt: opensAt.toISOString(),
        votingClosesAt: days(opensAt, 15).toISOString(),
      });
      // Owners now see it.
      await t.req().get(`/api/v1/resolutions/${id}`).set(c.as('owner1')).expect(200);
    });

    it('an extraordinary meeting needs only 7 days of notice', async () => {
      const body = draftBody(clock, { extraordinary: true, votingOpensAt: days(clock.now, 7).toISOString() });
      const r = await t.req().post('/api/v1/resolutions').set(c.as('chair')).send(body).expect(201);
      for (const who of ['chair', 'member1', 'member2'])
        await t.req().post(`/api/v1/resolutions/${r.body.id}/approve`).set(c.as(who)).expect(200);
      await t.req().post(`/api/v1/resolutions/${r.body.id}/publish-notice`).set(c.as('chair')).send({}).expect(200);
    });

    it('refuses to publish a draft the committee has not approved', async () => {
      const r = await t.req().post('/api/v1/resolutions').set(c.as('chair')).send(draftBody(clock)).expect(201);
      const res = await t
        .req()
        .post(`/api/v1/resolutions/${r.body.id}/publish-notice`)
        .set(c.as('chair'))
        .send({})
        .expect(409);
      expect(res.body.error.details).toEqual({ currentStatus: 'draft' });
    });

    it('editing a draft starts a new revision: earlier approvals no longer count', async () => {
      const r = await t.req().post('/api/v1/resolutions').set(c.as('chair')).send(draftBody(clock)).expect(201);
      await t.req().post(`/api/v1/resolutions/${r.body.id}/approve`).set(c.as('member1')).expect(200);
      await t.req().post(`/api/v1/resolutions/${r.body.id}/approve`).set(c.as('member2')).expect(200);
      const edited = await t
        .req()
        .put(`/api/v1/resolutions/${r.body.id}`)
        .set(c.as('chair'))
        .send(draftBody(clock, { title: '修改后的议题' }))
        .expect(200);
      expect(edited.body).toMatchObject({ title: '修改后的议题', revision: 2, approvals: 0, status: 'draft' });
      const again = await t.req().post(`/api/v1/resolutions/${r.body.id}/approve`).set(c.as('member1')).expect(200);
      expect(again.body.approvals).toBe(1);
    });

    it('does not open before its time; opens at its time and freezes the electorate with a published fingerprint', async () => {
      expect(await svc.openDue(days(clock.now, 14))).not.toContain(id);
      await t
        .req()
        .post(`/api/v1/resolutions/${id}/ballots`)
        .set(c.as('owner1'))
        .send({ choices: [], confirm: true })
        .expect(409);
      clock.advanceDays(15);
      expect(await svc.openDue(clock.now)).toContain(id);
      const res = await t.req().get(`/api/v1/resolutions/${id}`).set(c.as('owner2')).expect(200);
      expect(res.body).toMatchObject({
        status: 'open',
        totalArea: '63000',
        totalHeads: 5,
        electorateFingerprint: expect.stringMatching(/^[0-9a-f]{64}$/),
      });
      const voters = await ownerQuery(
        `SELECT voter_key, kind, cast_by, area_hundredths::text AS area FROM electorate_voters WHERE resolution_id = $1 ORDER BY area_hundredths`,
        [id],
      );
      expect(voters).toEqual([
        { voter_key: `owner:${c.people.owner1}`, kind: 'owner', cast_by: c.people.owner1, area: '8000' },
        { voter_key: `owner:${c.people.owner2}`, kind: 'owner', cast_by: c.people.owner2, area: '9000' },
        { voter_key: `owner:${c.people.owner3}`, kind: 'owner', cast_by: c.people.owner3, area: '10000' },
        { voter_key: `owner:${c.people.owner4}`, kind: 'owner', cast_by: c.people.owner4, area: '11000' },
        { voter_key: 'developer', kind: 'developer', cast_by: c.developerId, area: '25000' },
      ]);
      // The fingerprint is exactly what the pure engine computes from the same roster.
      const e = buildElectorate(
        c.units.map((u) => ({
          id: u.id,
          buildingId: c.buildingId,
          kind: 'flat' as const,
          registeredAreaHundredths: u.areaHundredths,
        })),
        c.units.map((u, i) => ({
          unitId: u.id,
          ownerId: i < 4 ? c.people[`owner${i + 1}`]! : c.developerId,
          isDeveloper: i >= 4,
        })),
        { kind: 'community' },
        { parkingCounts: false, invalidCountsAsParticipation: false, followMajority: false },
      );
      expect(res.body.electorateFingerprint).toBe(e.fingerprint);
    });

    it('a roster change after opening does not move the running vote', async () => {
      const [p] = await ownerQuery(`INSERT INTO persons (name) VALUES ('新业主') RETURNING id`);
      await ownerQuery(`DELETE FROM ownerships WHERE unit_id = $1`, [c.units[5]!.id]);
      await ownerQuery(`INSERT INTO ownerships (community_id, unit_id, person_id) VALUES ($1, $2, $3)`, [
        c.communityId,
        c.units[5]!.id,
        p.id,
      ]);
      const res = await t.req().get(`/api/v1/resolutions/${id}/turnout`).set(c.as('owner1')).expect(200);
      expect(res.body).toMatchObject({ totalHeads: 5, totalArea: '63000' });
      c.people.newOwner = p.id;
      const refused = await t
        .req()
        .post(`/api/v1/resolutions/${id}/ballots`)
        .set(c.as('newOwner'))
        .send({ choices: [], confirm: true })
        .expect(403);
      expect(refused.body.error.code).toBe(ErrorCode.VOTE_NOT_IN_ELECTORATE);
      // The developer, who sold the unit after opening, still holds the frozen head.
      const dev = await ownerQuery(
        `SELECT unit_ids FROM electorate_voters WHERE resolution_id = $1 AND voter_key = 'developer'`,
        [id],
      );
      expect(dev[0].unit_ids).toHaveLength(2);
    });

    it('the committee extends the window once before close; a second extension is refused', async () => {
      const before = await t.req().get(`/api/v1/resolutions/${id}`).set(c.as('chair')).expect(200);
      const res = await t
        .req()
        .post(`/api/v1/resolutions/${id}/extend`)
        .set(c.as('chair'))
        .send({ days: 5 })
        .expect(200);
      expect(res.body).toMatchObject({
        extended: true,
        votingDays: 20,
        votingClosesAt: days(new Date(before.body.votingClosesAt), 5).toISOString(),
      });
      const again = await t
        .req()
        .post(`/api/v1/resolutions/${id}/extend`)
        .set(c.as('chair'))
        .send({ days: 1 })
        .expect(409);
      expect(again.body.error.message).toContain('只能延长一次');
      await t.req().post(`/api/v1/resolutions/${id}/extend`).set(c.as('owner1')).send({ days: 1 }).expect(403);
    });
  });

  describe('voting, close, objections and the published result', () => {
    let c: Awaited<ReturnType<typeof voteCommunity>>;
    let vote: OpenVote;
    const cast: DomainBallot[] = [];
    const receipts: Record<string, string> = {};
    beforeAll(async () => {
      c = await voteCommunity(t);
      vote = await openVote(t, c, clock);
    });

    it('owners vote on every item and each gets a receipt code', async () => {
      const plan: Array<[string, Array<'yes' | 'no' | 'abstain'>]> = [
        ['owner1', ['yes', 'yes']],
        ['owner2', ['yes', 'no']],
        ['owner3', ['no', 'abstain']],
      ];
      for (const [who, choices] of plan) {
        const res = await t
          .req()
          .post(`/api/v1/resolutions/${vote.id}/ballots`)
          .set(c.as(who))
          .send({ choices: allChoices(vote, ...choices), confirm: true })
          .expect(201);
        expect(res.body).toMatchObject({
          channel: 'online',
          receipt: expect.stringMatching(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/),
        });
        receipts[who] = res.body.receipt;
        cast.push({
          voterId: `owner:${c.people[who]}`,
          choices: Object.fromEntries(allChoices(vote, ...choices).map((x) => [x.itemId, x.choice])),
        });
      }
      const me = await t.req().get(`/api/v1/resolutions/${vote.id}`).set(c.as('owner1')).expect(200);
      expect(me.body.myBallot).toMatchObject({ channel: 'online', receipt: receipts.owner1 });
    });

    it('during voting everyone sees turnout by heads and area, per building, but no choices and no result', async () => {
      const res = await t.req().get(`/api/v1/resolutions/${vote.id}/turnout`).set(c.as('tenant')).expect(200);
      expect(res.body).toEqual({
        totalHeads: 5,
        totalArea: '63000',
        votedHeads: 3,
        votedArea: '27000',
        buildings: [
          {
            buildingId: c.buildingId,
            buildingName: '1幢',
            units: 6,
            unitsVoted: 3,
            area: '63000',
            areaVoted: '27000',
            heads: 5,
            headsVoted: 3,
          },
        ],
      });
      expect(JSON.stringify(res.body)).not.toMatch(/yes|同意/);
      const result = await t.req().get(`/api/v1/resolutions/${vote.id}/result`).set(c.as('owner1')).expect(409);
      expect(result.body.error.code).toBe(ErrorCode.VOTE_NOT_OPEN);
      await t.req().get(`/api/v1/resolutions/${vote.id}/participation`).set(c.as('owner1')).expect(409);
    });

    it('closes at the deadline: preliminary result, objection period; ballots are refused by the API and by PostgreSQL', async () => {
      expect(await svc.closeDue(days(clock.now, 14))).not.toContain(vote.id);
      clock.set(new Date(vote.body.votingClosesAt));
      expect(await svc.closeDue(clock.now)).toContain(vote.id);
      const r = await t.req().get(`/api/v1/resolutions/${vote.id}`).set(c.as('owner4')).expect(200);
      expect(r.body).toMatchObject({ status: 'objection', objectionEndsAt: days(clock.now, 7).toISOString() });

      const late = await t
        .req()
        .post(`/api/v1/resolutions/${vote.id}/ballots`)
        .set(c.as('owner4'))
        .send({ choices: allChoices(vote, 'yes'), confirm: true })
        .expect(409);
      expect(late.body.error).toMatchObject({
        code: ErrorCode.VOTE_NOT_OPEN,
        message: expect.stringContaining('已截止'),
      });

      const [b] = await ownerQuery(`SELECT * FROM ballots WHERE resolution_id = $1 ORDER BY seq DESC LIMIT 1`, [
        vote.id,
      ]);
      await expect(
        appRoleQuery(
          `INSERT INTO ballots (resolution_id, community_id, seq, voter_key, voter_seq, channel, choices, entered_by, cast_at, prev_hash, hash, receipt)
         VALUES ($1, $2, $3, $4, 1, 'online', '{}', $5, now(), $6, $6, 'X')`,
          [vote.id, c.communityId, b.seq + 1, `owner:${c.people.owner4}`, c.people.owner4, b.hash],
        ),
      ).rejects.toThrow(/not open/);
      await expect(
        appRoleQuery(`UPDATE ballots SET choices = '{}' WHERE resolution_id = $1`, [vote.id]),
      ).rejects.toThrow(/permission denied/);
      await expect(appRoleQuery(`DELETE FROM ballots WHERE resolution_id = $1`, [vote.id])).rejects.toThrow(
        /permission denied/,
      );
      await expect(appRoleQuery(`DELETE FROM electorate_voters WHERE resolution_id = $1`, [vote.id])).rejects.toThrow(
        /permission denied/,
      );
    });

    it('the preliminary result shows all six figures, both denominators, the rule and the reason, matching the pure engine', async () => {
      const res = await t.req().get(`/api/v1/resolutions/${vote.id}/result`).set(c.as('owner2')).expect(200);
      expect(res.body.stage).toBe('preliminary');
      const electorate = {
        voters: [1, 2, 3, 4]
          .map((i) => ({ voterId: `owner:${c.people[`owner${i}`]}`, areaHundredths: BigInt(7000 + i * 1000) }))
          .concat([{ voterId: 'developer', areaHundredths: 25000n }]) as never,
      };
      const tallies = tallyBallots(
        electorate,
        cast,
        vote.items.map((i) => i.id),
      );
      const settings = { parkingCounts: false, invalidCountsAsParticipation: false, followMajority: false };
      for (const item of res.body.items) {
        const want = decideItem(
          { totalArea: 63000n, totalHeads: 5n },
          tallies[item.itemId]!,
          item.matterType as MatterType,
          settings,
        );
        expect(item).toMatchObject({
          totalArea: '63000',
          totalHeads: '5',
          pArea: want.pArea.toString(),
          pHeads: want.pHeads.toString(),
          yesArea: want.yesArea.toString(),
          yesHeads: want.yesHeads.toString(),
          noArea: want.noArea.toString(),
          noHeads: want.noHeads.toString(),
          abstainArea: want.abstainArea.toString(),
          abstainHeads: want.abstainHeads.toString(),
          passed: want.passed,
          decidedBy: want.decidedBy,
          reason: want.reason,
        });
      }
      // 3 of 5 heads (60%) and 270 of 630 m² took part: short of two thirds, so nothing passes (R1).
      expect(res.body.items.map((i: { passed: boolean; decidedBy: string }) => [i.passed, i.decidedBy])).toEqual([
        [false, 'R1'],
        [false, 'R1'],
      ]);
      expect(res.body.items[0]).toMatchObject({
        yesArea: '17000',
        yesHeads: '2',
        noArea: '10000',
        noHeads: '1',
        abstainArea: '0',
        pHeads: '3',
      });
    });

    it('publishes the per-unit participation list with receipt codes and no names or choices; an owner finds their receipt', async () => {
      const res = await t.req().get(`/api/v1/resolutions/${vote.id}/participation`).set(c.as('owner4')).expect(200);
      expect(res.body).toEqual([
        { buildingName: '1幢', room: '1单元101', area: '8000', tookPart: true, receipt: receipts.owner1 },
        { buildingName: '1幢', room: '1单元102', area: '9000', tookPart: true, receipt: receipts.owner2 },
        { buildingName: '1幢', room: '1单元103', area: '10000', tookPart: true, receipt: receipts.owner3 },
        { buildingName: '1幢', room: '1单元104', area: '11000', tookPart: false, receipt: null },
        { buildingName: '1幢', room: '1单元105', area: '12000', tookPart: false, receipt: null },
        { buildingName: '1幢', room: '1单元106', area: '13000', tookPart: false, receipt: null },
      ]);
      expect(JSON.stringify(res.body)).not.toMatch(/业主|yes|no"|abstain/);
      const typed = receipts.owner2!.toLowerCase().replace(/-/g, '');
      const found = await t
        .req()
        .get(`/api/v1/resolutions/${vote.id}/receipts/${typed}`)
        .set(c.as('owner2'))
        .expect(200);
      expect(found.body).toEqual({ found: true, receipt: receipts.owner2, counted: true });
      const missing = await t
        .req()
        .get(`/api/v1/resolutions/${vote.id}/receipts/0000-0000-0000`)
        .set(c.as('owner2'))
        .expect(200);
      expect(missing.body.found).toBe(false);
      await t.req().get(`/api/v1/resolutions/${vote.id}/receipts/xyz`).set(c.as('owner2')).expect(400);
    });

    it('exports the result notice as print-ready Chinese HTML and the tally as a workbook', async () => {
      const html = await t.req().get(`/api/v1/resolutions/${vote.id}/export.html`).set(c.as('owner1')).expect(200);
      expect(html.headers['content-type']).toMatch(/text\/html; charset=utf-8/);
      expect(html.text).toContain('表决结果公告（初步结果）');
      expect(html.text).toContain('续聘现物业服务企业三年');
      expect(html.text).toContain('未通过');
      expect(html.text).toContain(receipts.owner3);
      expect(html.text).toContain('630.00');
      expect(html.text).not.toContain('业主1');
      const xlsx = await t
        .req()
        .get(`/api/v1/resolutions/${vote.id}/tally.xlsx`)
        .set(c.as('owner1'))
        .buffer(true)
        .parse((res, cb) => {
          const chunks: Buffer[] = [];
          res.on('data', (d: Buffer) => chunks.push(d));
          res.on('end', () => cb(null, Buffer.concat(chunks)));
        })
        .expect(200);
      expect(xlsx.headers['content-type']).toContain('spreadsheetml');
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(xlsx.body as never);
      const sheet = wb.getWorksheet('表决结果')!;
      expect(sheet.getRow(2).getCell(2).value).toBe('续聘现物业服务企业三年');
      expect(sheet.getRow(2).getCell(8).value).toBe('170.00');
      expect(sheet.getRow(2).getCell(17).value).toBe('未通过');
      expect(wb.getWorksheet('参与情况')!.rowCount).toBe(7);
    });

    it('owners object during the objection period; the committee answers; the final result waits for every answer', async () => {
      const o = await t
        .req()
        .post(`/api/v1/resolutions/${vote.id}/objections`)
        .set(c.as('owner4'))
        .send({ reasons: '我在截止前一天投票时页面报错，请核实。' })
        .expect(201);
      expect(o.body).toMatchObject({ mine: true, answer: null });
      await t
        .req()
        .post(`/api/v1/resolutions/${vote.id}/objections`)
        .set(c.as('tenant'))
        .send({ reasons: '租户也想提意见可以吗' })
        .expect(403);
      await t
        .req()
        .post(`/api/v1/resolutions/${vote.id}/objections/${o.body.id}/answer`)
        .set(c.as('owner1'))
        .send({ answer: '不行' })
        .expect(403);

      clock.advanceDays(7);
      expect(await svc.finalizeDue(clock.now)).not.toContain(vote.id);
      const late = await t
        .req()
        .post(`/api/v1/resolutions/${vote.id}/objections`)
        .set(c.as('owner3'))
        .send({ reasons: '询异期结束后才想起来' })
        .expect(409);
      expect(late.body.error.message).toContain('询异期已结束');

      const a = await t
        .req()
        .post(`/api/v1/resolutions/${vote.id}/objections/${o.body.id}/answer`)
        .set(c.as('member1'))
        .send({ answer: '经核查系统日志，当日无故障记录；您未提交选票。' })
        .expect(200);
      expect(a.body.answeredAt).toEqual(expect.any(String));
      await t
        .req()
        .post(`/api/v1/resolutions/${vote.id}/objections/${o.body.id}/answer`)
        .set(c.as('member1'))
        .send({ answer: '再答一次' })
        .expect(409);
      const list = await t.req().get(`/api/v1/resolutions/${vote.id}/objections`).set(c.as('owner1')).expect(200);
      expect(list.body).toEqual([
        expect.objectContaining({ mine: false, answer: '经核查系统日志，当日无故障记录；您未提交选票。' }),
      ]);
      expect(JSON.stringify(list.body)).not.toContain(c.people.owner4);

      expect(await svc.finalizeDue(clock.now)).toContain(vote.id);
      const res = await t.req().get(`/api/v1/resolutions/${vote.id}/result`).set(c.as('owner1')).expect(200);
      expect(res.body.stage).toBe('final');
      const html = await t.req().get(`/api/v1/resolutions/${vote.id}/export.html`).set(c.as('owner1')).expect(200);
      expect(html.text).toContain('（最终结果）');
      await t
        .req()
        .post(`/api/v1/resolutions/${vote.id}/objections`)
        .set(c.as('owner3'))
        .send({ reasons: '结果公布后再提异议' })
        .expect(409);
    });
  });

  describe('authorization', () => {
    it('only the committee drafts and approves; another community sees nothing', async () => {
      const c = await voteCommunity(t);
      const other = await voteCommunity(t);
      await t.req().post('/api/v1/resolutions').set(c.as('owner1')).send(draftBody(clock)).expect(403);
      await t.req().post('/api/v1/resolutions').set(c.as('manager')).send(draftBody(clock)).expect(403);
      const r = await t.req().post('/api/v1/resolutions').set(c.as('chair')).send(draftBody(clock)).expect(201);
      await t.req().post(`/api/v1/resolutions/${r.body.id}/approve`).set(c.as('owner1')).expect(403);
      await t.req().get(`/api/v1/resolutions/${r.body.id}`).set(other.as('chair')).expect(404);
      await t.req().post(`/api/v1/resolutions/${r.body.id}/approve`).set(other.as('chair')).expect(404);
      await t.req().get('/api/v1/resolutions/not-a-uuid').set(c.as('chair')).expect(404);
      await t.req().get('/api/v1/resolutions').expect(401);
    });
  });

  describe('validation', () => {
    let c: Awaited<ReturnType<typeof voteCommunity>>;
    beforeAll(async () => {
      c = await voteCommunity(t);
    });

    it('lists each bad field of a draft in Chinese', async () => {
      const res = await t
        .req()
        .post('/api/v1/resolutions')
        .set(c.as('chair'))
        .send({
          title: 'x',
          items: [{ title: '事项', matterType: 10 }],
          votingOpensAt: 'tomorrow',
          votingDays: 61,
          extra: 1,
        })
        .expect(400);
      const fields = res.body.error.details.fields.map((f: { field: string }) => f.field).sort();
      expect(fields).toEqual(['extra', 'items.0.matterType', 'title', 'votingDays', 'votingOpensAt']);
      expect(res.body.error.details.fields.find((f: { field: string }) => f.field === 'votingDays').messages).toEqual([
        '投票期最多 60 天',
      ]);
    });

    it('needs at least one item, and buildings that belong to the community when voting by building', async () => {
      const none = await t
        .req()
        .post('/api/v1/resolutions')
        .set(c.as('chair'))
        .send(draftBody(clock, { items: [] }))
        .expect(400);
      expect(none.body.error.details.fields[0].messages).toContain('至少需要一个表决事项');
      const other = await voteCommunity(t);
      const res = await t
        .req()
        .post('/api/v1/resolutions')
        .set(c.as('chair'))
        .send(draftBody(clock, { scope: 'buildings', buildingIds: [other.buildingId] }))
        .expect(400);
      expect(res.body.error.message).toContain('不属于本小区');
      const ok = await t
        .req()
        .post('/api/v1/resolutions')
        .set(c.as('chair'))
        .send(draftBody(clock, { scope: 'buildings', buildingIds: [c.buildingId] }))
        .expect(201);
      expect(ok.body).toMatchObject({ scope: 'buildings', buildingIds: [c.buildingId] });
    });
  });
});
