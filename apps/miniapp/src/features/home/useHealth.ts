import { api } from '../../services/api';
import { useApiQuery } from '../shared/useApiQuery';

/** GET /healthz (public): is the service up, and which version answers. */
export function useHealth() {
  return useApiQuery(() => api.GET('/healthz'), []);
}
