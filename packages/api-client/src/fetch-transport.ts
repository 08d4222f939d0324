import { TransportError, type Transport } from './transport.js';

/**
 * A Transport over the WHATWG `fetch` (Node ≥ 18, browsers). Used by Node tests and scripts;
 * the mini-program uses its own Taro.request transport because WeChat has no fetch.
 */
export function fetchTransport(options: { timeoutMs?: number; fetch?: typeof fetch } = {}): Transport {
  const timeoutMs = options.timeoutMs ?? 30_000;
  const doFetch = options.fetch ?? globalThis.fetch;
  return async ({ method, url, headers, body }) => {
    let response: Response;
    try {
      response = await doFetch(url, { method, headers, body, signal: AbortSignal.timeout(timeoutMs) });
    } catch (cause) {
      const name = (cause as { name?: unknown } | null)?.name;
      if (name === 'TimeoutError')
        throw new TransportError('timeout', `timed out after ${timeoutMs} ms: ${method} ${url}`, { cause });
      throw new TransportError('offline', `network failure: ${method} ${url}`, { cause });
    }
    const text = await response.text();
    let parsed: unknown = text === '' ? undefined : text;
    if (text !== '' && (response.headers.get('content-type') ?? '').includes('json')) {
      try {
        parsed = JSON.parse(text);
      } catch {
        parsed = text;
      }
    }
    return { status: response.status, body: parsed };
  };
}
