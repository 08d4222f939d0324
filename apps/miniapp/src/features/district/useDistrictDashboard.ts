import type { components } from '@gongzhi/api-client';
import { api } from '../../services/api';
import { saveDownload } from '../../services/transfer';
import { useApiQuery } from '../shared/useApiQuery';

export type Dashboard = components['schemas']['DistrictDashboardDto'];
export type MetricDefinition = components['schemas']['MetricDefinitionDto'];
export type MetricFigure = components['schemas']['MetricFigureDto'];
export type CommunityMetrics = components['schemas']['CommunityMetricsDto'];
export type CommunityFigure = components['schemas']['CommunityMetricFigureDto'];
export type MetricRecords = components['schemas']['DistrictMetricRecordsDto'];
export type TicketTimeline = components['schemas']['DistrictTicketTimelineDto'];

/** GET /api/v1/district/dashboard: the metric dictionary over the regulator's district (docs/district.md). */
export function useDistrictDashboard() {
  return useApiQuery<Dashboard>(() => api.GET('/api/v1/district/dashboard', {}), []);
}

/** The records behind one community's figure (late tickets, votes, statements). */
export function useMetricRecords(communityId: string, metric: string | null) {
  return useApiQuery<MetricRecords>(
    () =>
      api.GET('/api/v1/district/communities/{communityId}/records', {
        params: { path: { communityId }, query: { metric: metric ?? '' } },
      }),
    [communityId, metric],
    !!communityId && !!metric,
  );
}

/** One ticket of a regulated community with its timeline. */
export function useDistrictTicket(communityId: string, ticketId: string) {
  return useApiQuery<TicketTimeline>(
    () =>
      api.GET('/api/v1/district/communities/{communityId}/repairs/{ticketId}', {
        params: { path: { communityId, ticketId } },
      }),
    [communityId, ticketId],
    !!communityId && !!ticketId,
  );
}

/** The dashboard as an Excel file (H5: a download; weapp: WeChat's document viewer). */
export function exportDashboard() {
  return saveDownload('/api/v1/district/dashboard.xlsx', '辖区看板.xlsx', 'xlsx');
}
