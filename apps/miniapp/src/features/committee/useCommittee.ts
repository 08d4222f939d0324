import { useCallback } from 'react';
import type { components } from '@gongzhi/api-client';
import { api } from '../../services/api';
import { getSession } from '../../services/session';
import { activeMembership, activeRoles } from '../home/useMe';
import { useApiAction } from '../shared/useApiAction';
import { useApiQuery } from '../shared/useApiQuery';

export type CommitteeTerm = components['schemas']['CommitteeTermDto'];
export type RecordEntry = components['schemas']['CommitteeRecordEntryDto'];

/** Who is looking: their id and whether they act as a filing authority (街道办事处 / 区物业主管部门). */
export function useViewer() {
  const { state } = useApiQuery(() => api.GET('/api/v1/me'), [], getSession() !== null);
  if (state.status !== 'ok') return { ready: false, personId: '', authority: false };
  const roles = activeRoles(state.data, activeMembership(state.data));
  return {
    ready: true,
    personId: state.data.id,
    authority: roles.includes('subdistrict_officer') || roles.includes('regulator'),
  };
}

/** The community's committee terms and its readable record (GET /committee/terms, /committee/record). */
export function useCommittee() {
  const terms = useApiQuery(() => api.GET('/api/v1/committee/terms'), []);
  const record = useApiQuery(() => api.GET('/api/v1/committee/record'), []);
  return { terms, record };
}

/** The steps of a term: count the result, vote at the first meeting, file, confirm or refuse. */
export function useTermActions(onDone: () => void) {
  const { state, run, reset } = useApiAction();
  const path = (id: string) => ({ params: { path: { id } } });
  const after = useCallback(
    async (p: Promise<unknown>) => {
      if ((await p) !== undefined) onDone();
    },
    [onDone],
  );
  return {
    state,
    reset,
    decide: (id: string) => after(run(() => api.POST('/api/v1/committee/terms/{id}/decide', path(id)))),
    voteChair: (id: string, chairId: string, viceChairId?: string) =>
      after(
        run(() =>
          api.POST('/api/v1/committee/terms/{id}/officer-votes', {
            ...path(id),
            body: viceChairId ? { chairId, viceChairId } : { chairId },
          }),
        ),
      ),
    file: (id: string) => after(run(() => api.POST('/api/v1/committee/terms/{id}/file', path(id)))),
    confirm: (id: string) => after(run(() => api.POST('/api/v1/committee/terms/{id}/confirm', path(id)))),
    refuse: (id: string, reason: string) =>
      after(run(() => api.POST('/api/v1/committee/terms/{id}/refuse', { ...path(id), body: { reason } }))),
  };
}
