import path from 'node:path';
import type { AppConfig } from '../config/config.js';
import { log } from '../common/logger.js';
import { startEmbedded } from './embedded.js';

export interface DatabaseUrls {
  ownerUrl: string;
  appUrl: string;
  embedded: boolean;
  stop?: () => Promise<void>;
}

/**
 * DATABASE_URL set → that server (DATABASE_APP_URL is the API's role; without it the owner URL is used and the
 * append-only guarantees rest on the app alone, which start-up warns about). Not set → embedded PostgreSQL.
 */
export async function resolveDatabase(config: AppConfig): Promise<DatabaseUrls> {
  if (config.databaseUrl) {
    if (!config.databaseAppUrl) {
      log(
        'warn',
        'DATABASE_APP_URL is not set: the API will serve requests as the schema owner; append-only tables are then protected by the application only. See docs/operations.md.',
      );
    }
    return { ownerUrl: config.databaseUrl, appUrl: config.databaseAppUrl ?? config.databaseUrl, embedded: false };
  }
  if (config.env === 'production')
    log(
      'warn',
      'production is running the embedded PostgreSQL (EMBEDDED_DB=on): one machine, no replica, see docs/operations.md',
    );
  const started = Date.now();
  const db = await startEmbedded({
    dataDir: config.embeddedDataDir,
    port: config.embeddedPort,
    database: 'gongzhi',
    passwordFile: config.embeddedPasswordFile,
    log: (m) => log('warn', 'postgres', { m }),
  });
  log('info', 'embedded PostgreSQL started', {
    dataDir: path.relative(process.cwd(), db.dataDir) || db.dataDir,
    passwordFile: config.embeddedPasswordFile,
    port: config.embeddedPort,
    ms: Date.now() - started,
  });
  return { ownerUrl: db.ownerUrl, appUrl: db.appUrl, embedded: true, stop: db.stop };
}
