import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * "Which heads of this vote does this person cast?" — asked by every online ballot (and by "my ballot" on the
 * resolution page) — was answered by reading the whole frozen electorate of the resolution through
 * uq_electorate_voter (10,000 rows in the district's largest community, twice per ballot). docs/votes.md.
 */
export class ElectorateVoterCastBy1763910000101 implements MigrationInterface {
  name = 'ElectorateVoterCastBy1763910000101';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX "ix_electorate_voter_cast_by" ON "electorate_voters" ("resolution_id", "cast_by") `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "public"."ix_electorate_voter_cast_by"`);
  }
}
