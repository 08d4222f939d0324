import { api } from '../../services/api';
import { getSession } from '../../services/session';
import { activeMembership, activeRoles } from '../home/useMe';
import { useApiQuery } from '../shared/useApiQuery';

export interface LedgerRoles {
  ready: boolean;
  /** The community the ledger belongs to (the active one). */
  communityName: string;
  /** Drafts, revises, submits, reverses: the property manager (finance) or a committee member (treasurer). */
  canDraft: boolean;
  /** Approves, rejects, publishes, answers questions. */
  isCommittee: boolean;
  /** Asks questions (业主、住户). */
  canAsk: boolean;
}

const COMMITTEE = ['committee_member', 'committee_chair'];

/** What the signed-in person may do in the ledger, from GET /api/v1/me (the API checks again on every write). */
export function useLedgerRoles(): LedgerRoles {
  const { state } = useApiQuery(() => api.GET('/api/v1/me'), [], getSession() !== null);
  if (state.status !== 'ok')
    return { ready: false, communityName: '', canDraft: false, isCommittee: false, canAsk: false };
  const active = activeMembership(state.data);
  const roles = activeRoles(state.data, active);
  const isCommittee = roles.some((r) => COMMITTEE.includes(r));
  return {
    ready: true,
    communityName: active?.communityName ?? '',
    isCommittee,
    canDraft: isCommittee || roles.includes('property_manager'),
    canAsk: roles.includes('owner') || roles.includes('resident'),
  };
}
