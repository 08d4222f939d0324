import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes for the district overview (docs/performance.md, issue 7 round 2): tickets reported in the last 30 days and
 * tickets rated in the last 90 days of each community are read as index ranges (index-only for the rating figures)
 * instead of every ticket of the community.
 */
export class PerfIndexesReads1763880000010 implements MigrationInterface {
  name = 'PerfIndexesReads1763880000010';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX "ix_repair_tickets_community_created" ON "repair_tickets" ("community_id", "created_at") `,
    );
    await q.query(
      `CREATE INDEX "ix_repair_tickets_community_rated" ON "repair_tickets" ("community_id", "rated_at", "rating") `,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "public"."ix_repair_tickets_community_rated"`);
    await q.query(`DROP INDEX "public"."ix_repair_tickets_community_created"`);
  }
}
