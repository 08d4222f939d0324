import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiError, ApiResult } from '@gongzhi/api-client';
import type { QueryState } from './useApiQuery';

/** Rows per page of a list (the API pages with limit/offset and says the total). */
export const PAGE_SIZE = 20;

export type MoreState =
  { status: 'idle' } | { status: 'working' } | { status: 'error'; error: ApiError; httpStatus: number };

/**
 * A paged list read: the first PAGE_SIZE rows, then 「加载更多」 appends the next page (offset = rows shown), so a
 * phone never downloads a hundred rows it may not scroll to. `reload` starts again from the first page (filters
 * changed, pull-down refresh). A failed next page keeps the rows shown and offers a retry.
 */
export function usePagedQuery<I, T extends { items: I[]; total: number }>(
  load: (offset: number, limit: number) => Promise<ApiResult<T>>,
  deps: unknown[],
) {
  const [state, setState] = useState<QueryState<T>>({ status: 'loading' });
  const [more, setMore] = useState<MoreState>({ status: 'idle' });
  const run = useRef(0);

  const reload = useCallback(async () => {
    const id = ++run.current;
    setState({ status: 'loading' });
    setMore({ status: 'idle' });
    const result = await load(0, PAGE_SIZE);
    if (id !== run.current) return; // a newer load superseded this one
    if (result.error) setState({ status: 'error', error: result.error, httpStatus: result.status });
    else setState({ status: 'ok', data: result.data as T });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);

  useEffect(() => {
    void reload();
  }, [reload]);

  const shown = state.status === 'ok' ? state.data.items.length : 0;
  const total = state.status === 'ok' ? state.data.total : 0;
  const hasMore = state.status === 'ok' && shown < total;

  const loadMore = useCallback(async () => {
    if (state.status !== 'ok' || more.status === 'working' || !hasMore) return;
    const id = run.current;
    setMore({ status: 'working' });
    const result = await load(state.data.items.length, PAGE_SIZE);
    if (id !== run.current) return; // the list was reloaded meanwhile
    if (result.error) {
      setMore({ status: 'error', error: result.error, httpStatus: result.status });
      return;
    }
    const next = result.data as T;
    setState({ status: 'ok', data: { ...next, items: [...state.data.items, ...next.items] } });
    setMore({ status: 'idle' });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state, more, hasMore, ...deps]);

  return { state, reload, more, loadMore, hasMore, shown, total };
}
