import { Inject, Injectable } from '@nestjs/common';
import { ErrorCode } from '@gongzhi/domain';
import { createHash } from 'node:crypto';
import { AppError } from '../../common/app-error.js';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig } from '../../config/config.js';

/**
 * Sliding-window limit on sign-in attempts (WeChat and dev login), per client IP and per code/account, kept in this
 * process's memory. Enough for one API process; with several replicas each counts its own share (noted in
 * docs/identity.md). Keys are hashed so no code or id sits in memory in clear.
 */
@Injectable()
export class SignInRateLimiter {
  private readonly hits = new Map<string, number[]>();
  private calls = 0;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** Counts one attempt; refuses it (429 COMMON.RATE_LIMITED) when the IP or the key is over its limit. */
  check(ip: string, key: string): void {
    const { perIp, perKey, windowSeconds } = this.config.signInRateLimit;
    const now = Date.now();
    const since = now - windowSeconds * 1000;
    const ipKey = `ip:${ip}`;
    const codeKey = `k:${createHash('sha256').update(key).digest('hex')}`;
    const ipHits = this.recent(ipKey, since);
    const keyHits = this.recent(codeKey, since);
    if (ipHits.length >= perIp || keyHits.length >= perKey) {
      const oldest = Math.min(...(ipHits.length >= perIp ? ipHits : keyHits));
      const retryAfterSeconds = Math.max(1, Math.ceil((oldest + windowSeconds * 1000 - now) / 1000));
      throw new AppError(ErrorCode.RATE_LIMITED, `登录尝试太频繁，请 ${retryAfterSeconds} 秒后再试`, { retryAfterSeconds });
    }
    ipHits.push(now);
    keyHits.push(now);
    this.hits.set(ipKey, ipHits);
    this.hits.set(codeKey, keyHits);
    if (++this.calls % 1000 === 0) this.sweep(since);
  }

  private recent(key: string, since: number): number[] {
    return (this.hits.get(key) ?? []).filter((t) => t > since);
  }

  private sweep(since: number): void {
    for (const [k, v] of this.hits) {
      const kept = v.filter((t) => t > since);
      if (kept.length) this.hits.set(k, kept);
      else this.hits.delete(k);
    }
  }
}
