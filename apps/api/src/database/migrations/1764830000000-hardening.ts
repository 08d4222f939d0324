import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 28. (1) Rate-limit counters shared by every API process (common/rate-limit.repository.ts): one row per hashed bucket key:
 * the end of its current window, hits and bytes in it. No entity: only that repository reads or writes it, with one SQL statement.
 * The API role may insert, update and delete (expired windows are swept); nothing else refers to the table.
 * (2) files.erased_at: when the uploader's erasure (modules/privacy) deleted the bytes of a binding document; the row
 * keeps the hash, size and type (and the residency who reviewed it), the bytes are gone and the file answers 404.
 */
export class Hardening1764830000000 implements MigrationInterface {
  name = 'Hardening1764830000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "rate_limit_counters" ("key" text NOT NULL, "window_end" timestamptz NOT NULL, "hits" integer NOT NULL, "bytes" bigint NOT NULL DEFAULT 0, CONSTRAINT "PK_rate_limit_counters" PRIMARY KEY ("key"))`,
    );
    await q.query(`CREATE INDEX "IDX_rate_limit_counters_window_end" ON "rate_limit_counters" ("window_end")`);
    await q.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON "rate_limit_counters" TO gongzhi_app`);
    await q.query(`ALTER TABLE "files" ADD "erased_at" TIMESTAMP WITH TIME ZONE`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "files" DROP COLUMN "erased_at"`);
    await q.query(`DROP TABLE "rate_limit_counters"`);
  }
}
