import { useCallback, useState } from 'react';
import type { components } from '@gongzhi/api-client';
import { api } from '../../services/api';
import type { ActionState } from './useBindings';

export type VerifiedPhone = components['schemas']['VerifiedPhoneDto'];

/**
 * weapp 「授权手机号」: the getPhoneNumber button gives a one-time code only when the person taps it; the API
 * exchanges it (billed per success) and binds the units the roster lists under that number.
 */
export function usePhoneVerification() {
  const [state, setState] = useState<ActionState | { status: 'done'; data: VerifiedPhone }>({ status: 'idle' });
  const verify = useCallback(async (code: string | undefined) => {
    if (!code) {
      // The person closed WeChat's dialog or refused: nothing to send, nothing billed.
      setState({ status: 'idle' });
      return null;
    }
    setState({ status: 'working' });
    const result = await api.POST('/api/v1/me/phone', { body: { code } });
    if (result.error) {
      setState({ status: 'error', error: result.error, httpStatus: result.status });
      return null;
    }
    setState({ status: 'done', data: result.data });
    return result.data;
  }, []);
  return { state, verify };
}
