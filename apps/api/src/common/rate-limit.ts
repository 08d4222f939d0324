import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiErrors } from './api-errors.js';

/**
 * Every write route declares its rate limit beside its access declaration, by name:
 *
 *   @Post()
 *   @CommunityAccess(...RESIDENTS)
 *   @RateLimit('create')
 *
 * The policies are data (RATE_LIMIT_POLICIES below); RateLimitGuard counts in PostgreSQL (rate-limit.repository.ts),
 * so the limits hold across restarts and replicas. test/route-access.e2e-spec.ts fails when a POST, PUT, PATCH or
 * DELETE route has no declaration; a read may carry one too (the community directory does).
 *
 * Buckets, per policy: the signed-in person first (a member of the community in X-Community-Id gets `perPerson`, a
 * caller with no role there gets the stricter `nonMember.perPerson`), plus for non-members one bucket shared by all
 * non-members of that community (`nonMember.perCommunity`), which members never count against, so a crowd of new
 * accounts cannot starve the owners. Nobody signed in: the client IP (X-Forwarded-For only from TRUSTED_PROXIES).
 * Uploads also count their bytes per China day. Over a limit → 429 COMMON.RATE_LIMITED with Retry-After.
 */
export type RateLimitName = 'write' | 'create' | 'upload' | 'sign-in' | 'search';

export interface RateLimitPolicy {
  windowSeconds: number;
  perPerson: number;
  /** Requests per client IP per window when nobody is signed in (a coarse backstop: a carrier NAT shares one IP). */
  perIp: number;
  nonMember: { perPerson: number; perCommunity: number };
  /** Upload bytes per day (the Content-Length of the request, counted before the body is read). */
  bytesPerDay?: { member: number; nonMember: number; nonMembersPerCommunity: number };
  /** What the person was doing, for the Chinese message: "<what>太频繁，请 N 秒后再试". */
  what: string;
}

const MB = 1024 * 1024;

export const RATE_LIMIT_POLICIES: Record<RateLimitName, RateLimitPolicy> = {
  /** An ordinary change (approve, comment, assign, record). */
  write: {
    windowSeconds: 60,
    perPerson: 60,
    perIp: 120,
    nonMember: { perPerson: 10, perCommunity: 200 },
    what: '操作',
  },
  /** Something that creates work for others: a repair ticket, a binding request, a vote, a ledger entry. */
  create: {
    windowSeconds: 3600,
    perPerson: 30,
    perIp: 60,
    nonMember: { perPerson: 5, perCommunity: 300 },
    what: '提交',
  },
  /** Photos and documents. */
  upload: {
    windowSeconds: 600,
    perPerson: 60,
    perIp: 30,
    nonMember: { perPerson: 10, perCommunity: 300 },
    bytesPerDay: { member: 300 * MB, nonMember: 40 * MB, nonMembersPerCommunity: 2000 * MB },
    what: '上传',
  },
  /**
   * Sign-in: counted per client IP here, as a coarse backstop only (SIGN_IN_RATE_PER_IP, default 600 a minute: the
   * owners of a community behind one carrier NAT sign in together when a vote opens); the real limit is per code and
   * per account/number, in SignInRateLimiter.
   */
  'sign-in': {
    windowSeconds: 60,
    perPerson: 30,
    perIp: 600,
    nonMember: { perPerson: 30, perCommunity: 100000 },
    what: '登录尝试',
  },
  /** Looking things up by name (the community directory). */
  search: {
    windowSeconds: 60,
    perPerson: 20,
    perIp: 20,
    nonMember: { perPerson: 20, perCommunity: 2000 },
    what: '搜索',
  },
};

export const RATE_LIMIT_KEY = 'gongzhi:rate-limit';

/** The route's rate-limit policy (see RATE_LIMIT_POLICIES); documents the 429 in OpenAPI. */
export const RateLimit = (name: RateLimitName) => applyDecorators(SetMetadata(RATE_LIMIT_KEY, name), ApiErrors(429));
