import { ErrorCode } from '@gongzhi/domain';
import { ResolutionsService } from '../src/modules/votes/resolutions.service.js';
import { startTestApp, type TestApp } from './harness.js';
import { allChoices, confirmAllPaper, days, openVote, TestClock, upload, voteCommunity } from './votes-helpers.js';

/**
 * The ledger asks the votes module whether a resolution has passed (domain-rules §5: spending that needs an owners'
 * decision cites the resolution that authorised it). Only a FINAL result on which every item passed authorises it.
 */
describe("ledger expenses authorised by owners' resolutions", () => {
  let t: TestApp;
  let clock: TestClock;
  beforeAll(async () => {
    t = await startTestApp();
    clock = new TestClock(t);
  });
  afterAll(async () => t.close());

  const repairExpense = (resolutionId: string) => ({
    kind: 'expense',
    category: 'common_repairs',
    amountYuan: '86000.00',
    payee: '某某电梯工程有限公司',
    purpose: '更换 1 幢电梯曳引机',
    resolutionId,
  });

  async function runVote(choice: 'yes' | 'no') {
    const c = await voteCommunity(t);
    const vote = await openVote(t, c, clock, { items: [{ title: '使用公共收益更换 1 幢电梯曳引机', matterType: 9 }] });
    for (const who of ['owner1', 'owner2', 'owner3', 'owner4']) {
      await t
        .req()
        .post(`/api/v1/resolutions/${vote.id}/ballots`)
        .set(c.as(who))
        .send({ choices: allChoices(vote, choice), confirm: true })
        .expect(201);
    }
    const scan = await upload(t, c, 'member1', 'ballot_scan');
    await t
      .req()
      .post(`/api/v1/resolutions/${vote.id}/paper-ballots`)
      .set(c.as('member1'))
      .send({
        unitId: c.units[4].id,
        channel: 'paper',
        choices: allChoices(vote, choice),
        scanFileId: scan,
        witnessName: '冯社区',
        confirm: true,
      })
      .expect(201);
    await confirmAllPaper(t, c, vote.id);
    const svc = t.created.app.get(ResolutionsService);
    clock.set(new Date(vote.body.votingClosesAt));
    expect(await svc.closeDue(clock.now)).toContain(vote.id);
    return { c, vote, svc };
  }

  const draftAndSubmit = async (c: Awaited<ReturnType<typeof voteCommunity>>, resolutionId: string) => {
    const d = await t
      .req()
      .post('/api/v1/ledger/entries')
      .set(c.as('manager'))
      .send(repairExpense(resolutionId))
      .expect(201);
    return t.req().post(`/api/v1/ledger/entries/${d.body.id}/submit`).set(c.as('manager')).send({});
  };

  it('refuses to spend on a preliminary result, and posts the expense once the passed result is final', async () => {
    const { c, vote, svc } = await runVote('yes');
    const early = await draftAndSubmit(c, vote.id);
    expect(early.status).toBe(409);
    expect(early.body.error.code).toBe(ErrorCode.LEDGER_RESOLUTION_REQUIRED);
    expect(early.body.error.message).toContain('未获通过');

    clock.set(days(clock.now, 8));
    expect(await svc.finalizeDue(clock.now)).toContain(vote.id);
    const ok = await draftAndSubmit(c, vote.id);
    expect(ok.status).toBe(200);
    const approved = await t
      .req()
      .post(`/api/v1/ledger/entries/${ok.body.id}/approve`)
      .set(c.as('member1'))
      .send({})
      .expect(200);
    expect(approved.body).toMatchObject({ status: 'posted', resolutionId: vote.id });
  });

  it('refuses to spend on a resolution the owners rejected', async () => {
    const { c, vote, svc } = await runVote('no');
    clock.set(days(clock.now, 8));
    expect(await svc.finalizeDue(clock.now)).toContain(vote.id);
    const res = await draftAndSubmit(c, vote.id);
    expect(res.status).toBe(409);
    expect(res.body.error.message).toContain('未获通过');
  });

  it('does not accept a resolution of another community', async () => {
    const { vote } = await runVote('yes');
    const other = await voteCommunity(t);
    const res = await draftAndSubmit(other, vote.id);
    expect(res.status).toBe(409);
    expect(res.body.error.message).toContain('没有编号为');
  });
});
