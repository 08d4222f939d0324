import { Injectable } from '@nestjs/common';
import { OPEN_STATUSES } from '@gongzhi/domain';
import { DataSource } from 'typeorm';
import { OVERDUE_SQL } from '../repairs/overdue.sql.js';

/** Every status that is not terminal (`status = ANY(open)` reads ix_repair_ticket_queue; `<> ALL(terminal)` cannot). */
const OPEN_TICKET_STATUSES: string[] = [...OPEN_STATUSES];

/**
 * One row per community of district $1 at time $2 ($3: the open ticket statuses). Every figure is an index range of
 * that community: opened30d from ix_repair_tickets_community_created, open/overdue from ix_repair_ticket_queue,
 * rated90d/satisfied90d index-only from ix_repair_tickets_community_rated, postings index-only from
 * ix_ledger_postings_community_booked. Exported for the benchmark's EXPLAIN ANALYZE.
 */
export const DISTRICT_OVERVIEW_SQL = `SELECT c.id, c.name,
  (SELECT count(*) FROM units u WHERE u.community_id = c.id)::int AS units,
  (SELECT count(*) FROM repair_tickets t WHERE t.community_id = c.id AND t.created_at >= $2::timestamptz - interval '30 days')::int AS opened30d,
  (SELECT count(*) FROM repair_tickets t WHERE t.community_id = c.id AND t.status = ANY($3))::int AS open,
  (SELECT count(*) FROM repair_tickets t WHERE t.community_id = c.id AND t.status = ANY($3)
     AND ${OVERDUE_SQL('t', '$2::timestamptz')})::int AS overdue,
  (SELECT count(*) FROM repair_tickets t WHERE t.community_id = c.id AND t.rated_at >= $2::timestamptz - interval '90 days')::int AS rated90d,
  (SELECT count(*) FROM repair_tickets t WHERE t.community_id = c.id AND t.rated_at >= $2::timestamptz - interval '90 days' AND t.rating >= 4)::int AS satisfied90d,
  (SELECT count(*) FROM resolutions r WHERE r.community_id = c.id AND r.status = 'open')::int AS votes_open,
  (SELECT count(*) FROM resolutions r WHERE r.community_id = c.id AND r.status = 'final' AND r.finalized_at >= $2::timestamptz - interval '365 days')::int AS votes_final,
  (SELECT max(s.published_at) FROM ledger_statements s WHERE s.community_id = c.id) AS last_published,
  (SELECT count(*) FROM ledger_postings p WHERE p.community_id = c.id)::int AS postings
FROM communities c WHERE c.district_id = $1 AND NOT c.review ORDER BY c.name`;

/** The SQL of the district overview (read-only, across modules: listed in src/database/table-owners.ts). */
@Injectable()
export class DistrictRepository {
  constructor(private readonly ds: DataSource) {}

  async district(id: string): Promise<{ name: string } | null> {
    const [d]: Array<{ name: string }> = await this.ds.query('SELECT name FROM districts WHERE id = $1', [id]);
    return d ?? null;
  }

  overview(districtId: string, now: Date): Promise<Array<Record<string, string | number | Date | null>>> {
    return this.ds.query(DISTRICT_OVERVIEW_SQL, [districtId, now, OPEN_TICKET_STATUSES]);
  }
}

/**
 * The metric dictionary's inputs (packages/domain/src/district/metrics.ts), one row per community of district $1:
 * repair sums and the response / resolution minutes of months $2 … $3 (first days, Beijing time) from the monthly
 * rollup, at time $4 ($5: the open ticket statuses); open overdue tickets now; whether a property manager and a
 * committee member are assigned; votes finalised and the turnout of votes closed in the last 365 days (the frozen
 * electorate and its ballots; official-system votes have no ballots here and are left out of the turnout); the last
 * published ledger statement. Exported for the benchmark's EXPLAIN.
 */
export const DISTRICT_METRIC_INPUTS_SQL = `WITH cs AS (SELECT c.id, c.name, c.address FROM communities c WHERE c.district_id = $1),
parts AS MATERIALIZED (
  SELECT r.* FROM repair_stats_monthly r WHERE r.community_id IN (SELECT id FROM cs) AND r.month >= $2::date AND r.month <= $3::date),
sums AS (
  SELECT community_id, sum(confirmed)::int AS confirmed, sum(closed_unconfirmed)::int AS closed_unconfirmed,
         sum(closed_not_fixed)::int AS closed_not_fixed, sum(on_time_base)::int AS on_time_base,
         (sum(on_time_base) - sum(late) - sum((SELECT count(*) FROM unnest(pending_deadlines) d WHERE d < $4::timestamptz)))::int AS on_time,
         sum(reopened)::int AS reopened, sum(ever_completed)::int AS ever_completed, sum(rated)::int AS rated,
         sum(satisfied)::int AS satisfied
    FROM parts GROUP BY community_id),
held AS (
  SELECT r.id, r.community_id FROM resolutions r
   WHERE r.community_id IN (SELECT id FROM cs) AND NOT r.official_mode AND r.closed_at >= $4::timestamptz - interval '365 days'),
turnout AS (
  SELECT h.community_id, count(*)::int AS heads, COALESCE(sum(v.area_hundredths), 0)::float8 AS area,
         count(*) FILTER (WHERE EXISTS (SELECT 1 FROM ballots b WHERE b.resolution_id = h.id AND b.voter_key = v.voter_key))::int AS voted_heads,
         COALESCE(sum(v.area_hundredths) FILTER (WHERE EXISTS (SELECT 1 FROM ballots b WHERE b.resolution_id = h.id AND b.voter_key = v.voter_key)), 0)::float8 AS voted_area
    FROM held h JOIN electorate_voters v ON v.resolution_id = h.id GROUP BY h.community_id)
SELECT cs.id, cs.name, cs.address,
  (SELECT count(*) FROM units u WHERE u.community_id = cs.id)::int AS units,
  COALESCE(s.confirmed, 0) AS confirmed, COALESCE(s.closed_unconfirmed, 0) AS closed_unconfirmed,
  COALESCE(s.closed_not_fixed, 0) AS closed_not_fixed, COALESCE(s.on_time_base, 0) AS on_time_base,
  COALESCE(s.on_time, 0) AS on_time, COALESCE(s.reopened, 0) AS reopened, COALESCE(s.ever_completed, 0) AS ever_completed,
  COALESCE(s.rated, 0) AS rated, COALESCE(s.satisfied, 0) AS satisfied,
  (SELECT COALESCE(array_agg(x), '{}') FROM parts p, unnest(p.respond_minutes) x WHERE p.community_id = cs.id) AS respond_minutes,
  (SELECT COALESCE(array_agg(x), '{}') FROM parts p, unnest(p.resolve_minutes) x WHERE p.community_id = cs.id) AS resolve_minutes,
  (SELECT count(*) FROM repair_tickets t WHERE t.community_id = cs.id AND t.status = ANY($5)
     AND ${OVERDUE_SQL('t', '$4::timestamptz')})::int AS overdue_open,
  EXISTS (SELECT 1 FROM role_assignments ra WHERE ra.community_id = cs.id AND ra.role = 'property_manager') AS has_property,
  EXISTS (SELECT 1 FROM role_assignments ra WHERE ra.community_id = cs.id AND ra.role IN ('committee_member', 'committee_chair')) AS has_committee,
  (SELECT count(*) FROM resolutions r WHERE r.community_id = cs.id AND r.status = 'final'
     AND r.finalized_at >= $4::timestamptz - interval '365 days')::int AS votes_held,
  COALESCE(tu.heads, 0) AS turnout_heads, COALESCE(tu.voted_heads, 0) AS turnout_voted_heads,
  COALESCE(tu.area, 0) AS turnout_area, COALESCE(tu.voted_area, 0) AS turnout_voted_area,
  (SELECT max(st.published_at) FROM ledger_statements st WHERE st.community_id = cs.id) AS last_statement
FROM cs LEFT JOIN sums s ON s.community_id = cs.id LEFT JOIN turnout tu ON tu.community_id = cs.id
ORDER BY cs.name, cs.id`;

export interface MetricInputsRow {
  id: string;
  name: string;
  address: string;
  units: number;
  confirmed: number;
  closed_unconfirmed: number;
  closed_not_fixed: number;
  on_time_base: number;
  on_time: number;
  reopened: number;
  ever_completed: number;
  rated: number;
  satisfied: number;
  respond_minutes: number[];
  resolve_minutes: number[];
  overdue_open: number;
  has_property: boolean;
  has_committee: boolean;
  votes_held: number;
  turnout_heads: number;
  turnout_voted_heads: number;
  turnout_area: number;
  turnout_voted_area: number;
  last_statement: Date | null;
}

/** The drill-down's ticket filters (the records behind a metric), each within community $1; $4 is now. */
export const TICKET_RECORD_FILTERS = {
  late_tickets: `t.created_at >= $2 AND t.created_at < $3 AND ${OVERDUE_SQL('t', '$4::timestamptz')}`,
  overdue_tickets: `t.status = ANY($5) AND ${OVERDUE_SQL('t', '$4::timestamptz')}`,
  not_fixed_tickets: `t.created_at >= $2 AND t.created_at < $3 AND t.status = 'closed_not_fixed'`,
  reopened_tickets: `t.created_at >= $2 AND t.created_at < $3 AND t.reopen_count > 0`,
  unsatisfied_tickets: `t.created_at >= $2 AND t.created_at < $3 AND t.rating <= 3`,
  slowest_tickets: `t.created_at >= $2 AND t.created_at < $3 AND t.responded_at IS NOT NULL`,
} as const;
export type TicketRecordKind = keyof typeof TICKET_RECORD_FILTERS;

/** At most this many records behind one figure (the answer says when there are more). */
export const RECORDS_LIMIT = 200;

export interface TicketRecordRow {
  id: string;
  category_name: string;
  urgency: string;
  status: string;
  created_at: Date;
  responded_at: Date | null;
  resolved_at: Date | null;
  respond_target_minutes: number;
  resolve_target_minutes: number;
  reopen_count: number;
  rating: number | null;
  overdue: boolean;
  total: number;
}

export interface ResolutionRecordRow {
  id: string;
  title: string;
  status: string;
  official_mode: boolean;
  closed_at: Date | null;
  finalized_at: Date | null;
  heads: number;
  voted_heads: number;
}

export interface StatementRecordRow {
  period_key: string;
  period_start: string;
  period_end: string;
  published_at: Date;
  display_until: Date;
}

export interface TicketTimelineRow {
  id: string;
  category_name: string;
  urgency: string;
  status: string;
  description: string;
  created_at: Date;
  responded_at: Date | null;
  resolved_at: Date | null;
  closed_at: Date | null;
  respond_target_minutes: number;
  resolve_target_minutes: number;
  reopen_count: number;
  rating: number | null;
  decline_reason: string | null;
  overdue: boolean;
}

/** The drill-down and the export's reads (read-only, across modules: listed in src/database/table-owners.ts). */
@Injectable()
export class DistrictMetricsRepository {
  constructor(private readonly ds: DataSource) {}

  async districtName(id: string): Promise<string | null> {
    const [d]: Array<{ name: string }> = await this.ds.query('SELECT name FROM districts WHERE id = $1', [id]);
    return d?.name ?? null;
  }

  /** The community (name, district) if it exists. */
  async community(id: string): Promise<{ name: string; district_id: string } | null> {
    const [c]: Array<{ name: string; district_id: string }> = await this.ds.query(
      'SELECT name, district_id FROM communities WHERE id = $1',
      [id],
    );
    return c ?? null;
  }

  async inputs(districtId: string, fromMonth: string, toMonth: string, now: Date): Promise<MetricInputsRow[]> {
    // the pooled minutes of a year of the district (~150,000 at full scale) are sorted per community; as in the
    // district repair statistics, work_mem is raised for this statement only
    return this.ds.transaction(async (m) => {
      await m.query(`SET LOCAL work_mem = '32MB'`);
      return m.query(DISTRICT_METRIC_INPUTS_SQL, [districtId, fromMonth, toMonth, now, OPEN_TICKET_STATUSES]);
    });
  }

  tickets(communityId: string, kind: TicketRecordKind, from: Date, to: Date, now: Date): Promise<TicketRecordRow[]> {
    const order =
      kind === 'slowest_tickets' ? `COALESCE(t.resolved_at, $4::timestamptz) - t.created_at DESC` : `t.created_at DESC`;
    return this.ds.query(
      `SELECT t.id, t.category_name, t.urgency, t.status, t.created_at, t.responded_at, t.resolved_at,
              t.respond_target_minutes, t.resolve_target_minutes, t.reopen_count, t.rating,
              ${OVERDUE_SQL('t', '$4::timestamptz')} AS overdue, count(*) OVER ()::int AS total
         FROM repair_tickets t
        WHERE t.community_id = $1 AND ${TICKET_RECORD_FILTERS[kind]}
          -- every filter gets the same parameters; these name the types of those it does not use
          AND $2::timestamptz IS NOT NULL AND $3::timestamptz IS NOT NULL AND $5::varchar[] IS NOT NULL
        ORDER BY ${order}, t.id LIMIT ${RECORDS_LIMIT}`,
      [communityId, from, to, now, OPEN_TICKET_STATUSES],
    );
  }

  resolutions(communityId: string, now: Date): Promise<ResolutionRecordRow[]> {
    return this.ds.query(
      `SELECT r.id, r.title, r.status, r.official_mode, r.closed_at, r.finalized_at,
              (SELECT count(*) FROM electorate_voters v WHERE v.resolution_id = r.id)::int AS heads,
              (SELECT count(DISTINCT b.voter_key) FROM ballots b WHERE b.resolution_id = r.id)::int AS voted_heads
         FROM resolutions r
        WHERE r.community_id = $1 AND (r.closed_at >= $2::timestamptz - interval '365 days'
              OR r.finalized_at >= $2::timestamptz - interval '365 days')
        ORDER BY COALESCE(r.finalized_at, r.closed_at) DESC, r.id LIMIT ${RECORDS_LIMIT}`,
      [communityId, now],
    );
  }

  statements(communityId: string): Promise<StatementRecordRow[]> {
    return this.ds.query(
      `SELECT period_key, period_start::text, period_end::text, published_at, display_until FROM ledger_statements
        WHERE community_id = $1 ORDER BY published_at DESC LIMIT ${RECORDS_LIMIT}`,
      [communityId],
    );
  }

  async ticket(communityId: string, ticketId: string, now: Date): Promise<TicketTimelineRow | null> {
    const [t]: TicketTimelineRow[] = await this.ds.query(
      `SELECT t.id, t.category_name, t.urgency, t.status, t.description, t.created_at, t.responded_at, t.resolved_at,
              t.closed_at, t.respond_target_minutes, t.resolve_target_minutes, t.reopen_count, t.rating, t.decline_reason,
              ${OVERDUE_SQL('t', '$3::timestamptz')} AS overdue
         FROM repair_tickets t WHERE t.community_id = $1 AND t.id = $2`,
      [communityId, ticketId, now],
    );
    return t ?? null;
  }

  events(
    communityId: string,
    ticketId: string,
  ): Promise<
    Array<{ action: string; from_status: string | null; to_status: string; actor_role: string; created_at: Date }>
  > {
    return this.ds.query(
      `SELECT action, from_status, to_status, actor_role, created_at FROM repair_events
        WHERE community_id = $1 AND ticket_id = $2 ORDER BY seq`,
      [communityId, ticketId],
    );
  }
}
