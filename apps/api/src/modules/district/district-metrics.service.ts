import { Inject, Injectable } from '@nestjs/common';
import {
  AVAILABLE_METRICS,
  ErrorCode,
  METRICS,
  METRIC_FAMILY_LABELS,
  METRIC_WINDOW_MONTHS,
  NO_SUBDISTRICT,
  PEER_GROUPS,
  STATEMENT_CADENCE_DAYS,
  TICKET_ACTION_LABELS,
  TICKET_STATUS_LABELS,
  availableMetric,
  chinaIsoMonth,
  metricFigure,
  needsAttention,
  peerGroupOf,
  rankFigureWithinPeers,
  rollUpInputs,
  subdistrictOf,
  type AvailableMetric,
  type MetricFigure,
  type MetricInput,
  type PeerGroup,
  type TicketStatus,
} from '@gongzhi/domain';
import { AppError } from '../../common/app-error.js';
import type { Actor } from '../../common/current-user.js';
import { prepareJson, type PreparedJson } from '../../common/prepared-json.js';
import { TtlCache } from '../../common/ttl-cache.js';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig } from '../../config/config.js';
import { districtOf, monthIndex, monthStart, monthText } from './district-repair-stats.service.js';
import {
  DistrictMetricsRepository,
  RECORDS_LIMIT,
  TICKET_RECORD_FILTERS,
  type MetricInputsRow,
  type TicketRecordKind,
} from './district.repository.js';
import type {
  DistrictDashboardDto,
  DistrictMetricRecordsDto,
  DistrictTicketTimelineDto,
  MetricDefinitionDto,
} from './dto/district-dashboard.dto.js';

const DAY_MS = 86_400_000;

/** Each available metric's input from one community's row of DISTRICT_METRIC_INPUTS_SQL. */
export function communityInputs(r: MetricInputsRow, now: Date): Record<string, MetricInput> {
  const one = (yes: boolean) => ({ numerator: yes ? 1 : 0, denominator: 1 });
  const days = r.last_statement ? Math.floor((now.getTime() - new Date(r.last_statement).getTime()) / DAY_MS) : null;
  const closed = r.confirmed + r.closed_unconfirmed + r.closed_not_fixed;
  const inputs: Record<string, MetricInput> = {
    'coverage.property_company': one(r.has_property),
    'coverage.committee': one(r.has_committee),
    'governance.votes_held': { numerator: r.votes_held, denominator: 1 },
    'governance.turnout_heads': { numerator: r.turnout_voted_heads, denominator: r.turnout_heads },
    'governance.turnout_area': {
      numerator: Number(r.turnout_voted_area),
      denominator: Number(r.turnout_area),
      count: r.turnout_heads,
    },
    'transparency.days_since_statement':
      days === null ? { numerator: 0, denominator: 0 } : { numerator: days, denominator: 1 },
    'transparency.statement_current': one(days !== null && days <= STATEMENT_CADENCE_DAYS),
    'service.overdue_open': { numerator: r.overdue_open, denominator: 1 },
    'service.on_time': { numerator: r.on_time, denominator: r.on_time_base },
    'service.response_p50': { values: r.respond_minutes.map(Number) },
    'service.response_p90': { values: r.respond_minutes.map(Number) },
    'service.resolution_p50': { values: r.resolve_minutes.map(Number) },
    'service.resolution_p90': { values: r.resolve_minutes.map(Number) },
    'service.not_fixed': { numerator: r.closed_not_fixed, denominator: closed },
    'service.reopen': { numerator: r.reopened, denominator: r.ever_completed },
    'service.satisfaction': { numerator: r.satisfied, denominator: r.rated },
  };
  for (const m of AVAILABLE_METRICS) if (!inputs[m.code]) throw new Error(`no input for metric ${m.code}`);
  return inputs;
}

function definitionDto(code: string): MetricDefinitionDto {
  const m = METRICS.find((x) => x.code === code)!;
  const base = { code: m.code, family: m.family, familyLabel: METRIC_FAMILY_LABELS[m.family], label: m.label };
  if (!m.available) return { ...base, available: false, awaiting: m.awaiting, legalBasis: m.legalBasis };
  return {
    ...base,
    available: true,
    formula: m.formula,
    numerator: m.numerator,
    denominator: m.denominator,
    unit: m.unit,
    rollUp: m.rollUp,
    better: m.better,
    source: m.source,
    freshness: m.freshness,
    legalBasis: m.legalBasis,
    minCount: m.minCount,
    attentionAbove: m.attention.above ?? null,
    attentionBelow: m.attention.below ?? null,
    attentionWhy: m.attention.why,
    records: m.records,
  };
}

const figures = (inputs: Record<string, MetricInput>): MetricFigure[] =>
  AVAILABLE_METRICS.map((m) => metricFigure(m, inputs[m.code]!));

const groupFigures = (parts: Array<Record<string, MetricInput>>): MetricFigure[] =>
  AVAILABLE_METRICS.map((m) =>
    metricFigure(
      m,
      rollUpInputs(
        m,
        parts.map((p) => p[m.code]!),
      ),
    ),
  );

const ACTOR_LABELS: Record<string, string> = {
  reporter: '报修人',
  staff: '物业维修',
  manager: '物业经理',
  system: '系统',
};
const EVENT_LABELS: Record<string, string> = { ...TICKET_ACTION_LABELS, submit: '提交报修', rate: '评价' };

/**
 * 辖区看板 (issue 26): the metric dictionary of @gongzhi/domain applied to every community of a regulator's district,
 * rolled up to subdistricts and the district, ranked within peer groups, with the needs-attention list, the records
 * behind each figure and an XLSX export. One aggregate statement per district (DISTRICT_METRIC_INPUTS_SQL), cached
 * like the overview for DISTRICT_OVERVIEW_CACHE_SECONDS and shared by the district's regulators (nothing in it
 * depends on who asks; access is checked before the cache).
 */
@Injectable()
export class DistrictMetricsService {
  private readonly cache: TtlCache<{ dto: DistrictDashboardDto; json: PreparedJson }>;

  constructor(
    private readonly repo: DistrictMetricsRepository,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.cache = new TtlCache(config.districtOverviewCacheSeconds * 1000, 200);
  }

  /** The window of the service figures: the last METRIC_WINDOW_MONTHS whole months including this one. */
  window(now: Date): { from: number; to: number } {
    const to = monthIndex(chinaIsoMonth(now));
    return { from: to - (METRIC_WINDOW_MONTHS - 1), to };
  }

  async dashboardJson(actor: Actor, wanted: string | undefined): Promise<PreparedJson> {
    return (await this.cached(districtOf(actor, wanted))).json;
  }

  async dashboard(actor: Actor, wanted: string | undefined): Promise<DistrictDashboardDto> {
    return (await this.cached(districtOf(actor, wanted))).dto;
  }

  private cached(districtId: string) {
    return this.cache.get(districtId, async () => {
      const dto = await this.compute(districtId, new Date());
      // the answer is large (every community with all its figures): compressed once per computation, not per request
      return { dto, json: prepareJson(dto, { gzip: true }) };
    });
  }

  private async compute(districtId: string, now: Date): Promise<DistrictDashboardDto> {
    const district = await this.repo.districtName(districtId);
    if (district === null) throw new AppError(ErrorCode.NOT_FOUND, '未找到该辖区');
    const { from, to } = this.window(now);
    const rows = await this.repo.inputs(districtId, `${monthText(from)}-01`, `${monthText(to)}-01`, now);
    return buildDashboard(districtId, district, { from, to }, rows, now);
  }

  /** The community if it lies in one of the regulator's districts; any other answers 404 like a missing one. */
  private async regulated(actor: Actor, communityId: string): Promise<{ name: string }> {
    const c = await this.repo.community(communityId);
    if (!c || !actor.regulatedDistrictIds.includes(c.district_id)) throw AppError.notFound('小区');
    return c;
  }

  /** The records behind one community's figure: the tickets, votes or statements it counts (at most RECORDS_LIMIT). */
  async records(actor: Actor, communityId: string, metric: string): Promise<DistrictMetricRecordsDto> {
    const m: AvailableMetric | undefined = availableMetric(metric);
    if (!m)
      throw new AppError(ErrorCode.VALIDATION_FAILED, '没有这个指标', {
        fields: [{ field: 'metric', messages: ['没有这个指标，或该指标暂未提供'] }],
      });
    const c = await this.regulated(actor, communityId);
    const now = new Date();
    const { from, to } = this.window(now);
    const base = {
      communityId,
      name: c.name,
      metric: m.code,
      records: m.records,
      fromMonth: monthText(from),
      toMonth: monthText(to),
      asOf: now.toISOString(),
      tickets: [] as DistrictMetricRecordsDto['tickets'],
      resolutions: [] as DistrictMetricRecordsDto['resolutions'],
      statements: [] as DistrictMetricRecordsDto['statements'],
      total: 0,
      limit: RECORDS_LIMIT,
    };
    if (m.records in TICKET_RECORD_FILTERS) {
      const rows = await this.repo.tickets(
        communityId,
        m.records as TicketRecordKind,
        monthStart(from),
        monthStart(to + 1),
        now,
      );
      return {
        ...base,
        total: rows[0]?.total ?? 0,
        tickets: rows.map((t) => ({
          id: t.id,
          categoryName: t.category_name,
          urgency: t.urgency,
          status: t.status,
          statusLabel: TICKET_STATUS_LABELS[t.status as TicketStatus] ?? t.status,
          createdAt: t.created_at.toISOString(),
          respondedAt: t.responded_at?.toISOString() ?? null,
          resolvedAt: t.resolved_at?.toISOString() ?? null,
          respondTargetMinutes: t.respond_target_minutes,
          resolveTargetMinutes: t.resolve_target_minutes,
          reopenCount: t.reopen_count,
          rating: t.rating,
          overdue: t.overdue,
        })),
      };
    }
    if (m.records === 'resolutions') {
      const rows = await this.repo.resolutions(communityId, now);
      return {
        ...base,
        total: rows.length,
        resolutions: rows.map((r) => ({
          id: r.id,
          title: r.title,
          status: r.status,
          officialMode: r.official_mode,
          closedAt: r.closed_at?.toISOString() ?? null,
          finalizedAt: r.finalized_at?.toISOString() ?? null,
          heads: r.heads,
          votedHeads: r.voted_heads,
        })),
      };
    }
    if (m.records === 'statements') {
      const rows = await this.repo.statements(communityId);
      return {
        ...base,
        total: rows.length,
        statements: rows.map((s) => ({
          periodKey: s.period_key,
          periodStart: s.period_start,
          periodEnd: s.period_end,
          publishedAt: s.published_at.toISOString(),
          displayUntil: s.display_until.toISOString(),
        })),
      };
    }
    return base;
  }

  /**
   * One ticket of a regulated community with its timeline: what happened, when, by which role. Never who: no
   * reporter, unit, location, names, notes or photos (the regulator oversees the service, not the residents).
   */
  async ticket(actor: Actor, communityId: string, ticketId: string): Promise<DistrictTicketTimelineDto> {
    await this.regulated(actor, communityId);
    const now = new Date();
    const t = await this.repo.ticket(communityId, ticketId, now);
    if (!t) throw AppError.notFound('报修单');
    const events = await this.repo.events(communityId, ticketId);
    return {
      id: t.id,
      communityId,
      categoryName: t.category_name,
      urgency: t.urgency,
      status: t.status,
      statusLabel: TICKET_STATUS_LABELS[t.status as TicketStatus] ?? t.status,
      description: t.description,
      createdAt: t.created_at.toISOString(),
      respondedAt: t.responded_at?.toISOString() ?? null,
      resolvedAt: t.resolved_at?.toISOString() ?? null,
      closedAt: t.closed_at?.toISOString() ?? null,
      respondTargetMinutes: t.respond_target_minutes,
      resolveTargetMinutes: t.resolve_target_minutes,
      reopenCount: t.reopen_count,
      rating: t.rating,
      overdue: t.overdue,
      timeline: events.map((e) => ({
        action: e.action,
        actionLabel: EVENT_LABELS[e.action] ?? e.action,
        fromStatus: e.from_status,
        toStatus: e.to_status,
        toStatusLabel: TICKET_STATUS_LABELS[e.to_status as TicketStatus] ?? e.to_status,
        actorRole: e.actor_role,
        actorLabel: ACTOR_LABELS[e.actor_role] ?? '其他',
        at: e.created_at.toISOString(),
      })),
    };
  }
}

/**
 * The dashboard from the metric inputs of a district's communities (DISTRICT_METRIC_INPUTS_SQL): figures, roll-ups,
 * ranks and the attention list, all by the domain's dictionary. Pure; exported for the benchmark's recompute cost.
 */
export function buildDashboard(
  districtId: string,
  district: string,
  { from, to }: { from: number; to: number },
  rows: MetricInputsRow[],
  now: Date,
): DistrictDashboardDto {
  const communities = rows.map((r) => {
    const inputs = communityInputs(r, now);
    return {
      row: r,
      inputs,
      subdistrict: subdistrictOf(r.address) ?? NO_SUBDISTRICT,
      peerGroup: peerGroupOf(r.units) as PeerGroup,
      figures: figures(inputs),
    };
  });
  const ranks = new Map(
    AVAILABLE_METRICS.map((m, i) => [
      m.code,
      rankFigureWithinPeers(
        m,
        communities.map((c) => ({ id: c.row.id, peerGroup: c.peerGroup, figure: c.figures[i]! })),
      ),
    ]),
  );
  const subdistricts = [...new Set(communities.map((c) => c.subdistrict))].sort((a, b) =>
    a === NO_SUBDISTRICT ? 1 : b === NO_SUBDISTRICT ? -1 : a.localeCompare(b, 'zh-CN'),
  );
  const names = new Map(communities.map((c) => [c.row.id, c.row.name]));
  return {
    districtId,
    districtName: district,
    asOf: now.toISOString(),
    fromMonth: monthText(from),
    toMonth: monthText(to),
    metrics: METRICS.map((m) => definitionDto(m.code)),
    peerGroups: PEER_GROUPS.map((g) => ({
      code: g.code,
      label: g.label,
      communities: communities.filter((c) => c.peerGroup === g.code).length,
    })),
    district: { communities: communities.length, figures: groupFigures(communities.map((c) => c.inputs)) },
    subdistricts: subdistricts.map((name) => {
      const members = communities.filter((c) => c.subdistrict === name);
      return { name, communities: members.length, figures: groupFigures(members.map((c) => c.inputs)) };
    }),
    communities: communities.map((c) => ({
      communityId: c.row.id,
      name: c.row.name,
      subdistrict: c.subdistrict,
      units: c.row.units,
      peerGroup: c.peerGroup,
      figures: c.figures.map((f) => {
        const r = ranks.get(f.code)!.get(c.row.id)!;
        return { ...f, rank: r.rank, rankOf: r.of };
      }),
    })),
    needsAttention: needsAttention(communities.map((c) => ({ id: c.row.id, figures: c.figures }))).map((i) => ({
      communityId: i.id,
      name: names.get(i.id)!,
      metric: i.code,
      value: i.value,
      why: i.why,
      severity: i.severity,
    })),
  };
}
