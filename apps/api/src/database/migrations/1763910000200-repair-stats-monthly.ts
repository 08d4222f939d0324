import type { MigrationInterface, QueryRunner } from 'typeorm';

const OPEN = `('submitted','assigned','in_progress','awaiting_quote_acceptance','done')`;
const FIXED = `('done','confirmed','closed_unconfirmed')`;

/**
 * Monthly repair statistics per community, for the district's statistics (`GET /district/repairs/stats`,
 * docs/repairs.md). One row per (community, calendar month in Asia/Shanghai) with exact counts, the month's response
 * and resolution times (sorted float8 arrays, so percentiles over any set of months are exact `percentile_cont`), the
 * deadlines of tickets whose "on time" still depends on when it is asked, and one row per category in
 * `repair_stats_monthly_categories`.
 *
 * Maintained in the same transaction as every ticket change: statement-level AFTER triggers on repair_tickets
 * recompute each (community, month) the statement touched from the tickets themselves (old and new month when
 * created_at moves), under a transaction-scoped advisory lock per community taken in sorted order; the recompute is
 * a new statement after the lock, so it sees every change committed by the previous holder. The triggers are
 * ENABLE ALWAYS (they also fire under session_replication_role = replica, as bulk loads run) and SECURITY DEFINER:
 * the API role may read the tables but not write them. Figures use the same definitions as `GET /repairs/stats`
 * (repairs-stats.service.ts).
 */
export class RepairStatsMonthly1763910000200 implements MigrationInterface {
  name = 'RepairStatsMonthly1763910000200';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE repair_stats_monthly (
      community_id uuid NOT NULL REFERENCES communities(id) ON DELETE CASCADE,
      month date NOT NULL,
      total int NOT NULL, open int NOT NULL, fixed int NOT NULL, confirmed int NOT NULL, closed_unconfirmed int NOT NULL,
      closed_not_fixed int NOT NULL, cancelled int NOT NULL, responded int NOT NULL, on_time_base int NOT NULL, late int NOT NULL,
      reopened int NOT NULL, ever_completed int NOT NULL, rated int NOT NULL, satisfied int NOT NULL, rating_sum int NOT NULL,
      respond_minutes float8[] NOT NULL, resolve_minutes float8[] NOT NULL, pending_deadlines timestamptz[] NOT NULL,
      PRIMARY KEY (community_id, month))`);
    await q.query(`CREATE TABLE repair_stats_monthly_categories (
      community_id uuid NOT NULL REFERENCES communities(id) ON DELETE CASCADE,
      month date NOT NULL,
      category_code varchar(30) NOT NULL, category_name varchar(30) NOT NULL,
      total int NOT NULL, open int NOT NULL, confirmed int NOT NULL, closed_unconfirmed int NOT NULL, closed_not_fixed int NOT NULL, cancelled int NOT NULL,
      PRIMARY KEY (community_id, month, category_code))`);
    for (const t of ['repair_stats_monthly', 'repair_stats_monthly_categories']) {
      await q.query(
        `COMMENT ON TABLE ${t} IS 'Derived from repair_tickets by triggers (migration 1763910000200); never written by the API'`,
      );
      await q.query(`REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON ${t} FROM gongzhi_app`);
    }

    // Per-ticket facts, one definition for the rollup (and the tests): see RepairsStatsService for the figures.
    // late: a target already missed for good; deadline: for a ticket not late yet with a missing response or
    // completion, the first moment it becomes overdue (OVERDUE_SQL with now > deadline).
    await q.query(`CREATE FUNCTION repair_stats_month_of(ts timestamptz) RETURNS date LANGUAGE sql IMMUTABLE PARALLEL SAFE
      AS $fn$ SELECT date_trunc('month', ts AT TIME ZONE 'Asia/Shanghai')::date $fn$`);
    await q.query(`CREATE FUNCTION repair_stats_facts(p_community uuid, p_from timestamptz, p_to timestamptz)
      RETURNS TABLE (status varchar, category_code varchar, category_name varchar, reopen_count int, rating smallint,
                     respond_min float8, resolve_min float8, late boolean, pending boolean, deadline timestamptz)
      LANGUAGE sql STABLE AS $fn$
        SELECT t.status, t.category_code, t.category_name, t.reopen_count, t.rating,
               (extract(epoch FROM t.responded_at - t.created_at) / 60)::float8,
               CASE WHEN t.status IN ${FIXED} THEN (extract(epoch FROM t.resolved_at - t.created_at) / 60)::float8 END,
               l.late, l.late IS FALSE AND (f.response IS NULL OR t.resolved_at IS NULL),
               LEAST(CASE WHEN f.response IS NULL THEN t.created_at + t.respond_target_minutes * interval '1 minute' END,
                     CASE WHEN t.resolved_at IS NULL THEN t.created_at + t.resolve_target_minutes * interval '1 minute' END)
          FROM repair_tickets t
          CROSS JOIN LATERAL (SELECT COALESCE(t.responded_at,
            CASE WHEN t.status IN ('confirmed','closed_unconfirmed','closed_not_fixed') THEN t.resolved_at END) AS response) f
          CROSS JOIN LATERAL (SELECT CASE WHEN t.status = 'cancelled' THEN NULL
            ELSE COALESCE(f.response > t.created_at + t.respond_target_minutes * interval '1 minute', false)
              OR COALESCE(t.resolved_at > t.created_at + t.resolve_target_minutes * interval '1 minute', false) END AS late) l
         WHERE t.community_id = p_community AND t.created_at >= p_from AND t.created_at < p_to
      $fn$`);
    await q.query(`CREATE FUNCTION repair_stats_refresh(p_community uuid, p_month date) RETURNS void
      LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $fn$
      DECLARE
        s timestamptz := p_month::timestamp AT TIME ZONE 'Asia/Shanghai';
        e timestamptz := (p_month + interval '1 month')::timestamp AT TIME ZONE 'Asia/Shanghai';
      BEGIN
        DELETE FROM repair_stats_monthly WHERE community_id = p_community AND month = p_month;
        DELETE FROM repair_stats_monthly_categories WHERE community_id = p_community AND month = p_month;
        INSERT INTO repair_stats_monthly
          SELECT p_community, p_month, count(*)::int,
                 count(*) FILTER (WHERE status IN ${OPEN})::int,
                 count(*) FILTER (WHERE status IN ${FIXED})::int,
                 count(*) FILTER (WHERE status = 'confirmed')::int,
                 count(*) FILTER (WHERE status = 'closed_unconfirmed')::int,
                 count(*) FILTER (WHERE status = 'closed_not_fixed')::int,
                 count(*) FILTER (WHERE status = 'cancelled')::int,
                 count(respond_min)::int,
                 count(*) FILTER (WHERE status <> 'cancelled')::int,
                 count(*) FILTER (WHERE late)::int,
                 count(*) FILTER (WHERE reopen_count > 0)::int,
                 count(*) FILTER (WHERE status IN ${FIXED} OR reopen_count > 0)::int,
                 count(rating)::int,
                 count(*) FILTER (WHERE rating >= 4)::int,
                 COALESCE(sum(rating), 0)::int,
                 COALESCE(array_agg(respond_min ORDER BY respond_min) FILTER (WHERE respond_min IS NOT NULL), '{}'),
                 COALESCE(array_agg(resolve_min ORDER BY resolve_min) FILTER (WHERE resolve_min IS NOT NULL), '{}'),
                 COALESCE(array_agg(deadline ORDER BY deadline) FILTER (WHERE pending), '{}')
            FROM repair_stats_facts(p_community, s, e) HAVING count(*) > 0;
        INSERT INTO repair_stats_monthly_categories
          SELECT p_community, p_month, category_code, min(category_name), count(*)::int,
                 count(*) FILTER (WHERE status IN ${OPEN})::int,
                 count(*) FILTER (WHERE status = 'confirmed')::int,
                 count(*) FILTER (WHERE status = 'closed_unconfirmed')::int,
                 count(*) FILTER (WHERE status = 'closed_not_fixed')::int,
                 count(*) FILTER (WHERE status = 'cancelled')::int
            FROM repair_stats_facts(p_community, s, e) GROUP BY category_code;
      END $fn$`);
    await q.query(`CREATE FUNCTION repair_stats_refresh_many(p_communities uuid[], p_created timestamptz[]) RETURNS void
      LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $fn$
      DECLARE k record; locked uuid;
      BEGIN
        FOR k IN SELECT DISTINCT u.c, repair_stats_month_of(u.t) AS month FROM unnest(p_communities, p_created) AS u(c, t) ORDER BY 1, 2 LOOP
          IF locked IS DISTINCT FROM k.c THEN
            PERFORM pg_advisory_xact_lock(hashtextextended('repair-stats:' || k.c::text, 0));
            locked := k.c;
          END IF;
          PERFORM repair_stats_refresh(k.c, k.month);
        END LOOP;
      END $fn$`);
    await q.query(`CREATE FUNCTION repair_stats_after_change() RETURNS trigger
      LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $fn$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          PERFORM repair_stats_refresh_many(ARRAY(SELECT community_id FROM new_rows), ARRAY(SELECT created_at FROM new_rows));
        ELSIF TG_OP = 'DELETE' THEN
          PERFORM repair_stats_refresh_many(ARRAY(SELECT community_id FROM old_rows), ARRAY(SELECT created_at FROM old_rows));
        ELSE
          PERFORM repair_stats_refresh_many(ARRAY(SELECT community_id FROM new_rows UNION ALL SELECT community_id FROM old_rows),
                                            ARRAY(SELECT created_at FROM new_rows UNION ALL SELECT created_at FROM old_rows));
        END IF;
        RETURN NULL;
      END $fn$`);
    await q.query(
      `REVOKE EXECUTE ON FUNCTION repair_stats_refresh(uuid, date), repair_stats_refresh_many(uuid[], timestamptz[]) FROM PUBLIC`,
    );
    await q.query(`CREATE TRIGGER repair_stats_after_insert AFTER INSERT ON repair_tickets REFERENCING NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION repair_stats_after_change()`);
    await q.query(`CREATE TRIGGER repair_stats_after_update AFTER UPDATE ON repair_tickets REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION repair_stats_after_change()`);
    await q.query(`CREATE TRIGGER repair_stats_after_delete AFTER DELETE ON repair_tickets REFERENCING OLD TABLE AS old_rows
      FOR EACH STATEMENT EXECUTE FUNCTION repair_stats_after_change()`);
    for (const t of ['insert', 'update', 'delete'])
      await q.query(`ALTER TABLE repair_tickets ENABLE ALWAYS TRIGGER repair_stats_after_${t}`);
    // Existing tickets.
    await q.query(
      `SELECT repair_stats_refresh_many(ARRAY(SELECT community_id FROM repair_tickets), ARRAY(SELECT created_at FROM repair_tickets))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['insert', 'update', 'delete'])
      await q.query(`DROP TRIGGER repair_stats_after_${t} ON repair_tickets`);
    await q.query(`DROP FUNCTION repair_stats_after_change()`);
    await q.query(`DROP FUNCTION repair_stats_refresh_many(uuid[], timestamptz[])`);
    await q.query(`DROP FUNCTION repair_stats_refresh(uuid, date)`);
    await q.query(`DROP FUNCTION repair_stats_facts(uuid, timestamptz, timestamptz)`);
    await q.query(`DROP FUNCTION repair_stats_month_of(timestamptz)`);
    await q.query(`DROP TABLE repair_stats_monthly_categories`);
    await q.query(`DROP TABLE repair_stats_monthly`);
  }
}
