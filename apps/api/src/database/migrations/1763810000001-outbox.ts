import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Transactional outbox for jobs (modules/jobs). The API role writes rows inside business transactions (default
 * privileges of Init); the relay runs as the schema owner, like pg-boss, whose own schema `pgboss` pg-boss
 * creates and migrates itself on start (not here).
 */
export class Outbox1763810000001 implements MigrationInterface {
  name = 'Outbox1763810000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "outbox" (
      "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
      "name" character varying(100) NOT NULL,
      "payload" jsonb NOT NULL,
      "options" jsonb NOT NULL DEFAULT '{}'::jsonb,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "relayed_at" TIMESTAMP WITH TIME ZONE,
      "job_id" uuid,
      CONSTRAINT "PK_340ab539f309f03bdaa14aa7649" PRIMARY KEY ("id")
    )`);
    await q.query(`CREATE INDEX "ix_outbox_pending" ON "outbox" ("id") WHERE "relayed_at" IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "outbox"`);
  }
}
