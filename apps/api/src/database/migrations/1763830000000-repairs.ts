import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Repairs (报修): tickets, their append-only timeline, +1s, per-community categories, return visits; in-app messages. */
export class Repairs1763830000000 implements MigrationInterface {
  name = 'Repairs1763830000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "repair_tickets" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "community_id" uuid NOT NULL, "reporter_id" uuid NOT NULL, "area_kind" character varying(10) NOT NULL, "unit_id" uuid, "category_code" character varying(30) NOT NULL, "category_name" character varying(30) NOT NULL, "urgency" character varying(10) NOT NULL, "description" text NOT NULL, "location" character varying(100) NOT NULL, "preferred_time" character varying(100), "status" character varying(30) NOT NULL, "assignee_id" uuid, "respond_target_minutes" integer NOT NULL, "resolve_target_minutes" integer NOT NULL, "responded_at" TIMESTAMP WITH TIME ZONE, "resolved_at" TIMESTAMP WITH TIME ZONE, "closed_at" TIMESTAMP WITH TIME ZONE, "reopen_count" integer NOT NULL DEFAULT '0', "quote_amount_fen" bigint, "quote_accepted_at" TIMESTAMP WITH TIME ZONE, "decline_reason" character varying(30), "rating" smallint, "rating_tags" text array, "rating_comment" character varying(500), "rated_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_99778866f2f44047622c16fd94b" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_41cf4263c12ff4281128c78b1f" ON "repair_tickets"  ("reporter_id") `);
    await q.query(`CREATE INDEX "IDX_063f08904383ade20652a4819c" ON "repair_tickets"  ("unit_id") `);
    await q.query(
      `CREATE INDEX "ix_repair_ticket_queue" ON "repair_tickets"  ("community_id", "status", "created_at") `,
    );
    await q.query(
      `CREATE TABLE "repair_events" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "seq" BIGSERIAL NOT NULL, "community_id" uuid NOT NULL, "ticket_id" uuid NOT NULL, "actor_id" uuid, "actor_role" character varying(10) NOT NULL, "action" character varying(20) NOT NULL, "from_status" character varying(30), "to_status" character varying(30) NOT NULL, "note" character varying(500), "photo_ids" uuid array NOT NULL DEFAULT '{}', "details" jsonb NOT NULL DEFAULT '{}', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_30f2d1d62586edb0dd5f629c2a4" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "ix_repair_event_ticket" ON "repair_events"  ("ticket_id", "seq") `);
    await q.query(
      `CREATE TABLE "repair_me_toos" ("ticket_id" uuid NOT NULL, "person_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c14b523c3427460f088668c3a50" PRIMARY KEY ("ticket_id", "person_id"))`,
    );
    await q.query(
      `CREATE TABLE "repair_categories" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "community_id" uuid NOT NULL, "code" character varying(30) NOT NULL, "name" character varying(30) NOT NULL, "sort_order" integer NOT NULL, "urgent_respond_minutes" integer NOT NULL, "urgent_resolve_minutes" integer NOT NULL, "normal_respond_minutes" integer NOT NULL, "normal_resolve_minutes" integer NOT NULL, CONSTRAINT "uq_repair_category" UNIQUE ("community_id", "code"), CONSTRAINT "PK_d9fbeb1d27ce738b3d985cd324f" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE TABLE "repair_follow_ups" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "community_id" uuid NOT NULL, "ticket_id" uuid NOT NULL, "rating" smallint NOT NULL, "status" character varying(10) NOT NULL DEFAULT 'open', "done_by" uuid, "done_at" TIMESTAMP WITH TIME ZONE, "note" character varying(500), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7ab4a6e0d8786a10c3c53b563fa" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_f80d1488320eb6595d19d9532a" ON "repair_follow_ups"  ("community_id") `);
    await q.query(`CREATE UNIQUE INDEX "IDX_834ec0ab3ba9095e32522a16fd" ON "repair_follow_ups"  ("ticket_id") `);
    await q.query(
      `CREATE TABLE "messages" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "community_id" uuid NOT NULL, "person_id" uuid NOT NULL, "kind" character varying(30) NOT NULL, "title" character varying(60) NOT NULL, "body" character varying(300) NOT NULL, "ticket_id" uuid, "read_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_18325f38ae6de43878487eff986" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "ix_message_inbox" ON "messages"  ("person_id", "community_id", "created_at") `);
    // The timeline is evidence: the API may add to it, never change or remove it.
    await q.query(`REVOKE UPDATE, DELETE, TRUNCATE ON "repair_events" FROM gongzhi_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "public"."ix_message_inbox"`);
    await q.query(`DROP TABLE "messages"`);
    await q.query(`DROP INDEX "public"."IDX_834ec0ab3ba9095e32522a16fd"`);
    await q.query(`DROP INDEX "public"."IDX_f80d1488320eb6595d19d9532a"`);
    await q.query(`DROP TABLE "repair_follow_ups"`);
    await q.query(`DROP TABLE "repair_categories"`);
    await q.query(`DROP TABLE "repair_me_toos"`);
    await q.query(`DROP INDEX "public"."ix_repair_event_ticket"`);
    await q.query(`DROP TABLE "repair_events"`);
    await q.query(`DROP INDEX "public"."ix_repair_ticket_queue"`);
    await q.query(`DROP INDEX "public"."IDX_063f08904383ade20652a4819c"`);
    await q.query(`DROP INDEX "public"."IDX_41cf4263c12ff4281128c78b1f"`);
    await q.query(`DROP TABLE "repair_tickets"`);
  }
}
