import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Notifications that reach every household (issue 19): a notice, its households and recipients, and the evidence of
 * every attempt on every channel (append-only: the API role cannot change or delete an attempt).
 */
export class NoticeLadder1797000300200 implements MigrationInterface {
  name = 'NoticeLadder1797000300200';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "notices" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "community_id" uuid NOT NULL, "kind" character varying(30) NOT NULL, "class" character varying(10) NOT NULL, "title" character varying(60) NOT NULL, "body" character varying(300) NOT NULL, "subject_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_notices" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "ix_notice_community" ON "notices" ("community_id", "created_at") `);
    await q.query(
      `CREATE TABLE "notice_recipients" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "notice_id" uuid NOT NULL, "community_id" uuid NOT NULL, "unit_id" uuid NOT NULL, "unit_label" character varying(120) NOT NULL, "person_id" uuid, "message_id" uuid, CONSTRAINT "PK_notice_recipients" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "ix_notice_recipient_notice" ON "notice_recipients" ("notice_id", "unit_id") `);
    await q.query(`CREATE INDEX "ix_notice_recipient_person" ON "notice_recipients" ("person_id") `);
    await q.query(
      `CREATE TABLE "notice_attempts" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "notice_id" uuid NOT NULL, "community_id" uuid NOT NULL, "unit_id" uuid NOT NULL, "person_id" uuid, "channel" character varying(10) NOT NULL, "outcome" character varying(20) NOT NULL, "code" character varying(40), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_notice_attempts" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "ix_notice_attempt_notice" ON "notice_attempts" ("notice_id", "unit_id") `);
    await q.query(`CREATE INDEX "ix_notice_attempt_person" ON "notice_attempts" ("person_id", "created_at") `);
    await q.query(`REVOKE UPDATE, DELETE, TRUNCATE ON "notice_attempts" FROM gongzhi_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "notice_attempts"`);
    await q.query(`DROP TABLE "notice_recipients"`);
    await q.query(`DROP TABLE "notices"`);
  }
}
