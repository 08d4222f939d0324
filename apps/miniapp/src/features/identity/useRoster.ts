import { useCallback, useState } from 'react';
import type { ApiError, components } from '@gongzhi/api-client';
import { api } from '../../services/api';
import { saveDownload, uploadFile } from '../../services/transfer';

export type RosterImport = components['schemas']['RosterImportDto'];

export type RosterState =
  | { status: 'idle' }
  | { status: 'working'; doing: '检查名册' | '导入名册' | '下载名册' }
  | { status: 'error'; error: ApiError; httpStatus: number; doing: string }
  | { status: 'preview'; data: RosterImport }
  | { status: 'committed'; data: RosterImport };

/** Roster import in two steps (preview writes nothing; commit applies all or nothing) and the Excel export. */
export function useRosterImport() {
  const [state, setState] = useState<RosterState>({ status: 'idle' });

  const preview = useCallback(async (filePath: string, fileName: string) => {
    setState({ status: 'working', doing: '检查名册' });
    const result = await uploadFile<RosterImport>({ path: '/api/v1/roster/imports', filePath, fileName });
    if (result.error) setState({ status: 'error', error: result.error, httpStatus: result.status, doing: '检查名册' });
    else setState({ status: 'preview', data: result.data });
  }, []);

  const commit = useCallback(async (id: string) => {
    setState({ status: 'working', doing: '导入名册' });
    const result = await api.POST('/api/v1/roster/imports/{id}/commit', { params: { path: { id } } });
    if (result.error) setState({ status: 'error', error: result.error, httpStatus: result.status, doing: '导入名册' });
    else setState({ status: 'committed', data: result.data });
  }, []);

  const exportRoster = useCallback(async () => {
    setState({ status: 'working', doing: '下载名册' });
    const result = await saveDownload('/api/v1/roster/export.xlsx', '业主名册.xlsx', 'xlsx');
    if (result.error) setState({ status: 'error', error: result.error, httpStatus: result.status, doing: '下载名册' });
    else setState({ status: 'idle' });
  }, []);

  const reset = useCallback(() => setState({ status: 'idle' }), []);
  return { state, preview, commit, exportRoster, reset };
}
