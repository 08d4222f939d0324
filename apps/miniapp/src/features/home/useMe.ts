import { useEffect } from 'react';
import { api } from '../../services/api';
import { setActiveCommunityId } from '../../services/session';
import { useApiQuery } from '../shared/useApiQuery';

/** GET /api/v1/me when signed in; remembers the active community for the X-Community-Id header. */
export function useMe(signedIn: boolean, refreshKey: number) {
  const query = useApiQuery(() => api.GET('/api/v1/me'), [refreshKey], signedIn);
  const { state } = query;
  useEffect(() => {
    if (state.status === 'ok') setActiveCommunityId(state.data.activeCommunity?.id);
  }, [state]);
  return query;
}
