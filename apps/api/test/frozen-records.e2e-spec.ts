import { makeCommunity } from './factories.js';
import { appRoleQuery, ownerQuery, startTestApp, type TestApp } from './harness.js';
import { TestClock, allChoices, openVote, voteCommunity } from './votes-helpers.js';

/**
 * Insider attack (issue 15, docs/reliability.md "Insider attacks"): mutable rows beside the chains. As the API's own
 * database role, one could set a resolution to `final` mid-vote (exposing the running tally), flip
 * `allowBallotChange` and insert a second hashed ballot (the owner's real receipt then said not counted), or change a
 * posted ledger entry's amount (¥1,000 shown as ¥0.01 while verify said ok). The database now refuses each.
 */
describe('insider attack: mutable rows beside the chains', () => {
  let t: TestApp;
  let clock: TestClock;
  beforeAll(async () => {
    t = await startTestApp();
    clock = new TestClock(t);
  });
  afterAll(async () => t.close());

  it('the API role cannot finalise a vote mid-vote, flip its frozen settings or window, or slip in a second ballot', async () => {
    const c = await voteCommunity(t);
    const vote = await openVote(t, c, clock);
    const cast = await t
      .req()
      .post(`/api/v1/resolutions/${vote.id}/ballots`)
      .set(c.as('owner1'))
      .send({ choices: allChoices(vote, 'no'), confirm: true })
      .expect(201);

    await expect(appRoleQuery(`UPDATE resolutions SET status = 'final' WHERE id = $1`, [vote.id])).rejects.toThrow(
      /status may not move from open to final/,
    );
    await expect(appRoleQuery(`UPDATE resolutions SET status = 'draft' WHERE id = $1`, [vote.id])).rejects.toThrow(
      /status may not move/,
    );
    await expect(
      appRoleQuery(
        `UPDATE resolutions SET vote_settings = vote_settings || '{"allowBallotChange": true}'::jsonb WHERE id = $1`,
        [vote.id],
      ),
    ).rejects.toThrow(/frozen when voting opened/);
    await expect(
      appRoleQuery(`UPDATE resolutions SET total_heads = total_heads + 1 WHERE id = $1`, [vote.id]),
    ).rejects.toThrow(/frozen when voting opened/);
    await expect(
      appRoleQuery(`UPDATE resolutions SET voting_closes_at = voting_closes_at - interval '1 day' WHERE id = $1`, [
        vote.id,
      ]),
    ).rejects.toThrow(/closing time moves only by the one extension/);

    // A second ballot of the same owner, correctly linked to the head: still refused (no change allowed).
    const [head] = await ownerQuery(
      `SELECT seq, hash FROM ballots WHERE resolution_id = $1 ORDER BY seq DESC LIMIT 1`,
      [vote.id],
    );
    await expect(
      appRoleQuery(
        `INSERT INTO ballots (resolution_id, community_id, seq, voter_key, voter_seq, channel, choices, entered_by, cast_at, prev_hash, hash, receipt, salt)
         VALUES ($1, $2, $3, $4, 2, 'online', '{}', $5, $6, $7, $7, 'X', repeat('a', 64))`,
        [vote.id, c.communityId, head.seq + 1, `owner:${c.people.owner1}`, c.people.owner1, clock.now, head.hash],
      ),
    ).rejects.toThrow(/changing a ballot is not allowed/);
    // A ballot dated outside the voting window.
    await expect(
      appRoleQuery(
        `INSERT INTO ballots (resolution_id, community_id, seq, voter_key, voter_seq, channel, choices, entered_by, cast_at, prev_hash, hash, receipt, salt)
         VALUES ($1, $2, $3, $4, 1, 'online', '{}', $5, $6, $7, $7, 'X', repeat('a', 64))`,
        [
          vote.id,
          c.communityId,
          head.seq + 1,
          `owner:${c.people.owner2}`,
          c.people.owner2,
          new Date(vote.body.votingClosesAt),
          head.hash,
        ],
      ),
    ).rejects.toThrow(/outside the voting window/);

    const receipt = await t
      .req()
      .get(`/api/v1/resolutions/${vote.id}/receipts/${cast.body.receipt}`)
      .set(c.as('owner1'));
    expect(receipt.body).toMatchObject({ found: true, counted: true });
    await t.req().get(`/api/v1/resolutions/${vote.id}/result`).set(c.as('owner1')).expect(409);
    // The lawful extension still works (the one move of the closing time).
    await t.req().post(`/api/v1/resolutions/${vote.id}/extend`).set(c.as('chair')).send({ days: 3 }).expect(200);
  });

  it("the API role cannot change a posted ledger entry's displayed amount", async () => {
    const f = await makeCommunity(t);
    const d = (
      await t
        .req()
        .post('/api/v1/ledger/entries')
        .set(f.as('manager'))
        .send({ kind: 'income', category: 'interest', grossAmountYuan: '1000.00', counterparty: '银行' })
        .expect(201)
    ).body;
    await t.req().post(`/api/v1/ledger/entries/${d.id}/submit`).set(f.as('manager')).expect(200);
    await t.req().post(`/api/v1/ledger/entries/${d.id}/approve`).set(f.as('member1')).expect(200);
    await expect(appRoleQuery(`UPDATE ledger_entries SET amount_fen = 1 WHERE id = $1`, [d.id])).rejects.toThrow(
      /posted entry shows what its posting chained/,
    );
    await expect(appRoleQuery(`UPDATE ledger_entries SET status = 'draft' WHERE id = $1`, [d.id])).rejects.toThrow(
      /posted entry/,
    );
    const shown = (await t.req().get(`/api/v1/ledger/entries/${d.id}`).set(f.as('owner1')).expect(200)).body;
    expect(JSON.stringify(shown)).toContain('1000');
  });
});
