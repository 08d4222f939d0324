import { Module, type DynamicModule } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { AppConfig } from './config/config.js';
import { ConfigModule } from './config/config.module.js';
import type { DatabaseUrls } from './database/database.js';
import { entities } from './database/entities.js';
import { migrations } from './database/migrations/index.js';
import { poolOptions } from './database/pool-options.js';
import { HealthController } from './health/health.controller.js';
import { featureModules } from './modules/index.js';
import { votesTestClockModules } from './modules/votes/test-clock/test-clock.module.js';

@Module({})
export class AppModule {
  static register(config: AppConfig, db: DatabaseUrls): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config, db),
        DiscoveryModule,
        TypeOrmModule.forRoot({
          type: 'postgres',
          url: db.appUrl,
          uuidExtension: 'pgcrypto',
          entities,
          migrations,
          synchronize: false,
          migrationsRun: false,
          logging: false,
          extra: { ...poolOptions(), statement_timeout: 30000, application_name: 'gongzhi-api' },
        }),
        ...featureModules,
        // Browser tests only (VOTES_TEST_CLOCK=on, never in production): POST /api/v1/_test/clock.
        ...votesTestClockModules(config),
      ],
      controllers: [HealthController],
    };
  }
}
