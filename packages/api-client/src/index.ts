/**
 * A small typed client over the `paths` type generated from the API's OpenAPI document.
 *
 * Transport-agnostic: the mini-program passes a Taro.request transport (WeChat has no fetch),
 * Node tests pass `fetchTransport`. Every call resolves (never rejects for HTTP or network
 * failures) to `{ data, status }` or `{ error, status }`, where `error` is the API's error envelope
 * body — so pages switch on `error.code`, never on text.
 */
import type { ErrorCode, ErrorEnvelope } from '@gongzhi/domain';
import type { paths } from './schema.js';
import { TransportError, type HttpMethod, type Transport, type TransportResponse } from './transport.js';

export type { paths, components, operations } from './schema.js';
export { fetchTransport } from './fetch-transport.js';
export { TransportError } from './transport.js';
export type { HttpMethod, Transport, TransportRequest, TransportResponse } from './transport.js';

// ---------------------------------------------------------------------------------------------
// Errors

/**
 * Codes the client itself produces when no API answer could be read. Not in @gongzhi/domain's
 * ErrorCode because the server never sends them.
 */
export const ClientErrorCode = {
  /** No connection, DNS failure, connection refused, request aborted by the platform. */
  OFFLINE: 'CLIENT.OFFLINE',
  /** The request did not finish within the transport's timeout. */
  TIMEOUT: 'CLIENT.TIMEOUT',
} as const;
export type ClientErrorCode = (typeof ClientErrorCode)[keyof typeof ClientErrorCode];

/** The error of a failed call: the API's envelope body, or a client-side network error (status 0). */
export type ApiError = Omit<ErrorEnvelope['error'], 'code'> & { code: ErrorCode | ClientErrorCode };

export type ApiResult<T> =
  { data: T; error?: undefined; status: number } | { data?: undefined; error: ApiError; status: number };

// ---------------------------------------------------------------------------------------------
// Typing helpers over a generated `paths` type

type Lower<M extends HttpMethod> = Lowercase<M>;

/** Paths of P that define method M. */
export type PathsWithMethod<P, M extends HttpMethod> = {
  [K in keyof P]: P[K] extends { [X in Lower<M>]: infer Op }
    ? [Op] extends [never]
      ? never
      : Op extends undefined
        ? never
        : K
    : never;
}[keyof P] &
  string;

type OperationOf<P, K extends keyof P, M extends HttpMethod> = P[K] extends { [X in Lower<M>]: infer Op } ? Op : never;

type ParamsOf<Op> = Op extends { parameters: infer Params } ? Params : Record<string, never>;

type PathInit<Params> = Params extends { path: infer T } ? { path: T } : { path?: undefined };
type QueryInit<Params> = Params extends { query: infer T }
  ? { query: T }
  : Params extends { query?: infer T }
    ? [T] extends [never | undefined]
      ? { query?: undefined }
      : { query?: T }
    : { query?: undefined };
type ParamsInit<Op> = PathInit<ParamsOf<Op>> & QueryInit<ParamsOf<Op>>;

type JsonOf<Content> = Content extends { 'application/json': infer T }
  ? T
  : Content extends { [type: string]: infer T }
    ? T
    : unknown;

type BodyInit<Op> = Op extends { requestBody: { content: infer C } }
  ? { body: JsonOf<C> }
  : Op extends { requestBody?: { content: infer C } }
    ? [C] extends [never]
      ? { body?: undefined }
      : { body?: JsonOf<C> }
    : { body?: undefined };

// `{} extends T` is the standard test for "every property of T is optional" ({} is meant literally here).
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
type IsOptional<T> = {} extends T ? true : false;

type RequestOptions<Op> = (IsOptional<ParamsInit<Op>> extends true
  ? { params?: ParamsInit<Op> }
  : { params: ParamsInit<Op> }) &
  BodyInit<Op> & {
    /** Sent as `Idempotency-Key`: a retried create with the same key is answered, not repeated. */
    idempotencyKey?: string;
    headers?: Record<string, string>;
  };

// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the same optional-properties test
type Args<Op> = {} extends RequestOptions<Op> ? [options?: RequestOptions<Op>] : [options: RequestOptions<Op>];

type SuccessStatus = 200 | 201 | 202 | 203 | 204 | 206 | '2XX';
type ResponseData<R> = R extends { content: infer C } ? ([C] extends [never] ? undefined : JsonOf<C>) : undefined;
/** The body of the operation's 2xx answers (undefined for 204). */
export type SuccessData<Op> = Op extends { responses: infer Rs }
  ? { [S in keyof Rs]: S extends SuccessStatus ? ResponseData<Rs[S]> : never }[keyof Rs]
  : unknown;

type Method<P, M extends HttpMethod> = <K extends PathsWithMethod<P, M>>(
  path: K,
  ...args: Args<OperationOf<P, K, M>>
) => Promise<ApiResult<SuccessData<OperationOf<P, K, M>>>>;

export interface ApiClient<P = paths> {
  GET: Method<P, 'GET'>;
  POST: Method<P, 'POST'>;
  PUT: Method<P, 'PUT'>;
  PATCH: Method<P, 'PATCH'>;
  DELETE: Method<P, 'DELETE'>;
}

export interface ApiClientOptions {
  /** Origin (and optional prefix) the paths are appended to. '' → relative URLs (same-origin H5). */
  baseUrl: string;
  transport: Transport;
  /** Current access token, if signed in. */
  getToken?: () => string | null | undefined | Promise<string | null | undefined>;
  /** Extra headers for every call, e.g. `X-Community-Id` for the active community; undefined values are left out. */
  getHeaders?: () => Record<string, string | undefined>;
  /** Called after any 401 answer the client could not recover from (e.g. to clear the stored token). */
  onUnauthorized?: (error: ApiError) => void;
  /**
   * Renews the session when a call answers 401 AUTH.TOKEN_EXPIRED: resolves true when new tokens are stored (the call
   * is then sent again, once, with the new access token), false when the session cannot be renewed. Calls that expire
   * together share one renewal (single flight): the refresh token is presented once.
   */
  refreshSession?: () => Promise<boolean>;
}

// ---------------------------------------------------------------------------------------------
// Runtime

type QueryValue = string | number | boolean | null | undefined;

/** Replaces `{name}` segments with URL-encoded values; throws if one is missing (a programming error). */
export function fillPath(template: string, pathParams?: Record<string, unknown>): string {
  return template.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const value = pathParams?.[name];
    if (value === undefined || value === null || value === '') {
      throw new Error(`api-client: missing path parameter "${name}" for ${template}`);
    }
    return encodeURIComponent(String(value));
  });
}

/** `?a=1&tag=x&tag=y`; undefined/null values are left out; '' when nothing remains. */
export function buildQuery(query?: Record<string, QueryValue | readonly QueryValue[]>): string {
  if (!query) return '';
  const parts: string[] = [];
  for (const key of Object.keys(query)) {
    const raw = query[key];
    const values = Array.isArray(raw) ? raw : [raw];
    for (const value of values) {
      if (value === undefined || value === null) continue;
      parts.push(`${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`);
    }
  }
  return parts.length ? `?${parts.join('&')}` : '';
}

function isEnvelope(body: unknown): body is ErrorEnvelope {
  if (typeof body !== 'object' || body === null || !('error' in body)) return false;
  const error = (body as { error: unknown }).error;
  return typeof error === 'object' && error !== null && typeof (error as { code?: unknown }).code === 'string';
}

/** Error for an answer that is not the API's envelope (a proxy's 502 page, an HTML 404). */
export function errorFromStatus(status: number): ApiError {
  switch (true) {
    case status === 401:
      return { code: 'AUTH.UNAUTHENTICATED', message: '请先登录。' };
    case status === 403:
      return { code: 'AUTH.FORBIDDEN', message: '您没有权限进行此操作。' };
    case status === 404:
      return { code: 'COMMON.NOT_FOUND', message: '找不到该内容或服务。' };
    case status === 409:
      return { code: 'COMMON.CONFLICT', message: '操作冲突，请刷新后重试。' };
    case status === 413:
      return { code: 'COMMON.PAYLOAD_TOO_LARGE', message: '提交的内容太大。' };
    case status === 429:
      return { code: 'COMMON.RATE_LIMITED', message: '操作太频繁，请稍后再试。' };
    case status === 502 || status === 503 || status === 504:
      return { code: 'COMMON.UNAVAILABLE', message: '服务暂时不可用，请稍后再试。' };
    case status >= 400 && status < 500:
      return { code: 'COMMON.VALIDATION_FAILED', message: '请求有误，请检查后重试。' };
    default:
      return { code: 'COMMON.INTERNAL', message: '服务出错了，请稍后再试。' };
  }
}

export function networkError(cause: unknown): ApiError {
  // Duck-typed: a transport bundled with another copy of this module still counts.
  if (
    cause instanceof TransportError
      ? cause.kind === 'timeout'
      : (cause as { kind?: unknown } | null)?.kind === 'timeout'
  ) {
    return { code: ClientErrorCode.TIMEOUT, message: '网络太慢，请求超时，请稍后重试。' };
  }
  return { code: ClientErrorCode.OFFLINE, message: '网络连接失败，请检查网络后重试。' };
}

interface RuntimeOptions {
  params?: { path?: Record<string, unknown>; query?: Record<string, QueryValue | readonly QueryValue[]> };
  body?: unknown;
  idempotencyKey?: string;
  headers?: Record<string, string>;
}

export function createApiClient<P = paths>(options: ApiClientOptions): ApiClient<P> {
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  let renewing: Promise<boolean> | null = null;
  const renew = (): Promise<boolean> => {
    renewing ??= (options.refreshSession?.() ?? Promise.resolve(false))
      .catch(() => false)
      .finally(() => {
        renewing = null;
      });
    return renewing;
  };

  async function request(
    method: HttpMethod,
    path: string,
    init: RuntimeOptions = {},
    retried = false,
  ): Promise<ApiResult<unknown>> {
    const url = baseUrl + fillPath(path, init.params?.path) + buildQuery(init.params?.query);
    const headers: Record<string, string> = { Accept: 'application/json' };
    for (const [name, value] of Object.entries({ ...options.getHeaders?.(), ...init.headers })) {
      if (value !== undefined) headers[name] = value;
    }
    const token = await options.getToken?.();
    if (token) headers.Authorization = `Bearer ${token}`;
    if (init.idempotencyKey) headers['Idempotency-Key'] = init.idempotencyKey;
    let body: string | undefined;
    if (init.body !== undefined) {
      headers['Content-Type'] = 'application/json';
      body = JSON.stringify(init.body);
    }

    let response: TransportResponse;
    try {
      response = await options.transport({ method, url, headers, body });
    } catch (cause) {
      return { error: networkError(cause), status: 0 };
    }

    const { status } = response;
    if (status >= 200 && status < 300) {
      return { data: response.body === '' ? undefined : response.body, status };
    }
    const error = isEnvelope(response.body) ? (response.body.error as ApiError) : errorFromStatus(status);
    if (status === 401 && token && !retried && error.code === 'AUTH.TOKEN_EXPIRED' && options.refreshSession) {
      // Another call may have renewed the session while this one was on its way: then just send it again.
      const current = await options.getToken?.();
      if ((current && current !== token) || (await renew())) return request(method, path, init, true);
    }
    if (status === 401) options.onUnauthorized?.(error);
    return { error, status };
  }

  const method =
    (m: HttpMethod) =>
    (path: string, init?: RuntimeOptions): Promise<ApiResult<unknown>> =>
      request(m, path, init);

  return {
    GET: method('GET'),
    POST: method('POST'),
    PUT: method('PUT'),
    PATCH: method('PATCH'),
    DELETE: method('DELETE'),
  } as unknown as ApiClient<P>;
}
