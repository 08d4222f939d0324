import { useCallback, useEffect, useState } from 'react';
import type { ApiError, components } from '@gongzhi/api-client';
import { api } from '../../services/api';
import { saveDownload, uploadFile } from '../../services/transfer';

export type RosterImport = components['schemas']['RosterImportDto'];
export type RosterObjection = components['schemas']['RosterObjectionDto'];

export type RosterState =
  | { status: 'idle' }
  | { status: 'working'; doing: '检查名册' | '提交提议' | '下载名册' | '下载模板' }
  | { status: 'error'; error: ApiError; httpStatus: number; doing: string }
  | { status: 'preview'; data: RosterImport }
  | { status: 'proposed'; data: RosterImport };

/**
 * Roster import in two steps: the preview writes nothing; proposing it writes nothing either — the roster changes
 * only when two committee members (not the proposer) confirm. Also the Excel export and the template.
 */
export function useRosterImport() {
  const [state, setState] = useState<RosterState>({ status: 'idle' });

  const preview = useCallback(async (filePath: string, fileName: string, columnMap?: Record<string, string>) => {
    setState({ status: 'working', doing: '检查名册' });
    const result = await uploadFile<RosterImport>({
      path: '/api/v1/roster/imports',
      filePath,
      fileName,
      formData: columnMap && Object.keys(columnMap).length ? { columnMap: JSON.stringify(columnMap) } : undefined,
    });
    if (result.error) setState({ status: 'error', error: result.error, httpStatus: result.status, doing: '检查名册' });
    else setState({ status: 'preview', data: result.data });
  }, []);

  const propose = useCallback(async (id: string) => {
    setState({ status: 'working', doing: '提交提议' });
    const result = await api.POST('/api/v1/roster/imports/{id}/propose', { params: { path: { id } } });
    if (result.error) setState({ status: 'error', error: result.error, httpStatus: result.status, doing: '提交提议' });
    else setState({ status: 'proposed', data: result.data });
  }, []);

  const download = useCallback(async (what: 'export' | 'template') => {
    const doing = what === 'export' ? '下载名册' : '下载模板';
    setState({ status: 'working', doing });
    const result =
      what === 'export'
        ? await saveDownload('/api/v1/roster/export.xlsx', '业主名册.xlsx', 'xlsx')
        : await saveDownload('/api/v1/roster/template.xlsx', '业主名册模板.xlsx', 'xlsx');
    if (result.error) setState({ status: 'error', error: result.error, httpStatus: result.status, doing });
    else setState({ status: 'idle' });
  }, []);

  const reset = useCallback(() => setState({ status: 'idle' }), []);
  return { state, preview, propose, download, reset };
}

type Load<T> =
  { status: 'loading' } | { status: 'error'; error: ApiError; httpStatus: number } | { status: 'ok'; data: T };

/** Proposals waiting for confirmation and open objections; a committee member confirms or answers them. */
export function useRosterReview(enabled: boolean) {
  const [pending, setPending] = useState<Load<RosterImport[]>>({ status: 'loading' });
  const [objections, setObjections] = useState<Load<RosterObjection[]>>({ status: 'loading' });
  const [acting, setActing] = useState<{ error: ApiError; httpStatus: number; doing: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const reload = useCallback(async () => {
    const [p, o] = await Promise.all([
      api.GET('/api/v1/roster/proposals'),
      api.GET('/api/v1/roster/objections', { params: { query: { status: 'open' } } }),
    ]);
    setPending(
      p.error ? { status: 'error', error: p.error, httpStatus: p.status } : { status: 'ok', data: p.data.items },
    );
    setObjections(
      o.error ? { status: 'error', error: o.error, httpStatus: o.status } : { status: 'ok', data: o.data.items },
    );
  }, []);

  useEffect(() => {
    if (enabled) void reload();
  }, [enabled, reload]);

  const confirm = useCallback(
    async (id: string) => {
      setBusy(true);
      setActing(null);
      const r = await api.POST('/api/v1/roster/proposals/{id}/confirm', { params: { path: { id } } });
      setBusy(false);
      if (r.error) setActing({ error: r.error, httpStatus: r.status, doing: '确认名册变更' });
      await reload();
    },
    [reload],
  );

  const answer = useCallback(
    async (id: string, decision: 'upheld' | 'dismissed', text: string) => {
      setBusy(true);
      setActing(null);
      const r = await api.POST('/api/v1/roster/objections/{id}/answer', {
        params: { path: { id } },
        body: { decision, answer: text },
      });
      setBusy(false);
      if (r.error) {
        setActing({ error: r.error, httpStatus: r.status, doing: '答复异议' });
        return false;
      }
      await reload();
      return true;
    },
    [reload],
  );

  return { pending, objections, acting, busy, confirm, answer, reload };
}
