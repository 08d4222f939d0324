import Taro from '@tarojs/taro';
import { createApiClient, TransportError, type Transport } from '@gongzhi/api-client';
import type { ApiPaths } from './pending-paths';
import { clearSession, getActiveCommunityId, getSession, saveSession } from './session';

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

/**
 * Renews the session with the stored refresh token (POST /auth/refresh). The client calls this once for every call
 * that expired together (single flight). A lost answer is safe to retry: within 30 s the server answers the same pair.
 * Only a refusal (401) ends the session; no answer at all keeps it (the call shows the network error).
 */
let renewing: Promise<boolean> | null = null;

export function refreshSession(): Promise<boolean> {
  // One renewal at a time for the JSON client and for uploads and downloads alike.
  renewing ??= renewOnce().finally(() => {
    renewing = null;
  });
  return renewing;
}

async function renewOnce(): Promise<boolean> {
  const session = getSession();
  if (!session?.refreshToken) return false;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const res = await taroTransport({
        method: 'POST',
        url: `${API_BASE}/api/v1/auth/refresh`,
        headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
        body: JSON.stringify({ refreshToken: session.refreshToken }),
      });
      const data = res.body as { accessToken?: unknown; refreshToken?: unknown } | undefined;
      if (res.status === 200 && typeof data?.accessToken === 'string' && typeof data.refreshToken === 'string') {
        saveSession({ accessToken: data.accessToken, refreshToken: data.refreshToken });
        return true;
      }
      if (res.status === 401 || res.status === 400) {
        clearSession();
        return false;
      }
    } catch {
      // No answer: try once more with the same token (the server answers a retry with the same pair).
    }
  }
  return false;
}

export const api = createApiClient<ApiPaths>({
  baseUrl: API_BASE,
  transport: taroTransport,
  getToken: () => getSession()?.accessToken,
  getHeaders: () => ({ 'X-Community-Id': getActiveCommunityId() }),
  refreshSession,
  // The session is cleared only when it cannot be renewed (refreshSession clears it on a refusal).
  onUnauthorized: (error) => {
    if (error.code !== 'AUTH.TOKEN_EXPIRED' || !getSession()?.refreshToken) clearSession();
  },
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
