import { ErrorCode, recomputeAssessment, type AssessmentExport } from '@gongzhi/domain';
import sharp from 'sharp';
import { SupervisionClock } from '../src/modules/supervision/supervision-clock.js';
import { makeCommunity, type CommunityFixture } from './factories.js';
import { appRoleQuery, ownerQuery, startTestApp, type TestApp } from './harness.js';

const DAY = 86_400_000;
const YEAR = 2026;
const START = new Date(Date.UTC(YEAR, 10, 2, 2)); // 2026-11-02 10:00 Beijing

/**
 * Property-service supervision (issue 25) through HTTP, one community's year in order: the committee adopts a grade-2
 * menu (two members), an officer inspects with photos and publishes after the company's reply, households answer a
 * survey once each, a complaint is answered late and escalated, the district computes the annual score (reproduced
 * from its export), the company replies, and two officers put a failing company on the black list.
 */
describe('supervision', () => {
  let t: TestApp;
  let c: CommunityFixture;
  let weak: CommunityFixture; // a second community of the same district, badly served
  let now = START;
  let jpeg: Buffer;
  const at = (days: number) => (now = new Date(START.getTime() + days * DAY));
  const S = '/api/v1/supervision';

  beforeAll(async () => {
    t = await startTestApp();
    c = await makeCommunity(t);
    weak = await makeCommunity(t, { districtId: c.districtId });
    t.created.app.get(SupervisionClock).now = () => now;
    jpeg = await sharp({ create: { width: 64, height: 48, channels: 3, background: { r: 90, g: 160, b: 90 } } })
      .jpeg()
      .toBuffer();
  });
  afterAll(async () => t.close());

  const photo = async (who: string, f = c): Promise<string> =>
    (
      await t
        .req()
        .post('/api/v1/files')
        .set(f.as(who))
        .field('purpose', 'inspection_photo')
        .attach('file', jpeg, { filename: 'p.jpg', contentType: 'image/jpeg' })
        .expect(201)
    ).body.id;
  const contract = (over: Record<string, unknown> = {}) => ({
    companyName: '绿城物业服务有限公司',
    termStart: '2026-01-01',
    termEnd: '2028-12-31',
    grade: 2,
    fees: [{ unitKind: 'flat', fenPerM2: 150 }],
    ...over,
  });
  const adoptMenu = async (f: CommunityFixture) => {
    const tpl = await t.req().get(`${S}/menu-templates/2`).set(f.as('member1')).expect(200);
    const menu = tpl.body.groups.flatMap((g: { items: Array<Record<string, unknown>> }) =>
      g.items.map(({ evidenceLabel: _e, verifierLabel: _v, ...i }) =>
        i.code === 'facilities.lamps' ? { ...i, indicator: '路灯、楼道灯完好率 ≥ 92%' } : i,
      ),
    );
    const p = await t.req().post(`${S}/contracts`).set(f.as('member1')).send(contract({ menu })).expect(201);
    return p.body.id as string;
  };

  describe('contract and service menu', () => {
    it('grade templates are data; a bad grade answers 404, not 500', async () => {
      const r = await t.req().get(`${S}/menu-templates/2`).set(c.as('owner1')).expect(200);
      expect(r.body.groups.map((g: { label: string }) => g.label)).toEqual([
        '基本要求',
        '房屋管理',
        '共用设施设备维修养护',
        '秩序维护',
        '保洁',
        '绿化',
        '客服',
      ]);
      await t.req().get(`${S}/menu-templates/7`).set(c.as('owner1')).expect(404);
    });

    it('a menu missing a group, a bad fee or a backwards term is refused with a Chinese reason, nothing written', async () => {
      const tpl = await t.req().get(`${S}/menu-templates/2`).set(c.as('member1')).expect(200);
      const noGreen = tpl.body.groups
        .filter((g: { group: string }) => g.group !== 'greening')
        .flatMap((g: { items: Array<Record<string, unknown>> }) =>
          g.items.map(({ evidenceLabel: _e, verifierLabel: _v, ...i }) => i),
        );
      const r = await t
        .req()
        .post(`${S}/contracts`)
        .set(c.as('member1'))
        .send(contract({ menu: noGreen }))
        .expect(400);
      expect(r.body.error.message).toContain('绿化');
      const f = await t
        .req()
        .post(`${S}/contracts`)
        .set(c.as('member1'))
        .send(contract({ fees: [{ unitKind: 'castle', fenPerM2: -1 }] }))
        .expect(400);
      expect(JSON.stringify(f.body.error.details)).toMatch(/房屋类型|物业费/);
      await t
        .req()
        .post(`${S}/contracts`)
        .set(c.as('member1'))
        .send(contract({ termEnd: '2025-01-01' }))
        .expect(400);
      const rows = await ownerQuery(`SELECT 1 FROM supervision_contracts WHERE community_id = $1`, [c.communityId]);
      expect(rows).toHaveLength(0);
    });

    it('the committee adopts an adapted grade-2 menu: the recorder cannot confirm, a second member does', async () => {
      await t.req().post(`${S}/contracts`).set(c.as('manager')).send(contract()).expect(403);
      const id = await adoptMenu(c);
      const self = await t.req().post(`${S}/contracts/${id}/confirm`).set(c.as('member1')).expect(403);
      expect(self.body.error.message).toContain('另一位委员');
      const ok = await t.req().post(`${S}/contracts/${id}/confirm`).set(c.as('member2')).expect(200);
      expect(ok.body).toMatchObject({ status: 'active', proposedByName: '委员1', confirmedByName: '委员2' });
      await t.req().post(`${S}/contracts/${id}/confirm`).set(c.as('member3')).expect(409);
    });

    it('owners see what they pay for: the menu by group and each building’s monthly fee', async () => {
      const r = await t.req().get(`${S}/contract`).set(c.as('owner1')).expect(200);
      const lamps = r.body.contract.groups
        .flatMap((g: { items: Array<{ code: string; indicator: string }> }) => g.items)
        .find((i: { code: string }) => i.code === 'facilities.lamps');
      expect(lamps.indicator).toBe('路灯、楼道灯完好率 ≥ 92%');
      // 6 flats of 80–130 m² at 1.50 yuan: (80+90+100+110+120+130) × 150 fen
      expect(r.body.contract.byBuilding).toEqual([{ building: '1幢', units: 6, monthlyFen: String(630 * 150) }]);
    });
  });

  let inspectionId: string;
  describe('monthly inspection', () => {
    it('the officer inspects against the checklist; a failed item needs a photo', async () => {
      at(0);
      const list = await t.req().get(`${S}/inspections/checklist`).set(c.as('officer')).expect(200);
      const codes: string[] = list.body.groups.flatMap((g: { items: Array<{ code: string }> }) =>
        g.items.map((i) => i.code),
      );
      expect(codes).toContain('cleaning.roads');
      expect(codes).not.toContain('service.survey');
      await t.req().get(`${S}/inspections/checklist`).set(c.as('owner1')).expect(403);
      const items = codes.map((code) => ({ code, result: 'met', place: '小区', note: '' }));
      const bad = items.map((i) => (i.code === 'cleaning.roads' ? { ...i, result: 'not_met' } : i));
      const r = await t
        .req()
        .post(`${S}/inspections`)
        .set(c.as('officer'))
        .send({ month: '2026-11', items: bad })
        .expect(400);
      expect(r.body.error.message).toBe('未达标或部分达标的项目请拍照留证');
      const missing = await t
        .req()
        .post(`${S}/inspections`)
        .set(c.as('officer'))
        .send({ month: '2026-11', items: items.slice(1) })
        .expect(400);
      expect(missing.body.error.message).toContain('还没有检查');
      const p = await photo('officer');
      const withPhoto = bad.map((i) =>
        i.code === 'cleaning.roads' ? { ...i, place: '3 号路', note: '落叶未清', fileIds: [p] } : i,
      );
      const ok = await t
        .req()
        .post(`${S}/inspections`)
        .set(c.as('officer'))
        .set('Idempotency-Key', 'inspection-0001')
        .send({ month: '2026-11', items: withPhoto });
      expect(ok.body.error).toBeUndefined();
      inspectionId = ok.body.id;
      expect(ok.body.status).toBe('awaiting_reply');
      expect(ok.body.score).toBe(Math.round(((codes.length - 1) * 1000) / codes.length) / 10);
      const again = await t
        .req()
        .post(`${S}/inspections`)
        .set(c.as('officer'))
        .set('Idempotency-Key', 'inspection-0001')
        .send({ month: '2026-11', items: withPhoto })
        .expect(201);
      expect(again.body.id).toBe(inspectionId);
    });

    it('residents do not see it before publication; the officer cannot publish inside the reply window', async () => {
      const list = await t.req().get(`${S}/inspections`).set(c.as('owner1')).expect(200);
      expect(list.body.items).toEqual([]);
      await t.req().get(`${S}/inspections/${inspectionId}`).set(c.as('owner1')).expect(404);
      const early = await t.req().post(`${S}/inspections/${inspectionId}/publish`).set(c.as('officer')).expect(409);
      expect(early.body.error.message).toContain('答复期');
      await t.req().post(`${S}/inspections/${inspectionId}/reply`).set(c.as('owner1')).send({ reply: 'x' }).expect(403);
    });

    it('the company replies; the inspector publishes; everyone reads it with its photo', async () => {
      await t.req().post(`${S}/inspections/${inspectionId}/reply`).set(c.as('manager')).send({ reply: '' }).expect(400);
      const r = await t
        .req()
        .post(`${S}/inspections/${inspectionId}/reply`)
        .set(c.as('manager'))
        .send({ reply: '已安排保洁当天清理' })
        .expect(200);
      expect(r.body.status).toBe('replied');
      const pub = await t.req().post(`${S}/inspections/${inspectionId}/publish`).set(c.as('officer')).expect(200);
      expect(pub.body).toMatchObject({ status: 'published', reply: '已安排保洁当天清理', inspectorName: '社区干部' });
      const seen = await t.req().get(`${S}/inspections/${inspectionId}`).set(c.as('owner2')).expect(200);
      const roads = seen.body.items.find((i: { code: string }) => i.code === 'cleaning.roads');
      expect(roads).toMatchObject({ result: 'not_met', resultLabel: '未达标', place: '3 号路' });
      await t.req().get(roads.photos[0].contentUrl).set(c.as('owner2')).expect(200);
    });
  });

  let surveyId: string;
  describe('household survey', () => {
    it('opens with a frozen frame; staff and committee households are flagged', async () => {
      await t
        .req()
        .post(`${S}/surveys`)
        .set(c.as('manager'))
        .send({ title: 'x', questions: ['q'], weighting: 'household', minResponses: 2, minResponseRatePermille: 300 })
        .expect(403);
      await t
        .req()
        .post(`${S}/surveys`)
        .set(c.as('member1'))
        .send({ title: '', questions: [], weighting: 'heads', minResponses: 0, minResponseRatePermille: 2000 })
        .expect(400);
      const r = await t
        .req()
        .post(`${S}/surveys`)
        .set(c.as('member1'))
        .send({
          title: '2026 年度物业服务满意度调查',
          questions: ['保洁', '秩序维护', '维修'],
          weighting: 'household',
          minResponses: 2,
          minResponseRatePermille: 300,
        })
        .expect(201);
      surveyId = r.body.id;
      expect(r.body.result).toMatchObject({ frameHouseholds: 6, responses: 0, publishable: false });
      const mine = await t.req().get(`${S}/surveys/${surveyId}`).set(c.as('owner1')).expect(200);
      expect(mine.body.myOpenUnitIds).toEqual([c.units[0].id]);
    });

    it('one answer per household: a second answer for the same unit is refused, whoever sends it', async () => {
      const a = await t
        .req()
        .post(`${S}/surveys/${surveyId}/answers`)
        .set(c.as('owner1'))
        .send({ unitId: c.units[0].id, ratings: [5, 4, 4] })
        .expect(200);
      expect(a.body.answered).toBe(true);
      const after = await t.req().get(`${S}/surveys/${surveyId}`).set(c.as('tenant')).expect(200);
      expect(after.body.myOpenUnitIds).toEqual([]);
      const twice = await t
        .req()
        .post(`${S}/surveys/${surveyId}/answers`)
        .set(c.as('tenant'))
        .send({ unitId: c.units[0].id, ratings: [1, 1, 1] })
        .expect(409);
      expect(twice.body.error.message).toContain('每户只能答一份');
      await t
        .req()
        .post(`${S}/surveys/${surveyId}/answers`)
        .set(c.as('owner1'))
        .send({ unitId: c.units[1].id, ratings: [1, 1, 1] })
        .expect(403);
      await t
        .req()
        .post(`${S}/surveys/${surveyId}/answers`)
        .set(c.as('owner2'))
        .send({ unitId: c.units[1].id, ratings: [1, 9] })
        .expect(400);
      await t
        .req()
        .post(`${S}/surveys/${surveyId}/answers`)
        .set(c.as('owner2'))
        .send({ unitId: c.units[1].id, ratings: [3] })
        .expect(400);
      await expect(
        appRoleQuery(`UPDATE supervision_survey_answers SET ratings = '{1,1,1}' WHERE survey_id = $1`, [surveyId]),
      ).rejects.toThrow(/permission denied/);
    });

    it('below the minimum n the score is withheld, with n and the response rate shown', async () => {
      const r = await t.req().get(`${S}/surveys/${surveyId}`).set(c.as('member2')).expect(200);
      expect(r.body.result).toMatchObject({ responses: 1, responseRatePermille: 166, score: null, publishable: false });
      expect(r.body.result.withheldReason).toContain('不足 2 户');
    });

    it('after a second household answers and it closes, the score is published with its margin', async () => {
      await t
        .req()
        .post(`${S}/surveys/${surveyId}/answers`)
        .set(c.as('owner2'))
        .send({ unitId: c.units[1].id, ratings: [3, 3, 3] })
        .expect(200);
      const before = await t.req().get(`${S}/surveys/${surveyId}`).set(c.as('owner3')).expect(200);
      expect(before.body.result.score).toBeNull(); // residents see the score once it is closed
      const closed = await t.req().post(`${S}/surveys/${surveyId}/close`).set(c.as('member2')).expect(200);
      expect(closed.body.result).toMatchObject({ responses: 2, responseRatePermille: 333, publishable: true });
      // household scores 100 × (13/3 − 1)/4 = 83.33 and 50 → 66.7
      expect(closed.body.result.score).toBe(66.7);
      expect(closed.body.result.marginNote).toContain('随机');
      await t
        .req()
        .post(`${S}/surveys/${surveyId}/answers`)
        .set(c.as('owner3'))
        .send({ unitId: c.units[2].id, ratings: [5, 5, 5] })
        .expect(409);
    });
  });

  let complaintId: string;
  describe('complaints', () => {
    it('the company sees the complaint without the complainant; escalation before the deadline is refused', async () => {
      at(1);
      const r = await t
        .req()
        .post(`${S}/complaints`)
        .set(c.as('owner3'))
        .send({ subject: 'property', body: '电梯经常停运，报修三次未修好' })
        .expect(201);
      complaintId = r.body.id;
      expect(new Date(r.body.dueAt).getTime()).toBe(now.getTime() + 10 * DAY);
      const seen = await t.req().get(`${S}/complaints`).set(c.as('manager')).expect(200);
      const item = seen.body.items.find((i: { id: string }) => i.id === complaintId);
      expect(item.mine).toBe(false);
      expect(JSON.stringify(item)).not.toMatch(/业主3|complainant|103/);
      const other = await t.req().get(`${S}/complaints`).set(c.as('owner1')).expect(200);
      expect(other.body.items).toEqual([]);
      const early = await t.req().post(`${S}/complaints/${complaintId}/escalate`).set(c.as('owner3')).expect(409);
      expect(early.body.error.code).toBe(ErrorCode.CONFLICT);
      await t.req().post(`${S}/complaints`).set(c.as('owner3')).send({ subject: 'mayor', body: '' }).expect(400);
    });

    it('answered late (day 12 of 10), the complainant escalates to the district housing department', async () => {
      at(12);
      const ans = await t
        .req()
        .post(`${S}/complaints/${complaintId}/answer`)
        .set(c.as('manager'))
        .send({ answer: '已联系电梯维保单位' })
        .expect(200);
      expect(ans.body).toMatchObject({ status: 'answered', late: true });
      await t.req().post(`${S}/complaints/${complaintId}/escalate`).set(c.as('manager')).expect(403);
      const esc = await t.req().post(`${S}/complaints/${complaintId}/escalate`).set(c.as('owner3')).expect(200);
      expect(esc.body).toMatchObject({ status: 'escalated', escalatedToLabel: '区住房和城乡建设部门' });
      const [msg] = await ownerQuery(
        `SELECT title FROM messages WHERE person_id = $1 AND kind = 'supervision.complaint'`,
        [c.people.regulator],
      );
      expect(msg.title).toContain('逾期未答复');
    });
  });

  describe('personal data', () => {
    it('my data lists my complaints and survey answers', async () => {
      const r = await t.req().get('/api/v1/me/data').set(c.as('owner3')).expect(200);
      expect(r.body.complaints).toEqual([expect.objectContaining({ subject: 'property', status: 'escalated' })]);
      const o1 = await t.req().get('/api/v1/me/data').set(c.as('owner1')).expect(200);
      expect(o1.body.surveyAnswers).toEqual([expect.objectContaining({ unitId: c.units[0].id, ratings: [5, 4, 4] })]);
    });
  });

  let assessmentId: string;
  describe('annual assessment', () => {
    const weights = { inspections: 40, survey: 30, serviceFigures: 20, disclosure: 10 };
    const reg = () => ({ Authorization: c.as('regulator').Authorization });

    it('weights must add up to 100; a community of another district answers 404', async () => {
      const bad = await t
        .req()
        .post(`${S}/district/assessments`)
        .set(reg())
        .send({ communityId: c.communityId, year: YEAR, weights: { ...weights, survey: 31 }, disclosureScore: 90 })
        .expect(400);
      expect(bad.body.error.message).toContain('权重之和应为 100');
      const elsewhere = await makeCommunity(t);
      await t
        .req()
        .post(`${S}/district/assessments`)
        .set(reg())
        .send({ communityId: elsewhere.communityId, year: YEAR, weights, disclosureScore: 90 })
        .expect(404);
      await t
        .req()
        .post(`${S}/district/assessments`)
        .set(c.as('member1'))
        .send({ communityId: c.communityId, year: YEAR, weights })
        .expect(403);
    });

    it('the district computes the score; its export reproduces it exactly', async () => {
      at(13);
      const r = await t
        .req()
        .post(`${S}/district/assessments`)
        .set(reg())
        .send({ communityId: c.communityId, year: YEAR, weights, disclosureScore: 90 })
        .expect(201);
      assessmentId = r.body.id;
      expect(r.body.status).toBe('awaiting_reply');
      const byKey = Object.fromEntries(
        r.body.components.map((x: { component: string; score: number }) => [x.component, x.score]),
      );
      expect(byKey.survey).toBe(66.7);
      expect(byKey.disclosure).toBe(90);
      // no repairs (counted on time), one complaint answered late: (1000 + 0) / 2, less the 20-point cap for 16.7 per 100 households
      expect(byKey.serviceFigures).toBe(30);
      const exp = await t.req().get(`${S}/district/assessments/${assessmentId}/export`).set(reg()).expect(200);
      const again = recomputeAssessment(exp.body as AssessmentExport);
      expect(again.total).toBe(exp.body.total);
      expect(again.total! / 10).toBe(r.body.total);
      expect(again.inputs).toEqual(exp.body.inputs);
    });

    it('the company has its reply window before publication', async () => {
      const early = await t.req().post(`${S}/district/assessments/${assessmentId}/publish`).set(reg()).expect(409);
      expect(early.body.error.message).toContain('答复期');
      const mine = await t.req().get(`${S}/assessments`).set(c.as('owner1')).expect(200);
      expect(mine.body.items).toEqual([]);
      await t
        .req()
        .post(`${S}/assessments/${assessmentId}/reply`)
        .set(c.as('manager'))
        .send({ reply: '对投诉答复逾期一事已整改' })
        .expect(200);
      const pub = await t.req().post(`${S}/district/assessments/${assessmentId}/publish`).set(reg()).expect(200);
      expect(pub.body).toMatchObject({
        status: 'published',
        publishedByName: '监管员',
        reply: '对投诉答复逾期一事已整改',
      });
      const seen = await t.req().get(`${S}/assessments`).set(c.as('owner1')).expect(200);
      expect(seen.body.items.map((a: { id: string }) => a.id)).toEqual([assessmentId]);
    });
  });

  describe('red and black lists', () => {
    let entryId: string;
    const regA = () => ({ Authorization: c.as('regulator').Authorization });
    const regB = () => ({ Authorization: weak.as('regulator').Authorization });

    it('a failing company is proposed for the black list by the rules; two different officers must sign', async () => {
      // The weak community: a confirmed menu, and an inspection where nothing is met, published after its window.
      const id = await adoptMenu(weak);
      await t.req().post(`${S}/contracts/${id}/confirm`).set(weak.as('member2')).expect(200);
      at(14);
      const list = await t.req().get(`${S}/inspections/checklist`).set(weak.as('officer')).expect(200);
      const p = await photo('officer', weak);
      const items = list.body.groups.flatMap((g: { items: Array<{ code: string }> }) =>
        g.items.map((i, k) => ({ code: i.code, result: 'not_met', fileIds: k === 0 ? [p] : [p] })),
      );
      // one photo cannot be attached twice: use one photo per failed item
      for (const it of items.slice(1)) it.fileIds = [await photo('officer', weak)];
      const ins = await t
        .req()
        .post(`${S}/inspections`)
        .set(weak.as('officer'))
        .send({ month: '2026-11', items })
        .expect(201);
      expect(ins.body.score).toBe(0);
      at(14 + 6); // the 5-day window has closed without a reply
      await t.req().post(`${S}/inspections/${ins.body.id}/publish`).set(weak.as('officer')).expect(200);
      const a = await t
        .req()
        .post(`${S}/district/assessments`)
        .set(regA())
        .send({
          communityId: weak.communityId,
          year: YEAR,
          weights: { inspections: 100, survey: 0, serviceFigures: 0, disclosure: 0 },
        })
        .expect(201);
      expect(a.body.total).toBe(0);
      at(14 + 6 + 11);
      await t.req().post(`${S}/district/assessments/${a.body.id}/publish`).set(regA()).expect(200);

      const proposed = await t.req().post(`${S}/district/lists/propose`).set(regA()).send({ year: YEAR }).expect(200);
      const entry = proposed.body.items.find((e: { communityId: string }) => e.communityId === weak.communityId);
      expect(entry).toMatchObject({ list: 'black', listLabel: '黑榜', status: 'proposed' });
      expect(entry.reason).toContain('低于 60 分');
      entryId = entry.id;
      const ranking = await t.req().get(`${S}/district/assessments?year=${YEAR}`).set(regA()).expect(200);
      expect(ranking.body.items.every((r: { rank: number | null }) => r.rank !== null)).toBe(true);
      // proposing again adds nothing
      const again = await t.req().post(`${S}/district/lists/propose`).set(regA()).send({ year: YEAR }).expect(200);
      expect(again.body.items).toHaveLength(proposed.body.items.length);

      await t.req().post(`${S}/district/lists/${entryId}/countersign`).set(regA()).expect(409);
      await t.req().post(`${S}/district/lists/${entryId}/confirm`).set(regA()).expect(200);
      const same = await t.req().post(`${S}/district/lists/${entryId}/countersign`).set(regA()).expect(403);
      expect(same.body.error.message).toContain('另一位监管人员');
      const cs = await t.req().post(`${S}/district/lists/${entryId}/countersign`).set(regB()).expect(200);
      expect(cs.body).toMatchObject({
        status: 'countersigned',
        confirmedByName: '监管员',
        countersignedByName: '监管员',
      });
    });

    it('the company is told the reasons and replies; then the entry is published to the community', async () => {
      const told = await t.req().get(`${S}/lists`).set(weak.as('manager')).expect(200);
      expect(told.body.items[0].reason).toContain('低于 60 分');
      const hidden = await t.req().get(`${S}/lists`).set(weak.as('owner1')).expect(200);
      expect(hidden.body.items).toEqual([]);
      await t.req().post(`${S}/district/lists/${entryId}/publish`).set(regA()).expect(409);
      await t.req().post(`${S}/lists/${entryId}/reply`).set(c.as('manager')).send({ reply: '不是我们' }).expect(404);
      await t
        .req()
        .post(`${S}/lists/${entryId}/reply`)
        .set(weak.as('manager'))
        .send({ reply: '将全面整改' })
        .expect(200);
      await t.req().post(`${S}/district/lists/${entryId}/publish`).set(regB()).expect(200);
      const pub = await t.req().get(`${S}/lists`).set(weak.as('owner1')).expect(200);
      expect(pub.body.items[0]).toMatchObject({ list: 'black', status: 'published', reply: '将全面整改' });
    });
  });

  describe('fee hold-back', () => {
    it('the owners’ evaluation sets the band; a second member approves; the posting cites the evaluation', async () => {
      const none = await t
        .req()
        .post(`${S}/holdback/releases`)
        .set(c.as('member1'))
        .send({ surveyId, period: '2026', heldFen: '1200000' })
        .expect(409);
      expect(none.body.error.message).toContain('预留条款');
      const bands = [
        { minTenths: 900, releasePermille: 1000 },
        { minTenths: 600, releasePermille: 500 },
      ];
      const id = (
        await t
          .req()
          .post(`${S}/contracts`)
          .set(c.as('member1'))
          .send(contract({ holdBack: { sharePermille: 100, bands } }))
          .expect(201)
      ).body.id;
      await t.req().post(`${S}/contracts/${id}/confirm`).set(c.as('member3')).expect(200);
      await t
        .req()
        .post(`${S}/holdback/releases`)
        .set(c.as('member1'))
        .send({ surveyId, period: '2026', heldFen: '12.5' })
        .expect(400);
      await t
        .req()
        .post(`${S}/holdback/releases`)
        .set(c.as('manager'))
        .send({ surveyId, period: '2026', heldFen: '1200000' })
        .expect(403);
      const r = await t
        .req()
        .post(`${S}/holdback/releases`)
        .set(c.as('member1'))
        .send({ surveyId, period: '2026', heldFen: '1200000' })
        .expect(201);
      // survey score 66.7 reaches the 60-point band: half is released
      expect(r.body).toMatchObject({ status: 'proposed', score: 66.7, releasePermille: 500, releaseFen: '600000' });
      const self = await t.req().post(`${S}/holdback/releases/${r.body.id}/approve`).set(c.as('member1')).expect(403);
      expect(self.body.error.code).toBe(ErrorCode.LEDGER_AUTHOR_CANNOT_APPROVE);
      const ok = await t.req().post(`${S}/holdback/releases/${r.body.id}/approve`).set(c.as('member2')).expect(200);
      expect(ok.body).toMatchObject({ status: 'approved', approvedByName: '委员2' });
      await t.req().post(`${S}/holdback/releases/${r.body.id}/approve`).set(c.as('member3')).expect(409);
      const acct = await t.req().get(`${S}/holdback`).set(c.as('owner4')).expect(200);
      expect(acct.body.postings).toEqual([
        expect.objectContaining({
          releaseId: r.body.id,
          surveyId,
          amountFen: '600000',
          withheldFen: '600000',
          proposedByName: '委员1',
          approvedByName: '委员2',
        }),
      ]);
      expect(acct.body.releasedFen).toBe('600000');
      await expect(
        appRoleQuery(`DELETE FROM supervision_holdback_postings WHERE release_id = $1`, [r.body.id]),
      ).rejects.toThrow(/permission denied/);
    });
  });
});
