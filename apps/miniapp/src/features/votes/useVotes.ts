import { api } from '../../services/api';
import { activeMembership, activeRoles } from '../home/useMe';
import { useApiQuery } from '../shared/useApiQuery';
import type { Choice, Draft, PaperBallot } from './types';

const at = (id: string | undefined) => ({ params: { path: { id: id ?? '' } } });

/** Who I am here: committee (draft, approve, enter paper ballots) and / or owner (vote, object). */
export function useVoteRoles() {
  const q = useApiQuery(() => api.GET('/api/v1/me'), []);
  const roles = q.state.status === 'ok' ? activeRoles(q.state.data, activeMembership(q.state.data)) : [];
  return {
    ready: q.state.status === 'ok',
    committee: roles.includes('committee_member') || roles.includes('committee_chair'),
    owner: roles.includes('owner'),
  };
}

export function useResolutions() {
  return useApiQuery(() => api.GET('/api/v1/resolutions'), []);
}
export function useResolution(id: string | undefined) {
  return useApiQuery(() => api.GET('/api/v1/resolutions/{id}', at(id)), [id], !!id);
}
/** The community's buildings a vote may cover (committee only), with unit counts and areas. */
export function useScopeBuildings(enabled: boolean) {
  return useApiQuery(() => api.GET('/api/v1/resolutions/buildings'), [enabled], enabled);
}
export function useTurnout(id: string | undefined, enabled: boolean) {
  return useApiQuery(() => api.GET('/api/v1/resolutions/{id}/turnout', at(id)), [id, enabled], !!id && enabled);
}
export function useResult(id: string | undefined, enabled = true) {
  return useApiQuery(() => api.GET('/api/v1/resolutions/{id}/result', at(id)), [id, enabled], !!id && enabled);
}
export function useParticipation(id: string | undefined, enabled: boolean) {
  return useApiQuery(() => api.GET('/api/v1/resolutions/{id}/participation', at(id)), [id, enabled], !!id && enabled);
}
export function useObjections(id: string | undefined, enabled: boolean) {
  return useApiQuery(() => api.GET('/api/v1/resolutions/{id}/objections', at(id)), [id, enabled], !!id && enabled);
}
export function useBallotUnits(id: string | undefined, enabled: boolean) {
  return useApiQuery(() => api.GET('/api/v1/resolutions/{id}/ballot-units', at(id)), [id, enabled], !!id && enabled);
}

export { useApiActionFor as useAction, type ActionState } from '../shared/useApiAction';

// ---- writes ----
export const createDraft = (body: Draft, key: string) =>
  api.POST('/api/v1/resolutions', { body, headers: { 'Idempotency-Key': key } });
export const approveDraft = (id: string) => api.POST('/api/v1/resolutions/{id}/approve', at(id));
export const publishNotice = (id: string, votingOpensAt?: string) =>
  api.POST('/api/v1/resolutions/{id}/publish-notice', { ...at(id), body: votingOpensAt ? { votingOpensAt } : {} });
export const extendVoting = (id: string, days: number) =>
  api.POST('/api/v1/resolutions/{id}/extend', { ...at(id), body: { days } });
export const castBallot = (id: string, choices: Record<string, Choice>, key: string) =>
  api.POST('/api/v1/resolutions/{id}/ballots', {
    ...at(id),
    body: { choices: Object.entries(choices).map(([itemId, choice]) => ({ itemId, choice })), confirm: true },
    headers: { 'Idempotency-Key': key },
  });
export const enterPaperBallot = (id: string, body: PaperBallot) =>
  api.POST('/api/v1/resolutions/{id}/paper-ballots', { ...at(id), body });
export const checkReceipt = (id: string, code: string) =>
  api.GET('/api/v1/resolutions/{id}/receipts/{code}', { params: { path: { id, code } } });
export const verifyChain = (id: string) => api.GET('/api/v1/resolutions/{id}/verify', at(id));
export const fileObjection = (id: string, reasons: string) =>
  api.POST('/api/v1/resolutions/{id}/objections', { ...at(id), body: { reasons } });
export const answerObjection = (id: string, objectionId: string, answer: string) =>
  api.POST('/api/v1/resolutions/{id}/objections/{objectionId}/answer', {
    params: { path: { id, objectionId } },
    body: { answer },
  });
