import { ErrorCode } from '@gongzhi/domain';
import ExcelJS from 'exceljs';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { verifyCommunityChain } from '../src/modules/ledger/ledger-chain.js';
import { ResolutionAuthorityRegistry } from '../src/modules/ledger/resolution-authority.registry.js';
import { makeCommunity, type CommunityFixture } from './factories.js';
import { appRoleQuery, ownerQuery, startTestApp, type TestApp } from './harness.js';

/** Public-income ledger (公共收益台账): behaviour, authorization, validation, append-only storage, hash chain. */
describe('ledger', () => {
  let t: TestApp;
  let c: CommunityFixture;
  let other: CommunityFixture;
  const lastYear = new Date().getUTCFullYear() - 1;
  const PASSED = '11111111-1111-4111-8111-111111111111';
  const FAILED = '22222222-2222-4222-8222-222222222222';

  beforeAll(async () => {
    t = await startTestApp({ FILES_DIR: mkdtempSync(path.join(os.tmpdir(), 'gongzhi-ledger-')) });
    c = await makeCommunity(t);
    other = await makeCommunity(t);
    // Stand-in for the votes module until it registers its own ResolutionAuthority.
    t.created.app.get(ResolutionAuthorityRegistry).use({
      find: async (_m, communityId, id) =>
        communityId !== c.communityId
          ? null
          : id === PASSED
            ? { passed: true, title: '2026年电梯维修' }
            : id === FAILED
              ? { passed: false, title: '外墙翻新' }
              : null,
    });
  });
  afterAll(async () => t.close());

  const income = (over: Record<string, unknown> = {}) => ({
    kind: 'income',
    category: 'advertising',
    grossAmountYuan: '1200.00',
    counterparty: '某某传媒有限公司',
    contractRef: 'GG-2026-01',
    ...over,
  });
  const expense = (over: Record<string, unknown> = {}) => ({
    kind: 'expense',
    category: 'fund_topup',
    amountYuan: '500.00',
    payee: '区维修资金专户',
    purpose: '补充专项维修资金',
    ...over,
  });

  const draft = async (f: CommunityFixture, who: string, body: object) =>
    (await t.req().post('/api/v1/ledger/entries').set(f.as(who)).send(body).expect(201)).body;
  const act = (f: CommunityFixture, who: string, id: string, action: string, body: object = {}) =>
    t.req().post(`/api/v1/ledger/entries/${id}/${action}`).set(f.as(who)).send(body);
  /** Draft (manager) → submit → approve (member1): returns the posted entry. */
  const post = async (body: object, f: CommunityFixture = c, author = 'manager', approver = 'member1') => {
    const d = await draft(f, author, body);
    await act(f, author, d.id, 'submit').expect(200);
    const res = await act(f, approver, d.id, 'approve');
    if (res.status !== 200) throw new Error(`approve answered ${res.status}: ${JSON.stringify(res.body)}`);
    return res.body;
  };
  const pdf = () =>
    Buffer.from(
      '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
    );
  const upload = async (f: CommunityFixture, who: string) =>
    (
      await t
        .req()
        .post('/api/v1/files')
        .set(f.as(who))
        .field('purpose', 'ledger_attachment')
        .attach('file', pdf(), { filename: '收据.pdf', contentType: 'application/pdf' })
        .expect(201)
    ).body.id as string;

  describe('entries and approval', () => {
    it('records income with its costs, evidence and attachments, and computes the net amount', async () => {
      const evidence = await upload(c, 'manager');
      const contract = await upload(c, 'manager');
      const d = await draft(
        c,
        'manager',
        income({
          grossAmountYuan: '12000.00',
          netAmountYuan: '10500.50',
          costs: [{ label: '电费分摊', amountYuan: '1499.50', evidenceFileIds: [evidence] }],
          coveredFrom: '2026-01-01',
          coveredTo: '2026-03-31',
          attachmentFileIds: [contract],
        }),
      );
      expect(d).toMatchObject({
        status: 'draft',
        kind: 'income',
        categoryLabel: '广告收入',
        grossFen: '1200000',
        amountFen: '1050050',
        amountDisplay: '¥10,500.50',
        counterparty: '某某传媒有限公司',
        authoredByMe: true,
        posting: null,
      });
      expect(d.costs).toEqual([{ label: '电费分摊', amountFen: '149950', evidenceFileIds: [evidence] }]);
      const full = (await t.req().get(`/api/v1/ledger/entries/${d.id}`).set(c.as('member2')).expect(200)).body;
      expect(full.attachments.map((a: { id: string }) => a.id).sort()).toEqual([evidence, contract].sort());
      // owners do not see drafts, nor their attachments
      await t.req().get(`/api/v1/ledger/entries/${d.id}`).set(c.as('owner1')).expect(404);
      await t.req().get(`/api/v1/files/${contract}/content`).set(c.as('owner1')).expect(404);
      await act(c, 'manager', d.id, 'submit').expect(200);
      const posted = (await act(c, 'member2', d.id, 'approve').expect(200)).body;
      expect(posted.status).toBe('posted');
      expect(posted.posting).toMatchObject({ seq: expect.any(String), hash: expect.stringMatching(/^[0-9a-f]{64}$/) });
      // once posted, owners see the entry and its evidence
      const seen = (await t.req().get(`/api/v1/ledger/entries/${d.id}`).set(c.as('owner1')).expect(200)).body;
      expect(seen.amountFen).toBe('1050050');
      await t.req().get(`/api/v1/files/${contract}/content`).set(c.as('owner1')).expect(200);
    });

    it('refuses approval by the author, and posts when another committee member approves', async () => {
      const d = await draft(c, 'member1', income());
      await act(c, 'member1', d.id, 'submit').expect(200);
      const self = await act(c, 'member1', d.id, 'approve').expect(403);
      expect(self.body.error.code).toBe(ErrorCode.LEDGER_AUTHOR_CANNOT_APPROVE);
      expect(self.body.error.message).toMatch(/不能批准自己起草的账目/);
      await act(c, 'member1', d.id, 'reject', { reason: '自己退回' }).expect(403);
      const ok = await act(c, 'chair', d.id, 'approve').expect(200);
      expect(ok.body.status).toBe('posted');
    });

    it('sends a rejected draft back with its reason; the author revises, resubmits, and it is approved', async () => {
      const d = await draft(c, 'manager', income({ grossAmountYuan: '800.00' }));
      await act(c, 'member2', d.id, 'approve').expect(409); // not submitted yet
      await act(c, 'manager', d.id, 'submit').expect(200);
      const rejected = (
        await act(c, 'member2', d.id, 'reject', { reason: '金额与合同不符，合同约定 880 元' }).expect(200)
      ).body;
      expect(rejected).toMatchObject({ status: 'rejected', rejectReason: '金额与合同不符，合同约定 880 元' });
      const approveRejected = await act(c, 'member3', d.id, 'approve').expect(409);
      expect(approveRejected.body.error).toMatchObject({
        code: ErrorCode.ILLEGAL_TRANSITION,
        details: { currentStatus: 'rejected' },
      });
      // only the author revises
      await t
        .req()
        .put(`/api/v1/ledger/entries/${d.id}`)
        .set(c.as('member4'))
        .send(income({ grossAmountYuan: '880.00' }))
        .expect(403);
      const revised = (
        await t
          .req()
          .put(`/api/v1/ledger/entries/${d.id}`)
          .set(c.as('manager'))
          .send(income({ grossAmountYuan: '880.00' }))
          .expect(200)
      ).body;
      expect(revised).toMatchObject({ status: 'draft', revision: 2, amountFen: '88000' });
      await act(c, 'manager', d.id, 'submit').expect(200);
      const posted = (await act(c, 'member3', d.id, 'approve').expect(200)).body;
      expect(posted).toMatchObject({ status: 'posted', amountFen: '88000' });
    });

    it('never changes a posted entry through the API', async () => {
      const e = await post(income());
      const put = await t
        .req()
        .put(`/api/v1/ledger/entries/${e.id}`)
        .set(c.as('manager'))
        .send(income({ grossAmountYuan: '1.00' }))
        .expect(409);
      expect(put.body.error).toMatchObject({
        code: ErrorCode.ILLEGAL_TRANSITION,
        details: { currentStatus: 'posted' },
      });
      await act(c, 'manager', e.id, 'submit').expect(409);
      await act(c, 'member2', e.id, 'approve').expect(409);
      await t.req().delete(`/api/v1/ledger/entries/${e.id}`).set(c.as('chair')).expect(404);
      expect((await t.req().get(`/api/v1/ledger/entries/${e.id}`).set(c.as('owner2')).expect(200)).body.amountFen).toBe(
        '120000',
      );
    });

    it('creates a draft once for a repeated Idempotency-Key', async () => {
      const key = 'ledger-key-0001';
      const a = await t
        .req()
        .post('/api/v1/ledger/entries')
        .set(c.as('manager'))
        .set('Idempotency-Key', key)
        .send(income({ grossAmountYuan: '77.70' }))
        .expect(201);
      const b = await t
        .req()
        .post('/api/v1/ledger/entries')
        .set(c.as('manager'))
        .set('Idempotency-Key', key)
        .send(income({ grossAmountYuan: '77.70' }))
        .expect(201);
      expect(b.body.id).toBe(a.body.id);
      const rows = await ownerQuery(`SELECT id FROM ledger_entries WHERE community_id = $1 AND amount_fen = 7770`, [
        c.communityId,
      ]);
      expect(rows).toHaveLength(1);
    });

    it('lists entries with filters; owners only see posted ones', async () => {
      const d = await draft(c, 'manager', expense({ amountYuan: '3.33' }));
      const insider = (
        await t.req().get('/api/v1/ledger/entries?status=draft&kind=expense').set(c.as('member1')).expect(200)
      ).body;
      expect(insider.items.map((e: { id: string }) => e.id)).toContain(d.id);
      const owner = (await t.req().get('/api/v1/ledger/entries?limit=200').set(c.as('owner1')).expect(200)).body;
      expect(owner.items.length).toBeGreaterThan(0);
      expect(owner.items.every((e: { status: string }) => e.status === 'posted')).toBe(true);
      const ads = (
        await t.req().get('/api/v1/ledger/entries?category=advertising&status=posted').set(c.as('owner1')).expect(200)
      ).body;
      expect(ads.items.every((e: { category: string }) => e.category === 'advertising')).toBe(true);
    });

    it("lists only the caller's own drafts with mine=1 (我的草稿 pages through them), and refuses a bad value", async () => {
      const mine = await draft(c, 'manager', expense({ amountYuan: '4.44' }));
      const theirs = await draft(c, 'member1', expense({ amountYuan: '5.55' }));
      const page = (await t.req().get('/api/v1/ledger/entries?status=draft&mine=1').set(c.as('manager')).expect(200))
        .body;
      const ids = page.items.map((e: { id: string }) => e.id);
      expect(ids).toContain(mine.id);
      expect(ids).not.toContain(theirs.id);
      expect(page.items.every((e: { authoredByMe: boolean }) => e.authoredByMe)).toBe(true);
      expect(page.total).toBe(page.items.length);
      const bad = await t.req().get('/api/v1/ledger/entries?mine=yes').set(c.as('manager')).expect(400);
      expect(bad.body.error.details.fields[0]).toMatchObject({ field: 'mine', messages: ['不是允许的选项'] });
    });
  });

  describe('reversal', () => {
    it('corrects a posted entry by an approved reversal that cites it, and refuses a second reversal', async () => {
      const before = (await t.req().get('/api/v1/ledger/balance').set(c.as('owner1')).expect(200)).body.balanceFen;
      const e = await post(income({ grossAmountYuan: '4321.00' }));
      const mid = (await t.req().get('/api/v1/ledger/balance').set(c.as('owner1')).expect(200)).body.balanceFen;
      expect(BigInt(mid) - BigInt(before)).toBe(432100n);
      const r = (await act(c, 'manager', e.id, 'reverse', { reason: '重复录入，与 3 月广告收入为同一笔' }).expect(201))
        .body;
      expect(r).toMatchObject({
        status: 'submitted',
        reversesEntryId: e.id,
        reversalReason: '重复录入，与 3 月广告收入为同一笔',
        amountFen: '432100',
        kind: 'income',
      });
      // a second reversal while the first is pending is refused
      await act(c, 'member1', e.id, 'reverse', { reason: '再冲一次' }).expect(409);
      await act(c, 'manager', r.id, 'approve').expect(403); // property cannot approve
      const posted = (await act(c, 'member4', r.id, 'approve').expect(200)).body;
      expect(posted.status).toBe('posted');
      const after = (await t.req().get('/api/v1/ledger/balance').set(c.as('owner1')).expect(200)).body.balanceFen;
      expect(after).toBe(before);
      const original = (await t.req().get(`/api/v1/ledger/entries/${e.id}`).set(c.as('owner1')).expect(200)).body;
      expect(original).toMatchObject({ status: 'posted', amountFen: '432100', reversedByEntryId: r.id });
      const again = await act(c, 'member1', e.id, 'reverse', { reason: '再冲一次' }).expect(409);
      expect(again.body.error.message).toMatch(/已被冲正/);
      const ofReversal = await act(c, 'member1', r.id, 'reverse', { reason: '冲正的冲正' }).expect(409);
      expect(ofReversal.body.error.code).toBe(ErrorCode.ILLEGAL_TRANSITION);
      await act(c, 'member1', e.id, 'reverse', {}).expect(400);
    });

    it('lets a rejected reversal be resubmitted with a new reason', async () => {
      const e = await post(income({ grossAmountYuan: '10.00' }));
      const r = (await act(c, 'manager', e.id, 'reverse', { reason: '录错' }).expect(201)).body;
      await act(c, 'member2', r.id, 'reject', { reason: '理由不清楚' }).expect(200);
      const r2 = (await act(c, 'manager', e.id, 'reverse', { reason: '合同已解除，该笔款项已退回付款方' }).expect(201))
        .body;
      expect(r2).toMatchObject({ id: r.id, status: 'submitted', reversalReason: '合同已解除，该笔款项已退回付款方' });
      await act(c, 'member2', r.id, 'approve').expect(200);
    });
  });

  describe('append-only storage and the hash chain', () => {
    it('PostgreSQL refuses the API role UPDATE, DELETE and TRUNCATE on posted entries and published statements', async () => {
      await post(income());
      for (const sql of [
        'UPDATE ledger_postings SET amount_fen = 1',
        'DELETE FROM ledger_postings',
        'TRUNCATE ledger_postings',
        'UPDATE ledger_statements SET head_hash = head_hash',
        'DELETE FROM ledger_statements',
      ]) {
        await expect(appRoleQuery(sql)).rejects.toThrow(/permission denied/);
      }
      // the API role can still read and append
      expect((await appRoleQuery('SELECT count(*)::int AS n FROM ledger_postings'))[0]!.n).toBeGreaterThan(0);
    });

    it('verifies the chain, and reports the first entry whose stored content was changed behind the API', async () => {
      const f = await makeCommunity(t);
      const posted = [];
      for (const gross of ['100.00', '200.00', '300.00'])
        posted.push(await post(income({ grossAmountYuan: gross }), f));
      expect(posted.map((p) => p.posting.seq)).toEqual(['1', '2', '3']);
      const ok = (await t.req().get('/api/v1/ledger/verify').set(f.as('owner1')).expect(200)).body;
      expect(ok).toEqual({ ok: true, length: 3, headSeq: '3', headHash: posted[2].posting.hash });
      await ownerQuery(`UPDATE ledger_postings SET amount_fen = 2000000 WHERE community_id = $1 AND seq = 2`, [
        f.communityId,
      ]);
      const broken = (await t.req().get('/api/v1/ledger/verify').set(f.as('owner1')).expect(200)).body;
      expect(broken).toMatchObject({ ok: false, length: 3, brokenAt: { seq: '2', entryId: posted[1].id } });
      expect(broken.reason).toMatch(/第 2 条记录的内容与其哈希不符/);
      // the regulator of the district can run the check too
      expect((await t.req().get('/api/v1/ledger/verify').set(f.as('regulator')).expect(200)).body.ok).toBe(false);
    });

    it('verifies a chain read in pages exactly as in one read, and finds tampering on a later page', async () => {
      const f = await makeCommunity(t);
      const posted = [];
      for (const gross of [
        '10.00',
        '20.00',
        '30.00',
        '40.00',
        '50.00',
        '60.00',
        '70.00',
        '80.00',
        '90.00',
        '100.00',
        '110.00',
        '120.00',
      ])
        posted.push(await post(income({ grossAmountYuan: gross }), f));
      const m = t.created.app.get(DataSource).manager;
      const whole = (await t.req().get('/api/v1/ledger/verify').set(f.as('owner1')).expect(200)).body;
      expect(whole).toEqual({ ok: true, length: 12, headSeq: '12', headHash: posted[11].posting.hash });
      // 12 postings: seq 10–12 would sort before 2 as text (a bug the first paged version had)
      for (const page of [1, 2, 5, 12, 13]) expect(await verifyCommunityChain(m, f.communityId, page)).toEqual(whole);
      await ownerQuery(`UPDATE ledger_postings SET category = 'parking' WHERE community_id = $1 AND seq = 11`, [
        f.communityId,
      ]);
      for (const page of [2, 3, 5000]) {
        const r = await verifyCommunityChain(m, f.communityId, page);
        expect(r).toMatchObject({ ok: false, length: 12, brokenAt: { seq: '11', entryId: posted[10].id } });
        if (!r.ok) expect(r.reason).toMatch(/第 11 条记录的内容与其哈希不符/);
      }
    });

    it('reports a deleted entry', async () => {
      const f = await makeCommunity(t);
      for (const gross of ['1.00', '2.00', '3.00']) await post(income({ grossAmountYuan: gross }), f);
      await ownerQuery(`DELETE FROM ledger_postings WHERE community_id = $1 AND seq = 2`, [f.communityId]);
      const broken = (await t.req().get('/api/v1/ledger/verify').set(f.as('member1')).expect(200)).body;
      expect(broken).toMatchObject({ ok: false, brokenAt: { seq: '3' } });
    });
  });

  describe('authorisation by resolution', () => {
    it("refuses an expense that needs an owners' resolution without a passed one", async () => {
      const d = await draft(
        c,
        'member1',
        expense({
          category: 'common_repairs',
          amountYuan: '5000.00',
          payee: '某电梯公司',
          purpose: '3 号梯更换曳引机',
        }),
      );
      const res = await act(c, 'member1', d.id, 'submit').expect(409);
      expect(res.body.error.code).toBe(ErrorCode.LEDGER_RESOLUTION_REQUIRED);
      expect(res.body.error.message).toMatch(/业主大会表决通过/);
      const unknown = (
        await t
          .req()
          .put(`/api/v1/ledger/entries/${d.id}`)
          .set(c.as('member1'))
          .send(
            expense({
              category: 'common_repairs',
              amountYuan: '5000.00',
              payee: '某电梯公司',
              purpose: '3 号梯更换曳引机',
              resolutionId: '33333333-3333-4333-8333-333333333333',
            }),
          )
          .expect(200)
      ).body;
      expect((await act(c, 'member1', unknown.id, 'submit').expect(409)).body.error.message).toMatch(/没有编号为/);
      await t
        .req()
        .put(`/api/v1/ledger/entries/${d.id}`)
        .set(c.as('member1'))
        .send(
          expense({
            category: 'common_repairs',
            amountYuan: '5000.00',
            payee: '某电梯公司',
            purpose: '3 号梯更换曳引机',
            resolutionId: FAILED,
          }),
        )
        .expect(200);
      expect((await act(c, 'member1', d.id, 'submit').expect(409)).body.error.message).toMatch(/未获通过/);
    });

    it('posts an expense that cites a passed resolution', async () => {
      const d = await draft(
        c,
        'member1',
        expense({
          category: 'common_repairs',
          amountYuan: '5000.00',
          payee: '某电梯公司',
          purpose: '3 号梯更换曳引机',
          resolutionId: PASSED,
        }),
      );
      await act(c, 'member1', d.id, 'submit').expect(200);
      const e = (await act(c, 'chair', d.id, 'approve').expect(200)).body;
      expect(e).toMatchObject({ status: 'posted', resolutionId: PASSED, payee: '某电梯公司' });
    });

    it("lets the committee approve expenses up to the community's limit without a resolution", async () => {
      const f = await makeCommunity(t);
      await ownerQuery(
        `UPDATE communities SET settings = settings || '{"expenseResolutionLimitFen":"100000"}' WHERE id = $1`,
        [f.communityId],
      );
      await post(income({ grossAmountYuan: '5000.00' }), f);
      const small = await post(
        expense({ category: 'committee_costs', amountYuan: '1000.00', payee: '文具店', purpose: '办公用品' }),
        f,
      );
      expect(small.status).toBe('posted');
      const big = await draft(
        f,
        'manager',
        expense({ category: 'committee_costs', amountYuan: '1000.01', payee: '文具店', purpose: '办公用品' }),
      );
      const res = await act(f, 'manager', big.id, 'submit').expect(409);
      expect(res.body.error).toMatchObject({ code: ErrorCode.LEDGER_RESOLUTION_REQUIRED });
      expect(res.body.error.message).toMatch(/超过本小区规定的 ¥1,000.00/);
    });
  });

  describe('validation of amounts', () => {
    const raw = (f: CommunityFixture, json: string) =>
      t.req().post('/api/v1/ledger/entries').set(f.as('manager')).set('Content-Type', 'application/json').send(json);
    it.each([
      ['zero', '"0"', /大于 0/],
      ['zero with decimals', '"0.00"', /大于 0/],
      ['minus one as a number', '-1', /不能是 JSON 数字/],
      ['minus one as text', '"-1"', /不能为负数/],
      ['three decimals', '"1.234"', /两位小数/],
      ['1e3 as a JSON number', '1e3', /不能是 JSON 数字/],
      ['12.5 as a JSON number', '12.5', /不能是 JSON 数字/],
      ['an absurd amount', '"99999999999999"', /过大/],
      ['more than one hundred million yuan', '"100000000.01"', /过大/],
      ['an exponent in text', '"1e3"', /格式不正确/],
    ])('refuses %s', async (_label, amount, message) => {
      const res = await raw(
        c,
        `{"kind":"income","category":"advertising","counterparty":"某公司","grossAmountYuan":${amount}}`,
      ).expect(400);
      expect(res.body.error.code).toBe(ErrorCode.LEDGER_AMOUNT_INVALID);
      expect(res.body.error.details.fields).toEqual([
        { field: 'grossAmountYuan', messages: [expect.stringMatching(message)] },
      ]);
    });

    it('names every bad amount field, including costs and a net amount that does not add up', async () => {
      const evidence = await upload(c, 'manager');
      const res = await t
        .req()
        .post('/api/v1/ledger/entries')
        .set(c.as('manager'))
        .send(
          income({
            grossAmountYuan: '100.00',
            netAmountYuan: '90.00',
            costs: [
              { label: '代理费', amountYuan: '5.001', evidenceFileIds: [evidence] },
              { label: '电费', amountYuan: 5, evidenceFileIds: [evidence] },
            ],
          }),
        )
        .expect(400);
      expect(res.body.error.code).toBe(ErrorCode.LEDGER_AMOUNT_INVALID);
      expect(res.body.error.details.fields.map((f: { field: string }) => f.field)).toEqual([
        'costs.0.amountYuan',
        'costs.1.amountYuan',
      ]);
      const mismatch = await t
        .req()
        .post('/api/v1/ledger/entries')
        .set(c.as('manager'))
        .send(
          income({
            grossAmountYuan: '100.00',
            netAmountYuan: '90.00',
            costs: [{ label: '代理费', amountYuan: '5.00', evidenceFileIds: [evidence] }],
          }),
        )
        .expect(400);
      expect(mismatch.body.error.details.fields).toEqual([
        { field: 'netAmountYuan', messages: ['净收入必须等于毛收入减去各项成本'] },
      ]);
      const over = await t
        .req()
        .post('/api/v1/ledger/entries')
        .set(c.as('manager'))
        .send(
          income({
            grossAmountYuan: '100.00',
            costs: [{ label: '代理费', amountYuan: '100.01', evidenceFileIds: [evidence] }],
          }),
        )
        .expect(400);
      expect(over.body.error.details.fields[0].messages[0]).toMatch(/不能超过毛收入/);
    });

    it('refuses a cost without evidence, a category of the other kind, a future date and unknown fields', async () => {
      const noEvidence = await t
        .req()
        .post('/api/v1/ledger/entries')
        .set(c.as('manager'))
        .send(income({ costs: [{ label: '代理费', amountYuan: '5.00', evidenceFileIds: [] }] }))
        .expect(400);
      expect(noEvidence.body.error.details.fields).toEqual([
        { field: 'costs.0.evidenceFileIds', messages: ['每项成本至少需要一份凭证'] },
      ]);
      const wrongKind = await t
        .req()
        .post('/api/v1/ledger/entries')
        .set(c.as('manager'))
        .send(income({ category: 'fund_topup' }))
        .expect(400);
      expect(wrongKind.body.error.details.fields).toEqual([{ field: 'category', messages: ['不是收入类别'] }]);
      const future = await t
        .req()
        .post('/api/v1/ledger/entries')
        .set(c.as('manager'))
        .send(income({ bookedOn: `${lastYear + 3}-01-01` }))
        .expect(400);
      expect(future.body.error.details.fields).toEqual([{ field: 'bookedOn', messages: ['记账日期不能是将来'] }]);
      const extra = await t
        .req()
        .post('/api/v1/ledger/entries')
        .set(c.as('manager'))
        .send(income({ netFen: 5 }))
        .expect(400);
      expect(extra.body.error.code).toBe(ErrorCode.VALIDATION_FAILED);
    });
  });

  describe('statements', () => {
    let f: CommunityFixture;
    const H1 = `${lastYear}-H1`;
    beforeAll(async () => {
      f = await makeCommunity(t);
    });

    it('computes opening balance, income and expenses by category and month, and closing balance', async () => {
      const book = (body: Record<string, unknown>, day: string) => post({ ...body, bookedOn: day }, f);
      await book(income({ grossAmountYuan: '1000.00' }), `${lastYear - 1}-11-03`); // before the period: opening
      await book(expense({ amountYuan: '100.00' }), `${lastYear - 1}-12-20`);
      const a = await book(income({ grossAmountYuan: '3000.00' }), `${lastYear}-01-15`);
      await book(income({ category: 'road_parking', grossAmountYuan: '1500.50' }), `${lastYear}-02-28`);
      await book(income({ category: 'venue_rental', grossAmountYuan: '200.00' }), `${lastYear}-06-30`);
      await book(expense({ amountYuan: '2000.00' }), `${lastYear}-03-31`);
      await book(income({ grossAmountYuan: '999.00' }), `${lastYear}-07-01`); // after the period
      const s = (await t.req().get(`/api/v1/ledger/statements/${H1}`).set(f.as('owner1')).expect(200)).body;
      const opening = 100000n - 10000n;
      const incomeTotal = 300000n + 150050n + 20000n;
      const expenseTotal = 200000n;
      expect(s).toMatchObject({
        key: H1,
        label: `${lastYear}年上半年`,
        start: `${lastYear}-01-01`,
        end: `${lastYear}-06-30`,
        published: false,
        ended: true,
        openingBalanceFen: opening.toString(),
        closingBalanceFen: (opening + incomeTotal - expenseTotal).toString(),
        entryCount: 4,
      });
      expect(s.income.totalFen).toBe(incomeTotal.toString());
      expect(s.expense.totalFen).toBe(expenseTotal.toString());
      expect(
        Object.fromEntries(
          s.income.byCategory.map((x: { category: string; amountFen: string }) => [x.category, x.amountFen]),
        ),
      ).toEqual({ advertising: '300000', road_parking: '150050', venue_rental: '20000', interest: '0', other: '0' });
      expect(s.byMonth).toEqual([
        { month: `${lastYear}-01`, incomeFen: '300000', expenseFen: '0' },
        { month: `${lastYear}-02`, incomeFen: '150050', expenseFen: '0' },
        { month: `${lastYear}-03`, incomeFen: '0', expenseFen: '200000' },
        { month: `${lastYear}-04`, incomeFen: '0', expenseFen: '0' },
        { month: `${lastYear}-05`, incomeFen: '0', expenseFen: '0' },
        { month: `${lastYear}-06`, incomeFen: '20000', expenseFen: '0' },
      ]);
      expect(s.topUp).toMatchObject({ rule: 'none', met: true, toppedUpFen: '200000' });
      expect(a.bookedOn).toBe(`${lastYear}-01-15`);
    });

    it('shows the publication as overdue to the regulator until the committee publishes it', async () => {
      const before = (await t.req().get('/api/v1/ledger/publication-status').set(f.as('regulator')).expect(200)).body;
      expect(before.frequency).toBe('half_year');
      expect(before.overdue).toBe(true);
      expect(before.overduePeriods.map((p: { key: string }) => p.key)).toContain(H1);
      await t.req().post(`/api/v1/ledger/statements/${H1}/publish`).set(f.as('owner1')).send({}).expect(403);
      await t.req().post(`/api/v1/ledger/statements/${H1}/publish`).set(f.as('manager')).send({}).expect(403);
      const short = await t
        .req()
        .post(`/api/v1/ledger/statements/${H1}/publish`)
        .set(f.as('chair'))
        .send({ displayDays: 14 })
        .expect(400);
      expect(short.body.error.details.fields[0].messages).toEqual(['公示期不能少于 15 天']);
      const head = (await t.req().get('/api/v1/ledger/verify').set(f.as('chair')).expect(200)).body;
      const pub = (
        await t.req().post(`/api/v1/ledger/statements/${H1}/publish`).set(f.as('chair')).send({}).expect(200)
      ).body;
      expect(pub).toMatchObject({ published: true, onDisplay: true, head: { seq: head.headSeq, hash: head.headHash } });
      expect(Date.parse(pub.displayUntil) - Date.parse(pub.publishedAt)).toBe(15 * 86_400_000);
      const after = (await t.req().get('/api/v1/ledger/publication-status').set(f.as('regulator')).expect(200)).body;
      expect(after.overduePeriods.map((p: { key: string }) => p.key)).not.toContain(H1);
      expect(after.periods.find((p: { key: string }) => p.key === H1)).toMatchObject({
        published: true,
        overdue: false,
      });
      // the regulator of another district cannot read it
      await t.req().get('/api/v1/ledger/publication-status').set(other.as('regulator', f.communityId)).expect(403);
    });

    it('keeps the published statement as published, refuses republication and entries booked into it', async () => {
      await t.req().post(`/api/v1/ledger/statements/${H1}/publish`).set(f.as('member2')).send({}).expect(409);
      const late = await draft(f, 'manager', income({ bookedOn: `${lastYear}-05-05` }));
      const res = await act(f, 'manager', late.id, 'submit').expect(409);
      expect(res.body.error.message).toMatch(/已经公示/);
      await post(income({ grossAmountYuan: '50.00' }), f); // today: a later period
      const s = (await t.req().get(`/api/v1/ledger/statements/${H1}`).set(f.as('owner2')).expect(200)).body;
      expect(s).toMatchObject({ published: true, income: { totalFen: '470050' } });
      const list = (await t.req().get('/api/v1/ledger/statements').set(f.as('owner2')).expect(200)).body;
      expect(list.find((p: { key: string }) => p.key === H1)).toMatchObject({ published: true });
    });

    it('serves a published statement exactly as computed before publication, to every reader of its community only', async () => {
      const g = await makeCommunity(t);
      const book = (body: Record<string, unknown>, day: string) => post({ ...body, bookedOn: day }, g);
      await book(income({ grossAmountYuan: '800.00' }), `${lastYear - 1}-06-30`);
      await book(expense({ amountYuan: '30.00' }), `${lastYear}-01-01`);
      await book(income({ category: 'interest', grossAmountYuan: '12.34' }), `${lastYear}-06-30`);
      const computed = (await t.req().get(`/api/v1/ledger/statements/${H1}`).set(g.as('chair')).expect(200)).body;
      expect(computed).toMatchObject({
        published: false,
        openingBalanceFen: '80000',
        closingBalanceFen: String(80000 - 3000 + 1234),
        entryCount: 2,
      });
      const published = (
        await t.req().post(`/api/v1/ledger/statements/${H1}/publish`).set(g.as('chair')).send({}).expect(200)
      ).body;
      const publication = ['published', 'publishedAt', 'displayUntil', 'onDisplay'];
      const without = (x: Record<string, unknown>) =>
        Object.fromEntries(Object.entries(x).filter(([k]) => !publication.includes(k)));
      expect(without(published)).toEqual(without(computed));
      // Read again and again, by each kind of reader: the same answer every time (served from the kept publication).
      for (const who of ['owner1', 'owner2', 'tenant', 'officer', 'regulator', 'owner1']) {
        expect((await t.req().get(`/api/v1/ledger/statements/${H1}`).set(g.as(who)).expect(200)).body).toEqual(
          published,
        );
      }
      // An owner of another community is refused, naming this community or not …
      await t.req().get(`/api/v1/ledger/statements/${H1}`).set(other.as('owner1', g.communityId)).expect(403);
      await t.req().get(`/api/v1/ledger/statements/${H1}`).set(other.as('chair', g.communityId)).expect(403);
      // … and reading the same period of their own community gets their own (unpublished) statement, not this one.
      const own = (await t.req().get(`/api/v1/ledger/statements/${H1}`).set(other.as('owner1')).expect(200)).body;
      expect(own).toMatchObject({ published: false });
      expect(own.head).not.toEqual(published.head);
    });

    it('opens each period with the balance of everything booked before it, also after a reversal', async () => {
      const g = await makeCommunity(t);
      const original = await post(income({ grossAmountYuan: '640.00', bookedOn: `${lastYear}-02-10` }), g);
      await post(expense({ amountYuan: '40.00', bookedOn: `${lastYear}-08-01` }), g);
      await post(income({ grossAmountYuan: '5.00' }), g); // today
      const reversal = (await act(g, 'manager', original.id, 'reverse', { reason: '合同作废，收入退回' }).expect(201))
        .body;
      await act(g, 'member1', reversal.id, 'approve').expect(200); // booked today: −640.00 in the current period
      const balance = (await t.req().get('/api/v1/ledger/balance').set(g.as('owner1')).expect(200)).body;
      const periods = (await t.req().get('/api/v1/ledger/statements').set(g.as('owner1')).expect(200)).body as Array<{
        key: string;
      }>;
      const current = (
        await t.req().get(`/api/v1/ledger/statements/${periods[0]!.key}`).set(g.as('owner1')).expect(200)
      ).body;
      expect(current.closingBalanceFen).toBe(balance.balanceFen);
      expect(balance.balanceFen).toBe(String(-4000 + 500));
      const h2 = (await t.req().get(`/api/v1/ledger/statements/${lastYear}-H2`).set(g.as('owner1')).expect(200)).body;
      expect(h2).toMatchObject({ openingBalanceFen: '64000', closingBalanceFen: '60000' });
      // The monthly totals the opening balance comes from are written by the database only.
      for (const sql of [
        `INSERT INTO ledger_monthly_totals VALUES ('${g.communityId}', '2000-01-01', 1, 1)`,
        'UPDATE ledger_monthly_totals SET net_fen = 0',
        'DELETE FROM ledger_monthly_totals',
      ]) {
        await expect(appRoleQuery(sql)).rejects.toThrow(/permission denied/);
      }
    });

    it('refuses to publish a period that has not ended', async () => {
      const now = new Date();
      const key = `${now.getUTCFullYear()}-${now.getUTCMonth() < 6 ? 'H1' : 'H2'}`;
      const res = await t
        .req()
        .post(`/api/v1/ledger/statements/${key}/publish`)
        .set(f.as('chair'))
        .send({})
        .expect(409);
      expect(res.body.error.message).toMatch(/尚未结束/);
      await t.req().get('/api/v1/ledger/statements/2026-H3').set(f.as('chair')).expect(404);
    });

    it('exports the statement as a printable notice and as a spreadsheet', async () => {
      const html = await t.req().get(`/api/v1/ledger/statements/${H1}/export.html`).set(f.as('owner1')).expect(200);
      expect(html.headers['content-type']).toMatch(/text\/html/);
      const s = (await t.req().get(`/api/v1/ledger/statements/${H1}`).set(f.as('owner1')).expect(200)).body;
      expect(html.text).toContain('公共收益收支情况公示');
      expect(html.text).toContain(`${lastYear}年上半年`);
      expect(html.text).toContain('¥4,700.50'); // income total
      expect(html.text).toContain(s.head.hash);
      expect(html.text).toContain('公示期');
      const xlsx = await t
        .req()
        .get(`/api/v1/ledger/statements/${H1}/export.xlsx`)
        .set(f.as('owner1'))
        .buffer(true)
        .parse((res, cb) => {
          const chunks: Buffer[] = [];
          res.on('data', (d: Buffer) => chunks.push(d));
          res.on('end', () => cb(null, Buffer.concat(chunks)));
        })
        .expect(200);
      expect(xlsx.headers['content-type']).toMatch(/spreadsheetml/);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(xlsx.body as never);
      const sheet = wb.getWorksheet('收支汇总')!;
      const values = new Map<string, unknown>();
      sheet.eachRow((r) => values.set(String(r.getCell(1).value), r.getCell(2).value));
      expect(values.get('收入合计')).toBe(4700.5);
      expect(values.get('期末余额')).toBe(2700.5 + 900);
      expect(wb.getWorksheet('月度收支')!.rowCount).toBe(7);
    });
  });

  describe("owners' questions", () => {
    it('an owner asks about a posted entry, the committee answers, and the whole community sees both', async () => {
      const e = await post(income({ grossAmountYuan: '66.00' }));
      const q = (
        await t
          .req()
          .post('/api/v1/ledger/questions')
          .set(c.as('owner1'))
          .send({ targetType: 'entry', targetRef: e.id, body: '这笔广告费对应哪几台电梯？' })
          .expect(201)
      ).body;
      expect(q).toMatchObject({ status: 'open', askedByMe: true, answer: null });
      await t
        .req()
        .post(`/api/v1/ledger/questions/${q.id}/answer`)
        .set(c.as('manager'))
        .send({ answer: '物业回答' })
        .expect(403);
      await t
        .req()
        .post(`/api/v1/ledger/questions/${q.id}/answer`)
        .set(c.as('owner2'))
        .send({ answer: '业主回答' })
        .expect(403);
      const open = (
        await t.req().get(`/api/v1/ledger/questions?status=open&targetRef=${e.id}`).set(c.as('owner2')).expect(200)
      ).body;
      expect(open.map((x: { id: string }) => x.id)).toEqual([q.id]);
      const a = (
        await t
          .req()
          .post(`/api/v1/ledger/questions/${q.id}/answer`)
          .set(c.as('member3'))
          .send({ answer: '1 号楼和 2 号楼的 4 台电梯，合同见附件。' })
          .expect(200)
      ).body;
      expect(a).toMatchObject({
        status: 'answered',
        answer: '1 号楼和 2 号楼的 4 台电梯，合同见附件。',
        answeredAt: expect.any(String),
      });
      await t
        .req()
        .post(`/api/v1/ledger/questions/${q.id}/answer`)
        .set(c.as('member2'))
        .send({ answer: '再答一次' })
        .expect(409);
      const seen = (
        await t.req().get(`/api/v1/ledger/questions?targetType=entry&targetRef=${e.id}`).set(c.as('tenant')).expect(200)
      ).body;
      expect(seen).toEqual([
        expect.objectContaining({ id: q.id, status: 'answered', askedByMe: false, answeredAt: a.answeredAt }),
      ]);
      expect(JSON.stringify(seen)).not.toContain(c.people.owner1);
    });

    it('takes questions on a statement; refuses questions on drafts and from non-residents', async () => {
      await t
        .req()
        .post('/api/v1/ledger/questions')
        .set(c.as('tenant'))
        .send({ targetType: 'statement', targetRef: `${lastYear}-H2`, body: '下半年为什么没有停车收入？' })
        .expect(201);
      const d = await draft(c, 'manager', income());
      await t
        .req()
        .post('/api/v1/ledger/questions')
        .set(c.as('owner1'))
        .send({ targetType: 'entry', targetRef: d.id, body: '草稿能看吗？' })
        .expect(404);
      await t
        .req()
        .post('/api/v1/ledger/questions')
        .set(c.as('manager'))
        .send({ targetType: 'statement', targetRef: `${lastYear}-H2`, body: '物业提问' })
        .expect(403);
    });
  });

  describe('authorization', () => {
    it('residents, tenants, property staff and strangers cannot draft', async () => {
      for (const who of ['owner1', 'tenant', 'staff', 'officer', 'stranger']) {
        await t.req().post('/api/v1/ledger/entries').set(c.as(who)).send(income()).expect(403);
      }
      await t.req().post('/api/v1/ledger/entries').send(income()).expect(401);
    });

    it('answers 404 for an entry of another community, for reading and for every action', async () => {
      const e = await post(income({ grossAmountYuan: '9.99' }), other);
      const d = await draft(other, 'manager', income());
      await t.req().get(`/api/v1/ledger/entries/${e.id}`).set(c.as('chair')).expect(404);
      await act(c, 'manager', d.id, 'submit').expect(404);
      await act(c, 'member1', e.id, 'reverse', { reason: '跨小区冲正' }).expect(404);
      await t.req().put(`/api/v1/ledger/entries/${d.id}`).set(c.as('manager')).send(income()).expect(404);
      await act(other, 'manager', d.id, 'submit').expect(200);
      await act(c, 'member1', d.id, 'approve').expect(404);
      await act(c, 'member1', d.id, 'reject', { reason: '跨小区退回' }).expect(404);
      const list = (await t.req().get('/api/v1/ledger/entries?limit=200').set(c.as('chair')).expect(200)).body;
      expect(list.items.map((x: { id: string }) => x.id)).not.toContain(e.id);
      // a member of this community naming the other community in the header is refused
      await t.req().get('/api/v1/ledger/entries').set(c.as('chair', other.communityId)).expect(403);
    });
  });
});
