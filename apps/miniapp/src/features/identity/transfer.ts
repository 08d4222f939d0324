import Taro from '@tarojs/taro';
import { ClientErrorCode, type ApiError, type ApiResult } from '@gongzhi/api-client';
import { API_BASE, REQUEST_TIMEOUT_MS } from '../../services/api';
import { clearSession, getActiveCommunityId, getSession } from '../../services/session';

/**
 * Multipart uploads and authenticated downloads. The generated client speaks JSON only; these go through
 * Taro.uploadFile / Taro.downloadFile (wx.* in weapp, XHR in H5) with the same headers as the client
 * (bearer token, X-Community-Id), and answer in the client's `{ data | error, status }` shape.
 */
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

function envelopeError(status: number, body: unknown): ApiError {
  const error = (body as { error?: ApiError } | undefined)?.error;
  if (error && typeof error.code === 'string') return error;
  if (status === 401) return { code: 'AUTH.UNAUTHENTICATED', message: '请先登录。' };
  if (status === 403) return { code: 'AUTH.FORBIDDEN', message: '您没有权限进行此操作。' };
  if (status === 404) return { code: 'COMMON.NOT_FOUND', message: '找不到该内容。' };
  if (status === 413) return { code: 'COMMON.PAYLOAD_TOO_LARGE', message: '文件太大。' };
  return { code: 'COMMON.INTERNAL', message: '服务出错了，请稍后再试。' };
}

function failure(errMsg: string): ApiError {
  return /timeout|超时/i.test(errMsg)
    ? { code: ClientErrorCode.TIMEOUT, message: '网络太慢，请求超时，请稍后重试。' }
    : { code: ClientErrorCode.OFFLINE, message: '网络连接失败，请检查网络后重试。' };
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

export function uploadFile<T>({ path, filePath, fileName, formData, communityId }: UploadInput): Promise<ApiResult<T>> {
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
        else {
          if (res.statusCode === 401) clearSession();
          resolve({ error: envelopeError(res.statusCode, body), status: res.statusCode });
        }
      },
      fail: (err) => resolve({ error: failure(String(err?.errMsg ?? err)), status: 0 }),
    } as Parameters<typeof Taro.uploadFile>[0]);
  });
}

/** Downloads an authenticated file to a local path (weapp temp file, H5 blob URL). */
export function downloadFile(path: string): Promise<ApiResult<{ tempFilePath: string }>> {
  return new Promise((resolve) => {
    Taro.downloadFile({
      url: API_BASE + path,
      header: authHeaders(),
      success: (res) => {
        if (res.statusCode >= 200 && res.statusCode < 300) resolve({ data: { tempFilePath: res.tempFilePath }, status: res.statusCode });
        else resolve({ error: envelopeError(res.statusCode, undefined), status: res.statusCode });
      },
      fail: (err) => resolve({ error: failure(String(err?.errMsg ?? err)), status: 0 }),
    });
  });
}

/**
 * Saves a downloaded file for the person: H5 → the browser's download with a file name; weapp → opens it in
 * WeChat's document viewer (Excel opens there; from its menu it can be sent to a chat or saved).
 */
export async function saveDownload(path: string, fileName: string, fileType?: 'xlsx'): Promise<ApiResult<true>> {
  const got = await downloadFile(path);
  if (got.error) return got;
  if (process.env.TARO_ENV === 'h5') {
    const a = document.createElement('a');
    a.href = got.data.tempFilePath;
    a.download = fileName;
    document.body.appendChild(a);
    a.click();
    a.remove();
    return { data: true, status: got.status };
  }
  try {
    await Taro.openDocument({ filePath: got.data.tempFilePath, fileType, showMenu: true });
    return { data: true, status: got.status };
  } catch {
    return { error: { code: 'FILE.INVALID', message: '文件无法打开。' }, status: got.status };
  }
}
