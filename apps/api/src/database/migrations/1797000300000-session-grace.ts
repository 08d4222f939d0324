import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sessions that last (issue 19): a rotated refresh token remembers its successor (the pair it was answered with,
 * encrypted) and when it was rotated, so a retried refresh within the grace window gets the same pair back instead of
 * revoking the family.
 */
export class SessionGrace1797000300000 implements MigrationInterface {
  name = 'SessionGrace1797000300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "refresh_tokens" ADD "rotated_at" TIMESTAMP WITH TIME ZONE`);
    await q.query(`ALTER TABLE "refresh_tokens" ADD "successor_id" uuid`);
    await q.query(`ALTER TABLE "refresh_tokens" ADD "successor_enc" text`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "refresh_tokens" DROP COLUMN "successor_enc"`);
    await q.query(`ALTER TABLE "refresh_tokens" DROP COLUMN "successor_id"`);
    await q.query(`ALTER TABLE "refresh_tokens" DROP COLUMN "rotated_at"`);
  }
}
