import { randomUUID } from 'node:crypto';
import request from 'supertest';
import pg from 'pg';
import type { App } from 'supertest/types.js';
import { loadConfig } from '../src/config/config.js';
import { createApp, type CreatedApp } from '../src/create-app.js';

/**
 * Starts the real app (same createApp() as production) against the test database that globalSetup started.
 * Refuses to run on a database whose name does not say "test".
 */
export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const ownerUrl = process.env.DATABASE_URL!;
  const appUrl = process.env.DATABASE_APP_URL!;
  if (!/test/.test(new URL(ownerUrl).pathname))
    throw new Error(`refusing to run tests on ${new URL(ownerUrl).pathname}: the database name must contain "test"`);
  // Each app counts rate limits under its own namespace (the counters live in the shared test database); two apps
  // that must share counters (replicas) pass the same RATE_LIMIT_NAMESPACE.
  const config = loadConfig({
    ...process.env,
    NODE_ENV: 'test',
    JOBS: 'off',
    LOG_LEVEL: 'error',
    H5_DIR: '',
    RATE_LIMIT_NAMESPACE: randomUUID(),
    ...env,
  });
  const created = await createApp({ config, db: { ownerUrl, appUrl, embedded: false } });
  return new TestApp(created);
}

export class TestApp {
  readonly http: App;
  constructor(readonly created: CreatedApp) {
    this.http = created.app.getHttpServer() as App;
  }
  req() {
    return request(this.http);
  }
  async close(): Promise<void> {
    await this.created.close();
  }
}

const TRIGGER_MODE: Record<string, string> = {
  O: 'ENABLE TRIGGER',
  A: 'ENABLE ALWAYS TRIGGER',
  R: 'ENABLE REPLICA TRIGGER',
  D: 'DISABLE TRIGGER',
};

/**
 * Runs `sql` as the schema owner with `table`'s user triggers off, in one transaction that puts each trigger back in
 * its own mode: for fabricating history the app can never write (a vote that closed days ago, ballots in the past).
 * The frozen-lifecycle and chain guards would refuse it, as they should for everyone else.
 */
export async function historyQuery<T extends pg.QueryResultRow = pg.QueryResultRow>(
  table: string,
  sql: string,
  params: unknown[] = [],
  connectionString = process.env.DATABASE_URL,
): Promise<T[]> {
  const c = new pg.Client({ connectionString });
  await c.connect();
  try {
    await c.query('BEGIN');
    const modes = (
      await c.query<{ tgname: string; tgenabled: string }>(
        `SELECT tgname, tgenabled FROM pg_trigger WHERE tgrelid = $1::regclass AND NOT tgisinternal`,
        [`"${table}"`],
      )
    ).rows;
    await c.query(`ALTER TABLE "${table}" DISABLE TRIGGER USER`);
    const rows = (await c.query<T>(sql, params)).rows;
    for (const m of modes) await c.query(`ALTER TABLE "${table}" ${TRIGGER_MODE[m.tgenabled]} "${m.tgname}"`);
    await c.query('COMMIT');
    return rows;
  } catch (e) {
    await c.query('ROLLBACK').catch(() => undefined);
    throw e;
  } finally {
    await c.end();
  }
}

/** A direct connection as the schema owner (or superuser) for assertions and tamper drills. */
export async function ownerQuery<T extends pg.QueryResultRow = pg.QueryResultRow>(
  sql: string,
  params: unknown[] = [],
): Promise<T[]> {
  const c = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await c.connect();
  try {
    return (await c.query<T>(sql, params)).rows;
  } finally {
    await c.end();
  }
}

/** A direct connection as the API's own role, to prove what PostgreSQL refuses it. */
export async function appRoleQuery<T extends pg.QueryResultRow = pg.QueryResultRow>(
  sql: string,
  params: unknown[] = [],
): Promise<T[]> {
  const c = new pg.Client({ connectionString: process.env.DATABASE_APP_URL });
  await c.connect();
  try {
    return (await c.query<T>(sql, params)).rows;
  } finally {
    await c.end();
  }
}
