import { createHmac, timingSafeEqual } from 'node:crypto';
import type { AppConfig } from '../../config/config.js';

/** The path of the public route that serves an image under check to the checker. */
export const MEDIA_PATH = '/api/v1/media-check';

function key(config: AppConfig): Buffer {
  // A key of its own, derived from the signing secret: a media signature can never pass for a token or vice versa.
  return createHmac('sha256', config.jwtSecret).update('gongzhi media-check url v1').digest();
}

function sign(config: AppConfig, fileId: string, expires: number): string {
  return createHmac('sha256', key(config)).update(`${fileId.toLowerCase()}.${expires}`).digest('base64url');
}

/**
 * A short-lived URL WeChat (or the second provider) fetches the image from: `PUBLIC_BASE_URL/api/v1/media-check/<id>
 * ?e=<unix seconds>&s=<HMAC>`. No user identity in it; valid for MEDIA_URL_TTL_SECONDS.
 */
export function signedMediaUrl(config: AppConfig, fileId: string, now = new Date()): string {
  const expires = Math.floor(now.getTime() / 1000) + config.mediaUrlTtlSeconds;
  return `${config.publicBaseUrl}${MEDIA_PATH}/${fileId}?e=${expires}&s=${sign(config, fileId, expires)}`;
}

/** Whether `e` and `s` are a signature of ours for this file that has not expired (nor lives longer than allowed). */
export function mediaSignatureValid(config: AppConfig, fileId: string, e: unknown, s: unknown, now = new Date()) {
  if (typeof e !== 'string' || !/^\d{1,12}$/.test(e) || typeof s !== 'string') return false;
  const expires = Number(e);
  const nowS = Math.floor(now.getTime() / 1000);
  if (expires < nowS || expires > nowS + config.mediaUrlTtlSeconds) return false;
  const want = Buffer.from(sign(config, fileId, expires));
  const got = Buffer.from(s);
  return want.length === got.length && timingSafeEqual(want, got);
}
