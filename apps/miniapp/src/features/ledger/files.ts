import Taro from '@tarojs/taro';
import { useEffect, useState } from 'react';
import type { ApiError } from '@gongzhi/api-client';
import { API_BASE } from '../../services/api';
import { getActiveCommunityId, getSession } from '../../services/session';
import type { FileInfo } from './types';

const isH5 = process.env.TARO_ENV === 'h5';

/** Headers a file request needs: the token and the community (Taro.uploadFile / downloadFile bypass the typed client). */
function authHeaders(): Record<string, string> {
  const h: Record<string, string> = {};
  const token = getSession()?.accessToken;
  if (token) h.Authorization = `Bearer ${token}`;
  const community = getActiveCommunityId();
  if (community) h['X-Community-Id'] = community;
  return h;
}

export type UploadResult = { file: FileInfo; error?: undefined } | { file?: undefined; error: ApiError };

function envelopeError(status: number, body: unknown): ApiError {
  const e = (body as { error?: { code?: unknown; message?: unknown } } | null)?.error;
  if (e && typeof e.code === 'string') return e as ApiError;
  return { code: status === 413 ? 'COMMON.PAYLOAD_TOO_LARGE' : 'COMMON.INTERNAL', message: '上传没有成功。' };
}

/** POST /api/v1/files (multipart) with purpose ledger_attachment; the file is attached to the entry when it is saved. */
export async function uploadLedgerFile(filePath: string, fileName?: string): Promise<UploadResult> {
  try {
    const res = await Taro.uploadFile({
      url: `${API_BASE}/api/v1/files`,
      filePath,
      name: 'file',
      fileName,
      formData: { purpose: 'ledger_attachment' },
      header: authHeaders(),
    } as Taro.uploadFile.Option);
    let body: unknown = res.data;
    try {
      body = JSON.parse(String(res.data));
    } catch {
      /* not JSON */
    }
    if (res.statusCode >= 200 && res.statusCode < 300) return { file: body as FileInfo };
    return { error: envelopeError(res.statusCode, body) };
  } catch {
    return { error: { code: 'CLIENT.OFFLINE', message: '网络连接失败，请检查网络后重试。' } };
  }
}

/** Take or pick one photo and upload it. Undefined when the person cancelled. */
export async function choosePhotoAndUpload(): Promise<UploadResult | undefined> {
  let path: string;
  try {
    const r = await Taro.chooseImage({ count: 1, sizeType: ['compressed'], sourceType: ['camera', 'album'] });
    path = r.tempFilePaths[0] ?? '';
  } catch {
    return undefined;
  }
  if (!path) return undefined;
  return uploadLedgerFile(path, isH5 ? 'photo.jpg' : undefined);
}

/** Pick one PDF (weapp: from a chat; H5: the file dialog) and upload it. Undefined when cancelled. */
export async function choosePdfAndUpload(): Promise<UploadResult | undefined> {
  if (isH5) {
    const file = await new Promise<File | undefined>((resolve) => {
      const input = document.createElement('input');
      input.type = 'file';
      input.accept = 'application/pdf';
      input.style.display = 'none';
      input.onchange = () => resolve(input.files?.[0]);
      document.body.appendChild(input);
      input.click();
      window.setTimeout(() => input.remove(), 60_000);
    });
    if (!file) return undefined;
    const url = URL.createObjectURL(file);
    try {
      return await uploadLedgerFile(url, file.name);
    } finally {
      URL.revokeObjectURL(url);
    }
  }
  try {
    const r = await Taro.chooseMessageFile({ count: 1, type: 'file', extension: ['pdf'] });
    const f = r.tempFiles[0];
    return f ? uploadLedgerFile(f.path, f.name) : undefined;
  } catch {
    return undefined;
  }
}

/** Downloads a file with the token (GET /api/v1/files/:id/content) to a local path (H5: a blob URL). */
async function download(file: Pick<FileInfo, 'contentUrl'>): Promise<string | undefined> {
  try {
    const r = await Taro.downloadFile({ url: `${API_BASE}${file.contentUrl}`, header: authHeaders() });
    return r.statusCode === 200 ? r.tempFilePath : undefined;
  } catch {
    return undefined;
  }
}

export type FileSrc = { status: 'loading' } | { status: 'ok'; src: string } | { status: 'error' };

/** A photo's local source for <Image>: the content route needs the token, which an image tag cannot send. */
export function useFileSrc(file: Pick<FileInfo, 'id' | 'contentUrl'>): FileSrc {
  const [state, setState] = useState<FileSrc>({ status: 'loading' });
  useEffect(() => {
    let alive = true;
    void download(file).then((src) => {
      if (alive) setState(src ? { status: 'ok', src } : { status: 'error' });
    });
    return () => {
      alive = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [file.id]);
  return state;
}

/** Opens a PDF: weapp downloads and shows it (openDocument); H5 saves it through the browser. */
export async function openPdf(file: FileInfo): Promise<boolean> {
  const path = await download(file);
  if (!path) return false;
  if (isH5) {
    const a = document.createElement('a');
    a.href = path;
    a.download = file.originalName ?? `${file.id}.pdf`;
    document.body.appendChild(a);
    a.click();
    a.remove();
    return true;
  }
  try {
    await Taro.openDocument({ filePath: path, fileType: 'pdf', showMenu: true });
    return true;
  } catch {
    return false;
  }
}
