import { DataSource } from 'typeorm';
import { FieldCipher } from '../src/common/crypto.js';
import { signAccessToken } from '../src/modules/identity/tokens.js';
import { ResolutionsService } from '../src/modules/votes/resolutions.service.js';
import { makeCommunity, type CommunityFixture } from './factories.js';
import type { TestApp } from './harness.js';
import { days, type TestClock } from './votes-helpers.js';

export type Choice = 'yes' | 'no' | 'abstain';

/**
 * Headers with a token of the person's CURRENT token version: a confirmed filing changes roles, which revokes every
 * token of the people concerned (a fresh sign-in), as it would on a phone.
 */
export async function freshAs(t: TestApp, c: CommunityFixture, key: string): Promise<Record<string, string>> {
  const id = c.people[key];
  if (!id) throw new Error(`no person ${key}`);
  const [p] = await t.created.app.get(DataSource).query(`SELECT token_version FROM persons WHERE id = $1`, [id]);
  const token = signAccessToken(t.created.config.jwtSecret, { sub: id, tv: p.token_version }, 3600);
  return { Authorization: `Bearer ${token}`, 'X-Community-Id': c.communityId };
}

/**
 * A community of six owners (owner1..owner6 own units 101-106: 80..130 m², 630 m² in all) in a subdistrict whose
 * officer is `subofficer` (every fixture has one). The fixture's committee (chair, member1-4) is one recorded before elections.
 */
export async function electionCommunity(
  t: TestApp,
  opts: { settings?: Record<string, unknown>; noCommittee?: boolean } = {},
): Promise<CommunityFixture> {
  const c = await makeCommunity(t, { units: 6 });
  const db = t.created.app.get(DataSource);
  const cipher = new FieldCipher(t.created.config.dataKey);
  for (const i of [4, 5]) {
    const phone = `139${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
    const [p] = await db.query(`INSERT INTO persons (name, phone_enc, phone_hash) VALUES ($1,$2,$3) RETURNING id`, [
      `业主${i + 1}`,
      cipher.encrypt(phone),
      cipher.blindIndex(phone),
    ]);
    await db.query(`INSERT INTO ownerships (community_id, unit_id, person_id) VALUES ($1,$2,$3)`, [
      c.communityId,
      c.units[i].id,
      p.id,
    ]);
    await db.query(
      `INSERT INTO residencies (community_id, unit_id, person_id, relation, status, auto_approved) VALUES ($1,$2,$3,'owner','approved',true)`,
      [c.communityId, c.units[i].id, p.id],
    );
    c.people[`owner${i + 1}`] = p.id;
  }
  if (opts.settings)
    await db.query(`UPDATE communities SET settings = $2 WHERE id = $1`, [
      c.communityId,
      JSON.stringify(opts.settings),
    ]);
  if (opts.noCommittee)
    await db.query(
      `DELETE FROM role_assignments WHERE community_id = $1 AND role IN ('committee_chair', 'committee_member')`,
      [c.communityId],
    );
  return c;
}

/**
 * Runs an election to its final result: set up by `organiser`, approved by `approvers`, notice, opening, each
 * owner's ballot (`ballots[owner] = choice per candidate`), close, objection period, final.
 */
export async function runElection(
  t: TestApp,
  c: CommunityFixture,
  clock: TestClock,
  opts: {
    seats: number;
    candidates: string[];
    ballots: Record<string, Choice[]>;
    organiser?: string;
    approvers?: string[];
  },
): Promise<{ termId: string; resolutionId: string }> {
  const organiser = opts.organiser ?? 'chair';
  const created = await t
    .req()
    .post('/api/v1/committee/elections')
    .set(await freshAs(t, c, organiser))
    .send({
      seats: opts.seats,
      candidateIds: opts.candidates.map((k) => c.people[k]),
      votingOpensAt: days(clock.now, 16).toISOString(),
    })
    .expect(201);
  const termId = created.body.id as string;
  const resolutionId = created.body.resolutionId as string;
  for (const who of opts.approvers ?? ['chair', 'member1', 'member2'])
    await t
      .req()
      .post(`/api/v1/resolutions/${resolutionId}/approve`)
      .set(await freshAs(t, c, who))
      .expect(200);
  await t
    .req()
    .post(`/api/v1/resolutions/${resolutionId}/publish-notice`)
    .set(await freshAs(t, c, organiser))
    .send({})
    .expect(200);
  const svc = t.created.app.get(ResolutionsService);
  const res = await t
    .req()
    .get(`/api/v1/resolutions/${resolutionId}`)
    .set(await freshAs(t, c, 'owner1'))
    .expect(200);
  clock.set(new Date(res.body.votingOpensAt));
  if (!(await svc.openDue(clock.now)).includes(resolutionId)) throw new Error('election did not open');
  const items: Array<{ id: string }> = res.body.items;
  for (const [who, choices] of Object.entries(opts.ballots))
    await t
      .req()
      .post(`/api/v1/resolutions/${resolutionId}/ballots`)
      .set(await freshAs(t, c, who))
      .send({ choices: items.map((it, i) => ({ itemId: it.id, choice: choices[i] })), confirm: true })
      .expect(201);
  clock.set(new Date(res.body.votingClosesAt));
  if (!(await svc.closeDue(clock.now)).includes(resolutionId)) throw new Error('election did not close');
  clock.advanceDays(8);
  if (!(await svc.finalizeDue(clock.now)).includes(resolutionId)) throw new Error('election did not finalize');
  return { termId, resolutionId };
}
