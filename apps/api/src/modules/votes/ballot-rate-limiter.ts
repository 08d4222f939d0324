import { Inject, Injectable } from '@nestjs/common';
import { ErrorCode } from '@gongzhi/domain';
import { AppError } from '../../common/app-error.js';
import { SlidingWindowCounter } from '../../common/rate-limiter.js';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig } from '../../config/config.js';

/**
 * Per-person limit on ballot requests (BALLOT_RATE_PER_PERSON online, PAPER_BALLOT_RATE_PER_PERSON for a committee
 * member entering paper ballots, per BALLOT_RATE_WINDOW_SECONDS). One ballot per owner is enforced by PostgreSQL; this
 * only stops one account from flooding the ballot routes. Every request counts, refused ones included.
 */
@Injectable()
export class BallotRateLimiter {
  private readonly counter = new SlidingWindowCounter();

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** Counts one request; refuses it (429 COMMON.RATE_LIMITED) when the person is over the limit of that kind. */
  check(kind: 'online' | 'paper', personId: string): void {
    const { perPerson, paperPerPerson, windowSeconds } = this.config.ballotRateLimit;
    const key = `${kind}:${personId}`;
    const wait = this.counter.retryAfter(key, kind === 'online' ? perPerson : paperPerPerson, windowSeconds);
    if (wait !== null) {
      const what = kind === 'online' ? '投票' : '纸质票录入';
      throw new AppError(ErrorCode.RATE_LIMITED, `${what}提交太频繁，请 ${wait} 秒后再试`, { retryAfterSeconds: wait });
    }
    this.counter.add(key, windowSeconds);
  }
}
