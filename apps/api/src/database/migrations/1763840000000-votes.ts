import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Votes1763840000000 implements MigrationInterface {
  name = 'Votes1763840000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "ballots" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "resolution_id" uuid NOT NULL, "community_id" uuid NOT NULL, "seq" integer NOT NULL, "voter_key" character varying(200) NOT NULL, "voter_seq" integer NOT NULL, "channel" character varying(8) NOT NULL, "choices" jsonb NOT NULL, "spoilt" boolean NOT NULL DEFAULT false, "entered_by" uuid NOT NULL, "witness_name" character varying(50), "scan_file_id" uuid, "proxy_name" character varying(50), "proxy_document_file_id" uuid, "cast_at" TIMESTAMP WITH TIME ZONE NOT NULL, "prev_hash" character(64) NOT NULL, "hash" character(64) NOT NULL, "receipt" character varying(14) NOT NULL, CONSTRAINT "uq_ballot_chain_seq" UNIQUE ("resolution_id", "seq"), CONSTRAINT "uq_ballot_voter_seq" UNIQUE ("resolution_id", "voter_key", "voter_seq"), CONSTRAINT "PK_1c29cf82a8045f839f8639634e9" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE TABLE "electorate_units" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "resolution_id" uuid NOT NULL, "unit_id" uuid NOT NULL, "building_id" uuid NOT NULL, "building_name" character varying(50) NOT NULL, "room" character varying(80) NOT NULL, "area_hundredths" bigint NOT NULL, "area_source" character varying(12) NOT NULL, "voter_key" character varying(200) NOT NULL, CONSTRAINT "uq_electorate_unit" UNIQUE ("resolution_id", "unit_id"), CONSTRAINT "PK_c898160c1727e256d1db99917bc" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE TABLE "electorate_voters" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "resolution_id" uuid NOT NULL, "voter_key" character varying(200) NOT NULL, "kind" character varying(12) NOT NULL, "cast_by" uuid, "unit_ids" uuid array NOT NULL, "area_hundredths" bigint NOT NULL, CONSTRAINT "uq_electorate_voter" UNIQUE ("resolution_id", "voter_key"), CONSTRAINT "PK_b293aa9eda1a4e3ff0de0961803" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE TABLE "resolution_objections" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "resolution_id" uuid NOT NULL, "person_id" uuid NOT NULL, "reasons" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "answer" text, "answered_by" uuid, "answered_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_37233ddf7a98666fd907524091f" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "ix_objection_resolution" ON "resolution_objections"  ("resolution_id") `);
    await q.query(
      `CREATE TABLE "resolution_approvals" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "resolution_id" uuid NOT NULL, "revision" integer NOT NULL, "person_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_resolution_approval" UNIQUE ("resolution_id", "revision", "person_id"), CONSTRAINT "PK_89e4e4827c4b370ee4493d16648" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE TABLE "resolution_items" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "resolution_id" uuid NOT NULL, "position" integer NOT NULL, "title" character varying(200) NOT NULL, "description" text NOT NULL DEFAULT '', "matter_type" smallint NOT NULL, "official_figures" jsonb, CONSTRAINT "uq_resolution_item_position" UNIQUE ("resolution_id", "position"), CONSTRAINT "PK_18de3872c3f1c009a3e7156e4e1" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE TABLE "resolutions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "community_id" uuid NOT NULL, "title" character varying(100) NOT NULL, "explanation" text NOT NULL DEFAULT '', "status" character varying(12) NOT NULL, "revision" integer NOT NULL DEFAULT '1', "extraordinary" boolean NOT NULL DEFAULT false, "scope_kind" character varying(12) NOT NULL, "scope_building_ids" uuid array NOT NULL DEFAULT '{}', "document_file_ids" uuid array NOT NULL DEFAULT '{}', "voting_opens_at" TIMESTAMP WITH TIME ZONE NOT NULL, "voting_days" integer NOT NULL, "voting_closes_at" TIMESTAMP WITH TIME ZONE NOT NULL, "extended" boolean NOT NULL DEFAULT false, "objection_days" integer NOT NULL DEFAULT '7', "notice_published_at" TIMESTAMP WITH TIME ZONE, "approved_at" TIMESTAMP WITH TIME ZONE, "opened_at" TIMESTAMP WITH TIME ZONE, "closed_at" TIMESTAMP WITH TIME ZONE, "objection_ends_at" TIMESTAMP WITH TIME ZONE, "finalized_at" TIMESTAMP WITH TIME ZONE, "official_mode" boolean NOT NULL DEFAULT false, "official_notice_file_id" uuid, "vote_settings" jsonb, "electorate_fingerprint" character(64), "total_area" bigint, "total_heads" integer, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e30e6dd3e4cc52a23555b4b1a4a" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "ix_resolution_community_status" ON "resolutions"  ("community_id", "status") `);
    // Append-only records: the API's role may INSERT and SELECT, never UPDATE, DELETE or TRUNCATE.
    for (const table of ['ballots', 'electorate_voters', 'electorate_units', 'resolution_approvals']) {
      await q.query(`REVOKE UPDATE, DELETE, TRUNCATE ON "${table}" FROM gongzhi_app`);
    }
    // The database itself refuses a ballot when voting is not open, a changed ballot where the community does not
    // allow changes, and a chain link that does not follow the current head (no fork, no gap).
    await q.query(`CREATE FUNCTION ballots_guard() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE
  r_status text;
  r_change boolean;
  head_seq int;
  head_hash text;
BEGIN
  SELECT status, COALESCE((vote_settings->>'allowBallotChange')::boolean, false) INTO r_status, r_change
    FROM resolutions WHERE id = NEW.resolution_id;
  IF r_status IS DISTINCT FROM 'open' THEN
    RAISE EXCEPTION 'ballot refused: resolution % is not open (status %)', NEW.resolution_id, r_status USING ERRCODE = 'check_violation';
  END IF;
  IF NEW.voter_seq <> 1 AND NOT r_change THEN
    RAISE EXCEPTION 'ballot refused: changing a ballot is not allowed' USING ERRCODE = 'check_violation';
  END IF;
  SELECT seq, hash INTO head_seq, head_hash FROM ballots WHERE resolution_id = NEW.resolution_id ORDER BY seq DESC LIMIT 1;
  IF NEW.seq <> COALESCE(head_seq, 0) + 1 OR NEW.prev_hash <> COALESCE(head_hash, repeat('0', 64)) THEN
    RAISE EXCEPTION 'ballot refused: does not follow the head of the chain' USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END
$fn$`);
    await q.query(
      `CREATE TRIGGER ballots_guard BEFORE INSERT ON "ballots" FOR EACH ROW EXECUTE FUNCTION ballots_guard()`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER ballots_guard ON "ballots"`);
    await q.query(`DROP FUNCTION ballots_guard()`);
    await q.query(`DROP INDEX "public"."ix_resolution_community_status"`);
    await q.query(`DROP TABLE "resolutions"`);
    await q.query(`DROP TABLE "resolution_items"`);
    await q.query(`DROP TABLE "resolution_approvals"`);
    await q.query(`DROP INDEX "public"."ix_objection_resolution"`);
    await q.query(`DROP TABLE "resolution_objections"`);
    await q.query(`DROP TABLE "electorate_voters"`);
    await q.query(`DROP TABLE "electorate_units"`);
    await q.query(`DROP TABLE "ballots"`);
  }
}
