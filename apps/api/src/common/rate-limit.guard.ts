import { Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ErrorCode } from '@gongzhi/domain';
import type { Request } from 'express';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.js';
import { AppError } from './app-error.js';
import type { Actor } from './current-user.js';
import { RATE_LIMIT_KEY, RATE_LIMIT_POLICIES, type RateLimitName, type RateLimitPolicy } from './rate-limit.js';
import { RateLimitRepository, type Bucket } from './rate-limit.repository.js';
import { isId } from './ids.js';

const DAY = 86400;

/**
 * Global guard, after AuthGuard (so the caller and their roles are known): counts the request against the route's
 * declared policy (common/rate-limit.ts) in PostgreSQL and refuses it with 429 when a bucket is full. Routes with no
 * declaration are not counted (reads); test/route-access.e2e-spec.ts makes every write declare one.
 */
@Injectable()
export class RateLimitGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly counters: RateLimitRepository,
    private readonly ds: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const name = this.reflector.getAllAndOverride<RateLimitName | undefined>(RATE_LIMIT_KEY, [
      ctx.getHandler(),
      ctx.getClass(),
    ]);
    if (!name) return true;
    const req = ctx.switchToHttp().getRequest<Request & { user?: Actor }>();
    const policy = this.policy(name);
    // Sign-in limits come from their own settings (with test defaults of their own): not scaled.
    const f = name === 'sign-in' ? 1 : this.config.rateLimitFactor;
    const w = policy.windowSeconds;
    const buckets: Bucket[] = [];
    const actor = req.user;
    const length = Number(req.headers['content-length'] ?? 0);
    // Without a Content-Length (a chunked body) an upload counts as the largest one allowed.
    const bytes = Number.isSafeInteger(length) && length > 0 ? length : this.config.files.maxDocumentBytes;
    if (!actor) {
      buckets.push({ key: `${name}:ip:${req.ip ?? '-'}`, windowSeconds: w, limit: policy.perIp * f });
    } else {
      const header = req.headers['x-community-id'];
      const community = actor.communityId ?? (typeof header === 'string' && isId(header) ? header : null);
      const member = actor.communityId ? actor.roles.length > 0 : await this.isMember(actor.personId, community);
      const person = `${name}:p:${actor.personId}`;
      buckets.push({
        key: person,
        windowSeconds: w,
        limit: (member ? policy.perPerson : policy.nonMember.perPerson) * f,
      });
      if (!member)
        buckets.push({
          key: `${name}:nm:${community ?? '-'}`,
          windowSeconds: w,
          limit: policy.nonMember.perCommunity * f,
        });
      if (policy.bytesPerDay) {
        const q = policy.bytesPerDay;
        buckets.push({
          key: `${person}:bytes`,
          windowSeconds: DAY,
          limit: Number.MAX_SAFE_INTEGER,
          bytes: { add: bytes, limit: (member ? q.member : q.nonMember) * f },
        });
        if (!member)
          buckets.push({
            key: `${name}:nm:${community ?? '-'}:bytes`,
            windowSeconds: DAY,
            limit: Number.MAX_SAFE_INTEGER,
            bytes: { add: bytes, limit: q.nonMembersPerCommunity * f },
          });
      }
    }
    const wait = await this.counters.hit(buckets);
    if (wait !== null)
      throw new AppError(ErrorCode.RATE_LIMITED, `${policy.what}太频繁，请 ${formatWait(wait)}后再试`, {
        retryAfterSeconds: wait,
      });
    return true;
  }

  private readonly policies = new Map<RateLimitName, RateLimitPolicy>();

  /** The declared policy with the deployment's overrides (RATE_LIMIT_OVERRIDES; sign-in: SIGN_IN_RATE_*). */
  private policy(name: RateLimitName): RateLimitPolicy {
    const cached = this.policies.get(name);
    if (cached) return cached;
    const p = structuredClone(RATE_LIMIT_POLICIES[name]);
    if (name === 'sign-in') {
      p.perIp = this.config.signInRateLimit.perIp;
      p.windowSeconds = this.config.signInRateLimit.windowSeconds;
    }
    for (const [path, value] of Object.entries(this.config.rateLimitOverrides)) {
      const [policy, ...keys] = path.split('.');
      if (policy !== name) continue;
      let o = p as unknown as Record<string, unknown>;
      for (const k of keys.slice(0, -1)) o = o[k] as Record<string, unknown>;
      o[keys[keys.length - 1]] = value;
    }
    this.policies.set(name, p);
    return p;
  }

  /** Whether the person holds any role in the community (roles by assignment, ownership or approved residency). */
  private async isMember(personId: string, communityId: string | null): Promise<boolean> {
    if (!communityId) return false;
    const [row]: Array<{ member: boolean }> = await this.ds.query(
      `SELECT EXISTS (SELECT 1 FROM role_assignments WHERE person_id = $1 AND community_id = $2)
           OR EXISTS (SELECT 1 FROM ownerships WHERE person_id = $1 AND community_id = $2)
           OR EXISTS (SELECT 1 FROM residencies WHERE person_id = $1 AND community_id = $2 AND status = 'approved') AS member`,
      [personId, communityId],
    );
    return row?.member === true;
  }
}

/** "45 秒" / "3 分钟" / "2 小时". */
export function formatWait(seconds: number): string {
  if (seconds < 120) return `${seconds} 秒`;
  if (seconds < 7200) return `${Math.ceil(seconds / 60)} 分钟`;
  return `${Math.ceil(seconds / 3600)} 小时`;
}
