import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes found by the benchmark (docs/performance.md): a statement reads one period of a community's postings and
 * sums everything booked before it, which without this index walks the whole chain of the community.
 */
export class PerfIndexes1763870000001 implements MigrationInterface {
  name = 'PerfIndexes1763870000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX "ix_ledger_postings_community_booked" ON "ledger_postings" ("community_id", "booked_on") `,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "public"."ix_ledger_postings_community_booked"`);
  }
}
