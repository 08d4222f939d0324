import type { components } from '@gongzhi/api-client';
import { api } from '../../services/api';
import { choosePhotos, uploadForPurpose } from '../../services/transfer';
import { getSession } from '../../services/session';
import { activeMembership, activeRoles } from '../home/useMe';
import { useApiQuery } from '../shared/useApiQuery';

export type Notice = components['schemas']['NoticeDto'];
export type NoticeDraftInput = components['schemas']['CreateNoticeDto'];
type FileInfo = { id: string };

const path = (id: string) => ({ params: { path: { id } } });

export function useNoticeList() {
  return useApiQuery(() => api.GET('/api/v1/notices', { params: { query: { limit: 50 } } }), []);
}

export function useNotice(id: string | undefined) {
  return useApiQuery(() => api.GET('/api/v1/notices/{id}', path(id ?? '')), [id], !!id);
}

export function useReach(id: string | undefined, enabled: boolean) {
  return useApiQuery(() => api.GET('/api/v1/notices/{id}/reach', path(id ?? '')), [id, enabled], !!id && enabled);
}

export const noticeActions = {
  read: (id: string) => api.POST('/api/v1/notices/{id}/read', path(id)),
  acknowledge: (id: string) => api.POST('/api/v1/notices/{id}/acknowledge', path(id)),
  remind: (id: string, idempotencyKey: string) =>
    api.POST('/api/v1/notices/{id}/remind', { ...path(id), idempotencyKey }),
  create: (body: NoticeDraftInput, idempotencyKey: string) => api.POST('/api/v1/notices', { body, idempotencyKey }),
  publish: (draftId: string) => api.POST('/api/v1/notices/drafts/{id}/publish', path(draftId)),
  posting: (id: string, photoFileId: string, place: string) =>
    api.POST('/api/v1/notices/{id}/board-postings', { ...path(id), body: { photoFileId, place } }),
};

/** Take or pick the photo of the notice on the board and upload it (purpose notice_attachment). */
export async function choosePostingPhoto() {
  const [p] = await choosePhotos(1);
  if (!p) return undefined;
  return uploadForPurpose<FileInfo>('notice_attachment', p, process.env.TARO_ENV === 'h5' ? 'photo.jpg' : undefined);
}

/** 12月4日 18:30 in China time. */
export function shortTime(iso: string): string {
  const d = new Date(new Date(iso).getTime() + 8 * 3_600_000);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCMonth() + 1}月${d.getUTCDate()}日 ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}`;
}

/** Who may write notices from the mini-program: committee, property, neighbourhood officer. */
export const PUBLISHER_ROLES = [
  'committee_member',
  'committee_chair',
  'property_manager',
  'property_staff',
  'neighbourhood_officer',
];

/** Whether the signed-in person writes notices here (the API checks again, by type, on every write). */
export function useIsPublisher(): boolean {
  const { state } = useApiQuery(() => api.GET('/api/v1/me'), [], getSession() !== null);
  if (state.status !== 'ok') return false;
  return activeRoles(state.data, activeMembership(state.data)).some((r) => PUBLISHER_ROLES.includes(r));
}
