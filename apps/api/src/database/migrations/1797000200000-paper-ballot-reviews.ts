import type { MigrationInterface, QueryRunner } from 'typeorm';
import { BallotBatch1763910000100 } from './1763910000100-ballot-batch.js';

/** The ballot insert guard as this migration leaves it (1797000200001's down restores it). */
export const BALLOTS_GUARD_1797000200000 = `CREATE OR REPLACE FUNCTION ballots_guard() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE
  r_status text;
  r_change boolean;
  head_seq int;
  head_hash text;
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
  SELECT seq, hash INTO head_seq, head_hash FROM ballots WHERE resolution_id = NEW.resolution_id ORDER BY seq DESC LIMIT 1;
  IF NEW.seq <> COALESCE(head_seq, 0) + 1 OR NEW.prev_hash <> COALESCE(head_hash, repeat('0', 64)) THEN
    RAISE EXCEPTION 'ballot refused: does not follow the head of the chain' USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END
$fn$`;

/**
 * Paper and proxy ballots under dual control (docs/votes.md "Paper and proxy ballots under dual control",
 * domain-rules §10). `paper_ballot_reviews` is append-only for the API role; each row is one act on one paper or
 * proxy ballot:
 * - `entered`: the entering member, with the SHA-256 of the scan (the same scan twice in one resolution is refused);
 * - `scan_opened`: a member opened the scan (the server streamed it to them);
 * - `confirmed`: a second member — not the one who entered it, having opened the scan — checked it against the scan.
 *   Only a confirmed paper or proxy ballot counts;
 * - `disputed`: the unit's owner says it is not theirs, before the close. The ballot is set aside (it stays in the
 *   chain, shown as disputed, never counted) and the owner may vote.
 * The guard trigger enforces the order (confirm needs an opening by the confirmer, not the enterer; nothing after a
 * dispute; no confirm of an online ballot). The ballot insert guard is replaced: a second ballot is refused only when
 * the voter still has a ballot that is not set aside, and a paper or proxy ballot never follows an online one. The
 * batch function reports, per voter, the first ballot that is not set aside.
 */
export class PaperBallotReviews1797000200000 implements MigrationInterface {
  name = 'PaperBallotReviews1797000200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "paper_ballot_reviews" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "community_id" uuid NOT NULL, "resolution_id" uuid NOT NULL, "ballot_id" uuid NOT NULL, "kind" character varying(12) NOT NULL, "actor_id" uuid NOT NULL, "scan_sha256" character(64), "reason" character varying(200), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_paper_ballot_reviews_kind" CHECK ("kind" IN ('entered', 'scan_opened', 'confirmed', 'disputed')), CONSTRAINT "pk_paper_ballot_reviews" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "ix_paper_ballot_reviews_ballot" ON "paper_ballot_reviews" ("ballot_id", "kind")`);
    await q.query(
      `CREATE INDEX "ix_paper_ballot_reviews_resolution" ON "paper_ballot_reviews" ("resolution_id", "kind")`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "uq_paper_ballot_reviews_once" ON "paper_ballot_reviews" ("ballot_id", "kind") WHERE "kind" IN ('entered', 'confirmed', 'disputed')`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "uq_paper_ballot_reviews_scan" ON "paper_ballot_reviews" ("resolution_id", "scan_sha256") WHERE "kind" = 'entered'`,
    );
    await q.query(`REVOKE UPDATE, DELETE, TRUNCATE ON "paper_ballot_reviews" FROM gongzhi_app`);
    // Only the dispute's free text may be rewritten, by erasure (docs/privacy.md); nothing that decides a count.
    await q.query(`GRANT UPDATE ("reason") ON "paper_ballot_reviews" TO gongzhi_app`);
    await q.query(`CREATE FUNCTION paper_ballot_reviews_guard() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE
  b record;
  r_status text;
BEGIN
  SELECT x.channel, x.entered_by, x.resolution_id, x.community_id INTO b FROM ballots x WHERE x.id = NEW.ballot_id;
  IF b IS NULL OR b.resolution_id <> NEW.resolution_id OR b.community_id <> NEW.community_id THEN
    RAISE EXCEPTION 'review refused: no such ballot in this resolution' USING ERRCODE = 'check_violation';
  END IF;
  IF b.channel = 'online' THEN
    RAISE EXCEPTION 'review refused: online ballots are not reviewed' USING ERRCODE = 'check_violation';
  END IF;
  IF NEW.kind = 'entered' AND (NEW.actor_id <> b.entered_by OR NEW.scan_sha256 IS NULL) THEN
    RAISE EXCEPTION 'review refused: entered by someone else or without the scan' USING ERRCODE = 'check_violation';
  END IF;
  IF NEW.kind <> 'entered' AND EXISTS (SELECT 1 FROM paper_ballot_reviews d WHERE d.ballot_id = NEW.ballot_id AND d.kind = 'disputed') THEN
    RAISE EXCEPTION 'review refused: the ballot was disputed and set aside' USING ERRCODE = 'check_violation';
  END IF;
  SELECT status INTO r_status FROM resolutions WHERE id = NEW.resolution_id;
  IF NEW.kind = 'confirmed' THEN
    IF NEW.actor_id = b.entered_by THEN
      RAISE EXCEPTION 'review refused: the member who entered a ballot cannot confirm it' USING ERRCODE = 'check_violation';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM paper_ballot_reviews o WHERE o.ballot_id = NEW.ballot_id AND o.kind = 'scan_opened' AND o.actor_id = NEW.actor_id) THEN
      RAISE EXCEPTION 'review refused: the confirming member has not opened the scan' USING ERRCODE = 'check_violation';
    END IF;
    IF r_status NOT IN ('open', 'objection') THEN
      RAISE EXCEPTION 'review refused: resolution is %', r_status USING ERRCODE = 'check_violation';
    END IF;
  END IF;
  IF NEW.kind = 'disputed' AND r_status IS DISTINCT FROM 'open' THEN
    RAISE EXCEPTION 'review refused: disputes only while voting is open' USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END
$fn$`);
    await q.query(
      `CREATE TRIGGER paper_ballot_reviews_guard BEFORE INSERT ON "paper_ballot_reviews" FOR EACH ROW EXECUTE FUNCTION paper_ballot_reviews_guard()`,
    );

    await q.query(BALLOTS_GUARD_1797000200000);

    // As 1763910000100, but `voted` names, per voter, the latest voter_seq, the first ballot not set aside
    // (channel, castAt; null when every ballot was disputed) and whether any ballot of the voter is online.
    await q.query(`CREATE OR REPLACE FUNCTION ballot_chain_lock_batch(p_resolution uuid, p_voter_keys varchar[], p_route varchar, p_actors uuid[], p_keys varchar[])
      RETURNS TABLE (r_status varchar, r_opens timestamptz, r_closes timestamptz, r_settings jsonb, head_seq int, head_hash char(64), voted json, stored json)
      LANGUAGE plpgsql VOLATILE AS $fn$
      DECLARE
        res record;
      BEGIN
        SELECT x.status, x.voting_opens_at, x.voting_closes_at, x.vote_settings INTO res
          FROM resolutions x WHERE x.id = p_resolution FOR SHARE;
        PERFORM pg_advisory_xact_lock(hashtextextended('ballot-chain:' || p_resolution::text, 0));
        RETURN QUERY
          SELECT res.status::varchar, res.voting_opens_at, res.voting_closes_at, res.vote_settings, h.seq, h.hash,
            (SELECT json_agg(json_build_object('voterKey', f.voter_key, 'latest', f.latest,
                      'channel', CASE WHEN f.aside THEN NULL ELSE f.channel END,
                      'castAt', CASE WHEN f.aside THEN NULL ELSE f.cast_at END))
               FROM (SELECT DISTINCT ON (b.voter_key) b.voter_key, b.channel, b.cast_at,
                            max(b.voter_seq) OVER (PARTITION BY b.voter_key) AS latest,
                            EXISTS (SELECT 1 FROM paper_ballot_reviews d WHERE d.ballot_id = b.id AND d.kind = 'disputed') AS aside
                       FROM ballots b
                      WHERE b.resolution_id = p_resolution AND b.voter_key = ANY (p_voter_keys)
                      ORDER BY b.voter_key,
                               EXISTS (SELECT 1 FROM paper_ballot_reviews d WHERE d.ballot_id = b.id AND d.kind = 'disputed'),
                               b.voter_seq) f),
            (SELECT json_agg(json_build_object('actorId', k.actor_id, 'key', k.key, 'requestHash', k.request_hash, 'response', k.response))
               FROM idempotency_keys k
               JOIN unnest(p_actors, p_keys) AS w(actor_id, key) ON k.actor_id = w.actor_id AND k.key = w.key
              WHERE k.route = p_route)
            FROM (SELECT 1) one
            LEFT JOIN LATERAL (SELECT b.seq, b.hash FROM ballots b WHERE b.resolution_id = p_resolution ORDER BY b.seq DESC LIMIT 1) h ON true;
      END
      $fn$`);
  }

  async down(q: QueryRunner): Promise<void> {
    // The earlier bodies (migrations 1763840000000 and 1763910000100), then the table they no longer read.
    await q.query(`CREATE OR REPLACE FUNCTION ballots_guard() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE
  r_status text;
  r_change boolean;
  head_seq int;
  head_hash text;
BEGIN
  SELECT status, COALESCE((vote_settings->>'allowBallotChange')::boolean, false) INTO r_status, r_change
    FROM resolutions WHERE id = NEW.resolution_id;
  IF r_status IS DISTINCT FROM 'open' THEN
    RAISE EXCEPTION 'ballot refused: resolution % is not open (status %)', NEW.resolution_id, r_status USING ERRCODE = 'check_violation';
  END IF;
  IF NEW.voter_seq <> 1 AND NOT r_change THEN
    RAISE EXCEPTION 'ballot refused: changing a ballot is not allowed' USING ERRCODE = 'check_violation';
  END IF;
  SELECT seq, hash INTO head_seq, head_hash FROM ballots WHERE resolution_id = NEW.resolution_id ORDER BY seq DESC LIMIT 1;
  IF NEW.seq <> COALESCE(head_seq, 0) + 1 OR NEW.prev_hash <> COALESCE(head_hash, repeat('0', 64)) THEN
    RAISE EXCEPTION 'ballot refused: does not follow the head of the chain' USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END
$fn$`);
    await q.query(`DROP FUNCTION ballot_chain_lock_batch(uuid, varchar[], varchar, uuid[], varchar[])`);
    await new BallotBatch1763910000100().up(q);
    await q.query(`DROP TRIGGER paper_ballot_reviews_guard ON "paper_ballot_reviews"`);
    await q.query(`DROP FUNCTION paper_ballot_reviews_guard()`);
    await q.query(`DROP TABLE "paper_ballot_reviews"`);
  }
}
