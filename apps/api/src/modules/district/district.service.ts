import { Inject, Injectable } from '@nestjs/common';
import { OPEN_STATUSES } from '@gongzhi/domain';
import { DataSource } from 'typeorm';
import type { Actor } from '../../common/current-user.js';
import { prepareJson, type PreparedJson } from '../../common/prepared-json.js';
import { TtlCache } from '../../common/ttl-cache.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { OVERDUE_SQL } from '../repairs/overdue.sql.js';
import type { AppConfig } from '../../config/config.js';

export interface CommunityOverview {
  communityId: string;
  name: string;
  units: number;
  repairs: { opened30d: number; open: number; overdue: number; rated90d: number; satisfied90d: number };
  votes: { open: number; finalLast365d: number };
  ledger: { lastPublishedAt: string | null; postings: number };
}

export interface DistrictOverview {
  districtId: string;
  districtName: string;
  /** When these figures were computed (the overview may be up to DISTRICT_OVERVIEW_CACHE_SECONDS old). */
  asOf: string;
  communities: CommunityOverview[];
}

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
FROM communities c WHERE c.district_id = $1 ORDER BY c.name`;

/**
 * The district bureau's view across its communities: one row each with the headline figures of the three pain
 * points. One SQL statement per district, each figure from an indexed per-community subquery; only districts the
 * regulator is assigned to are read.
 */
@Injectable()
export class DistrictService {
  /**
   * The overview of a regulator's districts, computed at most DISTRICT_OVERVIEW_CACHE_SECONDS (default 30) ago and
   * shared by every regulator of the same district(s), kept serialized: a dashboard watched by many officers costs
   * one aggregate per district per window instead of one per page view (at full scale the aggregate reads 300
   * communities), concurrent first views wait for one computation, and each view sends stored bytes. The answer
   * carries `asOf`; nothing in it depends on which regulator asks (access is checked per request before the cache).
   */
  private readonly cache: TtlCache<PreparedJson>;

  constructor(
    private readonly ds: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.cache = new TtlCache(config.districtOverviewCacheSeconds * 1000, 2000);
  }

  async overview(actor: Actor): Promise<PreparedJson> {
    const districtIds = [...actor.regulatedDistrictIds].sort();
    return this.cache.get(districtIds.join(','), async () => {
      const now = new Date();
      const out: DistrictOverview[] = [];
      for (const districtId of districtIds) {
        const d = await this.compute(districtId, now);
        if (d) out.push(d);
      }
      return prepareJson(out);
    });
  }

  private async compute(districtId: string, now: Date): Promise<DistrictOverview | null> {
    const [district]: Array<{ name: string }> = await this.ds.query('SELECT name FROM districts WHERE id = $1', [
      districtId,
    ]);
    if (!district) return null;
    const rows: Array<Record<string, string | number | Date | null>> = await this.ds.query(DISTRICT_OVERVIEW_SQL, [
      districtId,
      now,
      OPEN_TICKET_STATUSES,
    ]);
    return {
      districtId,
      districtName: district.name,
      asOf: now.toISOString(),
      communities: rows.map((r) => ({
        communityId: String(r.id),
        name: String(r.name),
        units: Number(r.units),
        repairs: {
          opened30d: Number(r.opened30d),
          open: Number(r.open),
          overdue: Number(r.overdue),
          rated90d: Number(r.rated90d),
          satisfied90d: Number(r.satisfied90d),
        },
        votes: { open: Number(r.votes_open), finalLast365d: Number(r.votes_final) },
        ledger: {
          lastPublishedAt: r.last_published ? new Date(r.last_published).toISOString() : null,
          postings: Number(r.postings),
        },
      })),
    };
  }
}
