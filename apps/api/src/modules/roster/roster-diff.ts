import {
  AREA_SOURCE_LABELS,
  canonicalJson,
  formatAreaHundredths,
  maskIdNumber,
  maskPhone,
  sha256,
  UNIT_KIND_LABELS,
  unitKey,
  type RosterAreaSource,
  type RosterUnitKind,
} from '@gongzhi/domain';
import type { EntityManager } from 'typeorm';
import type { FieldCipher } from '../../common/crypto.js';
import type { StoredRosterOwner, StoredRosterRow } from './entities/roster-import.entity.js';

export type RowChange = 'new' | 'updated' | 'unchanged';

export interface RosterSummary {
  /** Units created plus units updated: 0 means the file matches the roster. */
  changes: number;
  unitsCreated: number;
  unitsUpdated: number;
  unchanged: number;
  ownersChanged: number;
  /** Units in the roster that this file does not list (kept: a vote may reference them). */
  notInFile: number;
}

/** The fields of a unit the change record follows (old → new, personal data masked). */
export type RosterField =
  'kind' | 'registeredArea' | 'surveyedArea' | 'contractArea' | 'countedArea' | 'developer' | 'owners';

export interface FieldChange {
  line: number;
  unitLabel: string;
  field: RosterField;
  oldValue: string | null;
  newValue: string | null;
}

export interface ExistingOwner {
  ownershipId: string;
  personId: string;
  name: string;
  phoneEnc: string | null;
  phoneHash: string | null;
  idNumberEnc: string | null;
  idNumberHash: string | null;
  creditCode: string | null;
  designated: boolean;
  developer: boolean;
}

export interface ExistingUnit {
  id: string;
  kind: RosterUnitKind;
  areaHundredths: string;
  areaSource: RosterAreaSource;
  registered: string | null;
  surveyed: string | null;
  contract: string | null;
  owners: ExistingOwner[];
}

export interface RosterDiff {
  summary: RosterSummary;
  changes: Map<number, { change: RowChange; ownersChanged: boolean }>;
  existing: Map<string, ExistingUnit>;
  fields: FieldChange[];
  /** SHA-256 over the field changes: what confirmers saw is what gets applied. */
  fieldsSha256: string;
}

export const unitLabel = (building: string, entrance: string, room: string) =>
  `${building}${entrance ? ` ${entrance}` : ''} ${room}`;

const areaText = (v: string | null | undefined) => (v ? `${formatAreaHundredths(BigInt(v))}㎡` : null);

/** One owner as the change record shows it: name, masked contact, masked ID or company code, voter mark. */
export function ownerLabel(
  cipher: FieldCipher,
  o: {
    name: string;
    phoneEnc: string | null;
    idNumberEnc?: string | null;
    creditCode?: string | null;
    designated: boolean;
  },
  coOwned: boolean,
): string {
  const parts = [o.name];
  if (o.phoneEnc) parts.push(maskPhone(cipher.decrypt(o.phoneEnc)));
  if (o.idNumberEnc) parts.push(`证件 ${maskIdNumber(cipher.decrypt(o.idNumberEnc))}`);
  if (o.creditCode) parts.push(`信用代码 ${o.creditCode}`);
  if (coOwned && o.designated) parts.push('投票人');
  return parts.join(' ');
}

export function ownersText(cipher: FieldCipher, owners: ExistingOwner[] | StoredRosterOwner[]): string | null {
  if (!owners.length) return null;
  return owners
    .map((o) =>
      ownerLabel(cipher, { ...o, designated: 'designated' in o ? o.designated : o.designatedVoter }, owners.length > 1),
    )
    .join('；')
    .slice(0, 600);
}

/** The community's units and owners as they are now (for a diff or an apply). */
export async function loadRoster(m: EntityManager, communityId: string): Promise<Map<string, ExistingUnit>> {
  const units: Array<{
    id: string;
    building: string;
    entrance: string;
    room: string;
    kind: RosterUnitKind;
    area_hundredths: string;
    area_source: RosterAreaSource;
    registered_area_hundredths: string | null;
    surveyed_area_hundredths: string | null;
    contract_area_hundredths: string | null;
  }> = await m.query(
    `SELECT u.id, b.name AS building, u.entrance, u.room, u.kind, u.area_hundredths, u.area_source,
            -- A unit written before the per-source columns (or by a seed) has its one area in its source's column.
            COALESCE(u.registered_area_hundredths, CASE WHEN u.area_source = 'registered' THEN u.area_hundredths END) AS registered_area_hundredths,
            COALESCE(u.surveyed_area_hundredths, CASE WHEN u.area_source = 'surveyed' THEN u.area_hundredths END) AS surveyed_area_hundredths,
            COALESCE(u.contract_area_hundredths, CASE WHEN u.area_source = 'contract' THEN u.area_hundredths END) AS contract_area_hundredths
       FROM units u JOIN buildings b ON b.id = u.building_id WHERE u.community_id = $1`,
    [communityId],
  );
  const owners: Array<{
    id: string;
    unit_id: string;
    person_id: string;
    name: string;
    phone_enc: string | null;
    phone_hash: string | null;
    id_number_enc: string | null;
    id_number_hash: string | null;
    credit_code: string | null;
    is_designated_voter: boolean;
    is_developer: boolean;
  }> = await m.query(
    `SELECT o.id, o.unit_id, o.person_id, p.name, p.phone_enc, p.phone_hash, p.id_number_enc, p.id_number_hash,
            p.credit_code, o.is_designated_voter, o.is_developer
       FROM ownerships o JOIN persons p ON p.id = o.person_id WHERE o.community_id = $1 ORDER BY o.created_at, o.id`,
    [communityId],
  );
  const existing = new Map<string, ExistingUnit>();
  const byId = new Map<string, ExistingUnit>();
  for (const u of units) {
    const e: ExistingUnit = {
      id: u.id,
      kind: u.kind,
      areaHundredths: String(u.area_hundredths),
      areaSource: u.area_source,
      registered: u.registered_area_hundredths === null ? null : String(u.registered_area_hundredths),
      surveyed: u.surveyed_area_hundredths === null ? null : String(u.surveyed_area_hundredths),
      contract: u.contract_area_hundredths === null ? null : String(u.contract_area_hundredths),
      owners: [],
    };
    existing.set(unitKey(u.building, u.entrance, u.room), e);
    byId.set(u.id, e);
  }
  for (const o of owners) {
    byId.get(o.unit_id)?.owners.push({
      ownershipId: o.id,
      personId: o.person_id,
      name: o.name,
      phoneEnc: o.phone_enc,
      phoneHash: o.phone_hash,
      idNumberEnc: o.id_number_enc,
      idNumberHash: o.id_number_hash,
      creditCode: o.credit_code,
      designated: o.is_designated_voter,
      developer: o.is_developer,
    });
  }
  return existing;
}

/**
 * The current owner of a unit that a file's owner is: same ID number, company code or mobile phone; a file owner
 * given without any of them is the current owner of that name on this unit (keeping what the roster already holds).
 */
export function matchOwner<C extends ExistingOwner>(current: C[], w: StoredRosterOwner): C | undefined {
  if (w.idNumberHash) return current.find((c) => c.idNumberHash === w.idNumberHash);
  if (w.creditCode) return current.find((c) => c.creditCode === w.creditCode);
  if (w.phoneHash) return current.find((c) => c.phoneHash === w.phoneHash);
  return current.find((c) => c.name === w.name);
}

export function sameOwners(current: ExistingOwner[], wanted: StoredRosterOwner[]): boolean {
  if (current.length !== wanted.length) return false;
  const used = new Set<ExistingOwner>();
  return wanted.every((w) => {
    const c = matchOwner(
      current.filter((x) => !used.has(x)),
      w,
    );
    if (!c) return false;
    used.add(c);
    return c.name === w.name && c.designated === w.designatedVoter;
  });
}

/** What applying `rows` would change in the community's roster now, unit by unit and field by field. */
export async function diffRoster(
  m: EntityManager,
  cipher: FieldCipher,
  communityId: string,
  rows: StoredRosterRow[],
): Promise<RosterDiff> {
  const existing = await loadRoster(m, communityId);
  const changes = new Map<number, { change: RowChange; ownersChanged: boolean }>();
  const fields: FieldChange[] = [];
  const summary: RosterSummary = {
    changes: 0,
    unitsCreated: 0,
    unitsUpdated: 0,
    unchanged: 0,
    ownersChanged: 0,
    notInFile: 0,
  };
  const seen = new Set<string>();
  /** Who owns the listed units now: part of what was confirmed (a roster that moved since is not applied blindly). */
  const seenState: unknown[] = [];
  for (const r of rows) {
    const key = unitKey(r.building, r.entrance, r.room);
    seen.add(key);
    const e = existing.get(key);
    const label = unitLabel(r.building, r.entrance, r.room);
    const wantedDeveloper = r.developer === true;
    const push = (field: RosterField, oldValue: string | null, newValue: string | null, always = false) => {
      if (always || oldValue !== newValue) fields.push({ line: r.line, unitLabel: label, field, oldValue, newValue });
    };
    const counted = (area: string, source: RosterAreaSource) => `${areaText(area)}（${AREA_SOURCE_LABELS[source]}）`;
    push('kind', e ? UNIT_KIND_LABELS[e.kind] : null, UNIT_KIND_LABELS[r.kind]);
    push('registeredArea', areaText(e?.registered), areaText(r.registeredAreaHundredths));
    push('surveyedArea', areaText(e?.surveyed), areaText(r.surveyedAreaHundredths));
    push('contractArea', areaText(e?.contract), areaText(r.contractAreaHundredths));
    push('countedArea', e ? counted(e.areaHundredths, e.areaSource) : null, counted(r.areaHundredths, r.areaSource));
    const currentDeveloper = e ? e.owners.some((o) => o.developer) : false;
    push('developer', e && currentDeveloper ? '开发商未售' : null, wantedDeveloper ? '开发商未售' : null);
    if (!e) {
      push('owners', null, ownersText(cipher, r.owners));
      changes.set(r.line, { change: 'new', ownersChanged: true });
      summary.unitsCreated += 1;
      continue;
    }
    const unitChanged =
      e.kind !== r.kind ||
      e.registered !== (r.registeredAreaHundredths ?? null) ||
      e.surveyed !== (r.surveyedAreaHundredths ?? null) ||
      e.contract !== (r.contractAreaHundredths ?? null) ||
      e.areaHundredths !== r.areaHundredths ||
      e.areaSource !== r.areaSource;
    const ownersChanged = !sameOwners(e.owners, r.owners) || currentDeveloper !== wantedDeveloper;
    // Recorded even when the masked texts look alike (a phone that differs only in its hidden digits).
    if (ownersChanged) push('owners', ownersText(cipher, e.owners), ownersText(cipher, r.owners), true);
    seenState.push([r.line, e.id, e.owners.map((o) => [o.personId, o.designated, o.developer])]);
    if (unitChanged || ownersChanged) summary.unitsUpdated += 1;
    else summary.unchanged += 1;
    if (ownersChanged) summary.ownersChanged += 1;
    changes.set(r.line, { change: unitChanged || ownersChanged ? 'updated' : 'unchanged', ownersChanged });
  }
  summary.notInFile = [...existing.keys()].filter((k) => !seen.has(k)).length;
  summary.changes = summary.unitsCreated + summary.unitsUpdated;
  return { summary, changes, existing, fields, fieldsSha256: sha256(canonicalJson({ fields, seenState })) };
}
