import type { EntityManager } from 'typeorm';
import { COMMITTEE, PROPERTY, type RoleName } from '../../common/access.js';
import type { RosterImport } from './entities/roster-import.entity.js';

/**
 * Who confirms a roster proposal (domain-rules §10):
 * - a community with a committee: two committee members (chair or members), neither of them the proposer — a member
 *   who proposes does not count, so a member's proposal needs two other members; property company people
 *   (manager, staff) and the developer may propose, never confirm, even if they also hold a committee seat;
 * - before a committee exists: the subdistrict officer (街道办事处), after the first roster has been posted by room
 *   number for objections for FIRST_ROSTER_POSTING_DAYS: the `subdistrict_officer` of the community's subdistrict
 *   (issue 16; the role reaches the community through the community_roles view).
 */
export const COMMITTEE_CONFIRMATIONS = 2;
export const SUBDISTRICT_CONFIRMATIONS = 1;
export const SUBDISTRICT_CONFIRMER_ROLES: readonly RoleName[] = ['subdistrict_officer'];
export const FIRST_ROSTER_POSTING_DAYS = 15;
/** Roles that may propose (and never confirm, unless also a member without a property role). */
export const ROSTER_PROPOSERS: RoleName[] = [...COMMITTEE, 'property_manager'];
/** Roles that never confirm a roster change. */
export const NEVER_CONFIRM: readonly RoleName[] = PROPERTY;

export type ConfirmerKind = 'committee' | 'subdistrict';

export interface ProposalState {
  proposedBy: { personId: string; name: string } | null;
  confirmations: Array<{ personId: string; name: string; role: string; at: Date }>;
  needed: number;
  confirmerKind: ConfirmerKind;
}

/** Who confirms in this community now: the committee if it has any member, the subdistrict otherwise. */
export async function confirmerKind(m: EntityManager, communityId: string): Promise<ConfirmerKind> {
  const [{ n }]: Array<{ n: number }> = await m.query(
    `SELECT count(*)::int AS n FROM role_assignments WHERE community_id = $1 AND role = ANY($2::text[])`,
    [communityId, COMMITTEE],
  );
  return n > 0 ? 'committee' : 'subdistrict';
}

export const confirmationsNeeded = (kind: ConfirmerKind) =>
  kind === 'committee' ? COMMITTEE_CONFIRMATIONS : SUBDISTRICT_CONFIRMATIONS;

/** Whether the community's roster has ever been confirmed (the first roster needs its posting period). */
export async function hasConfirmedRoster(m: EntityManager, communityId: string): Promise<boolean> {
  const [row] = await m.query(`SELECT 1 FROM roster_imports WHERE community_id = $1 AND status = 'committed' LIMIT 1`, [
    communityId,
  ]);
  return row !== undefined;
}

export async function confirmationsOf(m: EntityManager, imp: RosterImport): Promise<ProposalState> {
  const kind = await confirmerKind(m, imp.communityId);
  const rows: Array<{ person_id: string; name: string; role: string; created_at: Date }> = await m.query(
    `SELECT c.person_id, p.name, c.role, c.created_at FROM roster_confirmations c JOIN persons p ON p.id = c.person_id
      WHERE c.import_id = $1 ORDER BY c.created_at, c.id`,
    [imp.id],
  );
  let proposedBy: ProposalState['proposedBy'] = null;
  if (imp.proposedBy) {
    const [p]: Array<{ name: string }> = await m.query(`SELECT name FROM persons WHERE id = $1`, [imp.proposedBy]);
    proposedBy = { personId: imp.proposedBy, name: p?.name ?? '' };
  }
  return {
    proposedBy,
    confirmations: rows.map((r) => ({ personId: r.person_id, name: r.name, role: r.role, at: r.created_at })),
    needed: confirmationsNeeded(kind),
    confirmerKind: kind,
  };
}

/** Days an affected owner may object to a confirmed change: the community's rosterObjectionDays (1–60), default 7. */
export async function objectionDays(m: EntityManager, communityId: string): Promise<number> {
  const [c]: Array<{ days: unknown }> = await m.query(
    `SELECT settings->'rosterObjectionDays' AS days FROM communities WHERE id = $1`,
    [communityId],
  );
  const d = Number(c?.days);
  return Number.isInteger(d) && d >= 1 && d <= 60 ? d : 7;
}
