import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Outcome of each WeChat subscribe message (modules/notifications): one row per in-app message, so a retried job
 * never sends twice. The API only inserts; an outcome is never changed.
 */
export class SubscribeMessageSends1763880000000 implements MigrationInterface {
  name = 'SubscribeMessageSends1763880000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "subscribe_message_sends" ("message_id" uuid NOT NULL, "person_id" uuid NOT NULL, "kind" character varying(30) NOT NULL, "outcome" character varying(20) NOT NULL, "errcode" integer, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f1bacd96e3fb247b8a616844f53" PRIMARY KEY ("message_id"))`,
    );
    await q.query(`CREATE INDEX "ix_subscribe_send_person" ON "subscribe_message_sends"  ("person_id", "created_at") `);
    await q.query(`REVOKE UPDATE, TRUNCATE ON "subscribe_message_sends" FROM gongzhi_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "public"."ix_subscribe_send_person"`);
    await q.query(`DROP TABLE "subscribe_message_sends"`);
  }
}
