import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The property queue's order as an index (docs/performance.md): with a status filter a queue page is
 * `community, status, urgent first, oldest first` — an index range read of one page instead of reading and sorting
 * every ticket of that status (the history of a 10,000-unit community holds ~14,000 closed tickets). The urgency rank
 * is an expression, so the index is declared on the entity with `synchronize: false` and created here.
 */
export class RepairQueueOrder1763910000010 implements MigrationInterface {
  name = 'RepairQueueOrder1763910000010';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX "ix_repair_ticket_queue_order" ON "repair_tickets" ("community_id", "status", (CASE WHEN "urgency" = 'urgent' THEN 0 ELSE 1 END), "created_at", "id")`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "public"."ix_repair_ticket_queue_order"`);
  }
}
