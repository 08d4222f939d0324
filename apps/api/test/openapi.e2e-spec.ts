import { readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../src/config/config.js';
import { serializeOpenApi } from '../src/openapi.js';
import { startTestApp, type TestApp } from './harness.js';

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
    const ops = Object.values(t.created.openapi.paths).flatMap((p) => Object.values(p as Record<string, { operationId?: string }>));
    expect(ops.length).toBeGreaterThan(5);
    expect(ops.filter((o) => !o.operationId)).toEqual([]);
  });
});
