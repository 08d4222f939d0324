import Taro from '@tarojs/taro';
import { createApiClient, TransportError, type Transport } from '@gongzhi/api-client';
import type { ApiPaths } from './pending-paths';
import { clearSession, getActiveCommunityId, getSession } from './session';

/**
 * API origin. TARO_APP_API_BASE (from the shell or apps/miniapp/.env*) wins. Without it, H5 uses
 * same-origin relative URLs (the API serves the built H5 app), and weapp uses the local API
 * for WeChat DevTools (with 「不校验合法域名」 ticked); release builds must set an https origin.
 */
export const API_BASE: string =
  process.env.TARO_APP_API_BASE || (process.env.TARO_ENV === 'h5' ? '' : 'http://127.0.0.1:3000');

/** WeChat caps a request at 60 s; we give up earlier so older residents are not left waiting. */
export const REQUEST_TIMEOUT_MS = 20_000;

function parseBody(data: unknown): unknown {
  if (typeof data !== 'string') return data;
  if (data === '') return undefined;
  try {
    return JSON.parse(data);
  } catch {
    return data;
  }
}

/** Taro.request as a Transport: any HTTP status resolves; no answer rejects with TransportError. */
export const taroTransport: Transport = (request) =>
  new Promise((resolve, reject) => {
    Taro.request({
      url: request.url,
      method: request.method,
      header: request.headers,
      data: request.body,
      timeout: REQUEST_TIMEOUT_MS,
      // Parse ourselves so a non-JSON answer (a proxy's error page) is not mistaken for a network failure.
      dataType: 'text',
      responseType: 'text',
      success: (res) => resolve({ status: res.statusCode, body: parseBody(res.data) }),
      fail: (err) => {
        const message = String((err as { errMsg?: unknown })?.errMsg ?? err);
        reject(new TransportError(/timeout|超时/i.test(message) ? 'timeout' : 'offline', message, { cause: err }));
      },
    });
  });

export const api = createApiClient<ApiPaths>({
  baseUrl: API_BASE,
  transport: taroTransport,
  getToken: () => getSession()?.accessToken,
  getHeaders: () => ({ 'X-Community-Id': getActiveCommunityId() }),
  onUnauthorized: () => clearSession(),
});

/**
 * A fresh Idempotency-Key. Generate ONE per create (when the form opens) and reuse it for every retry
 * of that create, so a resubmission after a lost answer is answered instead of creating twice.
 */
export function newIdempotencyKey(): string {
  const random = () =>
    Math.floor(Math.random() * 0x100000000)
      .toString(16)
      .padStart(8, '0');
  return `${Date.now().toString(16)}-${random()}-${random()}-${random()}`;
}
