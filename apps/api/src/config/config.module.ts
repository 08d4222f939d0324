import { Global, Module, type DynamicModule } from '@nestjs/common';
import type { AppConfig } from './config.js';
import type { DatabaseUrls } from '../database/database.js';

export const APP_CONFIG = Symbol('APP_CONFIG');
/** The database URLs (`DatabaseUrls`). Only infrastructure that must act as the schema owner uses `ownerUrl` (jobs). */
export const DATABASE_URLS = Symbol('DATABASE_URLS');

/** Makes the validated configuration injectable everywhere: `@Inject(APP_CONFIG) config: AppConfig`. */
@Global()
@Module({})
export class ConfigModule {
  static forRoot(config: AppConfig, db?: DatabaseUrls): DynamicModule {
    const providers = [
      { provide: APP_CONFIG, useValue: config },
      ...(db ? [{ provide: DATABASE_URLS, useValue: db }] : []),
    ];
    return { module: ConfigModule, providers, exports: providers.map((p) => p.provide) };
  }
}
