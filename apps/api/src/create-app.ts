import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { LoggerService } from '@nestjs/common';
import type { OpenAPIObject } from '@nestjs/swagger';
import { AppModule } from './app.module.js';
import { bootstrap } from './bootstrap.js';
import { loadConfig, type AppConfig } from './config/config.js';
import { resolveDatabase, type DatabaseUrls } from './database/database.js';
import { runMigrations } from './database/migrate.js';
import { log, setLogLevel } from './common/logger.js';

const nestLogger: LoggerService = {
  log: (m) => log('debug', String(m)),
  error: (m, stack) =>
    log('error', String(m), {
      stack: typeof stack === 'string' ? stack.split('\n').slice(0, 4).join(' | ') : undefined,
    }),
  warn: (m) => log('warn', String(m)),
  debug: (m) => log('debug', String(m)),
  verbose: () => {},
};

export interface CreatedApp {
  app: NestExpressApplication;
  config: AppConfig;
  db: DatabaseUrls;
  openapi: OpenAPIObject;
  /** Closes the app and, when it started one, the embedded database. */
  close(): Promise<void>;
}

/** Config → database (embedded or DATABASE_URL) → migrations under an advisory lock → Nest app → bootstrap. */
export async function createApp(overrides: { config?: AppConfig; db?: DatabaseUrls } = {}): Promise<CreatedApp> {
  const config = overrides.config ?? loadConfig();
  setLogLevel(config.logLevel);
  const db = overrides.db ?? (await resolveDatabase(config));
  const applied = await runMigrations(db.ownerUrl);
  if (applied.length) log('info', 'migrations applied', { applied });
  const app = await NestFactory.create<NestExpressApplication>(AppModule.register(config, db), {
    logger: nestLogger,
    bodyParser: false,
  });
  const openapi = bootstrap(app, config);
  await app.init();
  return {
    app,
    config,
    db,
    openapi,
    close: async () => {
      await app.close();
      if (!overrides.db && db.stop) await db.stop();
    },
  };
}
