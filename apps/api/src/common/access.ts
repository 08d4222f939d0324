import { applyDecorators, SetMetadata } from '@nestjs/common';
import type { Role } from '@gongzhi/domain';
import { ApiErrors } from './api-errors.js';

/**
 * Every route declares who may call it. The auth guard enforces the declaration and a test fails when a route
 * has none (test/route-access.e2e-spec.ts).
 *
 * scope:
 * - public: anyone, signed in or not (health, sign-in).
 * - authenticated: any signed-in person; the handler limits to their own records (e.g. /me).
 * - community: a signed-in person holding one of `roles` in the active community (X-Community-Id header).
 * - district: a regulator of the district that contains the community or district asked about.
 * - platform: platform administrators.
 */
export type AccessScope = 'public' | 'authenticated' | 'community' | 'district' | 'platform';

/** The platform's roles: the domain's ROLES (packages/domain/src/roles.ts), not a copy. */
export type RoleName = Role;

export interface AccessRule {
  scope: AccessScope;
  roles: RoleName[];
}

export const ACCESS_KEY = 'gongzhi:access';

// Each declaration also documents the refusals the guard answers in OpenAPI: 401 not signed in, 403 no role,
// 400 (community routes) no or malformed X-Community-Id.
export const Public = () => SetMetadata(ACCESS_KEY, { scope: 'public', roles: [] } satisfies AccessRule);
export const Authenticated = () =>
  applyDecorators(SetMetadata(ACCESS_KEY, { scope: 'authenticated', roles: [] } satisfies AccessRule), ApiErrors(401));
/** Caller must hold one of `roles` in the community named by the X-Community-Id header. */
export const CommunityAccess = (...roles: RoleName[]) =>
  applyDecorators(
    SetMetadata(ACCESS_KEY, { scope: 'community', roles } satisfies AccessRule),
    ApiErrors(400, 401, 403),
  );
export const DistrictAccess = () =>
  applyDecorators(
    SetMetadata(ACCESS_KEY, { scope: 'district', roles: ['regulator'] } satisfies AccessRule),
    ApiErrors(401, 403),
  );
export const PlatformAccess = () =>
  applyDecorators(
    SetMetadata(ACCESS_KEY, { scope: 'platform', roles: ['platform_admin'] } satisfies AccessRule),
    ApiErrors(401, 403),
  );

/** Role groups used across modules. */
export const COMMITTEE: RoleName[] = ['committee_member', 'committee_chair'];
export const PROPERTY: RoleName[] = ['property_manager', 'property_staff'];
export const RESIDENTS: RoleName[] = ['resident', 'owner'];
export const EVERYONE_IN_COMMUNITY: RoleName[] = [...RESIDENTS, ...COMMITTEE, ...PROPERTY, 'neighbourhood_officer'];
