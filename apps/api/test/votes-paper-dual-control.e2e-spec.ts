import { ErrorCode } from '@gongzhi/domain';
import { ResolutionsService } from '../src/modules/votes/resolutions.service.js';
import { appRoleQuery, ownerQuery, startTestApp, type TestApp } from './harness.js';
import { TestClock, allChoices, days, openVote, upload, voteCommunity, type OpenVote } from './votes-helpers.js';

/**
 * Insider attack (issue 15, docs/reliability.md "Insider attacks"): one committee member stuffs ballots. Paper and
 * proxy ballots now count only once a second member — not the enterer, not the witness, having opened the scan —
 * confirms them; the owner is told, sees what was recorded, disputes it and votes online; an online ballot is never
 * overridden by paper. The database refuses the same shortcuts to the API's own role.
 */
describe('insider attack: one committee member stuffs paper ballots', () => {
  let t: TestApp;
  let clock: TestClock;
  let c: Awaited<ReturnType<typeof voteCommunity>>;
  let vote: OpenVote;
  const R = (id: string) => `/api/v1/resolutions/${id}`;
  const nameOf = async (who: string) =>
    (await ownerQuery(`SELECT name FROM persons WHERE id = $1`, [c.people[who]]))[0]!.name as string;

  beforeAll(async () => {
    t = await startTestApp();
    clock = new TestClock(t);
    c = await voteCommunity(t);
    vote = await openVote(t, c, clock);
  });
  afterAll(async () => t.close());

  const enter = async (who: string, unit: number, witnessName: string, scan?: string) =>
    t
      .req()
      .post(`${R(vote.id)}/paper-ballots`)
      .set(c.as(who))
      .send({
        unitId: c.units[unit]!.id,
        channel: 'paper',
        choices: allChoices(vote, 'yes'),
        scanFileId: scan ?? (await upload(t, c, who, 'ballot_scan')),
        witnessName,
        confirm: true,
      });
  const turnout = async () =>
    (
      await t
        .req()
        .get(`${R(vote.id)}/turnout`)
        .set(c.as('owner4'))
        .expect(200)
    ).body;

  it('a member alone: the unit list shows no "not voted yet", herself as witness is refused, the same scan twice is refused, and her entries count for nothing', async () => {
    const units = await t
      .req()
      .get(`${R(vote.id)}/ballot-units`)
      .set(c.as('member1'))
      .expect(200);
    expect(units.body.every((u: { voted: boolean }) => u.voted === false)).toBe(true);
    expect(units.body[0]).toMatchObject({ ownerName: expect.any(String) });
    expect(units.body[0].ownerName.length).toBeGreaterThan(0);

    const self = await enter('member1', 0, await nameOf('member1'));
    expect(self.status).toBe(400);
    expect(self.body.error.details.fields[0].field).toBe('witnessName');

    const scan = await upload(t, c, 'member1', 'ballot_scan');
    await enter('member1', 0, '张见证', scan).then((r) => expect(r.status).toBe(201));
    // The same file again (another upload of the same bytes has the same hash) is refused.
    const [{ sha256 }] = await ownerQuery(`SELECT sha256 FROM files WHERE id = $1`, [scan]);
    const copy = await upload(t, c, 'member1', 'ballot_scan');
    await ownerQuery(`UPDATE files SET sha256 = $2 WHERE id = $1`, [copy, sha256]);
    const twice = await enter('member1', 1, '张见证', copy);
    expect(twice.status).toBe(409);
    expect(twice.body.error.message).toContain('扫描件已用于');
    await enter('member1', 1, '李见证').then((r) => expect(r.status).toBe(201));

    // Two paper ballots entered by one member, none confirmed: nobody has voted.
    expect((await turnout()).votedHeads).toBe(0);
  });

  it('the owner is told, sees privately what was recorded, disputes it, and then votes online (not "already voted")', async () => {
    const inbox = await t.req().get('/api/v1/messages').set(c.as('owner1')).expect(200);
    expect(JSON.stringify(inbox.body)).toContain('纸质票');
    const mine = await t
      .req()
      .get(`${R(vote.id)}/my-ballots`)
      .set(c.as('owner1'))
      .set('X-Community-Id', c.communityId)
      .expect(200);
    expect(mine.body).toEqual([
      expect.objectContaining({ channel: 'paper', state: 'unconfirmed', canDispute: true, choices: expect.any(Array) }),
    ]);
    // Another owner sees nothing of it and cannot dispute it.
    const other = await t
      .req()
      .get(`${R(vote.id)}/my-ballots`)
      .set(c.as('owner4'))
      .set('X-Community-Id', c.communityId)
      .expect(200);
    expect(other.body).toEqual([]);
    await t
      .req()
      .post(`${R(vote.id)}/my-ballots/${mine.body[0].ballotId}/dispute`)
      .set(c.as('owner4'))
      .set('X-Community-Id', c.communityId)
      .send({ reason: '不是我投的' })
      .expect(404);

    // While the paper ballot stands, voting online says so and how to dispute it.
    const blocked = await t
      .req()
      .post(`${R(vote.id)}/ballots`)
      .set(c.as('owner1'))
      .set('X-Community-Id', c.communityId)
      .send({ choices: allChoices(vote, 'no'), confirm: true })
      .expect(409);
    expect(blocked.body.error.message).toContain('异议');

    const disputed = await t
      .req()
      .post(`${R(vote.id)}/my-ballots/${mine.body[0].ballotId}/dispute`)
      .set(c.as('owner1'))
      .set('X-Community-Id', c.communityId)
      .send({ reason: '这不是我投的票' })
      .expect(200);
    expect(disputed.body).toMatchObject({ state: 'disputed', canDispute: false });
    // The dispute and its reason are in the owner's personal-data export.
    const data = await t.req().get('/api/v1/me/data').set(c.as('owner1')).expect(200);
    expect(data.body.ballotDisputes).toEqual([
      expect.objectContaining({ resolutionId: vote.id, ballotId: mine.body[0].ballotId, reason: '这不是我投的票' }),
    ]);
    // The member who entered it is told.
    const told = await t.req().get('/api/v1/messages').set(c.as('member1')).expect(200);
    expect(JSON.stringify(told.body)).toContain('异议');

    const online = await t
      .req()
      .post(`${R(vote.id)}/ballots`)
      .set(c.as('owner1'))
      .set('X-Community-Id', c.communityId)
      .send({ choices: allChoices(vote, 'no'), confirm: true })
      .expect(201);
    const after = await t
      .req()
      .get(`${R(vote.id)}/my-ballots`)
      .set(c.as('owner1'))
      .set('X-Community-Id', c.communityId)
      .expect(200);
    expect(after.body.map((b: { channel: string; state: string }) => [b.channel, b.state])).toEqual([
      ['paper', 'disputed'],
      ['online', 'counted'],
    ]);
    const receipt = await t
      .req()
      .get(`${R(vote.id)}/receipts/${online.body.receipt}`)
      .set(c.as('owner1'))
      .expect(200);
    expect(receipt.body.counted).toBe(true);
    // Nothing deleted: both ballots stay in the chain, which still verifies.
    const verify = await t
      .req()
      .get(`${R(vote.id)}/verify`)
      .set(c.as('owner1'))
      .expect(200);
    expect(verify.body).toMatchObject({ ok: true, length: 3 });
  });

  it('a paper ballot never overrides an online one', async () => {
    await t
      .req()
      .post(`${R(vote.id)}/ballots`)
      .set(c.as('owner3'))
      .set('X-Community-Id', c.communityId)
      .send({ choices: allChoices(vote, 'no'), confirm: true })
      .expect(201);
    const res = await enter('member1', 2, '王见证');
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe(ErrorCode.VOTE_ALREADY_CAST);
    expect(res.body.error.message).toContain('线上投票');
  });

  it('only a second member who opened the scan, and is not its witness, confirms; then it counts', async () => {
    const list = await t
      .req()
      .get(`${R(vote.id)}/paper-ballots`)
      .set(c.as('member2'))
      .expect(200);
    const owner2 = list.body.find((b: { units: string }) => b.units.includes(c.units[1]!.room))!;
    expect(owner2).toMatchObject({ state: 'unconfirmed', canConfirm: false, enteredByMe: false });
    const confirm = (who: string) =>
      t
        .req()
        .post(`${R(vote.id)}/paper-ballots/${owner2.ballotId}/confirm`)
        .set(c.as(who))
        .send({ matchesScan: true });
    // The enterer, even after opening the scan.
    await t
      .req()
      .get(`${R(vote.id)}/paper-ballots/${owner2.ballotId}/scan`)
      .set(c.as('member1'))
      .expect(200);
    expect((await confirm('member1')).status).toBe(403);
    // A second member who has not opened the scan.
    const unopened = await confirm('member2');
    expect(unopened.status).toBe(409);
    expect(unopened.body.error.message).toContain('扫描件');
    expect((await turnout()).votedHeads).toBe(2);
    const scan = await t
      .req()
      .get(`${R(vote.id)}/paper-ballots/${owner2.ballotId}/scan`)
      .set(c.as('member2'));
    expect(scan.status).toBe(200);
    expect(scan.headers['content-type']).toContain('application/pdf');
    const ok = await confirm('member2');
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ state: 'confirmed', confirmedByName: await nameOf('member2') });
    expect((await confirm('member3')).status).toBe(409);
    expect((await turnout()).votedHeads).toBe(3);
    // Owners cannot list or open paper ballots.
    await t
      .req()
      .get(`${R(vote.id)}/paper-ballots`)
      .set(c.as('owner2'))
      .expect(403);
  });

  it('the witness named on a ballot cannot confirm it', async () => {
    const witness = await nameOf('member3');
    const entered = await enter('member2', 4, witness);
    expect(entered.status).toBe(201);
    await t
      .req()
      .get(`${R(vote.id)}/paper-ballots/${entered.body.ballotId}/scan`)
      .set(c.as('member3'))
      .expect(200);
    const res = await t
      .req()
      .post(`${R(vote.id)}/paper-ballots/${entered.body.ballotId}/confirm`)
      .set(c.as('member3'))
      .send({ matchesScan: true });
    expect(res.status).toBe(403);
    expect(res.body.error.message).toContain('见证人');
  });

  it("the database refuses the shortcuts to the API's own role", async () => {
    const [b] = await ownerQuery(
      `SELECT id, entered_by FROM ballots WHERE resolution_id = $1 AND channel = 'paper' AND NOT EXISTS (SELECT 1 FROM paper_ballot_reviews r WHERE r.ballot_id = ballots.id AND r.kind IN ('confirmed', 'disputed')) ORDER BY seq LIMIT 1`,
      [vote.id],
    );
    const insert = (kind: string, actor: string) =>
      appRoleQuery(
        `INSERT INTO paper_ballot_reviews (community_id, resolution_id, ballot_id, kind, actor_id) VALUES ($1, $2, $3, $4, $5)`,
        [c.communityId, vote.id, b.id, kind, actor],
      );
    await expect(insert('confirmed', b.entered_by)).rejects.toThrow(/cannot confirm/);
    await expect(insert('confirmed', c.people.member4!)).rejects.toThrow(/has not opened the scan/);
    await expect(appRoleQuery(`DELETE FROM paper_ballot_reviews WHERE ballot_id = $1`, [b.id])).rejects.toThrow(
      /permission denied/,
    );
    await expect(
      appRoleQuery(`UPDATE paper_ballot_reviews SET kind = 'confirmed' WHERE ballot_id = $1`, [b.id]),
    ).rejects.toThrow(/permission denied/);
  });

  it('after the close: no dispute, the result shows the disputed and unconfirmed paper ballots and counts only confirmed ones', async () => {
    clock.set(days(new Date(vote.body.votingClosesAt), 0));
    await t.created.app.get(ResolutionsService).closeDue(clock.now);
    const result = await t
      .req()
      .get(`${R(vote.id)}/result`)
      .set(c.as('owner4'))
      .expect(200);
    // owner1 online (no), owner2 paper confirmed (yes), owner3 online (no); owner1's paper ballot disputed; the
    // developer's paper ballot never confirmed.
    expect(result.body.paperBallots).toEqual({ confirmed: 1, unconfirmed: 1, disputed: 1 });
    expect(result.body.items[0]).toMatchObject({ pHeads: '3', yesHeads: '1', noHeads: '2' });
    const list = await t
      .req()
      .get(`${R(vote.id)}/paper-ballots`)
      .set(c.as('member4'))
      .expect(200);
    const pending = list.body.find((b: { state: string }) => b.state === 'unconfirmed')!;
    const mine = await t
      .req()
      .get(`${R(vote.id)}/my-ballots`)
      .set(c.as('owner2'))
      .set('X-Community-Id', c.communityId)
      .expect(200);
    expect(mine.body[0]).toMatchObject({ state: 'counted', canDispute: false });
    await t
      .req()
      .post(`${R(vote.id)}/my-ballots/${mine.body[0].ballotId}/dispute`)
      .set(c.as('owner2'))
      .set('X-Community-Id', c.communityId)
      .send({ reason: '不是我投的' })
      .expect(409);
    expect(pending).toBeDefined();
  });
});
