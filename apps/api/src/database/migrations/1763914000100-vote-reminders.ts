import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Vote reminders (modules/votes, entity VoteReminder): one marker row per resolution whose non-voters were reminded,
 * instead of reading the audit log as a flag. Existing reminders are carried over from their audit rows.
 * Append-only for the API role.
 */
export class VoteReminders1763914000100 implements MigrationInterface {
  name = 'VoteReminders1763914000100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "vote_reminders" ("resolution_id" uuid NOT NULL, "community_id" uuid NOT NULL, "recipients" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_vote_reminders" PRIMARY KEY ("resolution_id"))`,
    );
    await q.query(
      `INSERT INTO vote_reminders (resolution_id, community_id, recipients, created_at)
       SELECT DISTINCT ON (a.target_id) a.target_id::uuid, a.community_id, COALESCE((a.details->>'sent')::int, 0), a.created_at
         FROM audit_log a WHERE a.action = 'vote.reminded' AND a.community_id IS NOT NULL ORDER BY a.target_id, a.id`,
    );
    await q.query(`REVOKE UPDATE, DELETE, TRUNCATE ON "vote_reminders" FROM gongzhi_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "vote_reminders"`);
  }
}
