import { Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ErrorCode } from '@gongzhi/domain';
import { DataSource } from 'typeorm';
import { ACCESS_KEY, type AccessRule, type RoleName } from '../../common/access.js';
import { AppError } from '../../common/app-error.js';
import type { Actor } from '../../common/current-user.js';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig } from '../../config/config.js';
import { verifyAccessToken, type AccessClaims } from './tokens.js';
import { isId } from '../../common/ids.js';

/**
 * Global guard. Every route must carry an access declaration (common/access.ts); a route without one is refused
 * (fail closed) and the route-declaration test names it. Roles are read from the database on every request, so a
 * role change takes effect at once; the token version makes sign-out and role changes revoke issued tokens.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly ds: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_KEY, [
      ctx.getHandler(),
      ctx.getClass(),
    ]);
    if (!rule) throw AppError.forbidden('该接口未声明访问权限');
    if (rule.scope === 'public') return true;
    const req = ctx.switchToHttp().getRequest<{ headers: Record<string, string | undefined>; user?: Actor }>();
    const claims = this.verify(req.headers.authorization);
    const personId = claims.sub;
    const actor: Actor = { personId, communityId: null, districtId: null, roles: [], regulatedDistrictIds: [] };
    req.user = actor;
    // One round trip per request: the token version check and the caller's roles come from the same query.
    switch (rule.scope) {
      case 'authenticated': {
        const rows: Array<{ token_version: number }> = await this.ds.query(
          'SELECT token_version FROM persons WHERE id = $1',
          [personId],
        );
        this.assertCurrent(rows[0]?.token_version, claims.tv);
        return true;
      }
      case 'community':
        return this.authorizeCommunity(actor, claims.tv, req.headers['x-community-id'], rule.roles);
      case 'district': {
        const [row]: Array<{ token_version: number; districts: string[] }> = await this.ds.query(
          `SELECT p.token_version, ARRAY(SELECT ra.district_id::text FROM role_assignments ra
             WHERE ra.person_id = p.id AND ra.role = 'regulator' AND ra.district_id IS NOT NULL) AS districts
           FROM persons p WHERE p.id = $1`,
          [personId],
        );
        this.assertCurrent(row?.token_version, claims.tv);
        if (!row.districts.length) throw AppError.forbidden('仅区住建部门监管人员可以查看');
        actor.regulatedDistrictIds = row.districts;
        actor.roles = ['regulator'];
        return true;
      }
      case 'platform': {
        const [row]: Array<{ token_version: number; admin: boolean }> = await this.ds.query(
          `SELECT p.token_version, EXISTS (SELECT 1 FROM role_assignments ra WHERE ra.person_id = p.id AND ra.role = 'platform_admin') AS admin
           FROM persons p WHERE p.id = $1`,
          [personId],
        );
        this.assertCurrent(row?.token_version, claims.tv);
        if (!row.admin) throw AppError.forbidden('仅平台管理员可以操作');
        actor.roles = ['platform_admin'];
        return true;
      }
      default: {
        const never: never = rule.scope;
        throw new Error(`unknown scope ${String(never)}`);
      }
    }
  }

  /** Signature and expiry only (no database): the token version is checked with the roles, in one query. */
  private verify(header: string | undefined): AccessClaims {
    const token = header?.startsWith('Bearer ') ? header.slice(7).trim() : null;
    if (!token) throw new AppError(ErrorCode.UNAUTHENTICATED, '请先登录');
    const result = verifyAccessToken(this.config.jwtSecret, token);
    if (!result.ok) {
      if (result.reason === 'expired') throw new AppError(ErrorCode.TOKEN_EXPIRED, '登录已过期，请重新登录');
      throw new AppError(ErrorCode.UNAUTHENTICATED, '登录信息无效，请重新登录');
    }
    return result.claims;
  }

  /** The person exists and the token was issued since their last sign-out or role change. */
  private assertCurrent(current: number | undefined, issued: number): void {
    if (current === undefined || current !== issued)
      throw new AppError(ErrorCode.UNAUTHENTICATED, '登录已失效，请重新登录');
  }

  private async authorizeCommunity(
    actor: Actor,
    tokenVersion: number,
    header: string | undefined,
    allowed: RoleName[],
  ): Promise<boolean> {
    if (!header || !isId(header)) {
      throw new AppError(ErrorCode.VALIDATION_FAILED, '请先选择小区', {
        fields: [{ field: 'X-Community-Id', messages: ['请先选择小区'] }],
      });
    }
    const all: Array<{ token_version: number; role: RoleName | null; district_id: string | null }> =
      await this.ds.query(
        `SELECT p.token_version, r.role, c.district_id FROM persons p
       LEFT JOIN communities c ON c.id = $2
       LEFT JOIN community_roles r ON c.id IS NOT NULL AND r.person_id = $1 AND r.community_id = $2
       WHERE p.id = $1`,
        [actor.personId, header],
      );
    this.assertCurrent(all[0]?.token_version, tokenVersion);
    const rows = all.filter(
      (r): r is { token_version: number; role: RoleName; district_id: string } => r.role !== null,
    );
    if (!rows.length) throw AppError.forbidden('您不是该小区的成员，请先绑定房屋或切换小区');
    actor.communityId = header;
    actor.districtId = rows[0].district_id;
    actor.roles = [...new Set(rows.map((r) => r.role))];
    if (!actor.roles.some((r) => allowed.includes(r))) throw AppError.forbidden();
    return true;
  }
}
