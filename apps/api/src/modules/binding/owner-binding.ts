import {
  ErrorCode,
  OWNER_BINDING_APPROVER_ROLES,
  OWNER_BINDING_STATE_LABEL,
  ownerBindingApproval,
} from '@gongzhi/domain';
import type { EntityManager } from 'typeorm';
import { AppError } from '../../common/app-error.js';
import type { Actor } from '../../common/current-user.js';
import type { AuditService } from '../audit/audit.service.js';
import type { BindingView } from './binding.service.js';
import { recordOwnerLink } from './owner-links.repository.js';

/**
 * An owner binding (relation = owner) moves a head of every vote, so it is confirmed by two different committee
 * members — never by the property company, never by one member alone (packages/domain/src/votes/electorate-heads.ts).
 * Each confirmation is a row of `binding_approvals` (append-only) and an audit entry with the evidence; the second
 * one approves the request and links the roster's owner of the unit to the applicant.
 * Returns true when this confirmation completed the approval.
 */
export async function confirmOwnerBinding(
  m: EntityManager,
  audit: AuditService,
  actor: Actor,
  communityId: string,
  residencyId: string,
): Promise<boolean> {
  const role = OWNER_BINDING_APPROVER_ROLES.find((r) => actor.roles.includes(r));
  if (!role) {
    throw AppError.forbidden('业主绑定须由两位业委会委员确认，物业不能确认业主身份；请转交业委会委员审核');
  }
  const [r]: Array<{
    person_id: string;
    unit_id: string;
    document_file_id: string | null;
    claimed_name: string | null;
    matches_roster: boolean | null;
    approvers: string[];
  }> = await m.query(
    `SELECT r.person_id, r.unit_id, r.document_file_id, bc.claimed_name, bc.matches_roster,
            ARRAY(SELECT ba.person_id FROM binding_approvals ba WHERE ba.residency_id = r.id ORDER BY ba.created_at) AS approvers
       FROM residencies r LEFT JOIN binding_claims bc ON bc.residency_id = r.id WHERE r.id = $1`,
    [residencyId],
  );
  if (r!.person_id === actor.personId) throw AppError.forbidden('不能确认自己的业主绑定申请，请由另外两位委员确认');
  if (r!.approvers.includes(actor.personId)) {
    throw new AppError(ErrorCode.CONFLICT, '您已确认过这份申请，还需另一位业委会委员确认', {
      approvals: r!.approvers.length,
    });
  }
  await m.query(`INSERT INTO binding_approvals (community_id, residency_id, person_id, role) VALUES ($1, $2, $3, $4)`, [
    communityId,
    residencyId,
    actor.personId,
    role,
  ]);
  const approvers = [...r!.approvers, actor.personId];
  const state = ownerBindingApproval(approvers);
  const evidence = {
    unitId: r!.unit_id,
    documentFileId: r!.document_file_id,
    matchesRoster: r!.matches_roster ?? false,
  };
  await audit.record(
    {
      communityId,
      actorId: actor.personId,
      action: 'binding.owner_confirmed',
      targetType: 'residency',
      targetId: residencyId,
      details: { role, approvals: state.approvals, required: state.required, ...evidence },
    },
    m,
  );
  if (state.state !== 'approved') return false;

  // The roster's owner of the unit that never signed in becomes the applicant: by the typed name, or the unit's
  // only such owner. The ownership moves (roles) and a link is recorded (running votes resolve it at cast time).
  const placeholders: Array<{ ownership_id: string; person_id: string; name: string; is_designated_voter: boolean }> =
    await m.query(
      `SELECT o.id AS ownership_id, p.id AS person_id, p.name, o.is_designated_voter FROM ownerships o
         JOIN persons p ON p.id = o.person_id
        WHERE o.unit_id = $1 AND p.openid IS NULL AND NOT p.is_organisation AND p.id <> $2`,
      [r!.unit_id, r!.person_id],
    );
  const byName = placeholders.filter((p) => p.name === (r!.claimed_name ?? '').trim());
  const owner = byName.length === 1 ? byName[0] : placeholders.length === 1 ? placeholders[0] : undefined;
  if (owner) {
    const [mine]: Array<{ id: string }> = await m.query(
      `SELECT id FROM ownerships WHERE unit_id = $1 AND person_id = $2`,
      [r!.unit_id, r!.person_id],
    );
    if (mine) {
      await m.query(`DELETE FROM ownerships WHERE id = $1`, [owner.ownership_id]);
      if (owner.is_designated_voter)
        await m.query(`UPDATE ownerships SET is_designated_voter = true WHERE id = $1`, [mine.id]);
    } else {
      await m.query(`UPDATE ownerships SET person_id = $2 WHERE id = $1`, [owner.ownership_id, r!.person_id]);
    }
    await recordOwnerLink(m, {
      communityId,
      rosterPersonId: owner.person_id,
      personId: r!.person_id,
      via: 'binding',
      residencyId,
    });
    await audit.record(
      {
        communityId,
        actorId: actor.personId,
        action: 'ownership.claimed',
        targetType: 'unit',
        targetId: r!.unit_id,
        details: { via: 'binding', residencyId, approvers, ...evidence },
      },
      m,
    );
  }
  return true;
}

/** The approval progress shown on a binding (owner bindings: confirmations of two members). */
export function approvalOf(
  r: { relation: string; status: string; auto_approved: boolean; approvers: string[] },
  viewerId: string | undefined,
): Pick<BindingView, 'approvals' | 'approvalsRequired' | 'waitingFor' | 'approvedByMe'> {
  const approvedByMe = viewerId !== undefined && r.approvers.includes(viewerId);
  if (r.relation !== 'owner') {
    return { approvals: r.status === 'approved' ? 1 : 0, approvalsRequired: 1, waitingFor: null, approvedByMe };
  }
  const s = ownerBindingApproval(r.approvers);
  return {
    approvals: r.auto_approved ? s.required : s.approvals,
    approvalsRequired: s.required,
    waitingFor: r.status === 'pending' ? OWNER_BINDING_STATE_LABEL[s.state] : null,
    approvedByMe,
  };
}

/**
 * Removing an approved owner binding (a mistaken approval) undoes what its approval did: the link is withdrawn
 * (`owner_link_revocations`, append-only) and the ownership goes back to the roster identity, so the account casts
 * no head and holds no owner role through it any more.
 */
export async function withdrawOwnerBinding(
  m: EntityManager,
  audit: AuditService,
  actorId: string,
  communityId: string,
  residencyId: string,
): Promise<void> {
  const links: Array<{ id: string; roster_person_id: string; person_id: string; unit_id: string }> = await m.query(
    `SELECT l.id, l.roster_person_id, l.person_id, r.unit_id FROM owner_links l JOIN residencies r ON r.id = l.residency_id
      WHERE l.residency_id = $1 AND l.via = 'binding'
        AND NOT EXISTS (SELECT 1 FROM owner_link_revocations x WHERE x.link_id = l.id)`,
    [residencyId],
  );
  for (const l of links) {
    await m.query(
      `INSERT INTO owner_link_revocations (link_id, community_id, revoked_by, residency_id) VALUES ($1, $2, $3, $4)`,
      [l.id, communityId, actorId, residencyId],
    );
    const back: unknown[] = await m.query(
      `UPDATE ownerships SET person_id = $3 WHERE unit_id = $1 AND person_id = $2
          AND NOT EXISTS (SELECT 1 FROM ownerships o2 WHERE o2.unit_id = $1 AND o2.person_id = $3) RETURNING id`,
      [l.unit_id, l.person_id, l.roster_person_id],
    );
    await audit.record(
      {
        communityId,
        actorId,
        action: 'ownership.returned',
        targetType: 'unit',
        targetId: l.unit_id,
        details: { via: 'binding_removed', residencyId, ownershipReturned: back.length > 0 },
      },
      m,
    );
  }
}
