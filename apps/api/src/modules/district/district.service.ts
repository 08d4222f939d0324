import { Inject, Injectable } from '@nestjs/common';
import type { Actor } from '../../common/current-user.js';
import { prepareJson, type PreparedJson } from '../../common/prepared-json.js';
import { TtlCache } from '../../common/ttl-cache.js';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig } from '../../config/config.js';
import { DistrictRepository } from './district.repository.js';

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

export { DISTRICT_OVERVIEW_SQL } from './district.repository.js';

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
    private readonly repo: DistrictRepository,
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
    const district = await this.repo.district(districtId);
    if (!district) return null;
    const rows = await this.repo.overview(districtId, now);
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
