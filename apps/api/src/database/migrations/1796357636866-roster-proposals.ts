import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Roster changes as proposals (issue 17): confirmations and the field-by-field change record are append-only; units
 * keep each source's area (the existing single area is copied into the column of its source); persons get an ID-number
 * blind index and a company's unified social credit code.
 */
export class RosterProposals1796357636866 implements MigrationInterface {
  name = 'RosterProposals1796357636866';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "roster_confirmations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "community_id" uuid NOT NULL, "import_id" uuid NOT NULL, "person_id" uuid NOT NULL, "role" character varying(30) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_roster_confirmation" UNIQUE ("import_id", "person_id"), CONSTRAINT "PK_798c49a2d58408c5811489a43e8" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE TABLE "roster_changes" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "community_id" uuid NOT NULL, "import_id" uuid NOT NULL, "unit_id" uuid NOT NULL, "unit_label" character varying(120) NOT NULL, "field" character varying(30) NOT NULL, "old_value" character varying(600), "new_value" character varying(600), "proposed_by" uuid NOT NULL, "confirmed_by" uuid array NOT NULL, "affected_person_ids" uuid array NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_78b9d0dd1d4833dd99f22be7cf0" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "ix_roster_change_community" ON "roster_changes"  ("community_id", "created_at") `);
    await q.query(
      `CREATE TABLE "roster_objections" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "community_id" uuid NOT NULL, "import_id" uuid NOT NULL, "unit_id" uuid NOT NULL, "person_id" uuid NOT NULL, "reason" character varying(500) NOT NULL, "status" character varying(10) NOT NULL DEFAULT 'open', "answer" character varying(500), "answered_by" uuid, "answered_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_01835968b0aa7ca8baecef4e15b" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "ix_roster_objection_open" ON "roster_objections"  ("community_id", "status") `);
    await q.query(`ALTER TABLE "persons" ADD "id_number_hash" character(64)`);
    await q.query(`ALTER TABLE "persons" ADD "credit_code" character varying(18)`);
    await q.query(`ALTER TABLE "units" ADD "registered_area_hundredths" bigint`);
    await q.query(`ALTER TABLE "units" ADD "surveyed_area_hundredths" bigint`);
    await q.query(`ALTER TABLE "units" ADD "contract_area_hundredths" bigint`);
    await q.query(`ALTER TABLE "roster_imports" ADD "kind" character varying(10) NOT NULL DEFAULT 'import'`);
    await q.query(`ALTER TABLE "roster_imports" ADD "column_map" jsonb NOT NULL DEFAULT '{}'`);
    await q.query(`ALTER TABLE "roster_imports" ADD "merge" jsonb`);
    await q.query(`ALTER TABLE "roster_imports" ADD "proposed_by" uuid`);
    await q.query(`ALTER TABLE "roster_imports" ADD "proposed_at" TIMESTAMP WITH TIME ZONE`);
    await q.query(`ALTER TABLE "roster_imports" ADD "changes_sha256" character(64)`);
    await q.query(`ALTER TABLE "roster_imports" ADD "posting_ends_at" TIMESTAMP WITH TIME ZONE`);
    await q.query(`CREATE INDEX "IDX_03defd1a4f169bbdf712b7ab40" ON "persons"  ("id_number_hash") `);
    await q.query(`CREATE INDEX "IDX_ae37a83844c57570e99c0bbcda" ON "persons"  ("credit_code") `);
    await q.query(`UPDATE units SET registered_area_hundredths = CASE WHEN area_source = 'registered' THEN area_hundredths END,
      surveyed_area_hundredths = CASE WHEN area_source = 'surveyed' THEN area_hundredths END,
      contract_area_hundredths = CASE WHEN area_source = 'contract' THEN area_hundredths END`);
    for (const table of ['roster_confirmations', 'roster_changes']) {
      await q.query(`REVOKE UPDATE, DELETE, TRUNCATE ON "${table}" FROM gongzhi_app`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "public"."IDX_ae37a83844c57570e99c0bbcda"`);
    await q.query(`DROP INDEX "public"."IDX_03defd1a4f169bbdf712b7ab40"`);
    await q.query(`ALTER TABLE "roster_imports" DROP COLUMN "posting_ends_at"`);
    await q.query(`ALTER TABLE "roster_imports" DROP COLUMN "changes_sha256"`);
    await q.query(`ALTER TABLE "roster_imports" DROP COLUMN "proposed_at"`);
    await q.query(`ALTER TABLE "roster_imports" DROP COLUMN "proposed_by"`);
    await q.query(`ALTER TABLE "roster_imports" DROP COLUMN "merge"`);
    await q.query(`ALTER TABLE "roster_imports" DROP COLUMN "column_map"`);
    await q.query(`ALTER TABLE "roster_imports" DROP COLUMN "kind"`);
    await q.query(`ALTER TABLE "units" DROP COLUMN "contract_area_hundredths"`);
    await q.query(`ALTER TABLE "units" DROP COLUMN "surveyed_area_hundredths"`);
    await q.query(`ALTER TABLE "units" DROP COLUMN "registered_area_hundredths"`);
    await q.query(`ALTER TABLE "persons" DROP COLUMN "credit_code"`);
    await q.query(`ALTER TABLE "persons" DROP COLUMN "id_number_hash"`);
    await q.query(`DROP INDEX "public"."ix_roster_objection_open"`);
    await q.query(`DROP TABLE "roster_objections"`);
    await q.query(`DROP INDEX "public"."ix_roster_change_community"`);
    await q.query(`DROP TABLE "roster_changes"`);
    await q.query(`DROP TABLE "roster_confirmations"`);
  }
}
