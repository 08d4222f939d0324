import { useEffect } from 'react';
import type { components } from '@gongzhi/api-client';
import { api } from '../../services/api';
import { getActiveCommunityId, setActiveCommunityId } from '../../services/session';
import { useApiQuery } from '../shared/useApiQuery';

export type Me = components['schemas']['MeDto'];
export type Membership = components['schemas']['MembershipDto'];

/** The community the person is acting in: the remembered one if still theirs, else their first. */
export function activeMembership(me: Me, rememberedId = getActiveCommunityId()): Membership | undefined {
  return me.communities.find((c) => c.communityId === rememberedId) ?? me.communities[0];
}

/** Roles in the active community plus district roles (a regulator has no community). */
export function activeRoles(me: Me, active: Membership | undefined): string[] {
  return [...new Set([...(active?.roles ?? []), ...me.districtRoles.map((d) => d.role)])];
}

/** GET /api/v1/me when signed in; remembers the active community for the X-Community-Id header. */
export function useMe(signedIn: boolean, refreshKey: number) {
  const query = useApiQuery(() => api.GET('/api/v1/me'), [refreshKey], signedIn);
  const { state } = query;
  useEffect(() => {
    if (state.status === 'ok') setActiveCommunityId(activeMembership(state.data)?.communityId);
  }, [state]);
  return query;
}
