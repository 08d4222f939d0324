/** The transport seam: how one HTTP request is sent. Taro.request in the mini-program, fetch in Node. */

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface TransportRequest {
  method: HttpMethod;
  /** Absolute or (same-origin H5) relative URL, query string included. */
  url: string;
  headers: Record<string, string>;
  /** Already-serialised JSON body, if any. */
  body?: string;
}

export interface TransportResponse {
  status: number;
  /** Parsed JSON when the answer was JSON; raw text otherwise; undefined when empty. */
  body: unknown;
}

/** Thrown (rejected) by a transport when no HTTP answer arrived. */
export class TransportError extends Error {
  constructor(
    readonly kind: 'offline' | 'timeout',
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'TransportError';
  }
}

/** Sends one request. Resolves with any HTTP status; rejects (ideally with TransportError) when nothing came back. */
export type Transport = (request: TransportRequest) => Promise<TransportResponse>;
