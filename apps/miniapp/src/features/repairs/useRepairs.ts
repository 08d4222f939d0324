import { useRef } from 'react';
import type { ApiResult } from '@gongzhi/api-client';
import type { DeclineReason, RatingTag, RepairAreaKind, TicketPriority } from '@gongzhi/domain/client';
import { api, newIdempotencyKey } from '../../services/api';
import { useApiQuery } from '../shared/useApiQuery';
import type { TicketDetail } from './types';
import { useApiAction as useMutation } from '../shared/useApiAction';
import { usePagedQuery } from '../shared/usePagedQuery';

// ---------------------------------------------------------------- reads

export const useCategories = () => useApiQuery(() => api.GET('/api/v1/repairs/categories'), []);
export const useMyUnits = () => useApiQuery(() => api.GET('/api/v1/repairs/my-units'), []);
/** My reports and those of the units I am bound to, PAGE_SIZE at a time (「加载更多」 for the next page). */
export const useMyTickets = () =>
  usePagedQuery((offset, limit) => api.GET('/api/v1/repairs', { params: { query: { limit, offset } } }), []);
/** The community's public-area reports, PAGE_SIZE at a time. */
export const useBoard = () =>
  usePagedQuery((offset, limit) => api.GET('/api/v1/repairs/board', { params: { query: { limit, offset } } }), []);
export const useTicket = (id: string) =>
  useApiQuery(() => api.GET('/api/v1/repairs/{id}', { params: { path: { id } } }), [id], id !== '');
/** My messages, PAGE_SIZE at a time; every page carries the unread count. */
export const useMessages = () =>
  usePagedQuery((offset, limit) => api.GET('/api/v1/messages', { params: { query: { limit, offset } } }), []);
/** Only the unread count (the link on 「我的工单」): one message row is read with it. */
export const useUnreadMessages = () =>
  useApiQuery(() => api.GET('/api/v1/messages', { params: { query: { limit: 1 } } }), []);
export const useStaff = (enabled: boolean) => useApiQuery(() => api.GET('/api/v1/repairs/staff'), [], enabled);
/** Follow-up calls, PAGE_SIZE at a time. */
export const useFollowUps = (status: 'open' | 'done') =>
  usePagedQuery(
    (offset, limit) => api.GET('/api/v1/repairs/follow-ups', { params: { query: { status, limit, offset } } }),
    [status],
  );

export interface QueueFilters {
  status: string; // 'open' or a status
  category?: string;
  urgency?: TicketPriority;
  overdue?: boolean;
  assignee?: 'me' | 'none';
}

/** The queue, PAGE_SIZE tickets at a time (「加载更多」 for the next page); the counts come with every page. */
export const useQueue = (f: QueueFilters) =>
  usePagedQuery(
    (offset, limit) =>
      api.GET('/api/v1/repairs/queue', {
        params: {
          query: {
            status: f.status as never,
            category: f.category,
            urgency: f.urgency,
            overdue: f.overdue ? '1' : undefined,
            assignee: f.assignee,
            limit,
            offset,
          },
        },
      }),
    [f.status, f.category, f.urgency, f.overdue, f.assignee],
  );

/** Statistics over the last `days` days (reported in [now − days, now)). */
export const useStats = (days: number) =>
  useApiQuery(() => {
    const to = new Date();
    const from = new Date(to.getTime() - days * 24 * 60 * 60_000);
    return api.GET('/api/v1/repairs/stats', { params: { query: { from: from.toISOString(), to: to.toISOString() } } });
  }, [days]);

// ---------------------------------------------------------------- writes

export { useMutation };
export type { ActionState as MutationState } from '../shared/useApiAction';

export interface ReportInput {
  areaKind: RepairAreaKind;
  unitId?: string;
  category: string;
  description: string;
  location: string;
  preferredTime?: string;
  urgency: TicketPriority;
  photoIds: string[];
}

/**
 * The report form's submission. The Idempotency-Key is made once per form and reused for every retry, so a double
 * tap or a resend after a lost answer gives the same ticket; `renew` after a ticket was made.
 */
export function useReport() {
  const key = useRef(newIdempotencyKey());
  const m = useMutation();
  const submit = (input: ReportInput) =>
    m.run(() =>
      api.POST('/api/v1/repairs', {
        idempotencyKey: key.current,
        body: {
          areaKind: input.areaKind,
          unitId: input.areaKind === 'unit' ? input.unitId : undefined,
          category: input.category,
          description: input.description.trim(),
          location: input.location.trim(),
          preferredTime: input.preferredTime?.trim() || undefined,
          urgency: input.urgency,
          photoIds: input.photoIds.length ? input.photoIds : undefined,
        },
      }),
    );
  return { ...m, submit, renew: () => (key.current = newIdempotencyKey()) };
}

/** Every move on a ticket, with the body its route takes. */
export type Move =
  | { action: 'take' | 'accept_quote' | 'confirm' | 'cancel'; note?: string }
  | { action: 'start' | 'complete'; note?: string; photoIds?: string[] }
  | { action: 'add_note' | 'reopen' | 'reject_quote'; note: string; photoIds?: string[] }
  | { action: 'assign'; assigneeId: string; note?: string }
  | { action: 'request_quote'; amountFen: string; note?: string }
  | { action: 'decline'; reason: DeclineReason; note?: string };

const opt = (s?: string) => (s && s.trim() ? s.trim() : undefined);
const photos = (ids?: string[]) => (ids && ids.length ? ids : undefined);

export function sendMove(id: string, move: Move): Promise<ApiResult<TicketDetail>> {
  const params = { path: { id } };
  switch (move.action) {
    case 'take':
      return api.POST('/api/v1/repairs/{id}/take', { params, body: { note: opt(move.note) } });
    case 'accept_quote':
      return api.POST('/api/v1/repairs/{id}/accept-quote', { params, body: { note: opt(move.note) } });
    case 'confirm':
      return api.POST('/api/v1/repairs/{id}/confirm', { params, body: { note: opt(move.note) } });
    case 'cancel':
      return api.POST('/api/v1/repairs/{id}/cancel', { params, body: { note: opt(move.note) } });
    case 'start':
      return api.POST('/api/v1/repairs/{id}/start', {
        params,
        body: { note: opt(move.note), photoIds: photos(move.photoIds) },
      });
    case 'complete':
      return api.POST('/api/v1/repairs/{id}/complete', {
        params,
        body: { note: opt(move.note), photoIds: photos(move.photoIds) },
      });
    case 'add_note':
      return api.POST('/api/v1/repairs/{id}/notes', {
        params,
        body: { note: move.note.trim(), photoIds: photos(move.photoIds) },
      });
    case 'reopen':
      return api.POST('/api/v1/repairs/{id}/reopen', {
        params,
        body: { note: move.note.trim(), photoIds: photos(move.photoIds) },
      });
    case 'reject_quote':
      return api.POST('/api/v1/repairs/{id}/reject-quote', {
        params,
        body: { note: move.note.trim(), photoIds: photos(move.photoIds) },
      });
    case 'assign':
      return api.POST('/api/v1/repairs/{id}/assign', {
        params,
        body: { assigneeId: move.assigneeId, note: opt(move.note) },
      });
    case 'request_quote':
      return api.POST('/api/v1/repairs/{id}/quote', {
        params,
        body: { amountFen: move.amountFen, note: opt(move.note) },
      });
    case 'decline':
      return api.POST('/api/v1/repairs/{id}/decline', { params, body: { reason: move.reason, note: opt(move.note) } });
    default: {
      const never: never = move;
      return never;
    }
  }
}

export const sendRating = (id: string, score: number, tags: RatingTag[], comment: string) =>
  api.POST('/api/v1/repairs/{id}/rating', { params: { path: { id } }, body: { score, tags, comment: opt(comment) } });

export const sendMeToo = (id: string) => api.POST('/api/v1/repairs/{id}/me-too', { params: { path: { id } } });

export const markMessageRead = (id: string) => api.POST('/api/v1/messages/{id}/read', { params: { path: { id } } });

export const finishFollowUp = (id: string, note: string) =>
  api.POST('/api/v1/repairs/follow-ups/{id}/done', { params: { path: { id } }, body: { note: note.trim() } });
