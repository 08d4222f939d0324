import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Notifications that reach every household (issue 19): a broadcast, its households and recipients, and the evidence of
 * every attempt on every channel (append-only: the API role cannot change or delete an attempt).
 */
export class BroadcastLadder1797000300200 implements MigrationInterface {
  name = 'BroadcastLadder1797000300200';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "broadcasts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "community_id" uuid NOT NULL, "kind" character varying(30) NOT NULL, "class" character varying(10) NOT NULL, "title" character varying(60) NOT NULL, "body" character varying(300) NOT NULL, "subject_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_broadcasts" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "ix_broadcast_community" ON "broadcasts" ("community_id", "created_at") `);
    await q.query(
      `CREATE TABLE "broadcast_recipients" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "broadcast_id" uuid NOT NULL, "community_id" uuid NOT NULL, "unit_id" uuid NOT NULL, "unit_label" character varying(120) NOT NULL, "person_id" uuid, "message_id" uuid, CONSTRAINT "PK_broadcast_recipients" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "ix_broadcast_recipient_broadcast" ON "broadcast_recipients" ("broadcast_id", "unit_id") `,
    );
    await q.query(`CREATE INDEX "ix_broadcast_recipient_person" ON "broadcast_recipients" ("person_id") `);
    await q.query(
      `CREATE TABLE "broadcast_attempts" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "broadcast_id" uuid NOT NULL, "community_id" uuid NOT NULL, "unit_id" uuid NOT NULL, "person_id" uuid, "channel" character varying(10) NOT NULL, "outcome" character varying(20) NOT NULL, "code" character varying(40), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_broadcast_attempts" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "ix_broadcast_attempt_broadcast" ON "broadcast_attempts" ("broadcast_id", "unit_id") `);
    await q.query(`CREATE INDEX "ix_broadcast_attempt_person" ON "broadcast_attempts" ("person_id", "created_at") `);
    await q.query(`REVOKE UPDATE, DELETE, TRUNCATE ON "broadcast_attempts" FROM gongzhi_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "broadcast_attempts"`);
    await q.query(`DROP TABLE "broadcast_recipients"`);
    await q.query(`DROP TABLE "broadcasts"`);
  }
}
