import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Group commit of online ballots (docs/votes.md, "How online ballots are appended"): one call opens the locked section
 * of a whole batch of ballots of one resolution. In order:
 * 1. the resolution row FOR SHARE (closing, extending or editing it — FOR UPDATE — waits for the batch, and the batch
 *    for them), returning its current status, window and settings;
 * 2. the resolution's chain lock (the same transaction-scoped advisory lock as `ballot_chain_lock_head`, held to
 *    commit), which serialises appends across every API process;
 * 3. in new snapshots taken after the lock was granted (VOLATILE plpgsql): the chain head, the ballots already stored
 *    for the batch's voters (latest voter_seq and the first ballot's channel and time) and the idempotency keys
 *    already stored for the batch's (person, key) pairs on the ballot route.
 * The insert trigger `ballots_guard` and the UNIQUE constraints stay the backstop.
 */
export class BallotBatch1763910000100 implements MigrationInterface {
  name = 'BallotBatch1763910000100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE FUNCTION ballot_chain_lock_batch(p_resolution uuid, p_voter_keys varchar[], p_route varchar, p_actors uuid[], p_keys varchar[])
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
            (SELECT json_agg(json_build_object('voterKey', f.voter_key, 'latest', f.latest, 'channel', f.channel, 'castAt', f.cast_at))
               FROM (SELECT DISTINCT ON (b.voter_key) b.voter_key, b.channel, b.cast_at,
                            max(b.voter_seq) OVER (PARTITION BY b.voter_key) AS latest
                       FROM ballots b
                      WHERE b.resolution_id = p_resolution AND b.voter_key = ANY (p_voter_keys)
                      ORDER BY b.voter_key, b.voter_seq) f),
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
    await q.query(`DROP FUNCTION ballot_chain_lock_batch(uuid, varchar[], varchar, uuid[], varchar[])`);
  }
}
