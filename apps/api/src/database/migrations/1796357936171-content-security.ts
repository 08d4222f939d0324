import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Content security of images (media_check_async): where each image's check stands, every trace id WeChat gave for
 * it, and the 消息推送 messages received (deduplicated; append-only for the API role).
 */
export class ContentSecurity1796357936171 implements MigrationInterface {
  name = 'ContentSecurity1796357936171';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "media_checks" ("file_id" uuid NOT NULL, "community_id" uuid NOT NULL, "uploader_id" uuid NOT NULL, "status" character varying(16) NOT NULL, "checker" character varying(16), "label" character varying(32), "attempts" integer NOT NULL DEFAULT '0', "submitted_at" TIMESTAMP WITH TIME ZONE, "decided_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_media_checks_status" CHECK ("status" IN ('queued', 'submitted', 'pass', 'review', 'risky', 'unchecked')), CONSTRAINT "PK_ff533898b3d122172ba4c8e0835" PRIMARY KEY ("file_id"))`,
    );
    await q.query(`CREATE INDEX "ix_media_checks_due" ON "media_checks"  ("status", "submitted_at") `);
    await q.query(
      `CREATE TABLE "media_check_traces" ("trace_id" character varying(64) NOT NULL, "file_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_85700ab3e4b33e411af9206e296" PRIMARY KEY ("trace_id"))`,
    );
    await q.query(`CREATE INDEX "ix_media_check_traces_file" ON "media_check_traces"  ("file_id") `);
    await q.query(
      `CREATE TABLE "wechat_push_events" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "dedupe_key" character(64) NOT NULL, "event" character varying(64) NOT NULL, "community_id" uuid, "outcome" character varying(32) NOT NULL, "payload" jsonb NOT NULL, "received_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f59d3c6dee6f891916dcf86597f" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "uq_wechat_push_events_key" ON "wechat_push_events"  ("dedupe_key") `);
    await q.query(`CREATE INDEX "ix_wechat_push_events_event" ON "wechat_push_events"  ("event", "received_at") `);
    await q.query(`REVOKE UPDATE, DELETE, TRUNCATE ON "wechat_push_events" FROM gongzhi_app`);
    await q.query(
      `ALTER TABLE "media_checks" ADD CONSTRAINT "fk_media_checks_file" FOREIGN KEY ("file_id") REFERENCES "files"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "media_checks" DROP CONSTRAINT "fk_media_checks_file"`);
    await q.query(`DROP INDEX "public"."ix_wechat_push_events_event"`);
    await q.query(`DROP INDEX "public"."uq_wechat_push_events_key"`);
    await q.query(`DROP TABLE "wechat_push_events"`);
    await q.query(`DROP INDEX "public"."ix_media_check_traces_file"`);
    await q.query(`DROP TABLE "media_check_traces"`);
    await q.query(`DROP INDEX "public"."ix_media_checks_due"`);
    await q.query(`DROP TABLE "media_checks"`);
  }
}
