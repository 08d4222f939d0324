import type { MigrationInterface, QueryRunner } from 'typeorm';
import { BALLOTS_GUARD_1797000200000 } from './1797000200000-paper-ballot-reviews.js';

/**
 * Ballot secrecy (issue 15, docs/votes.md "Ballot secrecy"): a version 2 ballot's link commits to a per-ballot random
 * salt (`ballots.salt`, 32 random bytes as hex) stored with the ballot and never published, so the published chain head
 * and receipts cannot be brute-forced from known voter keys, the cast-time window and every choice. A chain is one
 * version throughout: a resolution whose first ballot has no salt (votes already open or final when this shipped) keeps
 * version 1; every new chain is version 2. The insert guard enforces it (a salt exactly when the head has one, or on
 * the first link). Append-only like the rest of the ballot.
 */
export class BallotSalt1797000200001 implements MigrationInterface {
  name = 'BallotSalt1797000200001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "ballots" ADD "salt" character(64)`);
    await q.query(`CREATE OR REPLACE FUNCTION ballots_guard() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE
  r_status text;
  r_change boolean;
  head_seq int;
  head_hash text;
  head_salted boolean;
BEGIN
  SELECT status, COALESCE((vote_settings->>'allowBallotChange')::boolean, false) INTO r_status, r_change
    FROM resolutions WHERE id = NEW.resolution_id;
  IF r_status IS DISTINCT FROM 'open' THEN
    RAISE EXCEPTION 'ballot refused: resolution % is not open (status %)', NEW.resolution_id, r_status USING ERRCODE = 'check_violation';
  END IF;
  IF NEW.channel <> 'online' AND EXISTS (SELECT 1 FROM ballots o WHERE o.resolution_id = NEW.resolution_id AND o.voter_key = NEW.voter_key AND o.channel = 'online') THEN
    RAISE EXCEPTION 'ballot refused: a paper ballot never overrides an online one' USING ERRCODE = 'check_violation';
  END IF;
  IF NEW.voter_seq <> 1 AND NOT r_change AND EXISTS (
       SELECT 1 FROM ballots o WHERE o.resolution_id = NEW.resolution_id AND o.voter_key = NEW.voter_key
          AND NOT EXISTS (SELECT 1 FROM paper_ballot_reviews d WHERE d.ballot_id = o.id AND d.kind = 'disputed')) THEN
    RAISE EXCEPTION 'ballot refused: changing a ballot is not allowed' USING ERRCODE = 'check_violation';
  END IF;
  SELECT seq, hash, salt IS NOT NULL INTO head_seq, head_hash, head_salted FROM ballots WHERE resolution_id = NEW.resolution_id ORDER BY seq DESC LIMIT 1;
  IF NEW.seq <> COALESCE(head_seq, 0) + 1 OR NEW.prev_hash <> COALESCE(head_hash, repeat('0', 64)) THEN
    RAISE EXCEPTION 'ballot refused: does not follow the head of the chain' USING ERRCODE = 'check_violation';
  END IF;
  IF (NEW.salt IS NOT NULL) IS DISTINCT FROM COALESCE(head_salted, true) THEN
    RAISE EXCEPTION 'ballot refused: the chain version (salted or not) does not follow the head' USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END
$fn$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(BALLOTS_GUARD_1797000200000);
    await q.query(`ALTER TABLE "ballots" DROP COLUMN "salt"`);
  }
}
