import { chinaDate, periodFor, type StatementPeriod } from '@gongzhi/domain';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LedgerRemindersService } from '../src/modules/ledger/ledger-reminders.service.js';
import { dueByOf } from '../src/modules/ledger/ledger-statements.service.js';
import { makeCommunity, type CommunityFixture } from './factories.js';
import { appRoleQuery, ownerQuery, startTestApp, type TestApp } from './harness.js';

/** Publication deadline reminders (公示提醒) to the committee: the daily job's method driven with a chosen `now`. */
describe('ledger publication reminders', () => {
  let t: TestApp;
  let reminders: LedgerRemindersService;
  const COMMITTEE = ['chair', 'member1', 'member2', 'member3', 'member4'];
  const NOT_COMMITTEE = ['owner1', 'owner2', 'tenant', 'manager', 'staff', 'officer'];

  beforeAll(async () => {
    t = await startTestApp({ FILES_DIR: mkdtempSync(path.join(os.tmpdir(), 'gongzhi-ledger-reminders-')) });
    reminders = t.created.app.get(LedgerRemindersService);
  });
  afterAll(async () => t.close());

  const addDays = (d: string, n: number) =>
    new Date(Date.UTC(+d.slice(0, 4), +d.slice(5, 7) - 1, +d.slice(8, 10) + n)).toISOString().slice(0, 10);
  /** 09:00 China time on day `d`. */
  const at = (d: string) => new Date(`${d}T09:00:00+08:00`);
  /** "7月31日"; with the year when the due date falls in the year after the period ("2027年1月31日"). */
  const dueLabel = (d: string, p: StatementPeriod) =>
    `${d.slice(0, 4) === p.start.slice(0, 4) ? '' : `${d.slice(0, 4)}年`}${+d.slice(5, 7)}月${+d.slice(8, 10)}日`;
  type Msg = { kind: string; title: string; body: string; readAt: string | null };
  /** The reminders the person sees in their in-app messages (站内消息) of that community. */
  const inbox = async (f: CommunityFixture, who: string): Promise<Msg[]> =>
    ((await t.req().get('/api/v1/messages?limit=100').set(f.as(who)).expect(200)).body.items as Msg[]).filter((m) =>
      m.kind.startsWith('ledger.publication'),
    );

  describe('a published period and an overdue one', () => {
    const lastYear = new Date().getUTCFullYear() - 1;
    let b: CommunityFixture;

    beforeAll(async () => {
      b = await makeCommunity(t);
      // A posting last year makes last year's periods part of the community's history; H1 gets published.
      const d = (
        await t
          .req()
          .post('/api/v1/ledger/entries')
          .set(b.as('manager'))
          .send({
            kind: 'income',
            category: 'advertising',
            grossAmountYuan: '800.00',
            counterparty: '某某传媒有限公司',
            bookedOn: `${lastYear}-03-01`,
          })
          .expect(201)
      ).body;
      await t.req().post(`/api/v1/ledger/entries/${d.id}/submit`).set(b.as('manager')).send({}).expect(200);
      await t.req().post(`/api/v1/ledger/entries/${d.id}/approve`).set(b.as('member1')).send({}).expect(200);
      await t.req().post(`/api/v1/ledger/statements/${lastYear}-H1/publish`).set(b.as('chair')).send({}).expect(200);
    });

    it('reminds nobody about a published period, and reminds of the unpublished one the day after its due date', async () => {
      // Last year's second half is due on 31 January; on 1 February it is one day late. The first half is published.
      await reminders.remindDuePublications(at(`${lastYear + 1}-02-01`));
      for (const who of COMMITTEE) {
        const got = await inbox(b, who);
        expect(got).toEqual([
          expect.objectContaining({
            kind: 'ledger.publication_overdue',
            title: '公共收益收支情况逾期未公示',
            readAt: null,
            body: `${lastYear}年下半年公共收益收支情况应于 ${lastYear + 1}年1月31日 前公示，已逾期 1 天。请尽快在“公共收益 → 收支报表”中核对并公示。`,
          }),
        ]);
      }
      for (const who of NOT_COMMITTEE) expect(await inbox(b, who)).toEqual([]);
    });
  });

  describe('the current period of a new community', () => {
    let a: CommunityFixture;
    let yearly: CommunityFixture;
    let period: StatementPeriod;
    let due: string;

    beforeAll(async () => {
      a = await makeCommunity(t);
      yearly = await makeCommunity(t, { districtId: a.districtId });
      await ownerQuery(
        `UPDATE communities SET settings = settings || '{"publicationFrequency":"yearly"}'::jsonb WHERE id = $1`,
        [yearly.communityId],
      );
      period = periodFor(chinaDate(new Date()), 'half_year');
      due = dueByOf(period);
    });

    it('writes nothing while the due date is more than 7 days away', async () => {
      await reminders.remindDuePublications(at(addDays(period.end, 1)));
      await reminders.remindDuePublications(at(addDays(due, -8)));
      for (const who of [...COMMITTEE, ...NOT_COMMITTEE]) expect(await inbox(a, who)).toEqual([]);
    });

    it('reminds every committee member and the chair 5 days before the due date, and no resident or property staff', async () => {
      await reminders.remindDuePublications(at(addDays(due, -5)));
      for (const who of COMMITTEE) {
        expect(await inbox(a, who)).toEqual([
          expect.objectContaining({
            kind: 'ledger.publication_due_soon',
            title: '公共收益收支情况即将到期公示',
            readAt: null,
            body: `${period.label}公共收益收支情况应于 ${dueLabel(due, period)} 前公示，还剩 5 天。请在“公共收益 → 收支报表”中核对并公示。`,
          }),
        ]);
      }
      for (const who of NOT_COMMITTEE) expect(await inbox(a, who)).toEqual([]);
    });

    it('leaves other communities to their own schedule (a yearly statement is not due yet)', async () => {
      for (const who of [...COMMITTEE, ...NOT_COMMITTEE]) expect(await inbox(yearly, who)).toEqual([]);
    });

    it('does not remind twice: a second run the same day or a later day before the due date writes nothing', async () => {
      await reminders.remindDuePublications(at(addDays(due, -5)));
      await reminders.remindDuePublications(at(addDays(due, -1)));
      await reminders.remindDuePublications(at(due));
      for (const who of COMMITTEE)
        expect((await inbox(a, who)).map((m) => m.kind)).toEqual(['ledger.publication_due_soon']);
    });

    it('reminds once more when the due date has passed, once even when two runs race', async () => {
      await Promise.all([
        reminders.remindDuePublications(at(addDays(due, 3))),
        reminders.remindDuePublications(at(addDays(due, 3))),
      ]);
      await reminders.remindDuePublications(at(addDays(due, 10)));
      for (const who of COMMITTEE) {
        const got = await inbox(a, who);
        expect(got.map((m) => m.kind).sort()).toEqual(['ledger.publication_due_soon', 'ledger.publication_overdue']);
        expect(got.find((m) => m.kind === 'ledger.publication_overdue')!.body).toBe(
          `${period.label}公共收益收支情况应于 ${dueLabel(due, period)} 前公示，已逾期 3 天。请尽快在“公共收益 → 收支报表”中核对并公示。`,
        );
      }
      for (const who of NOT_COMMITTEE) expect(await inbox(a, who)).toEqual([]);
      const [{ n }] = await ownerQuery<{ n: number }>(
        `SELECT count(*)::int AS n FROM messages WHERE community_id = $1 AND kind LIKE 'ledger.publication%'`,
        [a.communityId],
      );
      expect(n).toBe(COMMITTEE.length * 2);
    });

    it('keeps the markers append-only: PostgreSQL refuses the API role UPDATE and DELETE', async () => {
      await expect(appRoleQuery(`DELETE FROM ledger_publication_reminders`)).rejects.toThrow(/permission denied/);
      await expect(appRoleQuery(`UPDATE ledger_publication_reminders SET recipients = 0`)).rejects.toThrow(
        /permission denied/,
      );
    });
  });
});
