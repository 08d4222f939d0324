import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Identity1763820000000 implements MigrationInterface {
  name = 'Identity1763820000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "audit_log" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "community_id" uuid, "actor_id" uuid, "action" character varying(60) NOT NULL, "target_type" character varying(40) NOT NULL, "target_id" character varying(64), "details" jsonb NOT NULL DEFAULT '{}'::jsonb, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_07fefa57f7f5ab8fc3f52b3ed0b" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "ix_audit_community_time" ON "audit_log"  ("community_id", "created_at") `);
    await q.query(
      `CREATE TABLE "buildings" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "community_id" uuid NOT NULL, "name" character varying(50) NOT NULL, "sort" integer NOT NULL DEFAULT '0', CONSTRAINT "uq_building_name" UNIQUE ("community_id", "name"), CONSTRAINT "PK_bc65c1acce268c383e41a69003a" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE TABLE "communities" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "district_id" uuid NOT NULL, "name" character varying(100) NOT NULL, "address" character varying(200) NOT NULL DEFAULT '', "settings" jsonb NOT NULL DEFAULT '{}'::jsonb, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_fea1fe83c86ccde9d0a089e7ea2" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_ea8e2012594d056c22bb39ac13" ON "communities"  ("district_id") `);
    await q.query(
      `CREATE TABLE "districts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(100) NOT NULL, "code" character varying(32) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_8e9d73424149b43b38244f75528" UNIQUE ("code"), CONSTRAINT "PK_972a72ff4e3bea5c7f43a2b98af" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE TABLE "ownerships" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "community_id" uuid NOT NULL, "unit_id" uuid NOT NULL, "person_id" uuid NOT NULL, "is_developer" boolean NOT NULL DEFAULT false, "is_designated_voter" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_ownership" UNIQUE ("unit_id", "person_id"), CONSTRAINT "PK_1f2de81e619aec9a82399a39729" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_651a88644fce7a6e42362d2653" ON "ownerships"  ("community_id") `);
    await q.query(`CREATE INDEX "IDX_ab8b862b02f9b9c93d54d3332b" ON "ownerships"  ("person_id") `);
    await q.query(
      `CREATE TABLE "persons" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(100) NOT NULL, "phone_enc" text, "phone_hash" character(64), "id_number_enc" text, "openid" character varying(64), "is_organisation" boolean NOT NULL DEFAULT false, "token_version" integer NOT NULL DEFAULT '0', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_74278d8812a049233ce41440ac7" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_5e5445979ae1265f4e1084958f" ON "persons"  ("phone_hash") `);
    await q.query(`CREATE UNIQUE INDEX "uq_person_openid" ON "persons"  ("openid") WHERE openid IS NOT NULL`);
    await q.query(
      `CREATE TABLE "refresh_tokens" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "person_id" uuid NOT NULL, "token_hash" character(64) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7d8bee0204106019488c4c50ffa" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_c33bcb8fa96ac4973f45d65e86" ON "refresh_tokens"  ("person_id") `);
    await q.query(`CREATE UNIQUE INDEX "IDX_a7838d2ba25be1342091b6695f" ON "refresh_tokens"  ("token_hash") `);
    await q.query(
      `CREATE TABLE "residencies" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "community_id" uuid NOT NULL, "unit_id" uuid NOT NULL, "person_id" uuid NOT NULL, "relation" character varying(10) NOT NULL, "status" character varying(10) NOT NULL, "document_file_id" uuid, "decided_by" uuid, "decided_at" TIMESTAMP WITH TIME ZONE, "reason" character varying(200), "auto_approved" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e05929dc64d0fab12d752f8f092" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_29b9539e17ee8493fb1807ff56" ON "residencies"  ("community_id") `);
    await q.query(`CREATE INDEX "IDX_d1c310564a32900b85a204a597" ON "residencies"  ("person_id") `);
    await q.query(
      `CREATE UNIQUE INDEX "uq_residency_active" ON "residencies"  ("unit_id", "person_id") WHERE status IN ('pending','approved')`,
    );
    await q.query(
      `CREATE TABLE "role_assignments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "person_id" uuid NOT NULL, "role" character varying(30) NOT NULL, "community_id" uuid, "district_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_fc2df9835ac1d2a34839f113783" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_ea83da32475dccf87b2702941b" ON "role_assignments"  ("person_id") `);
    await q.query(`CREATE INDEX "IDX_f7a7fab5e4be43f01aa2868d16" ON "role_assignments"  ("community_id") `);
    await q.query(
      `CREATE UNIQUE INDEX "uq_role_in_district" ON "role_assignments"  ("person_id", "role", "district_id") WHERE district_id IS NOT NULL`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "uq_role_in_community" ON "role_assignments"  ("person_id", "role", "community_id") WHERE community_id IS NOT NULL`,
    );
    await q.query(
      `CREATE TABLE "units" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "community_id" uuid NOT NULL, "building_id" uuid NOT NULL, "entrance" character varying(20) NOT NULL DEFAULT '', "room" character varying(30) NOT NULL, "kind" character varying(10) NOT NULL DEFAULT 'flat', "area_hundredths" bigint NOT NULL, "area_source" character varying(12) NOT NULL, CONSTRAINT "uq_unit_address" UNIQUE ("community_id", "building_id", "entrance", "room"), CONSTRAINT "PK_5a8f2f064919b587d93936cb223" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_9c463f5ab5d98eaaeb9b67a25b" ON "units"  ("community_id") `);
    // The audit log is append-only for the API: PostgreSQL refuses it UPDATE, DELETE and TRUNCATE.
    await q.query(`REVOKE UPDATE, DELETE, TRUNCATE ON "audit_log" FROM gongzhi_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "public"."IDX_9c463f5ab5d98eaaeb9b67a25b"`);
    await q.query(`DROP TABLE "units"`);
    await q.query(`DROP INDEX "public"."uq_role_in_community"`);
    await q.query(`DROP INDEX "public"."uq_role_in_district"`);
    await q.query(`DROP INDEX "public"."IDX_f7a7fab5e4be43f01aa2868d16"`);
    await q.query(`DROP INDEX "public"."IDX_ea83da32475dccf87b2702941b"`);
    await q.query(`DROP TABLE "role_assignments"`);
    await q.query(`DROP INDEX "public"."uq_residency_active"`);
    await q.query(`DROP INDEX "public"."IDX_d1c310564a32900b85a204a597"`);
    await q.query(`DROP INDEX "public"."IDX_29b9539e17ee8493fb1807ff56"`);
    await q.query(`DROP TABLE "residencies"`);
    await q.query(`DROP INDEX "public"."IDX_a7838d2ba25be1342091b6695f"`);
    await q.query(`DROP INDEX "public"."IDX_c33bcb8fa96ac4973f45d65e86"`);
    await q.query(`DROP TABLE "refresh_tokens"`);
    await q.query(`DROP INDEX "public"."uq_person_openid"`);
    await q.query(`DROP INDEX "public"."IDX_5e5445979ae1265f4e1084958f"`);
    await q.query(`DROP TABLE "persons"`);
    await q.query(`DROP INDEX "public"."IDX_ab8b862b02f9b9c93d54d3332b"`);
    await q.query(`DROP INDEX "public"."IDX_651a88644fce7a6e42362d2653"`);
    await q.query(`DROP TABLE "ownerships"`);
    await q.query(`DROP TABLE "districts"`);
    await q.query(`DROP INDEX "public"."IDX_ea8e2012594d056c22bb39ac13"`);
    await q.query(`DROP TABLE "communities"`);
    await q.query(`DROP TABLE "buildings"`);
    await q.query(`DROP INDEX "public"."ix_audit_community_time"`);
    await q.query(`DROP TABLE "audit_log"`);
  }
}
