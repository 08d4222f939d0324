import pg from 'pg';
import { makeCommunity, type CommunityFixture } from './factories.js';
import { appRoleQuery, startTestApp, type TestApp } from './harness.js';

/**
 * A person's roles in a community are derived in one place, the view `community_roles`, which the auth guard, the
 * person's memberships (/me) and the repairs access rules read. The guard reads it on every request, so its read
 * must stay one indexed lookup per source (the view's predicates are pushed into each branch).
 */
describe('community roles: one view', () => {
  let t: TestApp;
  let c: CommunityFixture;
  beforeAll(async () => {
    t = await startTestApp();
    c = await makeCommunity(t);
  });
  afterAll(async () => t.close());

  it('gives the guard and /me the same roles', async () => {
    for (const who of ['owner1', 'chair', 'manager', 'regulator']) {
      const me = await t.req().get('/api/v1/me').set(c.as(who)).expect(200);
      const mine = me.body.communities.find((m: { communityId: string }) => m.communityId === c.communityId);
      const view = await appRoleQuery<{ role: string }>(
        `SELECT role FROM community_roles WHERE person_id = $1 AND community_id = $2 ORDER BY role`,
        [c.people[who], c.communityId],
      );
      expect([...mine.roles].sort()).toEqual(view.map((r) => r.role));
      expect(view.length).toBeGreaterThan(0);
    }
  });

  it('is read by index: every branch of the view is an index lookup on the person', async () => {
    const db = new pg.Client({ connectionString: process.env.DATABASE_APP_URL });
    await db.connect();
    try {
      await db.query('SET enable_seqscan = off');
      const plan = (
        await db.query(
          `EXPLAIN SELECT p.token_version, r.role, c.district_id FROM persons p
             LEFT JOIN communities c ON c.id = $2
             LEFT JOIN community_roles r ON c.id IS NOT NULL AND r.person_id = $1 AND r.community_id = $2
            WHERE p.id = $1`,
          [c.people.owner1, c.communityId],
        )
      ).rows
        .map((r) => r['QUERY PLAN'] as string)
        .join('\n');
      expect(plan).not.toContain('Seq Scan');
      // Both the person and the community reach every branch: ownerships, residencies and role_assignments are
      // read by an index condition on the person, and the district branch reads just this community.
      for (const table of ['ownerships o', 'residencies rs', 'role_assignments ra', 'role_assignments rg'])
        expect(plan).toMatch(new RegExp(`(Index|Index Only|Bitmap Heap) Scan[^\\n]* on ${table}\\b`));
      // The regulator branch reads this one community by its key, not every community of the district.
      expect(plan).toMatch(/on communities c_1 [^\n]*\n\s+Index Cond: \(id = /);
    } finally {
      await db.end();
    }
  });
});
