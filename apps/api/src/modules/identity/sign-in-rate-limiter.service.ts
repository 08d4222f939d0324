import { Inject, Injectable } from '@nestjs/common';
import { ErrorCode } from '@gongzhi/domain';
import { AppError } from '../../common/app-error.js';
import { RateLimitRepository } from '../../common/rate-limit.repository.js';
import { formatWait } from '../../common/rate-limit.guard.js';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig } from '../../config/config.js';

/**
 * The first sign-in limit: per code and per account (SIGN_IN_RATE_PER_CODE per SIGN_IN_RATE_WINDOW_SECONDS), counted
 * in PostgreSQL with the other rate limits (common/rate-limit.repository.ts), so it holds across replicas and restarts.
 * The per-IP count is only a coarse backstop, declared on the route (@RateLimit('sign-in')): the owners of one
 * community behind one carrier NAT can all sign in when a vote opens, while one code or account cannot be hammered.
 */
@Injectable()
export class SignInRateLimiter {
  constructor(
    private readonly counters: RateLimitRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Counts one attempt on `key`; refuses it (429 COMMON.RATE_LIMITED) when the key is over its limit. */
  async check(key: string): Promise<void> {
    const { perKey, windowSeconds } = this.config.signInRateLimit;
    const wait = await this.counters.hit([{ key: `sign-in:k:${key}`, windowSeconds, limit: perKey }]);
    if (wait !== null)
      throw new AppError(ErrorCode.RATE_LIMITED, `登录尝试太频繁，请 ${formatWait(wait)}后再试`, {
        retryAfterSeconds: wait,
      });
  }
}
