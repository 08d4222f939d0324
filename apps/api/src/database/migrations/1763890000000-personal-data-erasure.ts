import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Deletion of personal data on request (PIPL Art. 47; modules/privacy): `persons.erased_at` marks a person who asked
 * for it, and the phone a binding applicant typed may be cleared (the typed name then reads 已注销用户).
 */
export class PersonalDataErasure1763890000000 implements MigrationInterface {
  name = 'PersonalDataErasure1763890000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "persons" ADD "erased_at" TIMESTAMP WITH TIME ZONE`);
    await q.query(`ALTER TABLE "binding_claims" ALTER COLUMN "claimed_phone_enc" DROP NOT NULL`);
    await q.query(`ALTER TABLE "binding_claims" ALTER COLUMN "claimed_phone_hash" DROP NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "binding_claims" ALTER COLUMN "claimed_phone_hash" SET NOT NULL`);
    await q.query(`ALTER TABLE "binding_claims" ALTER COLUMN "claimed_phone_enc" SET NOT NULL`);
    await q.query(`ALTER TABLE "persons" DROP COLUMN "erased_at"`);
  }
}
