import type { MigrationInterface, QueryRunner } from 'typeorm';

export class IdentityMembership1763825000000 implements MigrationInterface {
  name = 'IdentityMembership1763825000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "wechat_used_codes" ("code_hash" character(64) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_5aa5c4cbc66b03e0765f4e3ff4c" PRIMARY KEY ("code_hash"))`,
    );
    await q.query(`CREATE INDEX "IDX_206b8ca34e433a9d75663c85e9" ON "wechat_used_codes"  ("expires_at") `);
    await q.query(
      `CREATE TABLE "roster_imports" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "community_id" uuid NOT NULL, "uploaded_by" uuid NOT NULL, "file_name" character varying(200) NOT NULL, "file_sha256" character(64) NOT NULL, "status" character varying(10) NOT NULL DEFAULT 'preview', "total_rows" integer NOT NULL, "rows" jsonb NOT NULL, "errors" jsonb NOT NULL, "result" jsonb, "committed_by" uuid, "committed_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0d59095c8b83e5bb74bde511464" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "ix_roster_import_community" ON "roster_imports"  ("community_id", "created_at") `);
    await q.query(
      `CREATE TABLE "binding_claims" ("residency_id" uuid NOT NULL, "community_id" uuid NOT NULL, "claimed_name" character varying(50) NOT NULL, "claimed_phone_enc" text NOT NULL, "claimed_phone_hash" character(64) NOT NULL, "matches_roster" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d340552ad79789b0de3c0c63ed3" PRIMARY KEY ("residency_id"))`,
    );
    await q.query(`CREATE INDEX "IDX_fbf89b4fc279b22f7e9e299bdb" ON "binding_claims"  ("community_id") `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "public"."IDX_fbf89b4fc279b22f7e9e299bdb"`);
    await q.query(`DROP TABLE "binding_claims"`);
    await q.query(`DROP INDEX "public"."ix_roster_import_community"`);
    await q.query(`DROP TABLE "roster_imports"`);
    await q.query(`DROP INDEX "public"."IDX_206b8ca34e433a9d75663c85e9"`);
    await q.query(`DROP TABLE "wechat_used_codes"`);
  }
}
