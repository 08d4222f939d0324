import Taro from '@tarojs/taro';
import type { ApiResult } from '@gongzhi/api-client';
import {
  choosePhotos,
  pickAndUploadInH5,
  saveDownload,
  uploadForPurpose,
  useDownloadedSrc,
  type DownloadedSrc,
} from '../../services/transfer';
import type { FileInfo } from './types';
import { explainWxFailure } from '../../services/wxFailure';

const isH5 = process.env.TARO_ENV === 'h5';

export type UploadResult = ApiResult<FileInfo>;

/** POST /api/v1/files (multipart) with purpose ledger_attachment; the file is attached to the entry when it is saved. */
export function uploadLedgerFile(filePath: string, fileName?: string): Promise<UploadResult> {
  return uploadForPurpose<FileInfo>('ledger_attachment', filePath, fileName);
}

/** Take or pick one photo and upload it. Undefined when the person cancelled. */
export async function choosePhotoAndUpload(): Promise<UploadResult | undefined> {
  const [path] = await choosePhotos(1);
  if (!path) return undefined;
  return uploadLedgerFile(path, isH5 ? 'photo.jpg' : undefined);
}

/** Pick one PDF (weapp: from a chat; H5: the file dialog) and upload it. Undefined when cancelled. */
export async function choosePdfAndUpload(): Promise<UploadResult | undefined> {
  if (isH5) return pickAndUploadInH5('application/pdf', uploadLedgerFile);
  try {
    const r = await Taro.chooseMessageFile({ count: 1, type: 'file', extension: ['pdf'] });
    const f = r.tempFiles[0];
    return f ? uploadLedgerFile(f.path, f.name) : undefined;
  } catch (err) {
    await explainWxFailure(err, '聊天文件');
    return undefined;
  }
}

/** A photo's local source for <Image>: the content route needs the token, which an image tag cannot send. */
export function useFileSrc(file: Pick<FileInfo, 'contentUrl' | 'thumbnailUrl'>): DownloadedSrc {
  // The medium thumbnail (720 px) fills a phone's width; the original (up to 2560 px) only on tap.
  return useDownloadedSrc(file.thumbnailUrl ? file.thumbnailUrl.replace('size=small', 'size=medium') : file.contentUrl);
}

/** Opens a PDF: weapp downloads and shows it (openDocument); H5 saves it through the browser. */
export async function openPdf(file: FileInfo): Promise<boolean> {
  const r = await saveDownload(file.contentUrl, file.originalName ?? `${file.id}.pdf`, 'pdf');
  return !r.error;
}
