import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { ACCESS_KEY, type AccessRule } from '../src/common/access.js';
import { repoRoot } from '../src/config/config.js';
import { serializeOpenApi } from '../src/openapi.js';
import { startTestApp, type TestApp } from './harness.js';

interface MediaType {
  schema?: { $ref?: string };
}
interface Operation {
  operationId?: string;
  parameters?: Array<{ in: string; name: string }>;
  requestBody?: unknown;
  responses: Record<string, { content?: Record<string, MediaType> }>;
}
interface Listed {
  name: string;
  method: string;
  path: string;
  op: Operation;
}

/** Every operation of the document as "METHOD /path (operationId)", so a failure names the offenders. */
function operationsOf(doc: { paths: Record<string, unknown> }): Listed[] {
  return Object.entries(doc.paths).flatMap(([p, ops]) =>
    Object.entries(ops as Record<string, Operation>).map(([method, op]) => ({
      name: `${method.toUpperCase()} ${p} (${op.operationId})`,
      method,
      path: p,
      op,
    })),
  );
}

const ENVELOPES = ['#/components/schemas/ErrorEnvelopeDto', '#/components/schemas/ValidationErrorEnvelopeDto'];
/** Not API errors: the readiness probe's 503 answers its readiness report, which orchestrators read. */
const NOT_ENVELOPE = new Set(['GET /readyz 503']);

describe('OpenAPI document', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ APP_VERSION: '' });
  });
  afterAll(async () => t.close());

  it('the committed apps/api/openapi.json is what the code generates (run `pnpm openapi` after changing routes or DTOs)', () => {
    const committed = readFileSync(path.join(repoRoot, 'apps/api/openapi.json'), 'utf8');
    expect(committed).toBe(serializeOpenApi(t.created.openapi));
  });

  it('documents every route with an operation id and the error envelope codes shared with clients', () => {
    const ops = Object.values(t.created.openapi.paths).flatMap((p) =>
      Object.values(p as Record<string, { operationId?: string }>),
    );
    expect(ops.length).toBeGreaterThan(5);
    expect(ops.filter((o) => !o.operationId)).toEqual([]);
  });

  it('documents a success answer with a body for every operation (204 has none), so the generated client is typed', () => {
    const ops = operationsOf(t.created.openapi);
    const untyped = ops
      .filter(
        ({ op }) =>
          !Object.entries(op.responses).some(
            ([status, r]) =>
              status === '204' ||
              (status.startsWith('2') &&
                Object.values(r.content ?? {}).some((m) => m.schema && Object.keys(m.schema).length > 0)),
          ),
      )
      .map((o) => o.name);
    expect(ops.length).toBeGreaterThan(90);
    expect(untyped).toEqual([]);
  });

  it('documents every error answer as the one envelope { error: { code, message, details } }', () => {
    type Prop = { $ref?: string; allOf?: Array<{ $ref?: string }> };
    const schemas = t.created.openapi.components?.schemas as Record<
      string,
      { properties?: Record<string, Prop>; required?: string[] }
    >;
    const refOf = (p?: Prop) => p?.$ref ?? p?.allOf?.[0]?.$ref;
    expect(refOf(schemas.ErrorEnvelopeDto?.properties?.error)).toBe('#/components/schemas/ErrorBodyDto');
    expect(schemas.ErrorBodyDto?.required).toEqual(expect.arrayContaining(['code', 'message']));
    expect(refOf(schemas.ValidationErrorEnvelopeDto?.properties?.error)).toBe(
      '#/components/schemas/ValidationErrorBodyDto',
    );
    expect(schemas.ValidationErrorBodyDto?.required).toEqual(expect.arrayContaining(['code', 'message']));
    expect(refOf(schemas.ValidationErrorBodyDto?.properties?.details)).toBe(
      '#/components/schemas/ValidationDetailsDto',
    );
    expect(schemas.FieldErrorDto?.required).toEqual(['field', 'messages']);
    const wrong: string[] = [];
    for (const { name, method, path: p, op } of operationsOf(t.created.openapi)) {
      for (const [status, r] of Object.entries(op.responses)) {
        if (!/^[45]/.test(status) || NOT_ENVELOPE.has(`${method.toUpperCase()} ${p} ${status}`)) continue;
        const refs = Object.values(r.content ?? {}).map((m) => m.schema?.$ref);
        if (!refs.length || refs.some((ref) => !ENVELOPES.includes(ref ?? ''))) wrong.push(`${name} ${status}`);
        if (status === '400' && refs[0] !== ENVELOPES[1]) wrong.push(`${name} 400 without field details`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('documents the refusals: 401 on signed-in routes, 403 on role-checked routes, 400 on writes, 404 on routes with a path id', () => {
    // Who may call each handler, by operation id (Controller_method), from the same declarations the guard enforces.
    const discovery = t.created.app.get(DiscoveryService);
    const reflector = t.created.app.get(Reflector);
    const access = new Map<string, AccessRule>();
    for (const wrapper of discovery.getControllers()) {
      const instance = wrapper.instance as object | undefined;
      if (!instance || !wrapper.metatype) continue;
      const proto = Object.getPrototypeOf(instance);
      for (const name of new MetadataScanner().getAllMethodNames(proto)) {
        const rule = reflector.getAllAndOverride<AccessRule>(ACCESS_KEY, [proto[name], wrapper.metatype]);
        if (rule) access.set(`${wrapper.metatype.name.replace(/Controller$/, '')}_${name}`, rule);
      }
    }
    const missing: string[] = [];
    for (const { name, method, op } of operationsOf(t.created.openapi)) {
      const has = (status: number) => String(status) in op.responses;
      const rule = access.get(op.operationId ?? '');
      if (!rule) {
        missing.push(`${name}: no access declaration found`);
        continue;
      }
      if (rule.scope !== 'public' && !has(401)) missing.push(`${name} 401`);
      if (['community', 'district', 'platform'].includes(rule.scope) && !has(403)) missing.push(`${name} 403`);
      if (method !== 'get' && (op.requestBody || op.parameters?.length) && !has(400)) missing.push(`${name} 400`);
      if (op.parameters?.some((x) => x.in === 'path') && !has(404)) missing.push(`${name} 404`);
    }
    expect(missing).toEqual([]);
  });
});
