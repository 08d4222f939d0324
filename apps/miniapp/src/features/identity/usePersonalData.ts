import { useCallback, useState } from 'react';
import Taro from '@tarojs/taro';
import type { components } from '@gongzhi/api-client';
import { api } from '../../services/api';
import { useApiQuery } from '../shared/useApiQuery';
import { saveDownload } from '../../services/transfer';
import type { ActionState } from './useBindings';

export type PersonalData = components['schemas']['PersonalDataDto'];

/** GET /api/v1/me/data: everything the platform holds about the caller. */
export function usePersonalData() {
  return useApiQuery(() => api.GET('/api/v1/me/data'), []);
}

/**
 * Export: H5 downloads /api/v1/me/data.json as a file; WeChat cannot open a .json document, so weapp copies the
 * same JSON to the clipboard (to paste into a chat with oneself or a note).
 */
export function useExportPersonalData() {
  const [state, setState] = useState<ActionState | { status: 'done'; how: 'download' | 'clipboard' }>({
    status: 'idle',
  });
  const exportData = useCallback(async (data: PersonalData | undefined) => {
    setState({ status: 'working' });
    if (process.env.TARO_ENV === 'h5') {
      const day = new Date().toISOString().slice(0, 10).replace(/-/g, '');
      const result = await saveDownload('/api/v1/me/data.json', `gongzhi-my-data-${day}.json`);
      if (result.error) setState({ status: 'error', error: result.error, httpStatus: result.status });
      else setState({ status: 'done', how: 'download' });
      return;
    }
    const fresh = await api.GET('/api/v1/me/data.json');
    if (fresh.error && !data) {
      setState({ status: 'error', error: fresh.error, httpStatus: fresh.status });
      return;
    }
    await Taro.setClipboardData({ data: JSON.stringify(fresh.data ?? data, null, 2) });
    setState({ status: 'done', how: 'clipboard' });
  }, []);
  return { state, exportData };
}
