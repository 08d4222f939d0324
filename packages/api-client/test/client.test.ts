import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { ClientErrorCode, createApiClient, fetchTransport, type ApiError, type Transport } from '../src/index.js';

/** A hand-written slice in the shape openapi-typescript generates, so these tests do not depend on the live API document. */
interface TicketDto {
  id: string;
  title: string;
}
type Json<T> = { headers: Record<string, unknown>; content: { 'application/json': T } };
interface testPaths {
  '/api/v1/communities/{communityId}/tickets': {
    parameters: { query?: never; header?: never; path: { communityId: string }; cookie?: never };
    get: {
      parameters: {
        query?: { status?: string; tag?: string[]; page?: number };
        header?: never;
        path: { communityId: string };
        cookie?: never;
      };
      requestBody?: never;
      responses: { 200: Json<TicketDto[]>; 404: Json<{ error: { code: string; message: string } }> };
    };
    post: {
      parameters: { query?: never; header?: never; path: { communityId: string }; cookie?: never };
      requestBody: { content: { 'application/json': { title: string } } };
      responses: { 201: Json<TicketDto> };
    };
    put?: never;
    patch?: never;
    delete?: never;
  };
  '/api/v1/tickets/{id}': {
    parameters: { query?: never; header?: never; path: { id: string }; cookie?: never };
    delete: {
      parameters: { query?: never; header?: never; path: { id: string }; cookie?: never };
      requestBody?: never;
      responses: { 204: { headers: Record<string, unknown>; content?: never } };
    };
    get?: never;
    post?: never;
    put?: never;
    patch?: never;
  };
  '/healthz': {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: { query?: never; header?: never; path?: never; cookie?: never };
      requestBody?: never;
      responses: { 200: Json<{ status: 'ok'; version: string }> };
    };
  };
}

interface Seen {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

/** A real HTTP server standing in for the API: answers are chosen per path. */
let server: Server;
let baseUrl: string;
const seen: Seen[] = [];

before(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => {
      seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
      const url = req.url ?? '';
      const json = (status: number, value: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
        res.end(JSON.stringify(value));
      };
      if (url === '/healthz') return json(200, { status: 'ok', version: '1.2.3' });
      if (url.startsWith('/api/v1/communities/missing/')) {
        return json(404, { error: { code: 'COMMON.NOT_FOUND', message: '找不到该小区。', correlationId: 'c-1' } });
      }
      if (url.startsWith('/api/v1/communities/') && req.method === 'GET')
        return json(200, [{ id: 't1', title: '楼道灯不亮' }]);
      if (url.startsWith('/api/v1/communities/') && req.method === 'POST') {
        if (req.headers.authorization === 'Bearer expired')
          return json(401, { error: { code: 'AUTH.TOKEN_EXPIRED', message: '登录已过期' } });
        if (!req.headers.authorization)
          return json(401, { error: { code: 'AUTH.UNAUTHENTICATED', message: '请先登录。' } });
        return json(201, { id: 't2', ...(JSON.parse(body) as object) });
      }
      if (url.startsWith('/api/v1/tickets/') && req.method === 'DELETE') {
        res.writeHead(204);
        return res.end();
      }
      res.writeHead(502, { 'content-type': 'text/html' });
      res.end('<html>Bad Gateway</html>');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(() => new Promise<void>((resolve) => server.close(() => resolve())));

function lastRequest(): Seen {
  const last = seen.at(-1);
  assert.ok(last, 'the server saw a request');
  return last;
}

describe('createApiClient over fetch', () => {
  it('fills path parameters (URL-encoded) and builds the query string, leaving out empty values', async () => {
    const client = createApiClient<testPaths>({ baseUrl: `${baseUrl}/`, transport: fetchTransport() });
    const result = await client.GET('/api/v1/communities/{communityId}/tickets', {
      params: { path: { communityId: '阳光 花园' }, query: { status: 'open', tag: ['水', '电'], page: undefined } },
    });
    assert.deepEqual(result.data, [{ id: 't1', title: '楼道灯不亮' }]);
    assert.equal(result.status, 200);
    const req = lastRequest();
    assert.equal(req.method, 'GET');
    assert.equal(
      req.url,
      `/api/v1/communities/${encodeURIComponent('阳光 花园')}/tickets?status=open&tag=${encodeURIComponent('水')}&tag=${encodeURIComponent('电')}`,
    );
  });

  it('sends the JSON body, bearer token and Idempotency-Key on a create', async () => {
    const client = createApiClient<testPaths>({
      baseUrl,
      transport: fetchTransport(),
      getToken: async () => 'tok-123',
      getHeaders: () => ({ 'X-Community-Id': 'c1', 'X-Unset': undefined }),
    });
    const result = await client.POST('/api/v1/communities/{communityId}/tickets', {
      params: { path: { communityId: 'c1' } },
      body: { title: '电梯异响' },
      idempotencyKey: 'key-1',
    });
    assert.deepEqual(result, { data: { id: 't2', title: '电梯异响' }, status: 201 });
    const req = lastRequest();
    assert.equal(req.headers.authorization, 'Bearer tok-123');
    assert.equal(req.headers['idempotency-key'], 'key-1');
    assert.equal(req.headers['x-community-id'], 'c1');
    assert.equal('x-unset' in req.headers, false);
    assert.equal(req.headers['content-type'], 'application/json');
    assert.deepEqual(JSON.parse(req.body), { title: '电梯异响' });
  });

  it('returns the API error envelope with its code and status instead of throwing', async () => {
    const client = createApiClient<testPaths>({ baseUrl, transport: fetchTransport() });
    const result = await client.GET('/api/v1/communities/{communityId}/tickets', {
      params: { path: { communityId: 'missing' } },
    });
    assert.equal(result.data, undefined);
    assert.equal(result.status, 404);
    assert.deepEqual(result.error, { code: 'COMMON.NOT_FOUND', message: '找不到该小区。', correlationId: 'c-1' });
  });

  it('calls onUnauthorized on a 401 and still returns the error', async () => {
    const seenErrors: ApiError[] = [];
    const client = createApiClient<testPaths>({
      baseUrl,
      transport: fetchTransport(),
      getToken: () => null,
      onUnauthorized: (e) => seenErrors.push(e),
    });
    const result = await client.POST('/api/v1/communities/{communityId}/tickets', {
      params: { path: { communityId: 'c1' } },
      body: { title: '门禁坏了' },
    });
    assert.equal(result.status, 401);
    assert.equal(result.error?.code, 'AUTH.UNAUTHENTICATED');
    assert.equal(lastRequest().headers.authorization, undefined);
    assert.deepEqual(
      seenErrors.map((e) => e.code),
      ['AUTH.UNAUTHENTICATED'],
    );
  });

  it('renews an expired session once for calls that expire together and sends each again with the new token', async () => {
    let token = 'expired';
    let refreshes = 0;
    const seenErrors: ApiError[] = [];
    const client = createApiClient<testPaths>({
      baseUrl,
      transport: fetchTransport(),
      getToken: () => token,
      onUnauthorized: (e) => seenErrors.push(e),
      refreshSession: async () => {
        refreshes++;
        await new Promise((r) => setTimeout(r, 20));
        token = 'fresh';
        return true;
      },
    });
    const post = (title: string) =>
      client.POST('/api/v1/communities/{communityId}/tickets', {
        params: { path: { communityId: 'c1' } },
        body: { title },
      });
    const [a, b] = await Promise.all([post('一'), post('二')]);
    assert.deepEqual([a.status, b.status], [201, 201]);
    assert.deepEqual([a.data?.title, b.data?.title], ['一', '二']);
    assert.equal(refreshes, 1);
    assert.deepEqual(seenErrors, []);
    assert.equal(lastRequest().headers.authorization, 'Bearer fresh');
  });

  it('gives up when the session cannot be renewed: the 401 is returned and onUnauthorized called once', async () => {
    const seenErrors: ApiError[] = [];
    const client = createApiClient<testPaths>({
      baseUrl,
      transport: fetchTransport(),
      getToken: () => 'expired',
      onUnauthorized: (e) => seenErrors.push(e),
      refreshSession: async () => false,
    });
    const result = await client.POST('/api/v1/communities/{communityId}/tickets', {
      params: { path: { communityId: 'c1' } },
      body: { title: '门禁坏了' },
    });
    assert.equal(result.status, 401);
    assert.equal(result.error?.code, 'AUTH.TOKEN_EXPIRED');
    assert.deepEqual(
      seenErrors.map((e) => e.code),
      ['AUTH.TOKEN_EXPIRED'],
    );
  });

  it('turns a non-envelope answer (a proxy 502 page) into a coded Chinese error', async () => {
    const client = createApiClient<testPaths>({ baseUrl, transport: fetchTransport() });
    // @ts-expect-error an unknown path does not type-check; sent anyway to reach the proxy branch
    const result = await client.GET('/nowhere');
    assert.equal(result.status, 502);
    assert.equal(result.error?.code, 'COMMON.UNAVAILABLE');
    assert.match(result.error?.message ?? '', /服务暂时不可用/);
  });

  it('answers 204 with undefined data', async () => {
    const client = createApiClient<testPaths>({ baseUrl, transport: fetchTransport() });
    const result = await client.DELETE('/api/v1/tickets/{id}', { params: { path: { id: 't1' } } });
    assert.deepEqual(result, { data: undefined, status: 204 });
    assert.equal(lastRequest().method, 'DELETE');
  });

  it('maps a refused connection to the offline error with status 0', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));

    const client = createApiClient<testPaths>({ baseUrl: `http://127.0.0.1:${port}`, transport: fetchTransport() });
    const result = await client.GET('/healthz');
    assert.equal(result.status, 0);
    assert.equal(result.error?.code, ClientErrorCode.OFFLINE);
    assert.match(result.error?.message ?? '', /网络连接失败/);
  });

  it('maps a transport timeout to the timeout error', async () => {
    const timingOut: Transport = async () => {
      const error = new Error('timeout') as Error & { kind: string };
      error.kind = 'timeout';
      throw error;
    };
    const client = createApiClient<testPaths>({ baseUrl: '', transport: timingOut });
    const result = await client.GET('/healthz');
    assert.deepEqual([result.status, result.error?.code], [0, ClientErrorCode.TIMEOUT]);
  });

  it('uses relative URLs when baseUrl is empty (same-origin H5)', async () => {
    const urls: string[] = [];
    const recording: Transport = async (req) => {
      urls.push(req.url);
      return { status: 200, body: { status: 'ok', version: '9' } };
    };
    const client = createApiClient<testPaths>({ baseUrl: '', transport: recording });
    const result = await client.GET('/healthz');
    assert.equal(result.data?.version, '9');
    assert.deepEqual(urls, ['/healthz']);
  });
});

// Compile-time checks: these lines fail `tsc` if the typing regresses.
export function typeChecks(client: ReturnType<typeof createApiClient<testPaths>>): void {
  // @ts-expect-error path params are required for a templated path
  void client.GET('/api/v1/communities/{communityId}/tickets');
  void client.POST('/api/v1/communities/{communityId}/tickets', {
    params: { path: { communityId: 'c' } },
    // @ts-expect-error the body is required and typed
    body: { name: 'x' },
  });
  // @ts-expect-error GET is not defined on this path
  void client.GET('/api/v1/tickets/{id}', { params: { path: { id: 'x' } } });
  void client.GET('/healthz').then((r) => {
    const version: string | undefined = r.data?.version;
    // @ts-expect-error the success body is typed from the schema
    void r.data?.uptime;
    return version;
  });
  void client
    .POST('/api/v1/communities/{communityId}/tickets', { params: { path: { communityId: 'c' } }, body: { title: 't' } })
    .then((r) => r.data?.id satisfies string | undefined);
}

// Against the generated schema (default type parameter): GET /api/v1/me is typed from the document.
export function generatedSchemaChecks(): void {
  const client = createApiClient({ baseUrl: '', transport: fetchTransport() });
  void client.GET('/api/v1/me').then((r) => r.data?.name satisfies string | undefined);
}
