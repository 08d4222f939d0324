import { Injectable } from '@nestjs/common';
import { ErrorCode, FIXED_STATUSES, OPEN_STATUSES } from '@gongzhi/domain';
import { DataSource } from 'typeorm';
import { AppError } from '../../common/app-error.js';
import { communityOf, hasRole, type Actor } from '../../common/current-user.js';
import { COMMITTEE, PROPERTY } from '../../common/access.js';
import type { StatsQueryDto } from './dto/query.dto.js';
import type { RepairStatsDto } from './dto/repair.response.dto.js';
import { OVERDUE_SQL } from './overdue.sql.js';

const DAY = 86_400_000;
const list = (xs: readonly string[]) => `(${xs.map((x) => `'${x}'`).join(',')})`;
const FIXED = list(FIXED_STATUSES);
const OPEN = list(OPEN_STATUSES);

const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));
const share = (n: number, d: number): number | null => (d ? n / d : null);

/**
 * Repair statistics of one community over tickets reported in [from, to), computed in SQL (percentile_cont, the
 * same definition as `percentile` in @gongzhi/domain). Definitions (docs/repairs.md):
 * - response time: first response − report; resolution time: completion − report, over fixed tickets
 *   (done, confirmed, closed_unconfirmed) — a ticket closed as not fixed has no resolution time;
 * - on time: neither target missed (isOverdue at `now`), over tickets not cancelled;
 * - reopen rate: tickets reopened at least once / tickets completed at least once;
 * - satisfaction: ratings 4–5 / rated tickets. Auto-closed tickets are counted apart, never as satisfied.
 */
@Injectable()
export class RepairsStatsService {
  constructor(private readonly ds: DataSource) {}

  async stats(actor: Actor, q: StatsQueryDto, now = new Date()): Promise<RepairStatsDto> {
    const communityId = communityOf(actor);
    const to = q.to ? new Date(q.to) : now;
    const from = q.from ? new Date(q.from) : new Date(to.getTime() - 30 * DAY);
    if (!(from < to))
      throw new AppError(ErrorCode.VALIDATION_FAILED, '统计起点必须早于终点', {
        fields: [{ field: 'from', messages: ['必须早于 to'] }],
      });
    if (to.getTime() - from.getTime() > 366 * DAY)
      throw new AppError(ErrorCode.VALIDATION_FAILED, '统计区间最长一年', {
        fields: [{ field: 'to', messages: ['区间最长 366 天'] }],
      });
    const params = [communityId, from, to, now];
    const [s]: Array<Record<string, unknown>> = await this.ds.query(
      `WITH t AS (SELECT * FROM repair_tickets WHERE community_id = $1 AND created_at >= $2 AND created_at < $3),
       m AS (SELECT t.*, extract(epoch FROM t.responded_at - t.created_at) / 60 AS respond_min,
                    CASE WHEN t.status IN ${FIXED} THEN extract(epoch FROM t.resolved_at - t.created_at) / 60 END AS resolve_min,
                    ${OVERDUE_SQL('t', '$4::timestamptz')} AS overdue
             FROM t)
       SELECT count(*)::int AS total,
              count(*) FILTER (WHERE status IN ${OPEN})::int AS open,
              count(*) FILTER (WHERE status IN ${FIXED})::int AS fixed,
              count(*) FILTER (WHERE status = 'confirmed')::int AS confirmed,
              count(*) FILTER (WHERE status = 'closed_unconfirmed')::int AS closed_unconfirmed,
              count(*) FILTER (WHERE status = 'closed_not_fixed')::int AS closed_not_fixed,
              count(*) FILTER (WHERE status = 'cancelled')::int AS cancelled,
              count(respond_min)::int AS responded,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY respond_min) AS respond_p50,
              percentile_cont(0.9) WITHIN GROUP (ORDER BY respond_min) AS respond_p90,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY resolve_min) AS resolve_p50,
              percentile_cont(0.9) WITHIN GROUP (ORDER BY resolve_min) AS resolve_p90,
              count(*) FILTER (WHERE status <> 'cancelled')::int AS on_time_base,
              count(*) FILTER (WHERE status <> 'cancelled' AND NOT overdue)::int AS on_time,
              count(*) FILTER (WHERE reopen_count > 0)::int AS reopened,
              count(*) FILTER (WHERE status IN ${FIXED} OR reopen_count > 0)::int AS ever_completed,
              count(rating)::int AS rated,
              count(*) FILTER (WHERE rating >= 4)::int AS satisfied,
              avg(rating)::float8 AS avg_rating
       FROM m`,
      params,
    );
    const headline = {
      total: s.total as number,
      completed: s.fixed as number,
      confirmed: s.confirmed as number,
      responseMedianMinutes: num(s.respond_p50),
      resolutionMedianMinutes: num(s.resolve_p50),
      onTimeShare: share(s.on_time as number, s.on_time_base as number),
      averageRating: num(s.avg_rating),
    };
    const full = hasRole(actor, ...COMMITTEE, ...PROPERTY, 'regulator');
    if (!full) return { from: from.toISOString(), to: to.toISOString(), headline, detail: null };
    const cats: Array<{
      code: string;
      name: string;
      total: number;
      open: number;
      confirmed: number;
      closed_unconfirmed: number;
      closed_not_fixed: number;
      cancelled: number;
    }> = await this.ds.query(
      `SELECT category_code AS code, min(category_name) AS name, count(*)::int AS total,
              count(*) FILTER (WHERE status IN ${OPEN})::int AS open,
              count(*) FILTER (WHERE status = 'confirmed')::int AS confirmed,
              count(*) FILTER (WHERE status = 'closed_unconfirmed')::int AS closed_unconfirmed,
              count(*) FILTER (WHERE status = 'closed_not_fixed')::int AS closed_not_fixed,
              count(*) FILTER (WHERE status = 'cancelled')::int AS cancelled
       FROM repair_tickets WHERE community_id = $1 AND created_at >= $2 AND created_at < $3
       GROUP BY category_code ORDER BY total DESC, code`,
      params.slice(0, 3),
    );
    return {
      from: from.toISOString(),
      to: to.toISOString(),
      headline,
      detail: {
        byCategory: cats.map((c) => ({
          code: c.code,
          name: c.name,
          total: c.total,
          open: c.open,
          confirmed: c.confirmed,
          closedUnconfirmed: c.closed_unconfirmed,
          closedNotFixed: c.closed_not_fixed,
          cancelled: c.cancelled,
        })),
        byOutcome: {
          open: s.open as number,
          confirmed: s.confirmed as number,
          closedUnconfirmed: s.closed_unconfirmed as number,
          closedNotFixed: s.closed_not_fixed as number,
          cancelled: s.cancelled as number,
        },
        responseP90Minutes: num(s.respond_p90),
        resolutionP90Minutes: num(s.resolve_p90),
        responded: s.responded as number,
        onTime: s.on_time as number,
        onTimeBase: s.on_time_base as number,
        reopened: s.reopened as number,
        everCompleted: s.ever_completed as number,
        reopenRate: share(s.reopened as number, s.ever_completed as number),
        rated: s.rated as number,
        satisfied: s.satisfied as number,
        satisfactionShare: share(s.satisfied as number, s.rated as number),
      },
    };
  }
}
