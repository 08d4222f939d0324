import { randomBytes } from 'node:crypto';
import { ErrorCode } from '@gongzhi/domain';
import { startTestApp, type TestApp, appRoleQuery } from './harness.js';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig, ConfigError } from '../src/config/config.js';

describe('platform', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('answers /healthz with status and version', async () => {
    const res = await t.req().get('/healthz').expect(200);
    expect(res.body).toEqual({ status: 'ok', version: '0.1.0' });
    expect(res.headers['x-request-id']).toMatch(/^[\w-]{8,}$/);
  });

  it('answers /readyz ready once every migration is applied', async () => {
    const res = await t.req().get('/readyz').expect(200);
    expect(res.body).toEqual({ status: 'ok', database: true, pendingMigrations: 0 });
  });

  it('answers an unknown route with the error envelope and a Chinese message', async () => {
    const res = await t.req().get('/api/v1/no-such-thing').expect(404);
    expect(res.body.error.code).toBe(ErrorCode.NOT_FOUND);
    expect(res.body.error.message).toMatch(/[\u4e00-\u9fff]/);
  });

  it('serves the OpenAPI document generated from the code', async () => {
    const res = await t.req().get('/api/openapi.json').expect(200);
    expect(res.body.openapi).toMatch(/^3\./);
    expect(Object.keys(res.body.paths)).toEqual(expect.arrayContaining(['/healthz', '/readyz']));
  });

  it('serves requests as a role that owns no table and cannot create one', async () => {
    const owned = await appRoleQuery<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public' AND tableowner = current_user`,
    );
    expect(owned[0].n).toBe(0);
    await expect(appRoleQuery('CREATE TABLE sneaky (id int)')).rejects.toThrow(/permission denied/);
  });
});

describe('configuration', () => {
  it('refuses to start in production without secrets, naming each variable', () => {
    let caught: unknown;
    try {
      loadConfig({ NODE_ENV: 'production' });
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(ConfigError);
    const msg = (caught as Error).message;
    expect(msg).toContain('JWT_SECRET is required');
    expect(msg).toContain('WECHAT_APP_SECRET is required');
    expect(msg).toContain('DATA_ENCRYPTION_KEY is required');
  });

  it('names a malformed variable', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT must be an integer/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL must be a postgres:\/\/ URL/);
  });

  it('generates development secrets when none are given, and keeps them for the next start', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'gz-secrets-')), 'dev-secrets.json');
    const c = loadConfig({ NODE_ENV: 'development', DEV_SECRETS_FILE: file });
    expect(c.jwtSecret).toHaveLength(64);
    const again = loadConfig({ NODE_ENV: 'development', DEV_SECRETS_FILE: file });
    expect(again.dataKey).toBe(c.dataKey);
    expect(again.jwtSecret).toBe(c.jwtSecret);
    expect(c.devLoginEnabled).toBe(true);
    expect(
      loadConfig({
        NODE_ENV: 'production',
        JWT_SECRET: 'prod-test-jwt-secret-ABCDEFGHIJKLMNOP-0123456789',
        WECHAT_APP_SECRET: 'y'.repeat(32),
        DATA_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
        DATABASE_URL: 'postgres://gongzhi_owner@db.internal/gongzhi',
        WECHAT_APP_ID: 'wx1',
        MEDIA_CHECK: 'off',
      }).devLoginEnabled,
    ).toBe(false);
  });
});
