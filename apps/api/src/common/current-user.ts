import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { RoleName } from './access.js';

/** Who is asking, as established by the auth guard. */
export interface Actor {
  personId: string;
  /** Set on community-scoped routes: the active community (X-Community-Id) and the caller's roles in it. */
  communityId: string | null;
  districtId: string | null;
  roles: RoleName[];
  /** Districts the caller regulates (regulators only). */
  regulatedDistrictIds: string[];
}

export const CurrentUser = createParamDecorator((_: unknown, ctx: ExecutionContext): Actor => {
  const req = ctx.switchToHttp().getRequest<{ user?: Actor }>();
  if (!req.user) throw new Error('CurrentUser used on a route without an authenticated caller');
  return req.user;
});

/** The active community of a community-scoped route (never null there). */
export function communityOf(actor: Actor): string {
  if (!actor.communityId) throw new Error('communityOf used on a route that is not community-scoped');
  return actor.communityId;
}

export function hasRole(actor: Actor, ...roles: RoleName[]): boolean {
  return actor.roles.some((r) => roles.includes(r));
}
