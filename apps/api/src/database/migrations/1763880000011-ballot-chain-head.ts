import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The ballot rush's locked section in one round trip (docs/performance.md, issue 7 round 2): takes the resolution's
 * chain lock (transaction-scoped advisory lock, held to commit) and then reads the chain head and the voter's latest
 * voter_seq. VOLATILE plpgsql: the read is a new statement with a new snapshot taken after the lock was granted, so it
 * sees every ballot committed by the previous holder. The insert trigger and the UNIQUE constraints stay the backstop.
 */
export class BallotChainHead1763880000011 implements MigrationInterface {
  name = 'BallotChainHead1763880000011';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE FUNCTION ballot_chain_lock_head(p_resolution uuid, p_voter_key varchar)
      RETURNS TABLE (head_seq int, head_hash char(64), mine int)
      LANGUAGE plpgsql VOLATILE AS $fn$
      BEGIN
        PERFORM pg_advisory_xact_lock(hashtextextended('ballot-chain:' || p_resolution::text, 0));
        RETURN QUERY
          SELECT h.seq, h.hash, (SELECT max(x.voter_seq) FROM ballots x WHERE x.resolution_id = p_resolution AND x.voter_key = p_voter_key)
            FROM (SELECT 1) one
            LEFT JOIN LATERAL (SELECT b.seq, b.hash FROM ballots b WHERE b.resolution_id = p_resolution ORDER BY b.seq DESC LIMIT 1) h ON true;
      END
      $fn$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION ballot_chain_lock_head(uuid, varchar)`);
  }
}
