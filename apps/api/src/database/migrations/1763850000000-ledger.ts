import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Ledger1763850000000 implements MigrationInterface {
  name = 'Ledger1763850000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "ledger_accounts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "community_id" uuid NOT NULL, "kind" character varying(20) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_ledger_account" UNIQUE ("community_id", "kind"), CONSTRAINT "PK_62b34396dda564757cf123fff0e" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE TABLE "ledger_entries" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "community_id" uuid NOT NULL, "account_id" uuid NOT NULL, "kind" character varying(10) NOT NULL, "category" character varying(30) NOT NULL, "status" character varying(10) NOT NULL, "amount_fen" bigint NOT NULL, "gross_fen" bigint, "costs" jsonb NOT NULL DEFAULT '[]', "counterparty" character varying(100) NOT NULL DEFAULT '', "contract_ref" character varying(100) NOT NULL DEFAULT '', "covered_from" date, "covered_to" date, "purpose" character varying(500) NOT NULL DEFAULT '', "resolution_id" uuid, "booked_on" date NOT NULL, "attachment_file_ids" jsonb NOT NULL DEFAULT '[]', "reverses_entry_id" uuid, "reversal_reason" character varying(500), "author_id" uuid NOT NULL, "submitted_at" TIMESTAMP WITH TIME ZONE, "decided_by" uuid, "decided_at" TIMESTAMP WITH TIME ZONE, "reject_reason" character varying(500), "revision" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_ledger_entries_amount" CHECK ("amount_fen" > 0), CONSTRAINT "ck_ledger_entries_kind" CHECK ("kind" IN ('income', 'expense')), CONSTRAINT "ck_ledger_entries_status" CHECK ("status" IN ('draft', 'submitted', 'rejected', 'posted')), CONSTRAINT "PK_6efcb84411d3f08b08450ae75d5" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_8784d388978f4913b3f6983fa7" ON "ledger_entries"  ("reverses_entry_id") `);
    await q.query(`CREATE INDEX "ix_ledger_entries_community_status" ON "ledger_entries"  ("community_id", "status") `);
    await q.query(
      `CREATE TABLE "ledger_postings" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "community_id" uuid NOT NULL, "account_id" uuid NOT NULL, "seq" bigint NOT NULL, "entry_id" uuid NOT NULL, "kind" character varying(10) NOT NULL, "category" character varying(30) NOT NULL, "amount_fen" bigint NOT NULL, "booked_on" date NOT NULL, "reverses_posting_id" uuid, "details" jsonb NOT NULL, "author_id" uuid NOT NULL, "approver_id" uuid NOT NULL, "posted_at" TIMESTAMP WITH TIME ZONE NOT NULL, "prev_hash" character(64) NOT NULL, "hash" character(64) NOT NULL, CONSTRAINT "uq_ledger_posting_reverses" UNIQUE ("reverses_posting_id"), CONSTRAINT "uq_ledger_posting_entry" UNIQUE ("entry_id"), CONSTRAINT "uq_ledger_posting_seq" UNIQUE ("community_id", "seq"), CONSTRAINT "PK_4cdc4ebcb3797412b9d9177df70" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE TABLE "ledger_questions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "community_id" uuid NOT NULL, "target_type" character varying(10) NOT NULL, "target_ref" character varying(40) NOT NULL, "asker_id" uuid NOT NULL, "body" character varying(1000) NOT NULL, "answer" character varying(2000), "answered_by" uuid, "answered_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_ledger_questions_target" CHECK ("target_type" IN ('entry', 'statement')), CONSTRAINT "PK_1e0a44e91e859b12abcdaf46aa5" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "ix_ledger_questions_target" ON "ledger_questions"  ("community_id", "target_type", "target_ref") `,
    );
    await q.query(
      `CREATE TABLE "ledger_statements" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "community_id" uuid NOT NULL, "period_key" character varying(10) NOT NULL, "period_start" date NOT NULL, "period_end" date NOT NULL, "snapshot" jsonb NOT NULL, "head_seq" bigint NOT NULL, "head_hash" character(64) NOT NULL, "published_by" uuid NOT NULL, "published_at" TIMESTAMP WITH TIME ZONE NOT NULL, "display_until" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "uq_ledger_statement_period" UNIQUE ("community_id", "period_start", "period_end"), CONSTRAINT "PK_58e73891347ab6e91cb88cf1093" PRIMARY KEY ("id"))`,
    );
    // Posted entries and published statements are append-only for the API: PostgreSQL refuses it UPDATE, DELETE, TRUNCATE.
    await q.query(`REVOKE UPDATE, DELETE, TRUNCATE ON "ledger_postings" FROM gongzhi_app`);
    await q.query(`REVOKE UPDATE, DELETE, TRUNCATE ON "ledger_statements" FROM gongzhi_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "ledger_statements"`);
    await q.query(`DROP INDEX "public"."ix_ledger_questions_target"`);
    await q.query(`DROP TABLE "ledger_questions"`);
    await q.query(`DROP TABLE "ledger_postings"`);
    await q.query(`DROP INDEX "public"."ix_ledger_entries_community_status"`);
    await q.query(`DROP INDEX "public"."IDX_8784d388978f4913b3f6983fa7"`);
    await q.query(`DROP TABLE "ledger_entries"`);
    await q.query(`DROP TABLE "ledger_accounts"`);
  }
}
