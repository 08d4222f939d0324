import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 16: the subdistrict level (街道办事处) with its officer, and committee terms that come from an election and a
 * confirmed filing. The subdistrict officer holds the `subdistrict_officer` role in every community of the
 * subdistrict (community_roles). Existing committees become terms "recorded before elections were supported"
 * (kind and status `recorded`, role basis `recorded`), flagged in the audit log, until a confirmed filing replaces
 * them. Candidates, first-meeting votes and filing confirmations are append-only.
 */
const COMMUNITY_ROLES_BEFORE = `SELECT ra.person_id, ra.community_id, ra.role::varchar AS role FROM role_assignments ra WHERE ra.community_id IS NOT NULL
        UNION SELECT o.person_id, o.community_id, 'owner'::varchar FROM ownerships o
        UNION SELECT rs.person_id, rs.community_id, (CASE WHEN rs.relation = 'owner' THEN 'owner' ELSE 'resident' END)::varchar
          FROM residencies rs WHERE rs.status = 'approved'
        UNION SELECT rs.person_id, rs.community_id, 'resident'::varchar FROM residencies rs WHERE rs.status = 'approved'
        UNION SELECT rg.person_id, c.id, 'regulator'::varchar FROM role_assignments rg
          JOIN communities c ON c.district_id = rg.district_id WHERE rg.role = 'regulator'`;
const COMMUNITY_ROLES_AFTER = `${COMMUNITY_ROLES_BEFORE}
        UNION SELECT so.person_id, c.id, 'subdistrict_officer'::varchar FROM role_assignments so
          JOIN communities c ON c.subdistrict_id = so.subdistrict_id WHERE so.role = 'subdistrict_officer'`;

/**
 * Today's committees become terms "recorded before elections were supported": their roles get basis 'recorded',
 * each community with committee roles and no term yet gets a `recorded` term with those members, and the audit log
 * (the community's readable record) flags it. Idempotent; exported for its test.
 */
export async function recordCommitteesBeforeElections(q: { query(sql: string): Promise<unknown> }): Promise<void> {
  const untracked = `community_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM committee_terms t WHERE t.community_id = ra.community_id)`;
  await q.query(`UPDATE role_assignments ra SET basis = 'recorded'
      WHERE role IN ('committee_chair', 'committee_member') AND basis IS NULL AND ${untracked}`);
  await q.query(`WITH made AS (
      INSERT INTO committee_terms (community_id, kind, status)
      SELECT DISTINCT ra.community_id, 'recorded', 'recorded' FROM role_assignments ra
       WHERE ra.basis = 'recorded' AND ${untracked}
      RETURNING id, community_id)
    INSERT INTO audit_log (community_id, actor_id, action, target_type, target_id, details)
    SELECT community_id, NULL, 'committee.recorded_before_elections', 'committee_term', id::text, '{}'::jsonb FROM made`);
  await q.query(`INSERT INTO committee_members (community_id, term_id, person_id, standing, office)
      SELECT DISTINCT ON (t.id, ra.person_id) ra.community_id, t.id, ra.person_id, 'member',
             CASE WHEN ra.role = 'committee_chair' THEN 'chair' END
        FROM role_assignments ra JOIN committee_terms t ON t.community_id = ra.community_id AND t.kind = 'recorded'
       WHERE ra.basis = 'recorded' AND ra.role IN ('committee_chair', 'committee_member')
         AND NOT EXISTS (SELECT 1 FROM committee_members x WHERE x.term_id = t.id)
       ORDER BY t.id, ra.person_id, (ra.role = 'committee_chair') DESC`);
}

export class Committee1797000500000 implements MigrationInterface {
  name = 'Committee1797000500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "subdistricts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "district_id" uuid NOT NULL, "name" character varying(100) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6b8edc4fb44648164d0d1635c53" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_99a54cb800f7118bf68df286bf" ON "subdistricts"  ("district_id") `);
    await q.query(
      `CREATE TABLE "committee_terms" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "community_id" uuid NOT NULL, "kind" character varying(12) NOT NULL, "status" character varying(12) NOT NULL, "profile" character varying(12) NOT NULL DEFAULT 'default', "resolution_id" uuid, "seats" integer NOT NULL DEFAULT '0', "households" integer NOT NULL DEFAULT '0', "decision" jsonb, "decided_at" TIMESTAMP WITH TIME ZONE, "officers_due_at" TIMESTAMP WITH TIME ZONE, "officers_at" TIMESTAMP WITH TIME ZONE, "filing" jsonb, "filing_round" integer NOT NULL DEFAULT '0', "filing_due_at" TIMESTAMP WITH TIME ZONE, "refused_reason" character varying(500), "publicised_until" TIMESTAMP WITH TIME ZONE, "confirmed_at" TIMESTAMP WITH TIME ZONE, "superseded_at" TIMESTAMP WITH TIME ZONE, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_1b09b84cc254b76f12d9648e0d3" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "ix_committee_term_community" ON "committee_terms"  ("community_id", "created_at") `);
    await q.query(
      `CREATE TABLE "committee_candidates" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "community_id" uuid NOT NULL, "term_id" uuid NOT NULL, "person_id" uuid NOT NULL, "position" integer NOT NULL, "item_title" character varying(200) NOT NULL, CONSTRAINT "uq_committee_candidate" UNIQUE ("term_id", "person_id"), CONSTRAINT "PK_0f345761d7ed62469e0a5acf206" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE TABLE "committee_members" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "community_id" uuid NOT NULL, "term_id" uuid NOT NULL, "person_id" uuid NOT NULL, "standing" character varying(10) NOT NULL, "affiliation" character varying(16), "office" character varying(12), "left_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_committee_member" UNIQUE ("term_id", "person_id"), CONSTRAINT "PK_d674c70e45241dde1bd9d8fe21b" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_4df0f1e7f2fe27175426bbb57f" ON "committee_members"  ("term_id") `);
    await q.query(
      `CREATE TABLE "committee_officer_votes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "community_id" uuid NOT NULL, "term_id" uuid NOT NULL, "voter_id" uuid NOT NULL, "chair_id" uuid NOT NULL, "vice_chair_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_committee_officer_vote" UNIQUE ("term_id", "voter_id"), CONSTRAINT "PK_c7fde25d010548a971e411bba08" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE TABLE "committee_confirmations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "community_id" uuid NOT NULL, "term_id" uuid NOT NULL, "round" integer NOT NULL, "authority" character varying(12) NOT NULL, "person_id" uuid NOT NULL, "decision" character varying(8) NOT NULL, "reason" character varying(500), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_committee_confirmation" UNIQUE ("term_id", "round", "authority"), CONSTRAINT "PK_a82d62d84bc2d1c6e74545d7ff1" PRIMARY KEY ("id"))`,
    );
    await q.query(`ALTER TABLE "communities" ADD "subdistrict_id" uuid`);
    await q.query(`ALTER TABLE "role_assignments" ADD "subdistrict_id" uuid`);
    await q.query(`ALTER TABLE "role_assignments" ADD "basis" character varying(12)`);
    await q.query(`CREATE INDEX "IDX_739a2ec200b4355170e35490b2" ON "communities"  ("subdistrict_id") `);
    await q.query(`CREATE INDEX "IDX_546077000fde9f51549a064d5a" ON "role_assignments"  ("subdistrict_id") `);
    await q.query(
      `CREATE UNIQUE INDEX "uq_role_in_subdistrict" ON "role_assignments"  ("person_id", "role", "subdistrict_id") WHERE subdistrict_id IS NOT NULL`,
    );
    await q.query(`CREATE OR REPLACE VIEW community_roles AS ${COMMUNITY_ROLES_AFTER}`);
    await q.query(`REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON community_roles FROM gongzhi_app`);
    await q.query(`GRANT SELECT ON community_roles TO gongzhi_app`);
    for (const table of ['committee_candidates', 'committee_officer_votes', 'committee_confirmations']) {
      await q.query(`REVOKE UPDATE, DELETE, TRUNCATE ON "${table}" FROM gongzhi_app`);
    }
    await recordCommitteesBeforeElections(q);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM audit_log WHERE action = 'committee.recorded_before_elections'`);
    await q.query(`DROP VIEW community_roles`);
    await q.query(`CREATE VIEW community_roles AS ${COMMUNITY_ROLES_BEFORE}`);
    await q.query(`REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON community_roles FROM gongzhi_app`);
    await q.query(`GRANT SELECT ON community_roles TO gongzhi_app`);
    await q.query(`DROP INDEX "public"."uq_role_in_subdistrict"`);
    await q.query(`DROP INDEX "public"."IDX_546077000fde9f51549a064d5a"`);
    await q.query(`DROP INDEX "public"."IDX_739a2ec200b4355170e35490b2"`);
    await q.query(`ALTER TABLE "role_assignments" DROP COLUMN "basis"`);
    await q.query(`ALTER TABLE "role_assignments" DROP COLUMN "subdistrict_id"`);
    await q.query(`ALTER TABLE "communities" DROP COLUMN "subdistrict_id"`);
    await q.query(`DROP TABLE "committee_confirmations"`);
    await q.query(`DROP TABLE "committee_officer_votes"`);
    await q.query(`DROP INDEX "public"."IDX_4df0f1e7f2fe27175426bbb57f"`);
    await q.query(`DROP TABLE "committee_members"`);
    await q.query(`DROP TABLE "committee_candidates"`);
    await q.query(`DROP INDEX "public"."ix_committee_term_community"`);
    await q.query(`DROP TABLE "committee_terms"`);
    await q.query(`DROP INDEX "public"."IDX_99a54cb800f7118bf68df286bf"`);
    await q.query(`DROP TABLE "subdistricts"`);
  }
}
