import { nextStatus, type TicketAction, type TicketActor, type TransitionResult } from '@gongzhi/domain';
import type { EntityManager } from 'typeorm';
import { COMMITTEE, PROPERTY, RESIDENTS } from '../../common/access.js';
import type { Actor } from '../../common/current-user.js';
import { hasRole } from '../../common/current-user.js';
import type { RepairTicket } from './entities/repair-ticket.entity.js';

/** Who is looking at tickets: the caller, their roles in the community and the units they are bound to there. */
export interface Viewer {
  personId: string;
  communityId: string;
  isResident: boolean;
  isProperty: boolean;
  isManager: boolean;
  isStaff: boolean;
  isCommittee: boolean;
  isRegulator: boolean;
  unitIds: string[];
}

export async function loadViewer(m: EntityManager, actor: Actor, communityId: string): Promise<Viewer> {
  const rows: Array<{ unit_id: string }> = await m.query(
    `SELECT unit_id FROM bound_units WHERE person_id = $1 AND community_id = $2`,
    [actor.personId, communityId],
  );
  return viewerOf(
    actor,
    communityId,
    rows.map((r) => r.unit_id),
  );
}

/** The viewer from the caller's roles alone, for reads that do not need the bound units (or read them in SQL). */
export function viewerOf(actor: Actor, communityId: string, unitIds: string[] = []): Viewer {
  return {
    personId: actor.personId,
    communityId,
    isResident: hasRole(actor, ...RESIDENTS),
    isProperty: hasRole(actor, ...PROPERTY),
    isManager: hasRole(actor, 'property_manager'),
    isStaff: hasRole(actor, 'property_staff'),
    isCommittee: hasRole(actor, ...COMMITTEE),
    isRegulator: hasRole(actor, 'regulator'),
    unitIds,
  };
}

/** The units the person is bound to in the community (view bound_units), as an SQL array expression (:me, :communityId). */
export const BOUND_UNITS_SQL = `ARRAY(SELECT unit_id FROM bound_units WHERE person_id = :me AND community_id = :communityId)`;

/**
 * Who may see a ticket (and its photos): the reporter; the property company and the committee of the community;
 * for a common-area ticket every resident of the community; for a unit ticket the residents of that unit.
 */
export function canSee(t: Pick<RepairTicket, 'reporterId' | 'areaKind' | 'unitId'>, v: Viewer): boolean {
  if (t.reporterId === v.personId || v.isProperty || v.isCommittee) return true;
  if (!v.isResident) return false;
  if (t.areaKind === 'common') return true;
  return t.unitId !== null && v.unitIds.includes(t.unitId);
}

/** Whether the viewer sees who reported a ticket and how to reach them (property and committee, and the reporter). */
export function seesPeople(t: Pick<RepairTicket, 'reporterId'>, v: Viewer): boolean {
  return t.reporterId === v.personId || v.isProperty || v.isCommittee;
}

/** The capacities in which the viewer could act on the ticket, most specific first. */
export function capacities(t: Pick<RepairTicket, 'reporterId'>, v: Viewer): TicketActor[] {
  const out: TicketActor[] = [];
  if (t.reporterId === v.personId) out.push('reporter');
  if (v.isManager) out.push('manager');
  if (v.isStaff) out.push('staff');
  return out;
}

/**
 * The first capacity in which the state machine allows the move, or the refusal to answer with: an illegal move
 * (wrong status) wins over "someone else must do it", so the client learns the current status.
 */
export function decideMove(
  status: RepairTicket['status'],
  action: TicketAction,
  roles: TicketActor[],
):
  | { ok: true; actor: TicketActor; result: Extract<TransitionResult, { ok: true }> }
  | { ok: false; refusal: Extract<TransitionResult, { ok: false }> | null } {
  let refusal: Extract<TransitionResult, { ok: false }> | null = null;
  for (const actor of roles) {
    const r = nextStatus(status, action, actor);
    if (r.ok) return { ok: true, actor, result: r };
    if (!refusal || r.reason !== 'actor_not_allowed') refusal = r;
  }
  return { ok: false, refusal };
}
