import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Clock } from '../src/modules/votes/clock.js';
import { ResolutionsService } from '../src/modules/votes/resolutions.service.js';
import { makeCommunity, type CommunityFixture } from './factories.js';
import type { TestApp } from './harness.js';

const DAY = 86_400_000;

/** A controllable clock for the votes module: starts at `start`, moves only forward when a test says so. */
export class TestClock {
  private current: Date;
  constructor(t: TestApp, start = new Date('2026-12-01T01:00:00.000Z')) {
    this.current = start;
    t.created.app.get(Clock).now = () => new Date(this.current);
  }
  get now(): Date {
    return new Date(this.current);
  }
  set(at: Date): void {
    this.current = new Date(at);
  }
  advanceDays(days: number): Date {
    this.current = new Date(this.current.getTime() + days * DAY);
    return this.now;
  }
}

export const days = (from: Date, n: number) => new Date(from.getTime() + n * DAY);

/**
 * A community whose roster is complete: owner1..owner4 own units 0-3 (80, 90, 100, 110 m²), the developer owns
 * the unsold units 4 and 5 (120 + 130 m², one head). Electorate: 5 heads, 630.00 m².
 */
export async function voteCommunity(
  t: TestApp,
  settings: Record<string, unknown> = {},
): Promise<CommunityFixture & { developerId: string }> {
  const c = await makeCommunity(t);
  const ds = t.created.app.get(DataSource);
  const [dev] = await ds.query(
    `INSERT INTO persons (name, is_organisation) VALUES ('某某房地产开发有限公司', true) RETURNING id`,
  );
  for (const u of c.units.slice(4)) {
    await ds.query(
      `INSERT INTO ownerships (community_id, unit_id, person_id, is_developer) VALUES ($1, $2, $3, true)`,
      [c.communityId, u.id, dev.id],
    );
  }
  if (Object.keys(settings).length)
    await ds.query(`UPDATE communities SET settings = $2 WHERE id = $1`, [c.communityId, JSON.stringify(settings)]);
  return Object.assign(c, { developerId: dev.id as string });
}

export function draftBody(clock: TestClock, overrides: Record<string, unknown> = {}) {
  return {
    title: '关于续聘物业服务企业及增设充电桩的表决',
    explanation: '业委会根据业主意见提出以下两项议题。',
    items: [
      { title: '续聘现物业服务企业三年', matterType: 4 },
      { title: '利用地面公共车位增设充电桩', matterType: 8 },
    ],
    votingOpensAt: days(clock.now, 16).toISOString(),
    ...overrides,
  };
}

export interface OpenVote {
  id: string;
  items: Array<{ id: string; matterType: number }>;
  body: { votingOpensAt: string; votingClosesAt: string } & Record<string, unknown>;
}

/** Draft → three approvals (of five) → notice → opening time → openDue. */
export async function openVote(
  t: TestApp,
  c: CommunityFixture,
  clock: TestClock,
  overrides: Record<string, unknown> = {},
): Promise<OpenVote> {
  const created = await t
    .req()
    .post('/api/v1/resolutions')
    .set(c.as('chair'))
    .send(draftBody(clock, overrides))
    .expect(201);
  const id = created.body.id as string;
  for (const who of ['chair', 'member1', 'member2'])
    await t.req().post(`/api/v1/resolutions/${id}/approve`).set(c.as(who)).expect(200);
  await t.req().post(`/api/v1/resolutions/${id}/publish-notice`).set(c.as('chair')).send({}).expect(200);
  clock.set(new Date(created.body.votingOpensAt));
  const opened = await t.created.app.get(ResolutionsService).openDue(clock.now);
  if (!opened.includes(id)) throw new Error('vote did not open');
  const got = await t.req().get(`/api/v1/resolutions/${id}`).set(c.as('owner1')).expect(200);
  return { id, items: got.body.items, body: got.body };
}

export function allChoices(vote: OpenVote, ...choices: Array<'yes' | 'no' | 'abstain'>) {
  return vote.items.map((it, i) => ({ itemId: it.id, choice: choices[i] ?? choices[0] ?? 'yes' }));
}

/**
 * A minimal but complete PDF (the files module checks the header and %%EOF), different each time (a comment line):
 * the same scan is refused twice in one resolution.
 */
export function pdf(): Buffer {
  return Buffer.from(
    `%PDF-1.4\n%${randomUUID()}\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`,
  );
}

export async function upload(t: TestApp, c: CommunityFixture, who: string, purpose: string): Promise<string> {
  const res = await t
    .req()
    .post('/api/v1/files')
    .set(c.as(who))
    .field('purpose', purpose)
    .attach('file', pdf(), { filename: 'scan.pdf', contentType: 'application/pdf' })
    .expect(201);
  return res.body.id as string;
}

/**
 * Dual control: `who` (a member who entered none of them and is no witness) opens the scan of every unconfirmed
 * paper or proxy ballot of the vote and confirms it, so that it counts.
 */
export async function confirmAllPaper(t: TestApp, c: CommunityFixture, voteId: string, who = 'member3') {
  const list = await t.req().get(`/api/v1/resolutions/${voteId}/paper-ballots`).set(c.as(who)).expect(200);
  for (const b of list.body as Array<{ ballotId: string; state: string }>) {
    if (b.state !== 'unconfirmed') continue;
    await t.req().get(`/api/v1/resolutions/${voteId}/paper-ballots/${b.ballotId}/scan`).set(c.as(who)).expect(200);
    await t
      .req()
      .post(`/api/v1/resolutions/${voteId}/paper-ballots/${b.ballotId}/confirm`)
      .set(c.as(who))
      .send({ matchesScan: true })
      .expect(200);
  }
}
