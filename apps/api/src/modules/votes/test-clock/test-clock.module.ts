import { Body, Controller, HttpCode, Module, Post, type Type } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsISO8601 } from 'class-validator';
import { PlatformAccess } from '../../../common/access.js';
import type { AppConfig } from '../../../config/config.js';
import { Clock } from '../clock.js';
import { ResolutionsService } from '../resolutions.service.js';
import { VotesModule } from '../votes.module.js';
import { RateLimit } from '../../../common/rate-limit.js';

/**
 * A test hook for browser tests ONLY: moves the votes module's Clock and runs the time-driven steps at once
 * (open, close, finalize — what the `votes.tick` job does every minute). It exists only when the API runs with
 * `VOTES_TEST_CLOCK=on` AND `NODE_ENV` is not production; otherwise the module is not registered at all and the
 * route answers 404 like any unknown path (tested in test/votes-test-clock.e2e-spec.ts).
 */
export class SetTestClockDto {
  @ApiProperty({ description: '把表决模块的“现在”设为此时刻（之后照常走时）', example: '2026-12-20T09:00:00+08:00' })
  @IsISO8601({ strict: true })
  now: string;
}

@ApiTags('test')
@Controller('api/v1/_test/clock')
class VotesTestClockController {
  constructor(
    private readonly clock: Clock,
    private readonly resolutions: ResolutionsService,
  ) {}

  @Post()
  @HttpCode(200)
  @PlatformAccess()
  @RateLimit('write')
  @ApiOkResponse({ description: '仅测试环境：设定表决时钟并立即执行开始、截止和公布最终结果' })
  async set(
    @Body() dto: SetTestClockDto,
  ): Promise<{ now: string; opened: string[]; closed: string[]; finalized: string[] }> {
    const offset = new Date(dto.now).getTime() - Date.now();
    this.clock.now = () => new Date(Date.now() + offset);
    const now = this.clock.now();
    const opened = await this.resolutions.openDue(now);
    const closed = await this.resolutions.closeDue(now);
    const finalized = await this.resolutions.finalizeDue(now);
    return { now: now.toISOString(), opened, closed, finalized };
  }
}

@Module({ imports: [VotesModule], controllers: [VotesTestClockController] })
class VotesTestClockModule {}

/** True only outside production with VOTES_TEST_CLOCK=on. */
export function votesTestClockEnabled(
  config: Pick<AppConfig, 'env'>,
  env: Record<string, string | undefined> = process.env,
): boolean {
  return config.env !== 'production' && env.VOTES_TEST_CLOCK === 'on';
}

/** The modules to register: the test clock when enabled, nothing otherwise. */
export function votesTestClockModules(
  config: Pick<AppConfig, 'env'>,
  env: Record<string, string | undefined> = process.env,
): Type<unknown>[] {
  return votesTestClockEnabled(config, env) ? [VotesTestClockModule] : [];
}
