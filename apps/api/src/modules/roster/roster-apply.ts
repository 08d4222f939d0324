import { unitKey } from '@gongzhi/domain';
import type { EntityManager } from 'typeorm';
import type { StoredRosterOwner, StoredRosterRow } from './entities/roster-import.entity.js';
import { matchOwner, type ExistingUnit, type RosterDiff } from './roster-diff.js';

/** What an apply did per unit: the unit's id and the persons it affects (owners before and after). */
export interface AppliedUnit {
  line: number;
  unitId: string;
  affected: string[];
}

/**
 * Writes a confirmed file into the roster (inside the confirming transaction): creates or updates units by address
 * (each source's area and the counted one), and makes each changed unit's owners exactly the file's. Persons are
 * reused by ID number, company code or phone (never by name alone: two people called 王伟 stay two); the developer
 * is one person per community (its stock is one head). Returns the persons whose sessions must be revoked.
 */
export async function applyRows(
  m: EntityManager,
  communityId: string,
  rows: StoredRosterRow[],
  d: RosterDiff,
): Promise<{ applied: AppliedUnit[]; revoke: Set<string> }> {
  const buildings = new Map<string, string>(
    (await m.query(`SELECT id, name FROM buildings WHERE community_id = $1`, [communityId])).map(
      (b: { id: string; name: string }) => [b.name, b.id],
    ),
  );
  const revoke = new Set<string>();
  const applied: AppliedUnit[] = [];
  for (const r of rows) {
    const c = d.changes.get(r.line)!;
    if (c.change === 'unchanged') continue;
    const key = unitKey(r.building, r.entrance, r.room);
    let unit = d.existing.get(key);
    const areas = [
      r.registeredAreaHundredths ?? null,
      r.surveyedAreaHundredths ?? null,
      r.contractAreaHundredths ?? null,
    ];
    if (!unit) {
      let buildingId = buildings.get(r.building);
      if (!buildingId) {
        [{ id: buildingId }] = await m.query(
          `INSERT INTO buildings (community_id, name) VALUES ($1, $2) RETURNING id`,
          [communityId, r.building],
        );
        buildings.set(r.building, buildingId!);
      }
      const [{ id }] = await m.query(
        `INSERT INTO units (community_id, building_id, entrance, room, kind, area_hundredths, area_source,
           registered_area_hundredths, surveyed_area_hundredths, contract_area_hundredths)
         VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10) RETURNING id`,
        [communityId, buildingId, r.entrance, r.room, r.kind, r.areaHundredths, r.areaSource, ...areas],
      );
      unit = {
        id,
        kind: r.kind,
        areaHundredths: r.areaHundredths,
        areaSource: r.areaSource,
        registered: areas[0],
        surveyed: areas[1],
        contract: areas[2],
        owners: [],
      };
    } else {
      await m.query(
        `UPDATE units SET kind = $2, area_hundredths = $3, area_source = $4, registered_area_hundredths = $5,
           surveyed_area_hundredths = $6, contract_area_hundredths = $7 WHERE id = $1`,
        [unit.id, r.kind, r.areaHundredths, r.areaSource, ...areas],
      );
    }
    const before = unit.owners.map((o) => o.personId);
    const after = c.ownersChanged
      ? await replaceOwners(m, communityId, unit, r.owners, r.developer === true, revoke)
      : before;
    applied.push({ line: r.line, unitId: unit.id, affected: [...new Set([...before, ...after])] });
  }
  return { applied, revoke };
}

/** A person already known by ID number, company code or phone; for the developer, the community's developer by name. */
async function findPerson(
  m: EntityManager,
  communityId: string,
  w: StoredRosterOwner,
  developer: boolean,
): Promise<string | null> {
  const probes: Array<[string, string | null | undefined]> = [
    [
      `SELECT id FROM persons WHERE id_number_hash = $1 AND erased_at IS NULL ORDER BY (openid IS NULL), created_at LIMIT 1`,
      w.idNumberHash,
    ],
    [`SELECT id FROM persons WHERE credit_code = $1 AND erased_at IS NULL ORDER BY created_at LIMIT 1`, w.creditCode],
    [
      `SELECT id FROM persons WHERE phone_hash = $1 AND erased_at IS NULL ORDER BY (openid IS NULL), created_at LIMIT 1`,
      w.phoneHash,
    ],
  ];
  for (const [sql, value] of probes) {
    if (!value) continue;
    const [hit]: Array<{ id: string }> = await m.query(sql, [value]);
    if (hit) return hit.id;
  }
  if (developer) {
    const [dev]: Array<{ id: string }> = await m.query(
      `SELECT p.id FROM ownerships o JOIN persons p ON p.id = o.person_id
        WHERE o.community_id = $1 AND o.is_developer AND p.name = $2 ORDER BY o.created_at LIMIT 1`,
      [communityId, w.name],
    );
    if (dev) return dev.id;
  }
  return null;
}

/** Makes the unit's owners exactly `wanted`; returns their person ids. */
async function replaceOwners(
  m: EntityManager,
  communityId: string,
  unit: ExistingUnit,
  wanted: StoredRosterOwner[],
  developer: boolean,
  revoke: Set<string>,
): Promise<string[]> {
  const keep = new Set<string>();
  const free = [...unit.owners];
  for (const w of wanted) {
    const cur = matchOwner(free, w);
    if (cur) free.splice(free.indexOf(cur), 1);
    let personId: string;
    if (cur) {
      personId = cur.personId;
      if (cur.name !== w.name) await m.query(`UPDATE persons SET name = $2 WHERE id = $1`, [personId, w.name]);
    } else {
      personId =
        (await findPerson(m, communityId, w, developer)) ??
        (
          await m.query(
            `INSERT INTO persons (name, phone_enc, phone_hash, id_number_enc, id_number_hash, credit_code, is_organisation)
             VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
            [
              w.name,
              w.phoneEnc,
              w.phoneHash,
              w.idNumberEnc ?? null,
              w.idNumberHash ?? null,
              w.creditCode ?? null,
              w.organisation === true || developer,
            ],
          )
        )[0].id;
    }
    // Fill identifiers the file adds to a known person (never overwrite one already held).
    await m.query(
      `UPDATE persons SET id_number_enc = COALESCE(id_number_enc, $2), id_number_hash = COALESCE(id_number_hash, $3),
         credit_code = COALESCE(credit_code, $4) WHERE id = $1`,
      [personId, w.idNumberEnc ?? null, w.idNumberHash ?? null, w.creditCode ?? null],
    );
    await m.query(
      `INSERT INTO ownerships (community_id, unit_id, person_id, is_designated_voter, is_developer) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (unit_id, person_id) DO UPDATE SET is_designated_voter = EXCLUDED.is_designated_voter, is_developer = EXCLUDED.is_developer`,
      [communityId, unit.id, personId, w.designatedVoter, developer],
    );
    keep.add(personId);
  }
  for (const o of unit.owners) {
    if (keep.has(o.personId)) continue;
    await m.query(`DELETE FROM ownerships WHERE id = $1`, [o.ownershipId]);
    // No longer an owner of this unit: the owner binding ends, and with it the role (tokens revoked by the caller).
    const ended: unknown[] = await m.query(
      `UPDATE residencies SET status = 'removed', decided_at = now(), reason = '名册更新：不再是该房屋业主'
       WHERE unit_id = $1 AND person_id = $2 AND relation = 'owner' AND status IN ('pending','approved') RETURNING id`,
      [unit.id, o.personId],
    );
    if (ended.length) revoke.add(o.personId);
  }
  return [...keep];
}

/**
 * Merges owner records that are one person (a confirmed merge proposal): the merged records' ownerships in this
 * community move to the kept person. Returns the units touched with the persons involved.
 */
export async function applyMerge(
  m: EntityManager,
  communityId: string,
  keepPersonId: string,
  mergePersonIds: string[],
): Promise<Array<{ unitId: string; personIds: string[] }>> {
  const rows: Array<{ id: string; unit_id: string; person_id: string }> = await m.query(
    `SELECT id, unit_id, person_id FROM ownerships WHERE community_id = $1 AND person_id = ANY($2::uuid[]) ORDER BY created_at`,
    [communityId, mergePersonIds],
  );
  const touched = new Map<string, Set<string>>();
  for (const r of rows) {
    const set = touched.get(r.unit_id) ?? new Set<string>([keepPersonId]);
    set.add(r.person_id);
    touched.set(r.unit_id, set);
    const [kept]: unknown[] = await m.query(`SELECT 1 FROM ownerships WHERE unit_id = $1 AND person_id = $2`, [
      r.unit_id,
      keepPersonId,
    ]);
    if (kept) await m.query(`DELETE FROM ownerships WHERE id = $1`, [r.id]);
    else await m.query(`UPDATE ownerships SET person_id = $2 WHERE id = $1`, [r.id, keepPersonId]);
  }
  return [...touched].map(([unitId, ids]) => ({ unitId, personIds: [...ids] }));
}
