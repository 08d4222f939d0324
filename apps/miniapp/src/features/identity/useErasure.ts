import { useCallback, useState } from 'react';
import Taro from '@tarojs/taro';
import { api } from '../../services/api';
import { clearSession } from '../../services/session';
import type { ActionState } from './useBindings';

/**
 * POST /api/v1/me/erasure (PIPL Art. 47): deletes the caller's personal information and signs them out everywhere.
 * On success the local session goes too and the app starts again at the home page (which asks to sign in).
 */
export function useErasure() {
  const [state, setState] = useState<ActionState | { status: 'done' }>({ status: 'idle' });
  const erase = useCallback(async () => {
    setState({ status: 'working' });
    const res = await api.POST('/api/v1/me/erasure', { body: { confirm: true } });
    if (res.error) {
      setState({ status: 'error', error: res.error, httpStatus: res.status });
      return;
    }
    setState({ status: 'done' });
    clearSession(); // the token and the chosen community
    await Taro.showToast({ title: '已注销', icon: 'success', duration: 1500 }).catch(() => undefined);
    await new Promise((r) => setTimeout(r, 1500)); // let the toast be read before the app starts again
    await Taro.reLaunch({ url: '/pages/index/index' });
  }, []);
  return { state, erase };
}
