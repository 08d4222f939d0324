import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Publication deadline reminders (modules/ledger/ledger-reminders.service.ts): one marker row per community, period and
 * kind ('due_soon' | 'overdue'), so the daily job writes each reminder once. Append-only for the API role.
 */
export class LedgerPublicationReminders1763895000000 implements MigrationInterface {
  name = 'LedgerPublicationReminders1763895000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "ledger_publication_reminders" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "community_id" uuid NOT NULL, "period_key" character varying(10) NOT NULL, "kind" character varying(10) NOT NULL, "due_by" date NOT NULL, "recipients" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_819db1b17c5b11620a8ed9b8cb1" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "uq_ledger_publication_reminder" ON "ledger_publication_reminders"  ("community_id", "period_key", "kind") `,
    );
    await q.query(`REVOKE UPDATE, DELETE, TRUNCATE ON "ledger_publication_reminders" FROM gongzhi_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "public"."uq_ledger_publication_reminder"`);
    await q.query(`DROP TABLE "ledger_publication_reminders"`);
  }
}
