import type { ApiResult } from '@gongzhi/api-client';
import { choosePhotos, pickAndUploadInH5, saveDownload, uploadForPurpose } from '../../services/transfer';
import type { FileInfo } from './types';

const isH5 = process.env.TARO_ENV === 'h5';
export type VotePurpose = 'notice_attachment' | 'ballot_scan' | 'proxy_document';
export type UploadResult = ApiResult<FileInfo>;

/** A photo (camera or album) or, in H5, any image / PDF from the file dialog. Undefined when cancelled. */
export async function chooseAndUpload(purpose: VotePurpose): Promise<UploadResult | undefined> {
  if (isH5)
    return pickAndUploadInH5('image/*,application/pdf', (url, name) => uploadForPurpose<FileInfo>(purpose, url, name));
  const [path] = await choosePhotos(1);
  return path ? uploadForPurpose<FileInfo>(purpose, path) : undefined;
}

/**
 * Opens an API download that needs the token (a document, the printable notice, the XLSX tally): H5 saves a PDF or
 * XLSX and opens anything else in a new tab, weapp shows it with openDocument. False when it could not be fetched.
 */
export async function openDownload(path: string, fileName: string, fileType?: 'pdf' | 'xlsx'): Promise<boolean> {
  const r = await saveDownload(path, fileName, fileType, fileType ? 'download' : 'new-tab');
  return !r.error;
}
