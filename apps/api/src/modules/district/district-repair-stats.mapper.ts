import type { StatsCategoryDto } from '../repairs/dto/repair.response.dto.js';
import type { DistrictRepairFiguresDto } from './dto/district-repair-stats.dto.js';

/** One row of DISTRICT_REPAIR_STATS_SQL (a community, or the district when community_id is null). */
export interface DistrictRepairStatsRow {
  community_id: string | null;
  name: string | null;
  total: number | null;
  open: number | null;
  fixed: number | null;
  confirmed: number | null;
  closed_unconfirmed: number | null;
  closed_not_fixed: number | null;
  cancelled: number | null;
  responded: number | null;
  on_time_base: number | null;
  on_time: number | null;
  reopened: number | null;
  ever_completed: number | null;
  rated: number | null;
  satisfied: number | null;
  avg_rating: number | null;
  respond_q: number[] | null;
  resolve_q: number[] | null;
  categories: Array<{
    code: string;
    name: string;
    total: number;
    open: number;
    confirmed: number;
    closed_unconfirmed: number;
    closed_not_fixed: number;
    cancelled: number;
  }> | null;
}

const share = (n: number, d: number): number | null => (d ? n / d : null);
const q = (v: number[] | null, i: number): number | null =>
  v && v[i] !== undefined && v[i] !== null ? Number(v[i]) : null;

/** A row → the figures (a community without tickets in the window: zeros and nulls). Shares as in /repairs/stats. */
export function toDistrictRepairFigures(r: DistrictRepairStatsRow | undefined): DistrictRepairFiguresDto {
  const n = (v: number | null | undefined) => v ?? 0;
  const onTime = n(r?.on_time);
  const onTimeBase = n(r?.on_time_base);
  const reopened = n(r?.reopened);
  const everCompleted = n(r?.ever_completed);
  const rated = n(r?.rated);
  const satisfied = n(r?.satisfied);
  return {
    total: n(r?.total),
    open: n(r?.open),
    completed: n(r?.fixed),
    confirmed: n(r?.confirmed),
    closedUnconfirmed: n(r?.closed_unconfirmed),
    closedNotFixed: n(r?.closed_not_fixed),
    cancelled: n(r?.cancelled),
    responded: n(r?.responded),
    responseMedianMinutes: q(r?.respond_q ?? null, 0),
    responseP90Minutes: q(r?.respond_q ?? null, 1),
    resolutionMedianMinutes: q(r?.resolve_q ?? null, 0),
    resolutionP90Minutes: q(r?.resolve_q ?? null, 1),
    onTime,
    onTimeBase,
    onTimeShare: share(onTime, onTimeBase),
    reopened,
    everCompleted,
    reopenRate: share(reopened, everCompleted),
    rated,
    satisfied,
    satisfactionShare: share(satisfied, rated),
    averageRating: r?.avg_rating ?? null,
  };
}

export function toStatsCategories(rows: DistrictRepairStatsRow['categories']): StatsCategoryDto[] {
  return (rows ?? []).map((c) => ({
    code: c.code,
    name: c.name,
    total: c.total,
    open: c.open,
    confirmed: c.confirmed,
    closedUnconfirmed: c.closed_unconfirmed,
    closedNotFixed: c.closed_not_fixed,
    cancelled: c.cancelled,
  }));
}
