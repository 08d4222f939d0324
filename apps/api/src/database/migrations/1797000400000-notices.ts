import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Notices (通知公告, issue 23): drafts and committee approvals; published notices hash-chained per community; pin,
 * unpin and extend as events; reads and acknowledgements per person (counted in households); board postings with a
 * photo. Published notices, their events and board postings are append-only for the API role.
 */
export class Notices1797000400000 implements MigrationInterface {
  name = 'Notices1797000400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "notice_drafts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "community_id" uuid NOT NULL, "type" character varying(16) NOT NULL, "title" character varying(60) NOT NULL, "body" text NOT NULL, "building_ids" uuid array, "display_until" TIMESTAMP WITH TIME ZONE NOT NULL, "outage" jsonb, "attachment_file_ids" uuid array NOT NULL DEFAULT '{}', "consent_file_id" uuid, "speaks_for_committee" boolean NOT NULL DEFAULT false, "cites_notice_id" uuid, "cite_kind" character varying(12), "author_id" uuid NOT NULL, "published_notice_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_cd988c0c3081a809a6928850ec8" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "ix_notice_drafts_community" ON "notice_drafts"  ("community_id", "created_at") `);
    await q.query(
      `CREATE TABLE "notice_approvals" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "community_id" uuid NOT NULL, "draft_id" uuid NOT NULL, "person_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_notice_approval" UNIQUE ("draft_id", "person_id"), CONSTRAINT "PK_638a4511e72e03b519174c239d1" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE TABLE "notices" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "community_id" uuid NOT NULL, "seq" bigint NOT NULL, "draft_id" uuid NOT NULL, "type" character varying(16) NOT NULL, "title" character varying(60) NOT NULL, "body" text NOT NULL, "building_ids" uuid array, "display_until" TIMESTAMP WITH TIME ZONE NOT NULL, "outage" jsonb, "attachment_file_ids" uuid array NOT NULL, "consent_file_id" uuid, "speaks_for_committee" boolean NOT NULL, "approver_ids" uuid array NOT NULL, "cites_notice_id" uuid, "cite_kind" character varying(12), "author_id" uuid NOT NULL, "author_role" character varying(32) NOT NULL, "published_at" TIMESTAMP WITH TIME ZONE NOT NULL, "prev_hash" character(64) NOT NULL, "hash" character(64) NOT NULL, CONSTRAINT "uq_notice_draft" UNIQUE ("draft_id"), CONSTRAINT "uq_notice_seq" UNIQUE ("community_id", "seq"), CONSTRAINT "PK_3eb18c29da25d6935fcbe584237" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "ix_notices_cites" ON "notices"  ("cites_notice_id") `);
    await q.query(`CREATE INDEX "ix_notices_community_published" ON "notices"  ("community_id", "published_at") `);
    await q.query(
      `CREATE TABLE "notice_events" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "community_id" uuid NOT NULL, "notice_id" uuid NOT NULL, "kind" character varying(10) NOT NULL, "display_until" TIMESTAMP WITH TIME ZONE, "actor_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f5331a4f69157a15c7da5070861" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "ix_notice_events_notice" ON "notice_events"  ("notice_id", "created_at") `);
    await q.query(
      `CREATE TABLE "notice_reads" ("notice_id" uuid NOT NULL, "person_id" uuid NOT NULL, "community_id" uuid NOT NULL, "read_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "acknowledged_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_0c831c5e2d843865283113bf563" PRIMARY KEY ("notice_id", "person_id"))`,
    );
    await q.query(`CREATE INDEX "ix_notice_reads_person" ON "notice_reads"  ("person_id") `);
    await q.query(
      `CREATE TABLE "notice_board_postings" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "community_id" uuid NOT NULL, "notice_id" uuid NOT NULL, "poster_id" uuid NOT NULL, "poster_role" character varying(32) NOT NULL, "photo_file_id" uuid NOT NULL, "place" character varying(60) NOT NULL, "posted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_62614d5b73c2abc10ca76f8ab4a" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "ix_notice_board_postings_notice" ON "notice_board_postings"  ("notice_id") `);
    await q.query(
      `REVOKE UPDATE, DELETE, TRUNCATE ON "notices", "notice_events", "notice_board_postings" FROM gongzhi_app`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "public"."ix_notice_board_postings_notice"`);
    await q.query(`DROP TABLE "notice_board_postings"`);
    await q.query(`DROP INDEX "public"."ix_notice_reads_person"`);
    await q.query(`DROP TABLE "notice_reads"`);
    await q.query(`DROP INDEX "public"."ix_notice_events_notice"`);
    await q.query(`DROP TABLE "notice_events"`);
    await q.query(`DROP INDEX "public"."ix_notices_community_published"`);
    await q.query(`DROP INDEX "public"."ix_notices_cites"`);
    await q.query(`DROP TABLE "notices"`);
    await q.query(`DROP TABLE "notice_approvals"`);
    await q.query(`DROP INDEX "public"."ix_notice_drafts_community"`);
    await q.query(`DROP TABLE "notice_drafts"`);
  }
}
