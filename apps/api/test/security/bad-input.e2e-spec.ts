import fc from 'fast-check';
import type { AddressInfo } from 'node:net';
import type { OpenAPIObject } from '@nestjs/swagger';
import { SmsFake } from '../fakes/sms-fake.js';
import { WechatFake } from '../fakes/wechat-fake.js';
import { ACCESS_MATRIX, type MatrixRow } from './access-matrix.js';
import { discoverRoutes, routeKey } from './routes.js';
import { allowed, buildWorld, committedSince, fill, nextXid, type ActorDef, type World } from './world.js';

/**
 * Bad input (ASVS V5, V13): fast-check builds malformed and boundary requests from the app's own OpenAPI document
 * for every route found at run time: wrong types, missing required fields, huge and odd unicode strings, negative and
 * huge numbers, extra fields, deep nesting, malformed JSON, wrong content types, bad path ids, query values and
 * headers. Every answer must be < 500, every refusal the error envelope with a Chinese message, and no refused
 * write may leave a committed transaction. FUZZ_RUNS (default 10000) and FUZZ_SEED reproduce a run.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 10_000);
// `pnpm test` replays a fixed seed so a landing is never decided by a new random case; `pnpm test:chaos` sets
// FUZZ_SEED=random to explore (print the seed of a failure and replay it with FUZZ_SEED=<n>, then keep the fix).
const SEED = process.env.FUZZ_SEED === 'random' ? Date.now() % 1_000_000 : Number(process.env.FUZZ_SEED ?? 374264);

type Schema = {
  type?: string;
  properties?: Record<string, Schema>;
  required?: string[];
  $ref?: string;
  items?: Schema;
  enum?: unknown[];
};
interface Case {
  kind:
    'field' | 'drop' | 'extra' | 'replace' | 'nest' | 'wide' | 'raw' | 'contentType' | 'pathParam' | 'query' | 'header';
  route: number;
  key: string;
  value: unknown;
  pick: number;
}

const strings = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    '\u202e\u2066',
    '😀'.repeat(300),
    '../../etc/passwd',
    '%00',
    '<script>alert(1)</script>',
    "' OR 1=1 --",
    '$where',
    '{"$gt":""}',
    '9'.repeat(400),
    '-1',
    '1e309',
    'NaN',
    'null',
    'true',
    '2026-02-30',
    '0000-00-00T00:00:00Z',
    '1'.padEnd(100_001, '1'),
  ),
);
const numbers = fc.oneof(
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(-1, 0, -0, 0.5, 2 ** 31, -(2 ** 31), Number.MAX_SAFE_INTEGER, 1e308, -1e308),
);
const weird: fc.Arbitrary<unknown> = fc.oneof(
  strings,
  numbers,
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.oneof(strings, numbers, fc.constant(null)), { maxLength: 4 }),
  fc.constant(Array.from({ length: 5000 }, (_, i) => i)),
  fc.dictionary(fc.string({ maxLength: 6 }), fc.oneof(strings, numbers), { maxKeys: 3 }),
  fc.constantFrom(JSON.parse('{"__proto__":{"polluted":true}}'), { constructor: { prototype: { polluted: true } } }),
);
const RAW = [
  '{',
  '{"a":',
  '{"a":1,}',
  '[1,2',
  'nul',
  '\u0000',
  '{"a":"\\ud800"}',
  '{"__proto__":{"polluted":1}}',
  '"just a string"',
  '12',
  '{"a":1}{"b":2}',
  '\ufeff{}',
  '{'.repeat(5000),
];
const CONTENT_TYPES = [
  'text/plain',
  'application/xml',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/json; charset=gbk',
  'application/octet-stream',
  'image/png',
];

const caseArb = (routes: number): fc.Arbitrary<Case> =>
  fc.record({
    kind: fc.constantFrom<Case['kind']>(
      'field',
      'field',
      'field',
      'drop',
      'extra',
      'replace',
      'nest',
      'wide',
      'raw',
      'contentType',
      'pathParam',
      'query',
      'header',
    ),
    route: fc.nat({ max: routes - 1 }),
    key: fc.oneof(
      fc.string({ minLength: 1, maxLength: 12 }),
      fc.constantFrom('__proto__', 'constructor', 'a'.repeat(300), 'x-y', '0'),
    ),
    value: weird,
    pick: fc.nat(),
  });

const text = (v: unknown): string => (typeof v === 'string' ? v : (JSON.stringify(v) ?? 'null'));

function resolve(doc: OpenAPIObject, s: Schema | undefined): Schema | undefined {
  if (s?.$ref) return doc.components?.schemas?.[s.$ref.split('/').pop()!] as Schema;
  return s;
}

describe('bad input', () => {
  let w: World;
  const fake = new WechatFake();
  // The SMS provider is configured too (a local fake), as in production: without it SMS sign-in answers 503 by design.
  const sms = new SmsFake();
  beforeAll(async () => {
    const base = await fake.start();
    await sms.start();
    w = await buildWorld({ ...fake.env(base), ...sms.env() });
  }, 120_000);
  afterAll(async () => {
    await w?.close();
    await fake.stop();
    await sms.close();
  });

  it(`answers ${RUNS} generated malformed and boundary requests across every route with no 5xx, always the error envelope, and no write when refused`, async () => {
    const doc = w.t.created.openapi;
    const live = new Set(discoverRoutes(w.t).map(routeKey));
    const rows = ACCESS_MATRIX.filter((r) => live.has(routeKey(r)));
    // A route that undoes its caller (account erasure) is fuzzed as a person no other row uses.
    const throwaway: ActorDef = {
      key: 'member4',
      who: { fixture: w.A.fixture, person: 'member4' },
      rolesInA: ['committee_member'],
    };
    const actorOf = new Map<MatrixRow, ActorDef>(
      rows.map((r) => [r, r.runLast ? throwaway : (w.actors.find((a) => allowed(r, a)) ?? w.actors[1]!)]),
    );
    const tokens = new Map<string, Record<string, string>>();
    const headersOf = async (a: ActorDef, refresh = false) => {
      if (refresh || !tokens.has(a.key)) tokens.set(a.key, await w.headers(a));
      return tokens.get(a.key)!;
    };
    const base = `http://127.0.0.1:${(w.server.address() as AddressInfo).port}`;
    const cases = fc.sample(caseArb(rows.length), { numRuns: RUNS, seed: SEED });
    const serverErrors: string[] = [];
    const badEnvelopes: string[] = [];
    const refusedButWrote: string[] = [];
    const byStatus = new Map<number, number>();
    const routesHit = new Set<string>();
    const timeByKind = new Map<string, number>();
    for (const c of cases) {
      const row = rows[c.route]!;
      const actor = actorOf.get(row)!;
      routesHit.add(routeKey(row));
      const op = (
        doc.paths[row.path] as Record<
          string,
          {
            requestBody?: { content?: Record<string, { schema?: Schema }> };
            parameters?: Array<{ name: string; in: string }>;
          }
        >
      )[row.method.toLowerCase()];
      const schema = resolve(doc, Object.values(op?.requestBody?.content ?? {})[0]?.schema);
      const props = Object.keys(schema?.properties ?? {});
      const body: Record<string, unknown> = { ...(fill(row.body ?? {}, w.A.vars) as object) };
      let path = row.path;
      const params = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
      for (const name of params) {
        const p = row.params?.[name];
        path = path.replace(
          `{${name}}`,
          encodeURIComponent(
            typeof p === 'object' ? p.literal : p ? w.A.objects[p] : '00000000-0000-4000-8000-000000000000',
          ),
        );
      }
      let raw: string | null = null;
      let contentType = 'application/json';
      const query: Record<string, string> = {};
      const headers = { ...(await headersOf(actor)) };
      switch (c.kind) {
        case 'field':
          body[props.length ? props[c.pick % props.length]! : c.key] = c.value;
          break;
        case 'drop':
          if (schema?.required?.length) delete body[schema.required[c.pick % schema.required.length]!];
          else body[c.key] = c.value;
          break;
        case 'extra':
          body[c.key] = c.value;
          break;
        case 'replace':
          raw = JSON.stringify(c.value) ?? 'null';
          break;
        case 'nest': {
          // Up to 8,000 levels, objects and arrays mixed: a 6,000-deep body used to overflow the stack (500). Written
          // as text (JSON.stringify itself overflows at that depth).
          let open = '';
          let close = '';
          for (let i = 0; i < 50 + (c.pick % 8000); i++) {
            const inObject = (c.pick + i) % 3 !== 0;
            open += inObject ? '{"a":' : '[';
            close = (inObject ? '}' : ']') + close;
          }
          body[props[c.pick % Math.max(1, props.length)] ?? c.key] = '\u0001nest\u0001';
          const inner = JSON.stringify(c.value) ?? 'null';
          raw = JSON.stringify(body).replace('"\\u0001nest\\u0001"', () => open + inner + close);
          break;
        }
        case 'wide': {
          // Very many items or keys (each small), in a field of the DTO or at the top.
          const n = 1000 + (c.pick % 20_000);
          const v =
            c.pick % 2
              ? Array.from({ length: n }, (_, i) => (i % 2 ? i : { i }))
              : Object.fromEntries(Array.from({ length: Math.min(n, 5_000) }, (_, i) => [`k${i}`, i]));
          if (c.pick % 3) body[props[c.pick % Math.max(1, props.length)] ?? c.key] = v;
          else raw = JSON.stringify(v);
          break;
        }
        case 'raw':
          raw = RAW[c.pick % RAW.length]!;
          break;
        case 'contentType':
          contentType = CONTENT_TYPES[c.pick % CONTENT_TYPES.length]!;
          raw = contentType.includes('json') ? JSON.stringify(body) : `a=${encodeURIComponent(text(c.value))}`;
          break;
        case 'pathParam':
          if (params.length)
            path = row.path.replace(/\{(\w+)\}/g, () => encodeURIComponent(text(c.value)).slice(0, 4000) || '%20');
          else query[c.key] = text(c.value).slice(0, 4000);
          break;
        case 'query': {
          const names = (op?.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name);
          query[names.length ? names[c.pick % names.length]! : c.key] = text(c.value).slice(0, 4000);
          break;
        }
        case 'header':
          if (c.pick % 2)
            headers['X-Community-Id'] = text(c.value)
              .replace(/[^\x20-\x7e]/g, '')
              .slice(0, 200);
          else
            headers['Idempotency-Key'] =
              text(c.value)
                .replace(/[^\x20-\x7e]/g, '')
                .slice(0, 300) || 'k';
          break;
      }
      const started = performance.now();
      const write = row.method !== 'GET';
      const xid = write ? await nextXid(w.db) : 0n;
      const url = new URL(path, base);
      for (const [k, v] of Object.entries(query)) url.searchParams.append(k, v);
      const sendsBody = write || c.kind === 'raw' || c.kind === 'contentType';
      const res = await fetch(url, {
        method: row.method,
        headers: { ...headers, ...(sendsBody ? { 'Content-Type': contentType } : {}) },
        body: sendsBody && row.method !== 'GET' ? (raw ?? JSON.stringify(body)) : undefined,
      }).then(
        async (r) => {
          const text = await r.text();
          let json: { error?: { code?: unknown; message?: unknown } } | null = null;
          if ((r.headers.get('content-type') ?? '').includes('application/json'))
            try {
              json = JSON.parse(text);
            } catch {
              json = null;
            }
          return { status: r.status, text, body: json };
        },
        (e: Error) => ({ status: 0, text: String(e), body: null }),
      );
      byStatus.set(res.status, (byStatus.get(res.status) ?? 0) + 1);
      const what = `${c.kind} ${row.method} ${row.path} → ${res.status}`;
      if (res.status >= 500 || res.status === 0) serverErrors.push(`${what} ${res.text?.slice(0, 200)}`);
      else if (res.status >= 400) {
        const e = res.body?.error;
        if (!e || typeof e.code !== 'string' || typeof e.message !== 'string' || !/[\u4e00-\u9fff]/.test(e.message))
          badEnvelopes.push(`${what} ${res.text?.slice(0, 200)}`);
        if (write) {
          const changed = await committedSince(w.db, xid);
          if (changed.committed && !changed.tables.every((tb) => row.refusalMayWrite?.tables.includes(tb)))
            refusedButWrote.push(`${what} wrote ${changed.tables.join(', ')}`);
        }
        if (res.status === 401) await headersOf(actor, true); // an earlier accepted call signed this actor out
      }
      timeByKind.set(`${c.kind}`, (timeByKind.get(c.kind) ?? 0) + performance.now() - started);
      timeByKind.set(
        `${row.method} ${row.path}`,
        (timeByKind.get(`${row.method} ${row.path}`) ?? 0) + performance.now() - started,
      );
    }
    if (process.env.FUZZ_PROFILE)
      console.log(
        [...timeByKind]
          .sort((a, b) => b[1] - a[1])
          .slice(0, 25)
          .map(([k, v]) => `${k}: ${Math.round(v)} ms`)
          .join('\n'),
      );
    const polluted = ({} as Record<string, unknown>).polluted;
    console.log(
      `bad-input: seed=${SEED} requests=${cases.length} routes=${routesHit.size}/${rows.length} status5xx=${serverErrors.length} badEnvelopes=${badEnvelopes.length} refusedButWrote=${refusedButWrote.length} prototypePolluted=${polluted !== undefined} statuses=${[
        ...byStatus,
      ]
        .sort((a, b) => a[0] - b[0])
        .map(([s, n]) => `${s}:${n}`)
        .join(',')}`,
    );
    expect(serverErrors.slice(0, 20)).toEqual([]);
    expect(badEnvelopes.slice(0, 20)).toEqual([]);
    expect(refusedButWrote.slice(0, 20)).toEqual([]);
    expect(polluted).toBeUndefined();
  }, 600_000);
});
