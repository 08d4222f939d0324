import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiError, ApiResult } from '@gongzhi/api-client';

export type QueryState<T> =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ok'; data: T }
  | { status: 'error'; error: ApiError; httpStatus: number };

/** Runs one API read, keeps its state, and offers `reload`. `enabled: false` keeps it idle (e.g. signed out). */
export function useApiQuery<T>(load: () => Promise<ApiResult<T>>, deps: unknown[], enabled = true) {
  const [state, setState] = useState<QueryState<T>>(enabled ? { status: 'loading' } : { status: 'idle' });
  const run = useRef(0);

  const reload = useCallback(async () => {
    if (!enabled) {
      setState({ status: 'idle' });
      return;
    }
    const id = ++run.current;
    setState({ status: 'loading' });
    const result = await load();
    if (id !== run.current) return; // a newer load superseded this one
    if (result.error) setState({ status: 'error', error: result.error, httpStatus: result.status });
    else setState({ status: 'ok', data: result.data as T });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [enabled, ...deps]);

  useEffect(() => {
    void reload();
  }, [reload]);

  return { state, reload };
}
