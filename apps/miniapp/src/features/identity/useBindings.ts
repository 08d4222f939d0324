import { useCallback, useRef, useState } from 'react';
import type { ApiError, ApiResult, components } from '@gongzhi/api-client';
import { api, newIdempotencyKey } from '../../services/api';
import { useApiAction } from '../shared/useApiAction';
import { useApiQuery } from '../shared/useApiQuery';
import { uploadFile } from '../../services/transfer';
import type { Binding, Relation } from './labels';

export type FileDto = components['schemas']['FileDto'];

export type { RunState as ActionState } from '../shared/useApiAction';

/** GET /api/v1/bindings/mine: the person's units and requests in every community, newest first. */
export function useMyBindings(refreshKey = 0) {
  return useApiQuery(() => api.GET('/api/v1/bindings/mine'), [refreshKey]);
}

export interface BindingForm {
  communityId: string;
  building: string;
  entrance: string;
  room: string;
  name: string;
  phone: string;
  relation: Relation;
  documentFileId?: string;
}

/**
 * POST /api/v1/bindings to the chosen community. One Idempotency-Key per opened form, reused for retries, so
 * a resubmission after a lost answer does not ask twice.
 */
export function useCreateBinding() {
  const key = useRef(newIdempotencyKey());
  const { state, run } = useApiAction();
  const submit = useCallback(
    async (form: BindingForm): Promise<Binding | null> => {
      const { communityId, ...body } = form;
      const created = await run(() =>
        api.POST('/api/v1/bindings', {
          body: { ...body, entrance: body.entrance || undefined },
          idempotencyKey: key.current,
          headers: { 'X-Community-Id': communityId },
        }),
      );
      return created ?? null;
    },
    [run],
  );
  return { state, submit };
}

/**
 * POST /api/v1/bindings/review: enter the WeChat review community (synthetic data) at once as a resident. The API
 * refuses it for every real community; repeating it returns the binding already made, so no idempotency key.
 */
export function useJoinReview() {
  const { state, run } = useApiAction();
  const join = useCallback(
    async (communityId: string): Promise<Binding | null> =>
      (await run(() => api.POST('/api/v1/bindings/review', { headers: { 'X-Community-Id': communityId } }))) ?? null,
    [run],
  );
  return { state, join };
}

/**
 * POST /api/v1/bindings/documents into the community the request goes to (X-Community-Id). The caller need not be
 * a member of it yet; the file is attached to the request when the request is submitted.
 */
export function useDocumentUpload() {
  const { state, run, reset } = useApiAction();
  const upload = useCallback(
    async (communityId: string, filePath: string, fileName?: string): Promise<FileDto | null> =>
      (await run(() => uploadFile<FileDto>({ path: '/api/v1/bindings/documents', filePath, fileName, communityId }))) ??
      null,
    [run],
  );
  return { state, upload, reset };
}

export type CommunityFound = components['schemas']['CommunitySearchResultDto'];

export type SearchState =
  | { status: 'idle' }
  | { status: 'working'; q: string }
  | { status: 'ok'; q: string; results: CommunityFound[] }
  | { status: 'error'; error: ApiError; httpStatus: number };

/** GET /api/v1/bindings/communities?q=: communities whose name contains the typed characters (any signed-in person). */
export function useCommunitySearch() {
  const [state, setState] = useState<SearchState>({ status: 'idle' });
  const latest = useRef(0);
  const search = useCallback(async (q: string) => {
    const asked = ++latest.current;
    setState({ status: 'working', q });
    const result = await api.GET('/api/v1/bindings/communities', { params: { query: { q } } });
    if (asked !== latest.current) return; // an older answer arriving after a newer search
    if (result.error) setState({ status: 'error', error: result.error, httpStatus: result.status });
    else setState({ status: 'ok', q, results: result.data });
  }, []);
  return { state, search };
}

/** Reviewers (committee, property manager): requests of the active community waiting for a decision. */
export function usePendingBindings(refreshKey = 0) {
  return useApiQuery(() => api.GET('/api/v1/bindings', { params: { query: { status: 'pending' } } }), [refreshKey]);
}

export function useDecideBinding() {
  const { state, run, reset } = useApiAction();
  /** True when the decision was taken (the answer's body is not needed). */
  const decide = useCallback(
    async (call: () => Promise<{ error?: ApiError; status: number }>) =>
      (await run(async (): Promise<ApiResult<true>> => {
        const r = await call();
        return r.error ? { error: r.error, status: r.status } : { data: true, status: r.status };
      })) === true,
    [run],
  );
  /** The request as it stands after this approval (an owner binding stays pending until a second member confirms). */
  const approve = useCallback(
    async (id: string) => {
      const held: { after: Binding | null } = { after: null };
      const ok = await decide(async () => {
        const r = await api.POST('/api/v1/bindings/{id}/approve', { params: { path: { id } } });
        if (r.data) held.after = r.data;
        return r;
      });
      return ok ? held.after : null;
    },
    [decide],
  );
  const reject = useCallback(
    (id: string, reason: string) =>
      decide(() => api.POST('/api/v1/bindings/{id}/reject', { params: { path: { id } }, body: { reason } })),
    [decide],
  );
  return { state, approve, reject, reset };
}
