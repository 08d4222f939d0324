import type { EntityManager } from 'typeorm';

/**
 * Owner links (`owner_links`, append-only): a roster owner identity verified as a signed-in account. Votes resolve
 * them at cast time (votes.common.ts `CASTS_HEAD`), so a frozen electorate's head is cast by whoever was verified as
 * that owner, without rewriting the frozen record.
 */
export async function recordOwnerLink(
  m: EntityManager,
  link: {
    communityId: string | null;
    rosterPersonId: string;
    personId: string;
    via: 'verified_phone' | 'binding';
    residencyId?: string | null;
  },
): Promise<boolean> {
  if (link.rosterPersonId === link.personId) return false;
  const rows: unknown[] = await m.query(
    `INSERT INTO owner_links (community_id, roster_person_id, person_id, via, residency_id)
     SELECT $1, $2, $3, $4, $5
      WHERE NOT EXISTS (SELECT 1 FROM owner_links WHERE roster_person_id = $2 AND person_id = $3)
     RETURNING id`,
    [link.communityId, link.rosterPersonId, link.personId, link.via, link.residencyId ?? null],
  );
  return rows.length > 0;
}

/** Roster placeholders (never signed in, not an organisation) recorded under this verified phone. */
export async function placeholdersByPhone(
  m: EntityManager,
  personId: string,
  phoneHash: string,
): Promise<Array<{ id: string; community_id: string | null }>> {
  return m.query(
    `SELECT p.id, (SELECT o.community_id FROM ownerships o WHERE o.person_id = p.id LIMIT 1) AS community_id
       FROM persons p WHERE p.phone_hash = $1 AND p.id <> $2 AND p.openid IS NULL AND NOT p.is_organisation`,
    [phoneHash, personId],
  );
}

/** Links every roster placeholder under this verified phone to the caller (optionally only owners of one unit). */
export async function linkPlaceholdersByPhone(
  m: EntityManager,
  personId: string,
  phoneHash: string,
  onlyUnitId?: string,
): Promise<void> {
  for (const p of await placeholdersByPhone(m, personId, phoneHash)) {
    if (onlyUnitId) {
      const owns: unknown[] = await m.query(`SELECT 1 FROM ownerships WHERE person_id = $1 AND unit_id = $2`, [
        p.id,
        onlyUnitId,
      ]);
      if (!owns.length) continue;
    }
    await recordOwnerLink(m, { communityId: p.community_id, rosterPersonId: p.id, personId, via: 'verified_phone' });
  }
}
