import { ballotRefusal, coOwnerIdsOf, type BallotRefusal } from '@gongzhi/domain';
import type { DataSource } from 'typeorm';

/**
 * Who casts a head of a frozen electorate online (docs/votes.md "Who casts a head online"). The frozen record names
 * the roster identity (`electorate_voters.cast_by`, part of the fingerprint, never rewritten); `owner_links` says
 * which signed-in accounts were verified as that identity since (own WeChat-verified phone, or an owner binding
 * confirmed by two committee members). Resolved at cast time.
 */

/** SQL: link `l` has not been withdrawn (its owner binding removed by the committee). */
const LIVE = `NOT EXISTS (SELECT 1 FROM owner_link_revocations x WHERE x.link_id = l.id)`;

/** SQL: the head whose casting identity is `castBy` is cast by the person bound as `person` (a `$n` parameter). */
export const castsHead = (castBy: string, person: string): string =>
  `(${castBy} = ${person} OR ${castBy} IN (SELECT l.roster_person_id FROM owner_links l WHERE l.person_id = ${person} AND ${LIVE}))`;

/** SQL: who receives a head's reminders — every account linked to its casting identity, else the identity itself. */
export const REMINDER_RECIPIENTS = `
  SELECT DISTINCT COALESCE(l.person_id, v.cast_by) AS person_id
    FROM electorate_voters v LEFT JOIN owner_links l ON l.roster_person_id = v.cast_by
     AND NOT EXISTS (SELECT 1 FROM owner_link_revocations x WHERE x.link_id = l.id)`;

/**
 * Why a caller who casts no head of this open vote is refused. `null`: the caller is no member of the community and
 * no co-owner or applicant of it, and gets the same answer as any stranger (nothing is confirmed or denied).
 */
export async function refusalOf(
  ds: DataSource,
  resolutionId: string,
  communityId: string,
  personId: string,
): Promise<BallotRefusal | null> {
  const [row]: Array<{ ids: string[]; co_keys: string[]; pending: { approvals: number } | null; member: boolean }> =
    await ds.query(
      `WITH me AS (SELECT $3::uuid AS id UNION SELECT l.roster_person_id FROM owner_links l WHERE l.person_id = $3 AND ${LIVE})
       SELECT ARRAY(SELECT id FROM me) AS ids,
         ARRAY(SELECT v.voter_key FROM electorate_voters v WHERE v.resolution_id = $1 AND v.kind = 'co-owners'
                  AND string_to_array(substr(v.voter_key, 4), '+')::uuid[] && ARRAY(SELECT id FROM me)) AS co_keys,
         (SELECT json_build_object('approvals', (SELECT count(*)::int FROM binding_approvals ba WHERE ba.residency_id = r.id))
            FROM residencies r
           WHERE r.person_id = $3 AND r.community_id = $2 AND r.relation = 'owner' AND r.status = 'pending'
             AND r.unit_id IN (SELECT eu.unit_id FROM electorate_units eu WHERE eu.resolution_id = $1)
           ORDER BY r.created_at DESC LIMIT 1) AS pending,
         EXISTS (SELECT 1 FROM ownerships o WHERE o.person_id = $3 AND o.community_id = $2
                 UNION ALL SELECT 1 FROM residencies r WHERE r.person_id = $3 AND r.community_id = $2 AND r.status = 'approved'
                 UNION ALL SELECT 1 FROM role_assignments ra WHERE ra.person_id = $3 AND ra.community_id = $2) AS member`,
      [resolutionId, communityId, personId],
    );
  const coOwnerNotDesignated = row!.co_keys.some((k) => coOwnerIdsOf(k).some((id) => row!.ids.includes(id)));
  if (!coOwnerNotDesignated && !row!.pending && !row!.member) return null;
  return ballotRefusal({ coOwnerNotDesignated, pendingOwnerBinding: row!.pending });
}
