import { chmodSync, mkdirSync, mkdtempSync, rmSync, statSync, unlinkSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import pg from 'pg';
import { readPasswordFile, startEmbedded, type EmbeddedDatabase } from '../../src/database/embedded.js';

/**
 * Issue 28: the embedded database ran with published passwords (superuser `gongzhi-embedded`, both roles
 * `gongzhi-local`), so any local process could rewrite ballots and the ledger. Now: generated passwords in one 0600
 * file, a folder from before gets them at its next start (ALTER ROLE), and it listens on loopback only.
 */
const freePort = () =>
  new Promise<number>((resolve) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });

async function canConnect(url: string): Promise<boolean> {
  const c = new pg.Client({ connectionString: url });
  try {
    await c.connect();
    await c.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await c.end().catch(() => {});
  }
}

describe('embedded database passwords', () => {
  const base = '/var/tmp/gongzhi-test';
  let dir: string;
  let db: EmbeddedDatabase | null = null;
  beforeAll(() => {
    mkdirSync(base, { recursive: true });
    chmodSync(base, 0o755);
    dir = mkdtempSync(path.join(base, 'embedded-'));
    chmodSync(dir, 0o755);
  });
  afterAll(async () => {
    await db?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('generates the passwords into one 0600 file, listens on loopback only, and replaces published ones in an old folder', async () => {
    const port = await freePort();
    const opts = {
      dataDir: path.join(dir, 'pg'),
      port,
      database: 'gongzhi',
      passwordFile: path.join(dir, 'db-passwords.json'),
    };
    const started = Date.now();
    db = await startEmbedded(opts);
    const fresh = Date.now() - started;
    const file = readPasswordFile(opts.passwordFile)!;
    expect(statSync(opts.passwordFile).mode & 0o777).toBe(0o600);
    expect(new Set([file.superuser, file.owner, file.api]).size).toBe(3);
    expect(db.ownerUrl).toBe(file.ownerUrl);
    expect(await canConnect(file.ownerUrl)).toBe(true);
    expect(await canConnect(file.appUrl)).toBe(true);
    const published = (role: string, pw: string) => `postgres://${role}:${pw}@127.0.0.1:${port}/gongzhi`;
    expect(await canConnect(published('gongzhi_owner', 'gongzhi-local'))).toBe(false);
    expect(await canConnect(published('gongzhi_api', 'gongzhi-local'))).toBe(false);
    expect(await canConnect(published('postgres', 'gongzhi-embedded'))).toBe(false);
    const su = new pg.Client({ connectionString: `postgres://postgres:${file.superuser}@127.0.0.1:${port}/postgres` });
    await su.connect();
    expect((await su.query('SHOW listen_addresses')).rows[0].listen_addresses).toBe('127.0.0.1');
    // A folder from before this change: the published passwords, and no password file.
    await su.query(`ALTER ROLE postgres PASSWORD 'gongzhi-embedded'`);
    await su.query(`ALTER ROLE gongzhi_owner PASSWORD 'gongzhi-local'`);
    await su.query(`ALTER ROLE gongzhi_api PASSWORD 'gongzhi-local'`);
    await su.end();
    await db.stop();
    unlinkSync(opts.passwordFile);

    db = await startEmbedded(opts);
    const upgraded = readPasswordFile(opts.passwordFile)!;
    expect(statSync(opts.passwordFile).mode & 0o777).toBe(0o600);
    expect(await canConnect(upgraded.ownerUrl)).toBe(true);
    expect(await canConnect(published('gongzhi_owner', 'gongzhi-local'))).toBe(false);
    expect(await canConnect(published('gongzhi_api', 'gongzhi-local'))).toBe(false);
    expect(await canConnect(published('postgres', 'gongzhi-embedded'))).toBe(false);
    // And the next start reads the same file: nothing changes.
    await db.stop();
    db = await startEmbedded(opts);
    expect(readPasswordFile(opts.passwordFile)).toEqual(upgraded);
    expect(await canConnect(upgraded.appUrl)).toBe(true);
    console.log(`embedded-passwords: fresh start ${fresh} ms; published passwords refused after upgrade`);
  }, 120_000);
});
