import { useCallback, useRef, useState } from 'react';
import type { ApiError, ApiResult } from '@gongzhi/api-client';

/** Before, during and after a failed call; hooks with their own 'done' state add it. */
export type RunState =
  { status: 'idle' } | { status: 'working' } | { status: 'error'; error: ApiError; httpStatus: number };
export type ActionState = RunState | { status: 'done' };

/**
 * Runs one API write at a time (a second tap while working is ignored) and keeps its state for the page: working,
 * done, or the error with the API's code. `run` answers the data on success, undefined otherwise.
 */
export function useApiAction() {
  const [state, setState] = useState<ActionState>({ status: 'idle' });
  const busy = useRef(false);
  const run = useCallback(async <T>(call: () => Promise<ApiResult<T>>): Promise<T | undefined> => {
    if (busy.current) return undefined;
    busy.current = true;
    setState({ status: 'working' });
    try {
      const r = await call();
      if (r.error) {
        setState({ status: 'error', error: r.error, httpStatus: r.status });
        return undefined;
      }
      setState({ status: 'done' });
      return r.data as T;
    } finally {
      busy.current = false;
    }
  }, []);
  const reset = useCallback(() => setState({ status: 'idle' }), []);
  return { state, run, reset };
}

/** `useApiAction` bound to one call: `go(...args)` runs `call(...args)`. */
export function useApiActionFor<A extends unknown[], T>(call: (...args: A) => Promise<ApiResult<T>>) {
  const { state, run, reset } = useApiAction();
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const go = useCallback((...args: A) => run(() => call(...args)), [run]);
  return { state, go, reset };
}
