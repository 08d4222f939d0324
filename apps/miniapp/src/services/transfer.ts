import Taro from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { errorFromStatus, networkError, type ApiError, type ApiResult } from '@gongzhi/api-client';
import { API_BASE, REQUEST_TIMEOUT_MS, refreshSession } from './api';
import { clearSession, getActiveCommunityId, getSession } from './session';
import { explainWxFailure } from './wxFailure';

/**
 * Multipart uploads and authenticated downloads. The generated client speaks JSON only; these go through
 * Taro.uploadFile / Taro.downloadFile (wx.* in weapp, XHR in H5) with the same headers as the client
 * (bearer token, X-Community-Id), and answer in the client's `{ data | error, status }` shape with the
 * client's error mapping (the API's envelope, else a code from the HTTP status). An expired access token is renewed
 * and the transfer sent again once; any other 401 clears the session.
 */
const isH5 = process.env.TARO_ENV === 'h5';

function authHeaders(communityId?: string): Record<string, string> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  const token = getSession()?.accessToken;
  if (token) headers.Authorization = `Bearer ${token}`;
  const community = communityId ?? getActiveCommunityId();
  if (community) headers['X-Community-Id'] = community;
  return headers;
}

function parse(data: unknown): unknown {
  if (typeof data !== 'string') return data;
  try {
    return JSON.parse(data);
  } catch {
    return undefined;
  }
}

function answerError(status: number, body: unknown): ApiError {
  const error = (body as { error?: ApiError } | undefined)?.error;
  // An expired access token is renewed by `withRenewal`; any other 401 ends the session.
  if (status === 401 && error?.code !== 'AUTH.TOKEN_EXPIRED') clearSession();
  return error && typeof error.code === 'string' ? error : errorFromStatus(status);
}

/** Sends again once after renewing the session when the access token had expired (as the JSON client does). */
async function withRenewal<T>(send: () => Promise<ApiResult<T>>): Promise<ApiResult<T>> {
  const first = await send();
  if (first.status !== 401 || first.error?.code !== 'AUTH.TOKEN_EXPIRED') return first;
  if (await refreshSession()) return send();
  if (!getSession()?.refreshToken) clearSession();
  return first;
}

function failure(err: unknown): ApiError {
  const message = String((err as { errMsg?: unknown } | undefined)?.errMsg ?? err);
  return networkError({ kind: /timeout|超时/i.test(message) ? 'timeout' : 'offline' });
}

export interface UploadInput {
  path: string;
  /** A local file path (weapp temp path, H5 blob URL). */
  filePath: string;
  /** Shown as the file's name (H5 needs it to keep the extension). */
  fileName?: string;
  formData?: Record<string, string>;
  communityId?: string;
}

export function uploadFile<T>(input: UploadInput): Promise<ApiResult<T>> {
  return withRenewal(() => uploadOnce<T>(input));
}

function uploadOnce<T>({ path, filePath, fileName, formData, communityId }: UploadInput): Promise<ApiResult<T>> {
  return new Promise((resolve) => {
    Taro.uploadFile({
      url: API_BASE + path,
      filePath,
      name: 'file',
      fileName,
      formData,
      header: authHeaders(communityId),
      timeout: REQUEST_TIMEOUT_MS * 3,
      success: (res) => {
        const body = parse(res.data);
        if (res.statusCode >= 200 && res.statusCode < 300) resolve({ data: body as T, status: res.statusCode });
        else resolve({ error: answerError(res.statusCode, body), status: res.statusCode });
      },
      fail: (err) => resolve({ error: failure(err), status: 0 }),
    } as Parameters<typeof Taro.uploadFile>[0]);
  });
}

/** POST /api/v1/files (multipart) for one purpose; the file is attached when the form that uses it is sent. */
export function uploadForPurpose<F>(purpose: string, filePath: string, fileName?: string): Promise<ApiResult<F>> {
  return uploadFile<F>({ path: '/api/v1/files', filePath, fileName, formData: { purpose } });
}

/** Downloads an authenticated file to a local path (weapp temp file, H5 blob URL). */
export function downloadFile(path: string): Promise<ApiResult<{ tempFilePath: string }>> {
  return withRenewal(() => downloadOnce(path));
}

function downloadOnce(path: string): Promise<ApiResult<{ tempFilePath: string }>> {
  return new Promise((resolve) => {
    Taro.downloadFile({
      url: API_BASE + path,
      header: authHeaders(),
      success: (res) => {
        if (res.statusCode >= 200 && res.statusCode < 300)
          resolve({ data: { tempFilePath: res.tempFilePath }, status: res.statusCode });
        else resolve({ error: answerError(res.statusCode, undefined), status: res.statusCode });
      },
      fail: (err) => resolve({ error: failure(err), status: 0 }),
    });
  });
}

/**
 * Saves a downloaded file for the person: H5 → the browser's download with a file name (or, with
 * `h5: 'new-tab'`, opens it in a new tab, e.g. a printable page); weapp → opens it in WeChat's document
 * viewer (from its menu it can be sent to a chat or saved).
 */
export async function saveDownload(
  path: string,
  fileName: string,
  fileType?: 'pdf' | 'xlsx',
  h5: 'download' | 'new-tab' = 'download',
): Promise<ApiResult<true>> {
  const got = await downloadFile(path);
  if (got.error) return got;
  if (isH5) {
    const a = document.createElement('a');
    a.href = got.data.tempFilePath;
    if (h5 === 'download') a.download = fileName;
    else a.target = '_blank';
    document.body.appendChild(a);
    a.click();
    a.remove();
    return { data: true, status: got.status };
  }
  try {
    await Taro.openDocument({ filePath: got.data.tempFilePath, fileType, showMenu: true } as Taro.openDocument.Option);
    return { data: true, status: got.status };
  } catch {
    return { error: { code: 'FILE.INVALID', message: '文件无法打开。' }, status: got.status };
  }
}

/** Tap on a thumbnail: downloads the original (with the token) and opens WeChat's full-screen viewer. */
export async function previewOriginal(path: string, fallbackSrc: string): Promise<void> {
  const got = await downloadFile(path);
  const src = got.error ? fallbackSrc : got.data.tempFilePath;
  await Taro.previewImage({ urls: [src], current: src });
}

export type DownloadedSrc = { status: 'loading' } | { status: 'ok'; src: string } | { status: 'error' };

/** A stored photo as a local source for <Image>: the content route needs the token, which <Image> cannot send. */
export function useDownloadedSrc(path: string): DownloadedSrc {
  const [state, setState] = useState<DownloadedSrc>({ status: 'loading' });
  useEffect(() => {
    let alive = true;
    setState({ status: 'loading' });
    void downloadFile(path).then((got) => {
      if (alive) setState(got.error ? { status: 'error' } : { status: 'ok', src: got.data.tempFilePath });
    });
    return () => {
      alive = false;
    };
  }, [path]);
  return state;
}

/**
 * Takes or picks up to `count` photos, compressed by WeChat before upload: chooseMedia on weapp (chooseImage is no
 * longer maintained there), chooseImage on H5 (Taro's H5 file dialog, which the browser tests use). [] when the person
 * cancelled or it failed; a failure (privacy guideline refused, permission off) is explained first
 * (services/wxFailure.ts).
 */
export async function choosePhotos(count: number): Promise<string[]> {
  if (count <= 0) return [];
  try {
    const paths = (await chooseLocalImages(count, ['camera', 'album'])).map((f) => f.path);
    return paths.filter(Boolean).slice(0, count);
  } catch (err) {
    await explainWxFailure(err, '相册和相机');
    return [];
  }
}

export interface LocalImage {
  path: string;
  /** H5 only: the browser's File (its name keeps the extension). */
  original?: File;
}

/** chooseMedia (images, compressed) on weapp, chooseImage on H5. Rejects as the wx API does (cancel, privacy, …). */
export async function chooseLocalImages(count: number, sourceType: ('album' | 'camera')[]): Promise<LocalImage[]> {
  if (process.env.TARO_ENV === 'weapp') {
    // Taro 4 does not promisify chooseMedia (not in its list): the callbacks, wrapped here.
    const r = await new Promise<Taro.chooseMedia.SuccessCallbackResult>((resolve, reject) => {
      Taro.chooseMedia({
        count,
        mediaType: ['image'],
        sizeType: ['compressed'],
        sourceType,
        success: resolve,
        fail: reject,
      });
    });
    return r.tempFiles.map((f) => ({ path: f.tempFilePath }));
  }
  const r = await Taro.chooseImage({ count, sizeType: ['compressed'], sourceType });
  return r.tempFilePaths.map((path, i) => ({
    path,
    original: (r.tempFiles[i] as { originalFileObj?: File } | undefined)?.originalFileObj,
  }));
}

/**
 * H5 only: the browser's file dialog for one file of the `accept` types, handed to `upload` as a blob URL
 * (revoked afterwards). Undefined when nothing was chosen.
 */
export async function pickAndUploadInH5<R>(
  accept: string,
  upload: (url: string, name: string) => Promise<R>,
): Promise<R | undefined> {
  const file = await new Promise<File | undefined>((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.style.display = 'none';
    input.onchange = () => resolve(input.files?.[0]);
    document.body.appendChild(input);
    input.click();
    window.setTimeout(() => input.remove(), 60_000);
  });
  if (!file) return undefined;
  const url = URL.createObjectURL(file);
  try {
    return await upload(url, file.name);
  } finally {
    URL.revokeObjectURL(url);
  }
}
