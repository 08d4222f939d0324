import type { components } from '@gongzhi/api-client';
import { api } from '../../services/api';
import { useApiQuery } from '../shared/useApiQuery';

export type DistrictOverview = components['schemas']['DistrictOverviewDto'];
export type CommunityOverview = components['schemas']['CommunityOverviewDto'];

/** GET /api/v1/district/overview: the regulator's district(s), one row per community. */
export function useDistrictOverview() {
  return useApiQuery<DistrictOverview[]>(() => api.GET('/api/v1/district/overview', {}), []);
}

/** Communities that need the bureau's attention first: overdue repairs, then unpublished books. */
export function sortByAttention(rows: CommunityOverview[]): CommunityOverview[] {
  return [...rows].sort(
    (a, b) =>
      b.repairs.overdue - a.repairs.overdue ||
      Number(!!a.ledger.lastPublishedAt) - Number(!!b.ledger.lastPublishedAt) ||
      a.name.localeCompare(b.name, 'zh-CN'),
  );
}

export function satisfactionLabel(c: CommunityOverview): string {
  if (!c.repairs.rated90d) return '暂无评价';
  return `${Math.round((c.repairs.satisfied90d * 100) / c.repairs.rated90d)}%（${c.repairs.satisfied90d}/${c.repairs.rated90d}）`;
}
