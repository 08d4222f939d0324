import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Platform tables. Privileges: the API connects as a member of `gongzhi_app`, which owns nothing and gets only
 * what is granted here and in later migrations (append-only tables get INSERT/SELECT and no UPDATE/DELETE).
 */
export class Init1763800000000 implements MigrationInterface {
  name = 'Init1763800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pgcrypto`);
    await q.query(`GRANT USAGE ON SCHEMA public TO gongzhi_app`);
    // Tables created by later migrations get ordinary read/write for the API unless a migration revokes it.
    await q.query(
      `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO gongzhi_app`,
    );
    await q.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO gongzhi_app`);
    await q.query(`GRANT SELECT ON TABLE migrations TO gongzhi_app`);
    // Idempotency keys: a replayed create answers the stored response instead of creating twice.
    await q.query(`CREATE TABLE idempotency_keys (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      actor_id uuid NOT NULL,
      key varchar(100) NOT NULL,
      route varchar(200) NOT NULL,
      request_hash char(64) NOT NULL,
      status_code int,
      response jsonb,
      created_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT uq_idempotency UNIQUE (actor_id, route, key)
    )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE idempotency_keys`);
  }
}
