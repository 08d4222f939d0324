import { Controller, Get, Inject, Res } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.js';
import { Public } from '../common/access.js';

class HealthDto {
  @ApiProperty({ example: 'ok' }) status: string;
  @ApiProperty({ example: '0.1.0' }) version: string;
}

class ReadyDto {
  @ApiProperty({ example: 'ok', enum: ['ok', 'unavailable'] }) status: string;
  @ApiProperty() database: boolean;
  @ApiProperty({ description: 'Pending migrations; ready only when 0' }) pendingMigrations: number;
}

@ApiTags('health')
@Controller()
export class HealthController {
  constructor(
    private readonly ds: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The process is up. */
  @Public()
  @Get('healthz')
  @ApiOkResponse({ type: HealthDto })
  health(): HealthDto {
    return { status: 'ok', version: this.config.version };
  }

  /** The database answers and every migration is applied. */
  @Public()
  @Get('readyz')
  @ApiOkResponse({ type: ReadyDto })
  @ApiServiceUnavailableResponse({ type: ReadyDto })
  async ready(@Res({ passthrough: true }) res: Response): Promise<ReadyDto> {
    let database: boolean;
    let pendingMigrations = -1;
    try {
      const applied = await this.ds.query('SELECT count(*)::int AS n FROM migrations');
      database = true;
      pendingMigrations = this.ds.migrations.length - Number(applied[0].n);
    } catch {
      database = false;
    }
    const ok = database && pendingMigrations === 0;
    if (!ok) res.status(503);
    return { status: ok ? 'ok' : 'unavailable', database, pendingMigrations };
  }
}
