import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 13 (docs/votes.md "Who casts a head online"): owner links (roster identity → verified account), owner
 * binding confirmations by two committee members, and co-owners' consents to a new designated voter. The links,
 * confirmations and consents are append-only.
 */
export class OwnerHeads1763921300000 implements MigrationInterface {
  name = 'OwnerHeads1763921300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "owner_links" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "community_id" uuid, "roster_person_id" uuid NOT NULL, "person_id" uuid NOT NULL, "via" character varying(20) NOT NULL, "residency_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_owner_links" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "ix_owner_link_person" ON "owner_links" ("person_id") `);
    await q.query(`CREATE INDEX "ix_owner_link_roster_person" ON "owner_links" ("roster_person_id") `);
    await q.query(
      `CREATE TABLE "owner_link_revocations" ("link_id" uuid NOT NULL, "community_id" uuid NOT NULL, "revoked_by" uuid NOT NULL, "residency_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_owner_link_revocations" PRIMARY KEY ("link_id"))`,
    );
    await q.query(
      `CREATE TABLE "binding_approvals" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "community_id" uuid NOT NULL, "residency_id" uuid NOT NULL, "person_id" uuid NOT NULL, "role" character varying(30) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_binding_approval" UNIQUE ("residency_id", "person_id"), CONSTRAINT "PK_binding_approvals" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_binding_approvals_community" ON "binding_approvals" ("community_id") `);
    await q.query(
      `CREATE TABLE "designated_voter_changes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "community_id" uuid NOT NULL, "unit_id" uuid NOT NULL, "voter_person_id" uuid NOT NULL, "proposed_by" uuid NOT NULL, "status" character varying(10) NOT NULL DEFAULT 'pending', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "applied_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_designated_voter_changes" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_designated_voter_changes_unit" ON "designated_voter_changes" ("unit_id") `);
    await q.query(
      `CREATE TABLE "designated_voter_consents" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "community_id" uuid NOT NULL, "change_id" uuid NOT NULL, "person_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_designated_voter_consent" UNIQUE ("change_id", "person_id"), CONSTRAINT "PK_designated_voter_consents" PRIMARY KEY ("id"))`,
    );
    for (const t of ['owner_links', 'owner_link_revocations', 'binding_approvals', 'designated_voter_consents']) {
      await q.query(`REVOKE UPDATE, DELETE, TRUNCATE ON "${t}" FROM gongzhi_app`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "designated_voter_consents"`);
    await q.query(`DROP TABLE "designated_voter_changes"`);
    await q.query(`DROP TABLE "binding_approvals"`);
    await q.query(`DROP TABLE "owner_link_revocations"`);
    await q.query(`DROP TABLE "owner_links"`);
  }
}
