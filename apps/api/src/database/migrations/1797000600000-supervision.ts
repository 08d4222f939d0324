import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Property-service supervision (issue 25): contracts with their service menu, monthly inspections, household surveys
 * (frozen frame, one answer per household), complaints, the annual assessment, the red/black list entries and the fee
 * hold-back releases with their postings. The survey frame, answers and hold-back postings are append-only; files accept the new purpose `inspection_photo`.
 */
export class Supervision1797000600000 implements MigrationInterface {
  name = 'Supervision1797000600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "supervision_contracts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "community_id" uuid NOT NULL, "company_name" character varying(100) NOT NULL, "term_start" date NOT NULL, "term_end" date NOT NULL, "grade" smallint NOT NULL, "fees" jsonb NOT NULL, "menu" jsonb NOT NULL, "hold_back" jsonb, "attachment_ids" uuid array NOT NULL DEFAULT '{}', "status" character varying(12) NOT NULL DEFAULT 'proposed', "proposed_by" uuid NOT NULL, "confirmed_by" uuid, "confirmed_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f19e61e4aff50cc015b5b9a91f6" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "ix_supervision_contract_community" ON "supervision_contracts"  ("community_id", "status") `,
    );
    await q.query(
      `CREATE TABLE "supervision_inspections" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "community_id" uuid NOT NULL, "contract_id" uuid NOT NULL, "month" character(7) NOT NULL, "inspector_id" uuid NOT NULL, "inspector_role" character varying(30) NOT NULL, "inspected_at" TIMESTAMP WITH TIME ZONE NOT NULL, "items" jsonb NOT NULL, "score" integer NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'awaiting_reply', "reply_due_at" TIMESTAMP WITH TIME ZONE NOT NULL, "reply" character varying(1000), "replied_by" uuid, "replied_at" TIMESTAMP WITH TIME ZONE, "published_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_970082321aa49e66ce91771a766" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "ix_supervision_inspection_community" ON "supervision_inspections"  ("community_id", "month") `,
    );
    await q.query(
      `CREATE TABLE "supervision_surveys" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "community_id" uuid NOT NULL, "title" character varying(100) NOT NULL, "questions" jsonb NOT NULL, "weighting" character varying(10) NOT NULL, "min_responses" integer NOT NULL, "min_rate_permille" integer NOT NULL, "status" character varying(8) NOT NULL DEFAULT 'open', "created_by" uuid NOT NULL, "closed_by" uuid, "closed_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_9e20595d0827719094ab15427c6" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "ix_supervision_survey_community" ON "supervision_surveys"  ("community_id", "created_at") `,
    );
    await q.query(
      `CREATE TABLE "supervision_survey_frame" ("survey_id" uuid NOT NULL, "unit_id" uuid NOT NULL, "area_hundredths" bigint NOT NULL, "flagged" boolean NOT NULL, CONSTRAINT "PK_d4144e571da3878e24e97103338" PRIMARY KEY ("survey_id", "unit_id"))`,
    );
    await q.query(
      `CREATE TABLE "supervision_survey_answers" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "survey_id" uuid NOT NULL, "community_id" uuid NOT NULL, "unit_id" uuid NOT NULL, "person_id" uuid NOT NULL, "ratings" smallint array NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_supervision_survey_answer" UNIQUE ("survey_id", "unit_id"), CONSTRAINT "PK_ad2fd34d96ee1b6970ab8d53bb2" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_4ab47205133241364ae25809f6" ON "supervision_survey_answers"  ("person_id") `);
    await q.query(
      `CREATE TABLE "supervision_complaints" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "community_id" uuid NOT NULL, "subject" character varying(10) NOT NULL, "complainant_id" uuid NOT NULL, "body" character varying(1000) NOT NULL, "repair_ticket_id" uuid, "status" character varying(10) NOT NULL DEFAULT 'open', "due_at" TIMESTAMP WITH TIME ZONE NOT NULL, "answer" character varying(1000), "answered_by" uuid, "answered_at" TIMESTAMP WITH TIME ZONE, "escalated_to" character varying(12), "escalated_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_09534177d2d65a546fe6e85551f" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_a0e0316648121eeb46c70c9a0d" ON "supervision_complaints"  ("complainant_id") `);
    await q.query(
      `CREATE INDEX "ix_supervision_complaint_community" ON "supervision_complaints"  ("community_id", "created_at") `,
    );
    await q.query(
      `CREATE TABLE "supervision_assessments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "district_id" uuid NOT NULL, "community_id" uuid NOT NULL, "year" smallint NOT NULL, "weights" jsonb NOT NULL, "inputs" jsonb NOT NULL, "figures" jsonb NOT NULL, "total" integer, "peer_group" character varying(40) NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'awaiting_reply', "computed_by" uuid NOT NULL, "reply_due_at" TIMESTAMP WITH TIME ZONE NOT NULL, "reply" character varying(1000), "replied_by" uuid, "replied_at" TIMESTAMP WITH TIME ZONE, "published_by" uuid, "published_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_supervision_assessment" UNIQUE ("community_id", "year"), CONSTRAINT "PK_7f0a4465a8408591a41bb22ce9b" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_bfffdbd30c7a8cc48f635e0f92" ON "supervision_assessments"  ("district_id") `);
    await q.query(
      `CREATE TABLE "supervision_list_entries" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "district_id" uuid NOT NULL, "community_id" uuid NOT NULL, "assessment_id" uuid NOT NULL, "year" smallint NOT NULL, "list" character varying(5) NOT NULL, "reason" character varying(300) NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'proposed', "confirmed_by" uuid, "confirmed_at" TIMESTAMP WITH TIME ZONE, "countersigned_by" uuid, "countersigned_at" TIMESTAMP WITH TIME ZONE, "reply_due_at" TIMESTAMP WITH TIME ZONE, "reply" character varying(1000), "replied_at" TIMESTAMP WITH TIME ZONE, "published_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_supervision_list_entry" UNIQUE ("assessment_id"), CONSTRAINT "PK_64ea094c64802cfff6dac102121" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_fcb442f3d2ff595f445b148058" ON "supervision_list_entries"  ("district_id") `);
    await q.query(
      `CREATE TABLE "supervision_holdback_releases" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "community_id" uuid NOT NULL, "contract_id" uuid NOT NULL, "survey_id" uuid NOT NULL, "period" character varying(20) NOT NULL, "held_fen" bigint NOT NULL, "score" integer NOT NULL, "release_permille" integer NOT NULL, "release_fen" bigint NOT NULL, "status" character varying(10) NOT NULL DEFAULT 'proposed', "proposed_by" uuid NOT NULL, "approved_by" uuid, "approved_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_91f997be70f90e7b55e23d4b585" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "ix_supervision_holdback_community" ON "supervision_holdback_releases"  ("community_id", "created_at") `,
    );
    await q.query(
      `CREATE TABLE "supervision_holdback_postings" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "community_id" uuid NOT NULL, "release_id" uuid NOT NULL, "survey_id" uuid NOT NULL, "amount_fen" bigint NOT NULL, "withheld_fen" bigint NOT NULL, "proposed_by" uuid NOT NULL, "approved_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_supervision_holdback_posting" UNIQUE ("release_id"), CONSTRAINT "PK_341f6bf093bd29cc286b1a60a66" PRIMARY KEY ("id"))`,
    );
    await q.query(`ALTER TABLE "files" DROP CONSTRAINT "ck_files_purpose"`);
    await q.query(
      `ALTER TABLE "files" ADD CONSTRAINT "ck_files_purpose" CHECK ("purpose" IN ('repair_photo', 'ballot_scan', 'proxy_document', 'ledger_attachment', 'binding_document', 'notice_attachment', 'inspection_photo'))`,
    );
    for (const table of ['supervision_survey_frame', 'supervision_survey_answers', 'supervision_holdback_postings']) {
      await q.query(`REVOKE UPDATE, DELETE, TRUNCATE ON "${table}" FROM gongzhi_app`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "files" DROP CONSTRAINT "ck_files_purpose"`);
    await q.query(
      `ALTER TABLE "files" ADD CONSTRAINT "ck_files_purpose" CHECK ("purpose" IN ('repair_photo', 'ballot_scan', 'proxy_document', 'ledger_attachment', 'binding_document', 'notice_attachment'))`,
    );
    // Dropping a table drops its indexes and constraints.
    for (const table of [
      'supervision_holdback_postings',
      'supervision_holdback_releases',
      'supervision_list_entries',
      'supervision_assessments',
      'supervision_complaints',
      'supervision_survey_answers',
      'supervision_survey_frame',
      'supervision_surveys',
      'supervision_inspections',
      'supervision_contracts',
    ]) {
      await q.query(`DROP TABLE "${table}"`);
    }
  }
}
