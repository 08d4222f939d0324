import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Uploaded files (modules/files). The API role gets SELECT/INSERT/UPDATE/DELETE through the default privileges of
 * Init. No foreign key to communities/persons: those tables come later (identity); identity may add them.
 */
export class Files1763810000000 implements MigrationInterface {
  name = 'Files1763810000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "files" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "community_id" uuid NOT NULL,
      "uploader_id" uuid NOT NULL,
      "purpose" character varying(32) NOT NULL,
      "mime" character varying(100) NOT NULL,
      "size_bytes" bigint NOT NULL,
      "sha256" character(64) NOT NULL,
      "storage_key" character varying(300) NOT NULL,
      "original_name" character varying(255),
      "width" integer,
      "height" integer,
      "status" character varying(16) NOT NULL DEFAULT 'pending',
      "owner_type" character varying(50),
      "owner_id" uuid,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "ck_files_status" CHECK (("status" = 'pending' AND "owner_type" IS NULL AND "owner_id" IS NULL) OR ("status" = 'attached' AND "owner_type" IS NOT NULL AND "owner_id" IS NOT NULL)),
      CONSTRAINT "ck_files_purpose" CHECK ("purpose" IN ('repair_photo', 'ballot_scan', 'proxy_document', 'ledger_attachment', 'binding_document', 'notice_attachment')),
      CONSTRAINT "PK_6c16b9093a142e0e7613b04a3d9" PRIMARY KEY ("id")
    )`);
    await q.query(`CREATE UNIQUE INDEX "uq_files_storage_key" ON "files" ("storage_key")`);
    await q.query(`CREATE INDEX "ix_files_owner" ON "files" ("community_id", "owner_type", "owner_id")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "files"`);
  }
}
