import { minutesLabel } from '../repairs/format';
import type { MetricDefinition, MetricFigure } from './useDistrictDashboard';

/** A figure as plain Chinese: 83%, 2天3小时, 45 天, 3; or why it is not shown. */
export function figureLabel(def: MetricDefinition | undefined, f: MetricFigure | undefined): string {
  if (!def || !f) return '暂无';
  if (f.value === null || f.value === undefined) return f.withheld === 'small_group' ? '样本太少' : '暂无数据';
  // a community's yes/no figure (has a committee, published on time): 是 / 否, not 100 % / 0 %
  if (def.unit === 'share' && def.denominator === '小区' && f.denominator === 1) return f.value >= 1 ? '是' : '否';
  if (def.unit === 'share') return `${Math.round(f.value * 100)}%`;
  if (def.unit === 'minutes') return minutesLabel(f.value);
  if (def.unit === 'days') return `${Math.round(f.value)} 天`;
  return String(f.value);
}

/** What the figure is counted over ("7 / 12", "共 12 件"), shown beside it: no figure without its denominator. */
export function basisLabel(def: MetricDefinition | undefined, f: MetricFigure | undefined): string {
  if (!def || !f) return '';
  if (f.withheld === 'small_group') return `仅 ${f.n}，不足 ${def.minCount ?? 0} 不显示`;
  if (f.withheld === 'no_data') return '';
  if (def.code === 'governance.turnout_area') return `按 ${f.n} 户的面积计`;
  if (def.unit === 'share') return `${f.numerator ?? 0} / ${f.denominator ?? 0}`;
  if (def.unit === 'minutes') return `共 ${f.n} 件工单`;
  if (def.unit === 'days') return f.n > 1 ? `${f.n} 个小区中最久` : '';
  if (def.denominator === '小区' && f.n > 1) return `${f.n} 个小区合计`;
  return '';
}

/** A bar length (0–100 %) for a plain CSS bar: shares as they are, other units against the largest shown value. */
export function barPercent(def: MetricDefinition | undefined, value: number | null | undefined, max: number): number {
  if (value === null || value === undefined || !def) return 0;
  if (def.unit === 'share') return Math.max(0, Math.min(100, value * 100));
  return max > 0 ? Math.max(2, Math.min(100, (value / max) * 100)) : 0;
}

export function definitions(defs: MetricDefinition[]): Map<string, MetricDefinition> {
  return new Map(defs.map((d) => [d.code, d]));
}

export function figureOf<T extends MetricFigure>(figures: T[], code: string): T | undefined {
  return figures.find((f) => f.code === code);
}

/** The metrics offered for ranking, in the order shown. */
export const RANKED_METRICS = [
  'service.on_time',
  'service.resolution_p90',
  'service.satisfaction',
  'service.reopen',
  'transparency.days_since_statement',
  'governance.turnout_heads',
];

const URGENCY: Record<string, string> = { urgent: '紧急', normal: '一般' };
export const urgencyLabel = (u: string) => URGENCY[u] ?? '';
