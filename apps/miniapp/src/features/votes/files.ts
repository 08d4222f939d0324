import Taro from '@tarojs/taro';
import type { ApiError } from '@gongzhi/api-client';
import { API_BASE } from '../../services/api';
import { getActiveCommunityId, getSession } from '../../services/session';
import type { FileInfo } from './types';

const isH5 = process.env.TARO_ENV === 'h5';
export type VotePurpose = 'notice_attachment' | 'ballot_scan' | 'proxy_document';
export type UploadResult = { file: FileInfo; error?: undefined } | { file?: undefined; error: ApiError };

/** Token and community for Taro.uploadFile / downloadFile (they bypass the typed client). */
function authHeaders(): Record<string, string> {
  const h: Record<string, string> = {};
  const token = getSession()?.accessToken;
  if (token) h.Authorization = `Bearer ${token}`;
  const community = getActiveCommunityId();
  if (community) h['X-Community-Id'] = community;
  return h;
}

async function upload(filePath: string, purpose: VotePurpose, fileName?: string): Promise<UploadResult> {
  try {
    const res = await Taro.uploadFile({
      url: `${API_BASE}/api/v1/files`, filePath, name: 'file', fileName, formData: { purpose }, header: authHeaders(),
    } as Taro.uploadFile.Option);
    let body: unknown = res.data;
    try {
      body = JSON.parse(String(res.data));
    } catch {
      /* not JSON */
    }
    if (res.statusCode >= 200 && res.statusCode < 300) return { file: body as FileInfo };
    const e = (body as { error?: ApiError } | null)?.error;
    return { error: e && typeof e.code === 'string' ? e : { code: res.statusCode === 413 ? 'COMMON.PAYLOAD_TOO_LARGE' : 'COMMON.INTERNAL', message: '上传没有成功。' } as ApiError };
  } catch {
    return { error: { code: 'CLIENT.OFFLINE', message: '网络连接失败，请检查网络后重试。' } as ApiError };
  }
}

/** A photo (camera or album) or, in H5, any image / PDF from the file dialog. Undefined when cancelled. */
export async function chooseAndUpload(purpose: VotePurpose): Promise<UploadResult | undefined> {
  if (isH5) {
    const file = await new Promise<File | undefined>((resolve) => {
      const input = document.createElement('input');
      input.type = 'file';
      input.accept = 'image/*,application/pdf';
      input.style.display = 'none';
      input.onchange = () => resolve(input.files?.[0]);
      document.body.appendChild(input);
      input.click();
      window.setTimeout(() => input.remove(), 60_000);
    });
    if (!file) return undefined;
    const url = URL.createObjectURL(file);
    try {
      return await upload(url, purpose, file.name);
    } finally {
      URL.revokeObjectURL(url);
    }
  }
  try {
    const r = await Taro.chooseImage({ count: 1, sizeType: ['compressed'], sourceType: ['camera', 'album'] });
    const path = r.tempFilePaths[0];
    return path ? upload(path, purpose) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Opens an API download that needs the token (a document, the printable notice, the XLSX tally): H5 opens / saves
 * it through the browser, weapp shows it with openDocument. False when it could not be fetched.
 */
export async function openDownload(path: string, fileName: string, fileType?: 'pdf' | 'xlsx'): Promise<boolean> {
  try {
    const r = await Taro.downloadFile({ url: `${API_BASE}${path}`, header: authHeaders() });
    if (r.statusCode !== 200) return false;
    if (isH5) {
      const a = document.createElement('a');
      a.href = r.tempFilePath;
      if (fileType === 'xlsx' || fileType === 'pdf') a.download = fileName;
      else a.target = '_blank';
      document.body.appendChild(a);
      a.click();
      a.remove();
      return true;
    }
    await Taro.openDocument({ filePath: r.tempFilePath, fileType, showMenu: true } as Taro.openDocument.Option);
    return true;
  } catch {
    return false;
  }
}
