import { Inject, Injectable } from '@nestjs/common';
import { ErrorCode } from '@gongzhi/domain';
import { AppError } from '../../common/app-error.js';
import { SlidingWindowCounter } from '../../common/rate-limiter.js';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig } from '../../config/config.js';

/**
 * Sliding-window limit on sign-in attempts (WeChat and dev login), per client IP and per code/account, kept in this
 * process's memory (src/common/rate-limiter.ts). Enough for one API process; with several replicas each counts its
 * own share (noted in docs/identity.md).
 */
@Injectable()
export class SignInRateLimiter {
  private readonly counter = new SlidingWindowCounter();

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** Counts one attempt; refuses it (429 COMMON.RATE_LIMITED) when the IP or the key is over its limit. */
  check(ip: string, key: string): void {
    const { perIp, perKey, windowSeconds } = this.config.signInRateLimit;
    const now = Date.now();
    const ipKey = `ip:${ip}`;
    const codeKey = `k:${key}`;
    const wait = Math.max(
      this.counter.retryAfter(ipKey, perIp, windowSeconds, now) ?? 0,
      this.counter.retryAfter(codeKey, perKey, windowSeconds, now) ?? 0,
    );
    if (wait > 0)
      throw new AppError(ErrorCode.RATE_LIMITED, `登录尝试太频繁，请 ${wait} 秒后再试`, { retryAfterSeconds: wait });
    this.counter.add(ipKey, windowSeconds, now);
    this.counter.add(codeKey, windowSeconds, now);
  }
}
