import { Injectable } from '@nestjs/common';
import { CHINA_OFFSET_MS, ErrorCode, chinaIsoMonth } from '@gongzhi/domain';
import { DataSource } from 'typeorm';
import { AppError } from '../../common/app-error.js';
import type { Actor } from '../../common/current-user.js';
import type { DistrictRepairStatsDto, DistrictRepairStatsQueryDto } from './dto/district-repair-stats.dto.js';
import {
  toDistrictRepairFigures,
  toStatsCategories,
  type DistrictRepairStatsRow,
} from './district-repair-stats.mapper.js';

/** Longest window, in calendar months (a year, like the ≤ 366 days of GET /repairs/stats). */
export const MAX_MONTHS = 12;

/**
 * The district's repair statistics over whole months ($2 … $3 inclusive, first days of Asia/Shanghai months) at
 * time $4, from the monthly rollup (migration 1763910000200) — never from the tickets: one row per community of
 * district $1 (name order) and a last row with community_id NULL for the whole district, which also carries the
 * categories. Counts are sums; percentiles are percentile_cont over the months' stored values (exact: the same as
 * GET /repairs/stats over the same tickets); on time = not cancelled − late for good − pending deadlines before $4.
 * Exported for the benchmark's EXPLAIN.
 */
export const DISTRICT_REPAIR_STATS_SQL = `WITH cs AS (SELECT id, name FROM communities WHERE district_id = $1 AND NOT review),
parts AS MATERIALIZED (
  SELECT r.* FROM repair_stats_monthly r WHERE r.community_id IN (SELECT id FROM cs) AND r.month >= $2::date AND r.month <= $3::date),
sums AS (
  SELECT community_id, sum(total)::int AS total, sum(open)::int AS open, sum(fixed)::int AS fixed, sum(confirmed)::int AS confirmed,
         sum(closed_unconfirmed)::int AS closed_unconfirmed, sum(closed_not_fixed)::int AS closed_not_fixed, sum(cancelled)::int AS cancelled,
         sum(responded)::int AS responded, sum(on_time_base)::int AS on_time_base,
         (sum(on_time_base) - sum(late) - sum((SELECT count(*) FROM unnest(pending_deadlines) d WHERE d < $4::timestamptz)))::int AS on_time,
         sum(reopened)::int AS reopened, sum(ever_completed)::int AS ever_completed, sum(rated)::int AS rated, sum(satisfied)::int AS satisfied,
         (sum(rating_sum)::numeric / nullif(sum(rated), 0))::float8 AS avg_rating
    FROM parts GROUP BY GROUPING SETS ((community_id), ())),
rp AS (SELECT p.community_id, percentile_cont(ARRAY[0.5, 0.9]) WITHIN GROUP (ORDER BY x) AS q
         FROM parts p, unnest(p.respond_minutes) x GROUP BY GROUPING SETS ((p.community_id), ())),
rs AS (SELECT p.community_id, percentile_cont(ARRAY[0.5, 0.9]) WITHIN GROUP (ORDER BY x) AS q
         FROM parts p, unnest(p.resolve_minutes) x GROUP BY GROUPING SETS ((p.community_id), ()))
SELECT * FROM (
  SELECT cs.id AS community_id, cs.name, s.total, s.open, s.fixed, s.confirmed, s.closed_unconfirmed, s.closed_not_fixed, s.cancelled,
         s.responded, s.on_time_base, s.on_time, s.reopened, s.ever_completed, s.rated, s.satisfied, s.avg_rating,
         rp.q AS respond_q, rs.q AS resolve_q, NULL::jsonb AS categories
    FROM cs LEFT JOIN sums s ON s.community_id = cs.id LEFT JOIN rp ON rp.community_id = cs.id LEFT JOIN rs ON rs.community_id = cs.id
   ORDER BY cs.name, cs.id) per_community
UNION ALL
SELECT NULL, NULL, s.total, s.open, s.fixed, s.confirmed, s.closed_unconfirmed, s.closed_not_fixed, s.cancelled,
       s.responded, s.on_time_base, s.on_time, s.reopened, s.ever_completed, s.rated, s.satisfied, s.avg_rating,
       (SELECT q FROM rp WHERE rp.community_id IS NULL), (SELECT q FROM rs WHERE rs.community_id IS NULL),
       (SELECT jsonb_agg(to_jsonb(c) ORDER BY c.total DESC, c.code) FROM (
          SELECT k.category_code AS code, min(k.category_name) AS name, sum(k.total)::int AS total, sum(k.open)::int AS open,
                 sum(k.confirmed)::int AS confirmed, sum(k.closed_unconfirmed)::int AS closed_unconfirmed,
                 sum(k.closed_not_fixed)::int AS closed_not_fixed, sum(k.cancelled)::int AS cancelled
            FROM repair_stats_monthly_categories k
           WHERE k.community_id IN (SELECT id FROM cs) AND k.month >= $2::date AND k.month <= $3::date
           GROUP BY k.category_code) c)
  FROM (SELECT 1) one LEFT JOIN sums s ON s.community_id IS NULL`;

export const monthIndex = (m: string) => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7)) - 1;
export const monthText = (i: number) => `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
export const monthStart = (i: number) => new Date(Date.UTC(Math.floor(i / 12), i % 12, 1) - CHINA_OFFSET_MS);

/**
 * 辖区报修统计: the regulator's district over whole calendar months (Beijing time), every community of the district
 * and the district as a whole, with the definitions of GET /repairs/stats. Read from the monthly rollup kept by the
 * ticket triggers, so the cost depends on the number of communities and months, not of tickets.
 */
@Injectable()
export class DistrictRepairStatsService {
  constructor(private readonly ds: DataSource) {}

  async stats(actor: Actor, q: DistrictRepairStatsQueryDto, now = new Date()): Promise<DistrictRepairStatsDto> {
    const districtId = this.districtOf(actor, q.districtId);
    const current = monthIndex(chinaIsoMonth(now));
    const to = q.to ? monthIndex(q.to) : current;
    const from = q.from ? monthIndex(q.from) : to - (MAX_MONTHS - 1);
    if (from > to)
      throw new AppError(ErrorCode.VALIDATION_FAILED, '起始月份不能晚于终止月份', {
        fields: [{ field: 'from', messages: ['不能晚于 to'] }],
      });
    if (to - from + 1 > MAX_MONTHS)
      throw new AppError(ErrorCode.VALIDATION_FAILED, `统计区间最长 ${MAX_MONTHS} 个月`, {
        fields: [{ field: 'from', messages: [`区间最长 ${MAX_MONTHS} 个月`] }],
      });
    const [district]: Array<{ name: string }> = await this.ds.query('SELECT name FROM districts WHERE id = $1', [
      districtId,
    ]);
    if (!district) throw new AppError(ErrorCode.NOT_FOUND, '未找到该辖区');
    // The exact percentiles sort a year of the district's minutes (~150,000 values at full scale): with the default
    // 4 MB work_mem both sorts spilled to disk. Raised for this statement only (SET LOCAL ends with the transaction).
    const rows: DistrictRepairStatsRow[] = await this.ds.transaction(async (m) => {
      await m.query(`SET LOCAL work_mem = '32MB'`);
      return m.query(DISTRICT_REPAIR_STATS_SQL, [districtId, `${monthText(from)}-01`, `${monthText(to)}-01`, now]);
    });
    const total = rows.find((r) => r.community_id === null);
    return {
      districtId,
      districtName: district.name,
      fromMonth: monthText(from),
      toMonth: monthText(to),
      from: monthStart(from).toISOString(),
      to: monthStart(to + 1).toISOString(),
      asOf: now.toISOString(),
      district: toDistrictRepairFigures(total),
      byCategory: toStatsCategories(total?.categories ?? null),
      communities: rows
        .filter((r) => r.community_id !== null)
        .map((r) => ({ communityId: r.community_id!, name: r.name!, figures: toDistrictRepairFigures(r) })),
    };
  }

  private districtOf(actor: Actor, wanted: string | undefined): string {
    return districtOf(actor, wanted);
  }
}

/** The district asked for, or the only one the regulator has; another district answers 404 like a missing one. */
export function districtOf(actor: Actor, wanted: string | undefined): string {
  if (wanted) {
    if (!actor.regulatedDistrictIds.includes(wanted)) throw new AppError(ErrorCode.NOT_FOUND, '未找到该辖区');
    return wanted;
  }
  if (actor.regulatedDistrictIds.length === 1) return actor.regulatedDistrictIds[0]!;
  if (!actor.regulatedDistrictIds.length) throw new AppError(ErrorCode.NOT_FOUND, '未找到该辖区');
  throw new AppError(ErrorCode.VALIDATION_FAILED, '您监管多个辖区，请选择一个', {
    fields: [{ field: 'districtId', messages: ['请选择辖区'] }],
  });
}
