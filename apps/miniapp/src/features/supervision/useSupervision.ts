import type { components } from '@gongzhi/api-client';
import { api } from '../../services/api';
import { useApiActionFor } from '../shared/useApiAction';
import { useApiQuery } from '../shared/useApiQuery';

export type CurrentContract = components['schemas']['CurrentContractDto'];
export type Inspection = components['schemas']['InspectionDto'];
export type Survey = components['schemas']['SurveyDto'];
export type Complaint = components['schemas']['ComplaintDto'];

/** 物业服务监督 for residents: the contract's menu, published inspections, surveys, my complaints. */
export function useSupervision(refreshKey: number) {
  return {
    contract: useApiQuery(() => api.GET('/api/v1/supervision/contract', {}), [refreshKey]),
    inspections: useApiQuery(() => api.GET('/api/v1/supervision/inspections', {}), [refreshKey]),
    surveys: useApiQuery(() => api.GET('/api/v1/supervision/surveys', {}), [refreshKey]),
    complaints: useApiQuery(() => api.GET('/api/v1/supervision/complaints', {}), [refreshKey]),
  };
}

export function useAnswerSurvey() {
  return useApiActionFor((id: string, unitId: string, ratings: number[]) =>
    api.POST('/api/v1/supervision/surveys/{id}/answers', { params: { path: { id } }, body: { unitId, ratings } }),
  );
}

export function useComplain() {
  return useApiActionFor((subject: 'property' | 'committee', body: string) =>
    api.POST('/api/v1/supervision/complaints', { body: { subject, body } }),
  );
}

export function useEscalate() {
  return useApiActionFor((id: string) =>
    api.POST('/api/v1/supervision/complaints/{id}/escalate', { params: { path: { id } } }),
  );
}

/** "2026年12月4日" for an ISO date. */
export function chinaDate(iso: string | Date | null | undefined): string {
  if (!iso) return '';
  return new Date(iso).toLocaleDateString('zh-CN', { timeZone: 'Asia/Shanghai' });
}

/** "33.3%" for a per-mille figure. */
export function permille(n: number): string {
  return `${(n / 10).toFixed(1)}%`;
}
