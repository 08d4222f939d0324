import type { ApiResult } from '@gongzhi/api-client';
import {
  choosePhotos as chooseLocalPhotos,
  uploadForPurpose,
  useDownloadedSrc,
  type DownloadedSrc,
} from '../../services/transfer';
import type { UploadedFile } from './types';

const isH5 = process.env.TARO_ENV === 'h5';
export const MAX_PHOTOS = 9;

export type PhotoUpload = ApiResult<UploadedFile>;

/** Takes or picks up to `max` photos (at most MAX_PHOTOS at a time). [] when the person cancelled. */
export function choosePhotos(max: number): Promise<string[]> {
  return chooseLocalPhotos(Math.min(max, MAX_PHOTOS)).then((paths) => paths.slice(0, max));
}

/** POST /api/v1/files (multipart, purpose repair_photo). The photo is attached when the report or move is sent. */
export function uploadRepairPhoto(filePath: string): Promise<PhotoUpload> {
  return uploadForPurpose<UploadedFile>('repair_photo', filePath, isH5 ? 'photo.jpg' : undefined);
}

export type PhotoSrc = DownloadedSrc;

/** A stored photo as a local source for <Image>: the content route needs the token, which <Image> cannot send. */
export function usePhotoSrc(url: string): PhotoSrc {
  return useDownloadedSrc(url);
}
