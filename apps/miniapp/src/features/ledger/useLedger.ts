import { api } from '../../services/api';
import { useApiQuery } from '../shared/useApiQuery';
import { usePagedQuery } from '../shared/usePagedQuery';
import type { EntryDraft, EntryKind, EntryStatus, QuestionTarget } from './types';

export interface EntryFilter {
  kind?: EntryKind;
  category?: EntryDraft['category'];
  /** 'YYYY-MM' */
  month?: string;
  status?: EntryStatus;
  /** Only the caller's own entries (the author's drafts). */
  mine?: boolean;
  from?: string;
  to?: string;
}

const lastDayOf = (month: string) => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
};

export function useBalance() {
  return useApiQuery(() => api.GET('/api/v1/ledger/balance'), []);
}

/** A list of entries (the owners' posted ones, the committee's to approve), PAGE_SIZE at a time (「加载更多」). */
export function usePagedEntries(filter: EntryFilter) {
  const from = filter.month ? `${filter.month}-01` : filter.from;
  const to = filter.month ? lastDayOf(filter.month) : filter.to;
  return usePagedQuery(
    (offset, limit) =>
      api.GET('/api/v1/ledger/entries', {
        params: {
          query: {
            kind: filter.kind,
            category: filter.category,
            status: filter.status,
            mine: filter.mine ? '1' : undefined,
            from,
            to,
            limit,
            offset,
          },
        },
      }),
    [filter.kind, filter.category, filter.status, filter.mine, from, to],
  );
}

export function useEntry(id: string | undefined) {
  return useApiQuery(() => api.GET('/api/v1/ledger/entries/{id}', { params: { path: { id: id ?? '' } } }), [id], !!id);
}

export function useStatements() {
  return useApiQuery(() => api.GET('/api/v1/ledger/statements'), []);
}

export function useStatement(key: string | undefined) {
  return useApiQuery(
    () => api.GET('/api/v1/ledger/statements/{key}', { params: { path: { key: key ?? '' } } }),
    [key],
    !!key,
  );
}

export function useQuestions(target: QuestionTarget | undefined, status?: 'open' | 'answered') {
  return useApiQuery(
    () =>
      api.GET('/api/v1/ledger/questions', {
        params: { query: { targetType: target?.type, targetRef: target?.ref, status } },
      }),
    [target?.type, target?.ref, status],
  );
}

export { useApiActionFor as useAction, type ActionState } from '../shared/useApiAction';

const entryPath = (id: string) => ({ params: { path: { id } } });

export const ledgerActions = {
  create: (body: EntryDraft, idempotencyKey: string) => api.POST('/api/v1/ledger/entries', { body, idempotencyKey }),
  revise: (id: string, body: EntryDraft) => api.PUT('/api/v1/ledger/entries/{id}', { ...entryPath(id), body }),
  submit: (id: string) => api.POST('/api/v1/ledger/entries/{id}/submit', entryPath(id)),
  approve: (id: string) => api.POST('/api/v1/ledger/entries/{id}/approve', entryPath(id)),
  reject: (id: string, reason: string) =>
    api.POST('/api/v1/ledger/entries/{id}/reject', { ...entryPath(id), body: { reason } }),
  reverse: (id: string, reason: string) =>
    api.POST('/api/v1/ledger/entries/{id}/reverse', { ...entryPath(id), body: { reason } }),
  publish: (key: string) =>
    api.POST('/api/v1/ledger/statements/{key}/publish', { params: { path: { key } }, body: {} }),
  verify: () => api.GET('/api/v1/ledger/verify'),
  ask: (target: QuestionTarget, body: string) =>
    api.POST('/api/v1/ledger/questions', { body: { targetType: target.type, targetRef: target.ref, body } }),
  answer: (id: string, answer: string) =>
    api.POST('/api/v1/ledger/questions/{id}/answer', { params: { path: { id } }, body: { answer } }),
};
