import { percentile } from '../repairs/sla.js';

/**
 * The district metric dictionary (issue 26): every figure the district bureau's dashboard shows, with its formula,
 * numerator and denominator, source, freshness, legal basis and the small-group rule — the smallest count before the
 * figure is shown at all (below it the figure is withheld, not shown as 0 % or 100 %: two tickets make no rate).
 * Figures are computed per community and rolled up to subdistrict and district from the communities' numerators and
 * denominators (a ratio of sums, never a mean of ratios) or, for percentiles, from the pooled values. Rankings are
 * only within a peer group (communities of similar size) and always carry their n.
 */

export const METRIC_FAMILIES = ['coverage', 'governance', 'transparency', 'service'] as const;
export type MetricFamily = (typeof METRIC_FAMILIES)[number];

export const METRIC_FAMILY_LABELS: Readonly<Record<MetricFamily, string>> = Object.freeze({
  coverage: '组织覆盖',
  governance: '业主自治',
  transparency: '信息公开',
  service: '物业服务',
});

/**
 * share: numerator / denominator (0–1). minutes / days: a duration. count: a number of things.
 * percentile: the p-th percentile of the pooled values (exact, like percentile_cont).
 */
export type MetricUnit = 'share' | 'minutes' | 'days' | 'count';
/**
 * How a metric rolls up from communities to a subdistrict or the district:
 * ratio: Σ numerators / Σ denominators; percentile: over all the communities' values together; sum: Σ numerators;
 * max: the largest community value (the worst, for "days since").
 */
export type MetricRollUp = 'ratio' | 'percentile' | 'sum' | 'max';

interface MetricBase {
  code: string;
  family: MetricFamily;
  label: string;
}

export interface AvailableMetric extends MetricBase {
  available: true;
  /** The formula in words (Chinese, shown beside the figure). */
  formula: string;
  numerator: string;
  denominator: string;
  unit: MetricUnit;
  rollUp: MetricRollUp;
  /** For rollUp 'percentile': which percentile (0–1). */
  p?: number;
  better: 'higher' | 'lower';
  source: string;
  freshness: string;
  legalBasis: string;
  /** The small-group rule: shown only when the count (denominator, or number of values) is at least this. */
  minCount: number;
  /** A community needs attention when its shown value is above `above` or below `below`. */
  attention: { above?: number; below?: number; why: string };
  /** Which records lie behind the figure (the drill-down). */
  records:
    | 'late_tickets'
    | 'overdue_tickets'
    | 'not_fixed_tickets'
    | 'reopened_tickets'
    | 'unsatisfied_tickets'
    | 'slowest_tickets'
    | 'resolutions'
    | 'statements'
    | 'none';
}

export interface UnavailableMetric extends MetricBase {
  available: false;
  /** What the figure needs that does not exist yet (shown as 暂未提供, never faked). */
  awaiting: string;
  legalBasis: string;
}

export type MetricDefinition = AvailableMetric | UnavailableMetric;

/** The statistics window of the service and governance figures (rolling, whole months for repairs). */
export const METRIC_WINDOW_MONTHS = 12;
/** Default publication cadence of the public-income statement: half-yearly (§5, Hangzhou Art. 30), in days. */
export const STATEMENT_CADENCE_DAYS = 184;
/** Below this many repair tickets (or ratings) a community's service rate or percentile is withheld. */
export const MIN_TICKETS = 5;

const REPAIRS_SOURCE = '报修工单（按月汇总表，随工单变化实时更新）';
const REPAIRS_FRESH = '实时；看板最多缓存 30 秒；统计近 12 个整月（北京时间）';
const SLA_BASIS =
  '各小区物业服务合同约定的时限；默认紧急 30 分钟响应、24 小时解决，一般 24 小时响应、72 小时解决（规则 §7）';

export const METRICS: readonly MetricDefinition[] = Object.freeze([
  {
    code: 'coverage.property_company',
    family: 'coverage',
    label: '有物业服务',
    available: true,
    formula: '有物业经理账号的小区数 ÷ 小区数',
    numerator: '平台上有物业经理的小区',
    denominator: '小区',
    unit: 'share',
    rollUp: 'ratio',
    better: 'higher',
    source: '角色分配（物业经理）',
    freshness: '实时；看板最多缓存 30 秒',
    legalBasis: '《物业管理条例》第 2 条、《民法典》第 284 条（业主可委托物业服务企业或自行管理）',
    minCount: 1,
    attention: { below: 1, why: '平台上没有物业经理：报修无人受理' },
    records: 'none',
  },
  {
    code: 'coverage.committee',
    family: 'coverage',
    label: '有业委会',
    available: true,
    formula: '有业委会委员的小区数 ÷ 小区数',
    numerator: '平台上有业委会委员（或主任）的小区',
    denominator: '小区',
    unit: 'share',
    rollUp: 'ratio',
    better: 'higher',
    source: '角色分配（业委会委员、主任）',
    freshness: '实时；看板最多缓存 30 秒',
    legalBasis: '《民法典》第 277 条；不能选举业委会的由街道组建物业管理委员会（杭州条例第 38–39 条）',
    minCount: 1,
    attention: { below: 1, why: '没有业委会：需指导成立业委会或物业管理委员会' },
    records: 'none',
  },
  {
    code: 'coverage.term_expiring',
    family: 'coverage',
    label: '业委会任期将满',
    available: false,
    awaiting: '业委会任期与备案记录（业委会选举与备案功能上线后提供）',
    legalBasis: '业委会任期届满前应换届（各地条例，规则 §10、§13）',
  },
  {
    code: 'governance.votes_held',
    family: 'governance',
    label: '近一年完成的表决',
    available: true,
    formula: '近 365 天公布最终结果的表决数',
    numerator: '公布最终结果的表决',
    denominator: '小区',
    unit: 'count',
    rollUp: 'sum',
    better: 'higher',
    source: '业主表决（含官方系统表决的结果登记）',
    freshness: '实时；看板最多缓存 30 秒',
    legalBasis: '《民法典》第 278 条（业主共同决定事项）',
    minCount: 1,
    attention: { why: '仅作参考，不列入待关注' },
    records: 'resolutions',
  },
  {
    code: 'governance.turnout_heads',
    family: 'governance',
    label: '表决参与率（人数）',
    available: true,
    formula: '近 365 天截止的表决中参与投票的人数之和 ÷ 这些表决的业主人数之和',
    numerator: '参与投票的业主人数（每次表决分别计）',
    denominator: '这些表决冻结名册中的业主人数',
    unit: 'share',
    rollUp: 'ratio',
    better: 'higher',
    source: '业主表决（冻结名册与选票；官方系统表决不含在内）',
    freshness: '实时；看板最多缓存 30 秒',
    legalBasis: '《民法典》第 278 条第 2 款：参与表决的人数须占总人数三分之二以上',
    minCount: 10,
    attention: { below: 2 / 3, why: '参与人数不足三分之二：表决不能生效' },
    records: 'resolutions',
  },
  {
    code: 'governance.turnout_area',
    family: 'governance',
    label: '表决参与率（面积）',
    available: true,
    formula: '近 365 天截止的表决中参与投票的专有面积之和 ÷ 这些表决的专有面积之和',
    numerator: '参与投票的专有部分面积',
    denominator: '这些表决冻结名册中的专有部分面积',
    unit: 'share',
    rollUp: 'ratio',
    better: 'higher',
    source: '业主表决（冻结名册与选票；官方系统表决不含在内）',
    freshness: '实时；看板最多缓存 30 秒',
    legalBasis: '《民法典》第 278 条第 2 款：参与表决的面积须占总面积三分之二以上',
    // the small-group rule counts the heads behind the area (an area of 2 owners is no rate either)
    minCount: 10,
    attention: { below: 2 / 3, why: '参与面积不足三分之二：表决不能生效' },
    records: 'resolutions',
  },
  {
    code: 'governance.objections_answered',
    family: 'governance',
    label: '异议按时答复',
    available: false,
    awaiting: '异议答复期限（公示与异议功能上线后提供）',
    legalBasis: '异议应在期限内答复（规则 §11）',
  },
  {
    code: 'transparency.disclosure',
    family: 'transparency',
    label: '法定公开事项按时公开',
    available: false,
    awaiting: '公开事项目录（事务公开功能上线后提供）',
    legalBasis: '杭州条例第 30 条、北京条例第 45 条等（规则 §11）',
  },
  {
    code: 'transparency.days_since_statement',
    family: 'transparency',
    label: '距上次公示收支',
    available: true,
    formula: '今天 − 最近一次公示公共收益收支报表的日期（天）',
    numerator: '天数',
    denominator: '有过公示的小区',
    unit: 'days',
    rollUp: 'max',
    better: 'lower',
    source: '公共收益收支报表（公示记录）',
    freshness: '实时；看板最多缓存 30 秒',
    legalBasis: '公共收益至少每半年公示一次（杭州条例第 30 条；北京条例第 84 条为每季度），按城市规则',
    minCount: 1,
    attention: { above: STATEMENT_CADENCE_DAYS, why: `超过 ${STATEMENT_CADENCE_DAYS} 天未公示收支` },
    records: 'statements',
  },
  {
    code: 'transparency.statement_current',
    family: 'transparency',
    label: '按期公示收支',
    available: true,
    formula: `近 ${STATEMENT_CADENCE_DAYS} 天内公示过收支的小区数 ÷ 小区数`,
    numerator: `近 ${STATEMENT_CADENCE_DAYS} 天内公示过收支的小区`,
    denominator: '小区',
    unit: 'share',
    rollUp: 'ratio',
    better: 'higher',
    source: '公共收益收支报表（公示记录）',
    freshness: '实时；看板最多缓存 30 秒',
    legalBasis: '公共收益至少每半年公示一次（杭州条例第 30 条）',
    minCount: 1,
    attention: { below: 1, why: '未按期公示收支' },
    records: 'statements',
  },
  {
    code: 'service.overdue_open',
    family: 'service',
    label: '超时未处理的报修',
    available: true,
    formula: '现在仍未关闭、且已超过响应或解决时限的工单数',
    numerator: '超时未关闭的工单',
    denominator: '小区',
    unit: 'count',
    rollUp: 'sum',
    better: 'lower',
    source: REPAIRS_SOURCE,
    freshness: '实时；看板最多缓存 30 秒',
    legalBasis: SLA_BASIS,
    minCount: 1,
    attention: { above: 0, why: '有超时未处理的报修' },
    records: 'overdue_tickets',
  },
  {
    code: 'service.on_time',
    family: 'service',
    label: '报修按时率',
    available: true,
    formula: '响应与解决都未超时的工单 ÷ 未撤销的工单',
    numerator: '按时的工单（未完成的按现在判断）',
    denominator: '未撤销的工单',
    unit: 'share',
    rollUp: 'ratio',
    better: 'higher',
    source: REPAIRS_SOURCE,
    freshness: REPAIRS_FRESH,
    legalBasis: SLA_BASIS,
    minCount: MIN_TICKETS,
    attention: { below: 0.8, why: '按时率低于 80%' },
    records: 'late_tickets',
  },
  {
    code: 'service.response_p50',
    family: 'service',
    label: '响应时间中位数',
    available: true,
    formula: '已响应工单的响应时间（分钟）的中位数',
    numerator: '响应时间',
    denominator: '已响应的工单',
    unit: 'minutes',
    rollUp: 'percentile',
    p: 0.5,
    better: 'lower',
    source: REPAIRS_SOURCE,
    freshness: REPAIRS_FRESH,
    legalBasis: SLA_BASIS,
    minCount: MIN_TICKETS,
    attention: { above: 1440, why: '一半的报修超过 24 小时才响应' },
    records: 'slowest_tickets',
  },
  {
    code: 'service.response_p90',
    family: 'service',
    label: '响应时间 90 分位',
    available: true,
    formula: '已响应工单的响应时间（分钟）的 90 分位：九成工单在此时间内响应',
    numerator: '响应时间',
    denominator: '已响应的工单',
    unit: 'minutes',
    rollUp: 'percentile',
    p: 0.9,
    better: 'lower',
    source: REPAIRS_SOURCE,
    freshness: REPAIRS_FRESH,
    legalBasis: SLA_BASIS,
    minCount: MIN_TICKETS,
    attention: { above: 2880, why: '一成报修超过 48 小时才响应' },
    records: 'slowest_tickets',
  },
  {
    code: 'service.resolution_p50',
    family: 'service',
    label: '解决时间中位数',
    available: true,
    formula: '已完成工单从报修到完成的时间（分钟）的中位数',
    numerator: '解决时间',
    denominator: '已完成的工单',
    unit: 'minutes',
    rollUp: 'percentile',
    p: 0.5,
    better: 'lower',
    source: REPAIRS_SOURCE,
    freshness: REPAIRS_FRESH,
    legalBasis: SLA_BASIS,
    minCount: MIN_TICKETS,
    attention: { above: 4320, why: '一半的报修超过 72 小时才解决' },
    records: 'slowest_tickets',
  },
  {
    code: 'service.resolution_p90',
    family: 'service',
    label: '解决时间 90 分位',
    available: true,
    formula: '已完成工单从报修到完成的时间（分钟）的 90 分位：九成工单在此时间内解决',
    numerator: '解决时间',
    denominator: '已完成的工单',
    unit: 'minutes',
    rollUp: 'percentile',
    p: 0.9,
    better: 'lower',
    source: REPAIRS_SOURCE,
    freshness: REPAIRS_FRESH,
    legalBasis: SLA_BASIS,
    minCount: MIN_TICKETS,
    attention: { above: 10080, why: '一成报修超过 7 天才解决' },
    records: 'slowest_tickets',
  },
  {
    code: 'service.not_fixed',
    family: 'service',
    label: '未修复即关闭',
    available: true,
    formula: '未修复即关闭的工单 ÷ 已关闭的工单（确认解决、超时自动关闭、未修复关闭）',
    numerator: '未修复即关闭的工单',
    denominator: '已关闭的工单（不含撤销）',
    unit: 'share',
    rollUp: 'ratio',
    better: 'lower',
    source: REPAIRS_SOURCE,
    freshness: REPAIRS_FRESH,
    legalBasis: '物业不修的工单须写明原因、记为未修复，不得记为已完成（规则 §7）',
    minCount: MIN_TICKETS,
    attention: { above: 0.1, why: '超过一成的工单未修复即关闭' },
    records: 'not_fixed_tickets',
  },
  {
    code: 'service.reopen',
    family: 'service',
    label: '返工率',
    available: true,
    formula: '返工过的工单 ÷ 曾完成过的工单',
    numerator: '报修人确认未修好、重新打开过的工单',
    denominator: '曾完成过的工单',
    unit: 'share',
    rollUp: 'ratio',
    better: 'lower',
    source: REPAIRS_SOURCE,
    freshness: REPAIRS_FRESH,
    legalBasis: '报修人可对未修好的工单要求返工，返工次数留存（规则 §7）',
    minCount: MIN_TICKETS,
    attention: { above: 0.1, why: '返工率超过 10%' },
    records: 'reopened_tickets',
  },
  {
    code: 'service.satisfaction',
    family: 'service',
    label: '报修满意率',
    available: true,
    formula: '评 4–5 星的工单 ÷ 已评价的工单',
    numerator: '评 4–5 星的工单',
    denominator: '已评价的工单',
    unit: 'share',
    rollUp: 'ratio',
    better: 'higher',
    source: REPAIRS_SOURCE,
    freshness: REPAIRS_FRESH,
    legalBasis: '一级服务标准示例：满意度不低于 80%（规则 §12）',
    minCount: MIN_TICKETS,
    attention: { below: 0.8, why: '满意率低于 80%' },
    records: 'unsatisfied_tickets',
  },
  {
    code: 'service.complaints',
    family: 'service',
    label: '投诉与按时答复',
    available: false,
    awaiting: '投诉记录（投诉功能上线后提供）',
    legalBasis: '物业服务监督（规则 §12）',
  },
  {
    code: 'service.inspection_score',
    family: 'service',
    label: '月度检查得分',
    available: false,
    awaiting: '综合考评的检查记录（物业服务监督功能上线后提供）',
    legalBasis: '区住建局牵头月度检查、年度考评（规则 §12）',
  },
  {
    code: 'service.survey_score',
    family: 'service',
    label: '住户满意度调查',
    available: false,
    awaiting: '满意度调查（物业服务监督功能上线后提供）',
    legalBasis: '按户冻结样本调查并公布回收率（规则 §12）',
  },
] satisfies MetricDefinition[]);

export type MetricCode = (typeof METRICS)[number]['code'];

export const AVAILABLE_METRICS: readonly AvailableMetric[] = METRICS.filter((m): m is AvailableMetric => m.available);

export function metricDefinition(code: string): MetricDefinition | undefined {
  return METRICS.find((m) => m.code === code);
}

export function availableMetric(code: string): AvailableMetric | undefined {
  const m = metricDefinition(code);
  return m?.available ? m : undefined;
}

/**
 * What a community contributes to one metric: a numerator over a denominator (share, count, days), or the values of
 * a percentile. The small-group rule counts `count` if given, else the denominator (for a percentile: the values).
 */
export type MetricInput = RatioInput | { values: readonly number[] };
/** `count`: what the small-group rule counts when the denominator is no count of people or things (an area). */
export type RatioInput = { numerator: number; denominator: number; count?: number };

export interface MetricFigure {
  code: string;
  /** The figure, or null when withheld. */
  value: number | null;
  /** Σ numerators (null for a percentile). */
  numerator: number | null;
  /** Σ denominators (null for a percentile); for a share, value = numerator ÷ denominator. */
  denominator: number | null;
  /** The count behind the figure: the denominator, or the number of values. */
  n: number;
  /** Why the figure is not shown: too few to say (small-group rule) or nothing to count. */
  withheld: 'small_group' | 'no_data' | null;
  /** The shown value crosses the metric's attention threshold. */
  attention: boolean;
}

/** The count the small-group rule and the roll-ups look at. */
export function inputCount(input: MetricInput): number {
  return 'values' in input ? input.values.length : (input.count ?? input.denominator);
}

/** One metric's figure from its input, with the small-group rule and the attention threshold applied. */
export function metricFigure(m: AvailableMetric, input: MetricInput): MetricFigure {
  const n = inputCount(input);
  const numerator = 'values' in input ? null : input.numerator;
  const denominator = 'values' in input ? null : input.denominator;
  const base = { code: m.code, numerator, denominator, n };
  if (n === 0 || ('denominator' in input && input.denominator === 0))
    return { ...base, value: null, withheld: 'no_data', attention: false };
  if (n < m.minCount) return { ...base, value: null, withheld: 'small_group', attention: false };
  let value: number;
  if ('values' in input) value = percentile(input.values, m.p ?? 0.5)!;
  else if (m.unit === 'share') value = input.numerator / input.denominator;
  else value = input.numerator;
  return { ...base, value, withheld: null, attention: crosses(m, value) };
}

/** The shown value is past the attention threshold (strictly: a threshold met exactly is not a concern). */
export function crosses(m: AvailableMetric, value: number): boolean {
  const { above, below } = m.attention;
  return (above !== undefined && value > above) || (below !== undefined && value < below);
}

/**
 * The input of a group of communities (a subdistrict, the district) from its communities' inputs, by the metric's
 * roll-up rule. A community without data for a 'max' metric (never published) contributes nothing.
 */
export function rollUpInputs(m: AvailableMetric, parts: readonly MetricInput[]): MetricInput {
  if (m.rollUp === 'percentile') return { values: parts.flatMap((p) => ('values' in p ? p.values : [])) };
  const ratios = parts.filter((p): p is RatioInput => !('values' in p));
  if (m.rollUp === 'max') {
    const shown = ratios.filter((p) => p.denominator > 0);
    return shown.length
      ? { numerator: Math.max(...shown.map((p) => p.numerator)), denominator: shown.length }
      : { numerator: 0, denominator: 0 };
  }
  const sum = (f: (p: RatioInput) => number) => ratios.reduce((s, p) => s + f(p), 0);
  const out: RatioInput = { numerator: sum((p) => p.numerator), denominator: sum((p) => p.denominator) };
  if (ratios.some((p) => p.count !== undefined)) out.count = sum((p) => p.count ?? p.denominator);
  return out;
}

/** Peer groups: communities are ranked only against communities of similar size (households). */
export const PEER_GROUPS = [
  { code: 'small', label: '小型小区（300 户以下）', maxUnits: 299 },
  { code: 'medium', label: '中型小区（300–999 户）', maxUnits: 999 },
  { code: 'large', label: '大型小区（1000 户以上）', maxUnits: Number.POSITIVE_INFINITY },
] as const;
export type PeerGroup = (typeof PEER_GROUPS)[number]['code'];

export function peerGroupOf(units: number): PeerGroup {
  return PEER_GROUPS.find((g) => units <= g.maxUnits)!.code;
}

export function sizeGroupLabel(code: PeerGroup): string {
  return PEER_GROUPS.find((g) => g.code === code)!.label;
}

/** Shown in place of a subdistrict when a community's address names none. */
export const NO_SUBDISTRICT = '未标明街道';

/**
 * The subdistrict (街道, 镇 or 乡) an address names, e.g. "杭州市西湖区文新街道文一西路 100 号" → "文新街道"; null when it
 * names none. The one copy of this rule (the community directory uses it too).
 */
export function subdistrictOf(address: string): string | null {
  return /(?:^|[省市区县])([^省市区县\s\d]{2,6}?(?:街道|镇|乡))/u.exec(address)?.[1] ?? null;
}

export interface RankEntry {
  id: string;
  /** 1 = best within the peer group; equal values share a rank. Null when the figure is withheld. */
  rank: number | null;
  /** How many communities of the peer group have a shown figure (the n of "3 / 12"). */
  of: number;
}

/**
 * Rankings of one metric within each peer group: shown figures only, best first by the metric's direction, equal
 * values sharing the better rank (1, 1, 3). Withheld figures get no rank; `of` counts the ranked ones.
 */
export function rankFigureWithinPeers(
  m: AvailableMetric,
  rows: ReadonlyArray<{ id: string; peerGroup: PeerGroup; figure: MetricFigure }>,
): Map<string, RankEntry> {
  const out = new Map<string, RankEntry>();
  for (const g of PEER_GROUPS) {
    const members = rows.filter((r) => r.peerGroup === g.code);
    const shown = members
      .filter((r) => r.figure.value !== null)
      .sort((a, b) => (m.better === 'higher' ? b.figure.value! - a.figure.value! : a.figure.value! - b.figure.value!));
    shown.forEach((r, i) => {
      const prev = i > 0 ? shown[i - 1]! : null;
      const rank = prev && prev.figure.value === r.figure.value ? out.get(prev.id)!.rank! : i + 1;
      out.set(r.id, { id: r.id, rank, of: shown.length });
    });
    for (const r of members) if (r.figure.value === null) out.set(r.id, { id: r.id, rank: null, of: shown.length });
  }
  return out;
}

export interface AttentionItem {
  id: string;
  code: string;
  value: number;
  why: string;
  /** How far past the threshold, relative to it (0 = at it; a threshold of 0 counts the value itself). */
  severity: number;
}

/** Among figures equally far past their thresholds, what residents feel first: service, then transparency, … */
export const ATTENTION_FAMILY_ORDER: readonly MetricFamily[] = ['service', 'transparency', 'governance', 'coverage'];

/**
 * Needs attention: every shown figure past its metric's threshold, the furthest past first (then by family in
 * ATTENTION_FAMILY_ORDER, metric order in the dictionary, then id). Metrics without a threshold never appear.
 */
export function needsAttention(rows: ReadonlyArray<{ id: string; figures: readonly MetricFigure[] }>): AttentionItem[] {
  const order = new Map(METRICS.map((m, i) => [m.code, ATTENTION_FAMILY_ORDER.indexOf(m.family) * METRICS.length + i]));
  const items: AttentionItem[] = [];
  for (const r of rows) {
    for (const f of r.figures) {
      const m = availableMetric(f.code);
      if (!m || !f.attention || f.value === null) continue;
      const { above, below } = m.attention;
      const t = above !== undefined && f.value > above ? above : below!;
      const severity = t === 0 ? Math.abs(f.value) : Math.abs(f.value - t) / Math.abs(t);
      items.push({ id: r.id, code: f.code, value: f.value, why: m.attention.why, severity });
    }
  }
  return items.sort(
    (a, b) =>
      b.severity - a.severity || order.get(a.code)! - order.get(b.code)! || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}
