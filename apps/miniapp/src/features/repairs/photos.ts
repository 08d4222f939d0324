import Taro from '@tarojs/taro';
import { useEffect, useState } from 'react';
import type { ApiError } from '@gongzhi/api-client';
import { API_BASE } from '../../services/api';
import { getActiveCommunityId, getSession } from '../../services/session';
import type { UploadedFile } from './types';

const isH5 = process.env.TARO_ENV === 'h5';
export const MAX_PHOTOS = 9;

/** Taro.uploadFile / downloadFile bypass the typed client: they need the token and community themselves. */
function authHeaders(): Record<string, string> {
  const h: Record<string, string> = {};
  const token = getSession()?.accessToken;
  if (token) h.Authorization = `Bearer ${token}`;
  const community = getActiveCommunityId();
  if (community) h['X-Community-Id'] = community;
  return h;
}

function envelopeError(status: number, body: unknown): ApiError {
  const e = (body as { error?: { code?: unknown; message?: unknown } } | null)?.error;
  if (e && typeof e.code === 'string') return e as ApiError;
  return { code: status === 413 ? 'COMMON.PAYLOAD_TOO_LARGE' : 'COMMON.INTERNAL', message: '照片上传没有成功。' } as ApiError;
}

export type PhotoUpload = { file: UploadedFile; error?: undefined } | { file?: undefined; error: ApiError };

/** Takes or picks up to `max` photos, compressed by WeChat before upload. [] when the person cancelled. */
export async function choosePhotos(max: number): Promise<string[]> {
  if (max <= 0) return [];
  try {
    const r = await Taro.chooseImage({ count: Math.min(max, MAX_PHOTOS), sizeType: ['compressed'], sourceType: ['camera', 'album'] });
    return r.tempFilePaths.filter(Boolean).slice(0, max);
  } catch {
    return [];
  }
}

/** POST /api/v1/files (multipart, purpose repair_photo). The photo is attached when the report or move is sent. */
export async function uploadRepairPhoto(filePath: string): Promise<PhotoUpload> {
  try {
    const res = await Taro.uploadFile({
      url: `${API_BASE}/api/v1/files`,
      filePath,
      name: 'file',
      fileName: isH5 ? 'photo.jpg' : undefined,
      formData: { purpose: 'repair_photo' },
      header: authHeaders(),
    } as Taro.uploadFile.Option);
    let body: unknown = res.data;
    try {
      body = JSON.parse(String(res.data));
    } catch {
      /* not JSON */
    }
    if (res.statusCode >= 200 && res.statusCode < 300) return { file: body as UploadedFile };
    return { error: envelopeError(res.statusCode, body) };
  } catch {
    return { error: { code: 'CLIENT.OFFLINE', message: '网络连接失败，请检查网络后重试。' } as ApiError };
  }
}

export type PhotoSrc = { status: 'loading' } | { status: 'ok'; src: string } | { status: 'error' };

/** A stored photo as a local source for <Image>: the content route needs the token, which <Image> cannot send. */
export function usePhotoSrc(url: string): PhotoSrc {
  const [state, setState] = useState<PhotoSrc>({ status: 'loading' });
  useEffect(() => {
    let alive = true;
    setState({ status: 'loading' });
    Taro.downloadFile({ url: `${API_BASE}${url}`, header: authHeaders() })
      .then((r) => alive && setState(r.statusCode === 200 ? { status: 'ok', src: r.tempFilePath } : { status: 'error' }))
      .catch(() => alive && setState({ status: 'error' }));
    return () => {
      alive = false;
    };
  }, [url]);
  return state;
}
