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
