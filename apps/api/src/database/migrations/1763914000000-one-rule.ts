import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each rule once (issue 14).
 *
 * `repair_overdue(...)`: the overdue rule of `isOverdue()` in @gongzhi/domain (packages/domain/src/repairs/sla.ts,
 * docs/domain-rules.md §7) as ONE SQL function, used by the ticket queue's filter and counts, the statistics, the
 * monthly rollup and the district overview. A target is missed when the response (or, for a ticket closed without
 * one, its closing) or the resolution came — or, still missing, `now` is — strictly later than report time + target;
 * cancelled tickets are never overdue. It is a single-expression `LANGUAGE sql STABLE` function without STRICT or
 * SECURITY DEFINER, so the planner inlines it: it filters rows an index range already selected, exactly like the
 * expression it replaces (no query becomes a sequential scan). With `now = '-infinity'` it answers "already missed
 * for good", which is what the rollup calls `late`. The district overview's copy counted only tickets still missing
 * a response or resolution (a ticket answered late and still in progress was overdue on the ticket and in the queue,
 * not in the district): it now calls this function too.
 *
 * `community_roles(person_id, community_id, role)`: a person's roles in a community (assignments; `owner` from the
 * roster and approved owner bindings; `resident` from approved bindings; `regulator` of the community's district),
 * read by the auth guard, the person's memberships and the repairs access rules. `bound_units(person_id,
 * community_id, unit_id)`: the units a person owns (roster) or is bound to (approved binding).
 */
export class OneRule1763914000000 implements MigrationInterface {
  name = 'OneRule1763914000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE FUNCTION repair_overdue(p_status varchar, p_created timestamptz, p_responded timestamptz,
        p_resolved timestamptz, p_respond_minutes int, p_resolve_minutes int, p_now timestamptz)
      RETURNS boolean LANGUAGE sql STABLE PARALLEL SAFE AS $fn$
        SELECT p_status <> 'cancelled' AND (
          COALESCE(p_responded, CASE WHEN p_status IN ('confirmed','closed_unconfirmed','closed_not_fixed') THEN p_resolved END, p_now)
            > p_created + p_respond_minutes * interval '1 minute'
          OR COALESCE(p_resolved, p_now) > p_created + p_resolve_minutes * interval '1 minute')
      $fn$`);
    // The rollup's per-ticket facts, now with `late` from the same function (same result as before).
    await q.query(`CREATE OR REPLACE FUNCTION repair_stats_facts(p_community uuid, p_from timestamptz, p_to timestamptz)
      RETURNS TABLE (status varchar, category_code varchar, category_name varchar, reopen_count int, rating smallint,
                     respond_min float8, resolve_min float8, late boolean, pending boolean, deadline timestamptz)
      LANGUAGE sql STABLE AS $fn$
        SELECT t.status, t.category_code, t.category_name, t.reopen_count, t.rating,
               (extract(epoch FROM t.responded_at - t.created_at) / 60)::float8,
               CASE WHEN t.status IN ('done','confirmed','closed_unconfirmed') THEN (extract(epoch FROM t.resolved_at - t.created_at) / 60)::float8 END,
               l.late, l.late IS FALSE AND (f.response IS NULL OR t.resolved_at IS NULL),
               LEAST(CASE WHEN f.response IS NULL THEN t.created_at + t.respond_target_minutes * interval '1 minute' END,
                     CASE WHEN t.resolved_at IS NULL THEN t.created_at + t.resolve_target_minutes * interval '1 minute' END)
          FROM repair_tickets t
          CROSS JOIN LATERAL (SELECT COALESCE(t.responded_at,
            CASE WHEN t.status IN ('confirmed','closed_unconfirmed','closed_not_fixed') THEN t.resolved_at END) AS response) f
          CROSS JOIN LATERAL (SELECT CASE WHEN t.status = 'cancelled' THEN NULL
            ELSE repair_overdue(t.status, t.created_at, t.responded_at, t.resolved_at, t.respond_target_minutes,
                                t.resolve_target_minutes, '-infinity') END AS late) l
         WHERE t.community_id = p_community AND t.created_at >= p_from AND t.created_at < p_to
      $fn$`);
    await q.query(`CREATE VIEW community_roles AS
        SELECT ra.person_id, ra.community_id, ra.role::varchar AS role FROM role_assignments ra WHERE ra.community_id IS NOT NULL
        UNION SELECT o.person_id, o.community_id, 'owner'::varchar FROM ownerships o
        UNION SELECT rs.person_id, rs.community_id, (CASE WHEN rs.relation = 'owner' THEN 'owner' ELSE 'resident' END)::varchar
          FROM residencies rs WHERE rs.status = 'approved'
        UNION SELECT rs.person_id, rs.community_id, 'resident'::varchar FROM residencies rs WHERE rs.status = 'approved'
        UNION SELECT rg.person_id, c.id, 'regulator'::varchar FROM role_assignments rg
          JOIN communities c ON c.district_id = rg.district_id WHERE rg.role = 'regulator'`);
    await q.query(`CREATE VIEW bound_units AS
        SELECT o.person_id, o.community_id, o.unit_id FROM ownerships o
        UNION SELECT rs.person_id, rs.community_id, rs.unit_id FROM residencies rs WHERE rs.status = 'approved'`);
    // Read-only for the API role (the schema's default privileges would also grant writes).
    await q.query(`REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON community_roles, bound_units FROM gongzhi_app`);
    await q.query(`GRANT SELECT ON community_roles, bound_units TO gongzhi_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP VIEW bound_units`);
    await q.query(`DROP VIEW community_roles`);
    await q.query(`CREATE OR REPLACE FUNCTION repair_stats_facts(p_community uuid, p_from timestamptz, p_to timestamptz)
      RETURNS TABLE (status varchar, category_code varchar, category_name varchar, reopen_count int, rating smallint,
                     respond_min float8, resolve_min float8, late boolean, pending boolean, deadline timestamptz)
      LANGUAGE sql STABLE AS $fn$
        SELECT t.status, t.category_code, t.category_name, t.reopen_count, t.rating,
               (extract(epoch FROM t.responded_at - t.created_at) / 60)::float8,
               CASE WHEN t.status IN ('done','confirmed','closed_unconfirmed') THEN (extract(epoch FROM t.resolved_at - t.created_at) / 60)::float8 END,
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
    await q.query(
      `DROP FUNCTION repair_overdue(varchar, timestamptz, timestamptz, timestamptz, int, int, timestamptz)`,
    );
  }
}
