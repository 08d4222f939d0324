import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sign-in for officials by SMS code (issue 19): one row per code sent, to a person holding an official role. Only a
 * keyed hash of the code is kept; the row is the person's record of "a code was sent to your number" (my-data export)
 * and is deleted with their erasure.
 */
export class SmsSignIn1797000300100 implements MigrationInterface {
  name = 'SmsSignIn1797000300100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "sms_sign_in_codes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "person_id" uuid NOT NULL, "phone_hash" character(64) NOT NULL, "code_hash" character(64) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "attempts" integer NOT NULL DEFAULT 0, "consumed_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_sms_sign_in_codes" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "ix_sms_code_phone" ON "sms_sign_in_codes" ("phone_hash", "created_at") `);
    await q.query(`CREATE INDEX "ix_sms_code_person" ON "sms_sign_in_codes" ("person_id") `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "sms_sign_in_codes"`);
  }
}
