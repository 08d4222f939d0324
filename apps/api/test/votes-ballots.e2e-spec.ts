import { ErrorCode } from '@gongzhi/domain';
import { ResolutionsService } from '../src/modules/votes/resolutions.service.js';
import { appRoleQuery, ownerQuery, startTestApp, type TestApp } from './harness.js';
import {
  TestClock,
  allChoices,
  confirmAllPaper,
  days,
  draftBody,
  openVote,
  upload,
  voteCommunity,
  type OpenVote,
} from './votes-helpers.js';

describe("owners' votes: ballots and the receipt chain", () => {
  let t: TestApp;
  let clock: TestClock;
  beforeAll(async () => {
    t = await startTestApp();
    clock = new TestClock(t);
  });
  afterAll(async () => t.close());

  const ballots = (id: string) => `/api/v1/resolutions/${id}/ballots`;
  const paper = (id: string) => `/api/v1/resolutions/${id}/paper-ballots`;

  describe('online ballots', () => {
    let c: Awaited<ReturnType<typeof voteCommunity>>;
    let vote: OpenVote;
    beforeAll(async () => {
      c = await voteCommunity(t);
      vote = await openVote(t, c, clock);
    });

    it('asks for confirmation before storing a ballot', async () => {
      const res = await t
        .req()
        .post(ballots(vote.id))
        .set(c.as('owner1'))
        .send({ choices: allChoices(vote, 'yes'), confirm: false })
        .expect(400);
      expect(res.body.error.details.fields[0].field).toBe('confirm');
      expect(
        (await ownerQuery(`SELECT count(*)::int AS n FROM ballots WHERE resolution_id = $1`, [vote.id]))[0].n,
      ).toBe(0);
    });

    it('refuses a ballot that leaves an item out, repeats one, or names an item of another vote', async () => {
      const one = allChoices(vote, 'yes').slice(0, 1);
      const r1 = await t
        .req()
        .post(ballots(vote.id))
        .set(c.as('owner1'))
        .send({ choices: one, confirm: true })
        .expect(400);
      expect(r1.body.error.message).toContain('请对每个表决事项选择');
      await t
        .req()
        .post(ballots(vote.id))
        .set(c.as('owner1'))
        .send({ choices: [...one, ...one], confirm: true })
        .expect(400);
      await t
        .req()
        .post(ballots(vote.id))
        .set(c.as('owner1'))
        .send({ choices: [...one, { itemId: '6f0c7c1e-8d3a-4c1e-9a51-0c5a3e2b7d11', choice: 'yes' }], confirm: true })
        .expect(400);
      const bad = await t
        .req()
        .post(ballots(vote.id))
        .set(c.as('owner1'))
        .send({ choices: [{ itemId: vote.items[0]!.id, choice: 'maybe' }], confirm: true })
        .expect(400);
      expect(bad.body.error.details.fields[0]).toEqual({
        field: 'choices.0.choice',
        messages: ['请选择同意、反对或弃权'],
      });
    });

    it('refuses people outside the frozen electorate: a tenant (not an owner) and a stranger', async () => {
      const tenant = await t
        .req()
        .post(ballots(vote.id))
        .set(c.as('tenant'))
        .send({ choices: allChoices(vote, 'yes'), confirm: true })
        .expect(403);
      expect(tenant.body.error.code).toBe(ErrorCode.VOTE_NOT_IN_ELECTORATE);
      await t
        .req()
        .post(ballots(vote.id))
        .set(c.as('stranger'))
        .send({ choices: allChoices(vote, 'yes'), confirm: true })
        .expect(403);
      const other = await voteCommunity(t);
      await t
        .req()
        .post(ballots(vote.id))
        .set(other.as('owner1'))
        .send({ choices: allChoices(vote, 'yes'), confirm: true })
        .expect(404);
    });

    it('refuses a second ballot from the same owner, naming the channel and time of the first in Chinese', async () => {
      clock.set(new Date('2026-12-18T06:02:00.000Z')); // 14:02 China time
      const first = await t
        .req()
        .post(ballots(vote.id))
        .set(c.as('owner1'))
        .send({ choices: allChoices(vote, 'yes', 'no'), confirm: true })
        .expect(201);
      const second = await t
        .req()
        .post(ballots(vote.id))
        .set(c.as('owner1'))
        .send({ choices: allChoices(vote, 'no'), confirm: true })
        .expect(409);
      expect(second.body.error).toMatchObject({
        code: ErrorCode.VOTE_ALREADY_CAST,
        message: '您已投票（线上，12月18日 14:02），每位业主只能投一次，不能重复投票或修改',
        details: { channel: 'online', castAt: first.body.castAt },
      });
      const rows = await ownerQuery(`SELECT choices FROM ballots WHERE resolution_id = $1`, [vote.id]);
      expect(rows).toEqual([{ choices: { [vote.items[0]!.id]: 'yes', [vote.items[1]!.id]: 'no' } }]);
    });

    it('a retried request with the same Idempotency-Key answers the first receipt instead of a refusal', async () => {
      const body = { choices: allChoices(vote, 'abstain'), confirm: true };
      const a = await t
        .req()
        .post(ballots(vote.id))
        .set(c.as('owner2'))
        .set('Idempotency-Key', 'ballot-owner2-0001')
        .send(body)
        .expect(201);
      const b = await t
        .req()
        .post(ballots(vote.id))
        .set(c.as('owner2'))
        .set('Idempotency-Key', 'ballot-owner2-0001')
        .send(body)
        .expect(201);
      expect(b.body.receipt).toBe(a.body.receipt);
    });

    it('200 simultaneous ballots from the same owner store exactly one', async () => {
      const body = { choices: allChoices(vote, 'yes'), confirm: true };
      const results = await Promise.all(
        Array.from({ length: 200 }, () => t.req().post(ballots(vote.id)).set(c.as('owner3')).send(body)),
      );
      const statuses = results.map((r) => r.status);
      expect(statuses.filter((s) => s === 201)).toHaveLength(1);
      expect(statuses.filter((s) => s === 409)).toHaveLength(199);
      expect(new Set(results.filter((r) => r.status === 409).map((r) => r.body.error.code))).toEqual(
        new Set([ErrorCode.VOTE_ALREADY_CAST]),
      );
      const stored = await ownerQuery(
        `SELECT count(*)::int AS n FROM ballots WHERE resolution_id = $1 AND voter_key = $2`,
        [vote.id, `owner:${c.people.owner3}`],
      );
      expect(stored[0].n).toBe(1);
      const verify = await t.req().get(`/api/v1/resolutions/${vote.id}/verify`).set(c.as('owner1')).expect(200);
      expect(verify.body).toEqual({ ok: true, length: 3, head: expect.stringMatching(/^[0-9a-f]{64}$/) });
    });

    it('PostgreSQL itself refuses a second first-ballot and any UPDATE or DELETE by the API role', async () => {
      const [b] = await ownerQuery(`SELECT * FROM ballots WHERE resolution_id = $1 ORDER BY seq DESC LIMIT 1`, [
        vote.id,
      ]);
      await expect(
        appRoleQuery(
          `INSERT INTO ballots (resolution_id, community_id, seq, voter_key, voter_seq, channel, choices, entered_by, cast_at, prev_hash, hash, receipt, salt)
         VALUES ($1, $2, $3, $4, 1, 'online', '{}', $5, $7, $6, $6, 'X', repeat('a', 64))`,
          [vote.id, c.communityId, b.seq + 1, `owner:${c.people.owner1}`, c.people.owner1, b.hash, clock.now],
        ),
      ).rejects.toThrow(/uq_ballot_voter_seq/);
      await expect(
        appRoleQuery(
          `INSERT INTO ballots (resolution_id, community_id, seq, voter_key, voter_seq, channel, choices, entered_by, cast_at, prev_hash, hash, receipt, salt)
         VALUES ($1, $2, $3, $4, 2, 'online', '{}', $5, $7, $6, $6, 'X', repeat('a', 64))`,
          [vote.id, c.communityId, b.seq + 1, `owner:${c.people.owner1}`, c.people.owner1, b.hash, clock.now],
        ),
      ).rejects.toThrow(/changing a ballot is not allowed/);
      await expect(
        appRoleQuery(
          `INSERT INTO ballots (resolution_id, community_id, seq, voter_key, voter_seq, channel, choices, entered_by, cast_at, prev_hash, hash, receipt)
         VALUES ($1, $2, $3, 'owner:someone', 1, 'online', '{}', $4, $6, $5, $5, 'X')`,
          [vote.id, c.communityId, b.seq + 5, c.people.owner1, b.hash, clock.now],
        ),
      ).rejects.toThrow(/does not follow the head/);
      await expect(appRoleQuery(`UPDATE ballots SET choices = '{}' WHERE id = $1`, [b.id])).rejects.toThrow(
        /permission denied/,
      );
      await expect(appRoleQuery(`DELETE FROM ballots WHERE id = $1`, [b.id])).rejects.toThrow(/permission denied/);
      await expect(appRoleQuery(`TRUNCATE ballots`)).rejects.toThrow(/permission denied/);
    });

    it('turnout counts heads and area that took part; choices stay hidden until close', async () => {
      const res = await t.req().get(`/api/v1/resolutions/${vote.id}/turnout`).set(c.as('manager')).expect(200);
      expect(res.body).toMatchObject({ totalHeads: 5, votedHeads: 3, totalArea: '63000', votedArea: '27000' });
      await t.req().get(`/api/v1/resolutions/${vote.id}/result`).set(c.as('chair')).expect(409);
    });

    it('reminds, once, the owners who have not voted yet (in-app message, queued at opening)', async () => {
      const queued = await ownerQuery(`SELECT name, payload, options FROM outbox WHERE payload->>'resolutionId' = $1`, [
        vote.id,
      ]);
      expect(queued).toEqual([
        {
          name: 'votes.remind',
          payload: { resolutionId: vote.id },
          options: {
            singletonKey: `votes:${vote.id}:remind`,
            startAfter: days(new Date(vote.body.votingClosesAt), -3).toISOString(),
          },
        },
      ]);
      const svc = t.created.app.get(ResolutionsService);
      expect(await svc.remindNonVoters(vote.id)).toBe(2);
      const rows = await ownerQuery(
        `SELECT person_id, title FROM messages WHERE kind = 'vote.reminder' AND community_id = $1 ORDER BY person_id`,
        [c.communityId],
      );
      expect(rows.map((r) => r.person_id).sort()).toEqual([c.people.owner4, c.developerId].sort());
      expect(rows[0].title).toBe('表决即将截止，您尚未投票');
      expect(await svc.remindNonVoters(vote.id)).toBe(0);
    });

    it('refuses ballots after the deadline even before the close job has run', async () => {
      clock.set(new Date(vote.body.votingClosesAt));
      const res = await t
        .req()
        .post(ballots(vote.id))
        .set(c.as('owner4'))
        .send({ choices: allChoices(vote, 'yes'), confirm: true })
        .expect(409);
      expect(res.body.error).toMatchObject({
        code: ErrorCode.VOTE_NOT_OPEN,
        message: expect.stringContaining('已截止'),
      });
    });
  });

  describe('paper and proxy ballots entered by the committee', () => {
    let c: Awaited<ReturnType<typeof voteCommunity>>;
    let vote: OpenVote;
    beforeAll(async () => {
      c = await voteCommunity(t);
      vote = await openVote(t, c, clock);
    });

    it('a committee member enters a paper ballot with its scan and a witness; it joins the chain and is audited', async () => {
      const scan = await upload(t, c, 'member1', 'ballot_scan');
      const res = await t
        .req()
        .post(paper(vote.id))
        .set(c.as('member1'))
        .send({
          unitId: c.units[4]!.id,
          channel: 'paper',
          choices: allChoices(vote, 'yes', 'yes'),
          scanFileId: scan,
          witnessName: '张见证',
          confirm: true,
        })
        .expect(201);
      expect(res.body).toMatchObject({ channel: 'paper', receipt: expect.any(String) });
      const [row] = await ownerQuery(
        `SELECT voter_key, channel, witness_name, scan_file_id, entered_by FROM ballots WHERE id = $1`,
        [res.body.ballotId],
      );
      expect(row).toEqual({
        voter_key: 'developer',
        channel: 'paper',
        witness_name: '张见证',
        scan_file_id: scan,
        entered_by: c.people.member1,
      });
      const audit = await ownerQuery(
        `SELECT action, actor_id, details FROM audit_log WHERE target_id = $1 AND action = 'vote.paper_ballot_entered'`,
        [vote.id],
      );
      expect(audit).toEqual([
        {
          action: 'vote.paper_ballot_entered',
          actor_id: c.people.member1,
          details: expect.objectContaining({ channel: 'paper', ballotId: res.body.ballotId }),
        },
      ]);
      // The scan is for the committee only: it shows how a named owner voted.
      await t.req().get(`/api/v1/files/${scan}/content`).set(c.as('member2')).expect(200);
      await t.req().get(`/api/v1/files/${scan}/content`).set(c.as('owner1')).expect(404);
      // The developer's unit 106 is the same head: a second paper ballot for it is refused.
      const scan2 = await upload(t, c, 'member1', 'ballot_scan');
      const again = await t
        .req()
        .post(paper(vote.id))
        .set(c.as('member1'))
        .send({
          unitId: c.units[5]!.id,
          channel: 'paper',
          choices: allChoices(vote, 'no'),
          scanFileId: scan2,
          witnessName: '张见证',
          confirm: true,
        })
        .expect(409);
      expect(again.body.error.message).toMatch(/^该房屋的投票人已有选票（纸质票，/);
    });

    it("a proxy ballot needs the written authorisation and the proxy's name", async () => {
      const scan = await upload(t, c, 'member2', 'ballot_scan');
      const missing = await t
        .req()
        .post(paper(vote.id))
        .set(c.as('member2'))
        .send({
          unitId: c.units[1]!.id,
          channel: 'proxy',
          choices: allChoices(vote, 'no'),
          scanFileId: scan,
          witnessName: '李见证',
          confirm: true,
        })
        .expect(400);
      expect(missing.body.error.message).toContain('书面委托书');
      const auth = await upload(t, c, 'member2', 'proxy_document');
      const res = await t
        .req()
        .post(paper(vote.id))
        .set(c.as('member2'))
        .send({
          unitId: c.units[1]!.id,
          channel: 'proxy',
          choices: allChoices(vote, 'no'),
          scanFileId: scan,
          witnessName: '李见证',
          proxyName: '王受托',
          proxyDocumentFileId: auth,
          confirm: true,
        })
        .expect(201);
      expect(res.body.channel).toBe('proxy');
      // The owner then tries online: refused, naming the proxy ballot and how to dispute it.
      const online = await t
        .req()
        .post(ballots(vote.id))
        .set(c.as('owner2'))
        .send({ choices: allChoices(vote, 'yes'), confirm: true })
        .expect(409);
      expect(online.body.error.message).toMatch(/^业委会已为您的房屋录入了一张书面委托（.*提出异议/);
    });

    it('refuses a paper ballot without a scan of this member, for a unit outside the electorate, or from an owner', async () => {
      const someoneElses = await upload(t, c, 'member3', 'ballot_scan');
      const res = await t
        .req()
        .post(paper(vote.id))
        .set(c.as('member1'))
        .send({
          unitId: c.units[2]!.id,
          channel: 'paper',
          choices: allChoices(vote, 'yes'),
          scanFileId: someoneElses,
          witnessName: '张见证',
          confirm: true,
        })
        .expect(400);
      expect(res.body.error.code).toBe(ErrorCode.FILE_INVALID);
      const scan = await upload(t, c, 'member1', 'ballot_scan');
      const other = await voteCommunity(t);
      const outside = await t
        .req()
        .post(paper(vote.id))
        .set(c.as('member1'))
        .send({
          unitId: other.units[0]!.id,
          channel: 'paper',
          choices: allChoices(vote, 'yes'),
          scanFileId: scan,
          witnessName: '张见证',
          confirm: true,
        })
        .expect(403);
      expect(outside.body.error.code).toBe(ErrorCode.VOTE_NOT_IN_ELECTORATE);
      await t
        .req()
        .post(paper(vote.id))
        .set(c.as('owner1'))
        .send({
          unitId: c.units[2]!.id,
          channel: 'paper',
          choices: allChoices(vote, 'yes'),
          scanFileId: scan,
          witnessName: '张见证',
          confirm: true,
        })
        .expect(403);
      // Nothing was stored by the refused attempts, and the scan is still free to use.
      const ok = await t
        .req()
        .post(paper(vote.id))
        .set(c.as('member1'))
        .send({
          unitId: c.units[2]!.id,
          channel: 'paper',
          spoilt: true,
          choices: [],
          scanFileId: scan,
          witnessName: '张见证',
          confirm: true,
        })
        .expect(201);
      expect(ok.body.channel).toBe('paper');
    });

    it('a spoilt paper ballot counts as invalid and, by default, not as taking part', async () => {
      await confirmAllPaper(t, c, vote.id);
      clock.set(new Date(vote.body.votingClosesAt));
      await t.created.app.get(ResolutionsService).closeDue(clock.now);
      const res = await t.req().get(`/api/v1/resolutions/${vote.id}/result`).set(c.as('owner1')).expect(200);
      expect(res.body.items[0]).toMatchObject({
        invalidArea: '10000',
        invalidHeads: '1',
        yesHeads: '1',
        noHeads: '1',
        pHeads: '2',
        pArea: '34000',
      });
    });
  });

  describe('where the rules allow changing a ballot', () => {
    it('keeps every ballot and counts the latest; the first receipt is marked as not counted', async () => {
      const c = await voteCommunity(t, { allowBallotChange: true });
      const vote = await openVote(t, c, clock);
      const first = await t
        .req()
        .post(ballots(vote.id))
        .set(c.as('owner1'))
        .send({ choices: allChoices(vote, 'no'), confirm: true })
        .expect(201);
      clock.advanceDays(1);
      const second = await t
        .req()
        .post(ballots(vote.id))
        .set(c.as('owner1'))
        .send({ choices: allChoices(vote, 'yes'), confirm: true })
        .expect(201);
      expect(
        (await ownerQuery(`SELECT voter_seq FROM ballots WHERE resolution_id = $1 ORDER BY seq`, [vote.id])).map(
          (r) => r.voter_seq,
        ),
      ).toEqual([1, 2]);
      const me = await t.req().get(`/api/v1/resolutions/${vote.id}`).set(c.as('owner1')).expect(200);
      expect(me.body.myBallot.receipt).toBe(second.body.receipt);
      const turnout = await t.req().get(`/api/v1/resolutions/${vote.id}/turnout`).set(c.as('owner1')).expect(200);
      expect(turnout.body.votedHeads).toBe(1);
      clock.set(new Date(vote.body.votingClosesAt));
      await t.created.app.get(ResolutionsService).closeDue(clock.now);
      const res = await t.req().get(`/api/v1/resolutions/${vote.id}/result`).set(c.as('owner1')).expect(200);
      expect(res.body.items[0]).toMatchObject({ yesHeads: '1', noHeads: '0', yesArea: '8000' });
      const old = await t
        .req()
        .get(`/api/v1/resolutions/${vote.id}/receipts/${first.body.receipt}`)
        .set(c.as('owner1'))
        .expect(200);
      expect(old.body).toMatchObject({ found: true, counted: false });
      const part = await t.req().get(`/api/v1/resolutions/${vote.id}/participation`).set(c.as('owner1')).expect(200);
      expect(part.body[0]).toMatchObject({ room: '1单元101', tookPart: true, receipt: second.body.receipt });
    });
  });

  describe('chain verification', () => {
    it("names the first broken ballot when a stored ballot is changed behind the API's back", async () => {
      const c = await voteCommunity(t);
      const vote = await openVote(t, c, clock);
      const receipts: string[] = [];
      for (const who of ['owner1', 'owner2', 'owner3', 'owner4']) {
        receipts.push(
          (
            await t
              .req()
              .post(ballots(vote.id))
              .set(c.as(who))
              .send({ choices: allChoices(vote, 'no'), confirm: true })
              .expect(201)
          ).body.receipt,
        );
      }
      expect(
        (await t.req().get(`/api/v1/resolutions/${vote.id}/verify`).set(c.as('tenant')).expect(200)).body,
      ).toMatchObject({ ok: true, length: 4 });

      // Someone with database access turns owner2's "no" into "yes".
      const [b2] = await ownerQuery(`SELECT id, choices FROM ballots WHERE resolution_id = $1 AND seq = 2`, [vote.id]);
      const flipped = Object.fromEntries(Object.keys(b2.choices).map((k) => [k, 'yes']));
      await ownerQuery(`UPDATE ballots SET choices = $2 WHERE id = $1`, [b2.id, JSON.stringify(flipped)]);
      const res = await t.req().get(`/api/v1/resolutions/${vote.id}/verify`).set(c.as('owner1')).expect(200);
      expect(res.body).toEqual({
        ok: false,
        length: 4,
        brokenAt: { seq: 2, receipt: receipts[1], ballotId: b2.id },
        reason: '第 2 条选票的内容与其哈希不符（内容被修改）',
      });

      // Restoring it and deleting the third ballot instead breaks the link at the fourth.
      await ownerQuery(`UPDATE ballots SET choices = $2 WHERE id = $1`, [b2.id, JSON.stringify(b2.choices)]);
      await ownerQuery(`DELETE FROM ballots WHERE resolution_id = $1 AND seq = 3`, [vote.id]);
      const gap = await t.req().get(`/api/v1/resolutions/${vote.id}/verify`).set(c.as('owner1')).expect(200);
      expect(gap.body).toMatchObject({ ok: false, brokenAt: { seq: 4, receipt: receipts[3] } });
      expect(gap.body.reason).toContain('前序哈希');
    });
  });

  describe('before voting opens', () => {
    it('refuses ballots while the notice is running', async () => {
      const c = await voteCommunity(t);
      const r = await t.req().post('/api/v1/resolutions').set(c.as('chair')).send(draftBody(clock)).expect(201);
      for (const who of ['chair', 'member1', 'member2'])
        await t.req().post(`/api/v1/resolutions/${r.body.id}/approve`).set(c.as(who)).expect(200);
      await t
        .req()
        .post(`/api/v1/resolutions/${r.body.id}/publish-notice`)
        .set(c.as('chair'))
        .send({ votingOpensAt: days(clock.now, 20).toISOString() })
        .expect(200);
      const res = await t
        .req()
        .post(ballots(r.body.id))
        .set(c.as('owner1'))
        .send({ choices: [], confirm: true })
        .expect(409);
      expect(res.body.error).toMatchObject({
        code: ErrorCode.VOTE_NOT_OPEN,
        message: expect.stringContaining('尚未开始'),
        details: { currentStatus: 'notice' },
      });
      await t.req().get(`/api/v1/resolutions/${r.body.id}/turnout`).set(c.as('owner1')).expect(409);
    });
  });
});
