import { DomainError } from '../domain-error.js';
import { ErrorCode } from '../errors.js';
import { canonicalJson, sha256 } from '../sha256.js';
import type {
  AreaInput,
  AreaSource,
  Electorate,
  ElectorateUnit,
  Ownership,
  Unit,
  Voter,
  VoteScope,
  VoteSettings,
} from './types.js';

const invalid = (message: string, details?: unknown): DomainError =>
  new DomainError(ErrorCode.ROSTER_INVALID, message, details);

function toArea(value: AreaInput, unitId: string): bigint {
  if (typeof value === 'bigint') {
    if (value < 0n) throw invalid(`房屋 ${unitId} 的面积不能为负数`, { unitId });
    return value;
  }
  if (!Number.isSafeInteger(value) || value < 0) {
    throw invalid(`房屋 ${unitId} 的面积必须是以 0.01 平方米为单位的非负整数`, { unitId });
  }
  return BigInt(value);
}

const SOURCES: readonly { source: AreaSource; key: keyof Unit }[] = [
  { source: 'registered', key: 'registeredAreaHundredths' },
  { source: 'surveyed', key: 'surveyedAreaHundredths' },
  { source: 'contract', key: 'contractAreaHundredths' },
];

/** The unit's area by source order registered → surveyed → contract (SPC interpretation Art. 8). */
export function chooseArea(unit: Unit): { areaHundredths: bigint; source: AreaSource } {
  for (const { source, key } of SOURCES) {
    const v = unit[key] as AreaInput | null | undefined;
    if (v !== undefined && v !== null) return { areaHundredths: toArea(v, unit.id), source };
  }
  throw invalid(`房屋 ${unit.id} 没有登记、实测或合同面积，请先补全面积`, { unitId: unit.id });
}

function inScope(unit: Unit, scope: VoteScope, settings: VoteSettings): boolean {
  if (unit.kind === 'parking' && !settings.parkingCounts) return false;
  if (scope.kind === 'community') return true;
  return scope.buildingIds.includes(unit.buildingId);
}

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Freezes the electorate of a vote (domain-rules.md §3): one head per owner identity in scope, the
 * developer's stock as one head, a co-owned unit as one head cast by its designated co-owner.
 * Deterministic: the same roster in any order gives the same voters and fingerprint.
 */
export function buildElectorate(
  units: readonly Unit[],
  ownerships: readonly Ownership[],
  scope: VoteScope,
  settings: VoteSettings,
): Electorate {
  const unitById = new Map<string, Unit>();
  for (const u of units) {
    if (unitById.has(u.id)) throw invalid(`房屋 ${u.id} 重复出现`, { unitId: u.id });
    unitById.set(u.id, u);
  }
  const rowsByUnit = new Map<string, Ownership[]>();
  for (const o of ownerships) {
    if (!unitById.has(o.unitId)) throw invalid(`产权记录指向不存在的房屋 ${o.unitId}`, { unitId: o.unitId });
    const rows = rowsByUnit.get(o.unitId) ?? [];
    if (rows.some((r) => r.ownerId === o.ownerId)) {
      throw invalid(`房屋 ${o.unitId} 的业主 ${o.ownerId} 重复登记`, { unitId: o.unitId });
    }
    rows.push(o);
    rowsByUnit.set(o.unitId, rows);
  }

  const electorateUnits: ElectorateUnit[] = [];
  const voters = new Map<string, Voter>();
  for (const unit of [...unitById.values()].sort((a, b) => byString(a.id, b.id))) {
    if (!inScope(unit, scope, settings)) continue;
    const { areaHundredths, source } = chooseArea(unit);
    electorateUnits.push({
      unitId: unit.id,
      buildingId: unit.buildingId,
      kind: unit.kind,
      areaHundredths,
      areaSource: source,
    });

    const rows = rowsByUnit.get(unit.id) ?? [];
    if (rows.length === 0) throw invalid(`房屋 ${unit.id} 没有业主记录，请先补全名册`, { unitId: unit.id });
    const developerRows = rows.filter((r) => r.isDeveloper);
    if (developerRows.length > 0 && developerRows.length !== rows.length) {
      throw invalid(`房屋 ${unit.id} 同时登记为开发商和其他业主所有，请核对名册`, { unitId: unit.id });
    }

    let voter: Voter;
    if (developerRows.length > 0) {
      const ids = rows.map((r) => r.ownerId).sort(byString);
      voter = voters.get('developer') ?? {
        voterId: 'developer',
        kind: 'developer',
        ownerIds: [],
        castBy: null,
        unitIds: [],
        areaHundredths: 0n,
      };
      voter.ownerIds = [...new Set([...voter.ownerIds, ...ids])].sort(byString);
      voter.castBy = voter.ownerIds[0]!;
    } else if (rows.length === 1) {
      const ownerId = rows[0]!.ownerId;
      const voterId = `owner:${ownerId}`;
      voter = voters.get(voterId) ?? {
        voterId,
        kind: 'owner',
        ownerIds: [ownerId],
        castBy: ownerId,
        unitIds: [],
        areaHundredths: 0n,
      };
    } else {
      const ids = rows.map((r) => r.ownerId).sort(byString);
      const voterId = `co:${ids.join('+')}`;
      const designated = rows.filter((r) => r.designatedVoter);
      if (designated.length > 1) {
        throw invalid(`共有房屋 ${unit.id} 指定了多名投票人，只能指定一人`, { unitId: unit.id });
      }
      const castBy = designated[0]?.ownerId ?? null;
      const existing = voters.get(voterId);
      if (existing && existing.castBy !== null && castBy !== null && existing.castBy !== castBy) {
        throw invalid(`同一组共有人在不同房屋指定了不同的投票人（房屋 ${unit.id}）`, { unitId: unit.id });
      }
      voter = existing ?? { voterId, kind: 'co-owners', ownerIds: ids, castBy, unitIds: [], areaHundredths: 0n };
      voter.castBy = voter.castBy ?? castBy;
    }
    voter.unitIds.push(unit.id);
    voter.areaHundredths += areaHundredths;
    voters.set(voter.voterId, voter);
  }

  const voterList = [...voters.values()].sort((a, b) => byString(a.voterId, b.voterId));
  const totalArea = electorateUnits.reduce((s, u) => s + u.areaHundredths, 0n);
  const totalHeads = BigInt(voterList.length);
  const normalizedScope: VoteScope =
    scope.kind === 'community'
      ? { kind: 'community' }
      : { kind: 'buildings', buildingIds: [...new Set(scope.buildingIds)].sort(byString) };
  const normalizedSettings: VoteSettings = {
    parkingCounts: settings.parkingCounts,
    invalidCountsAsParticipation: settings.invalidCountsAsParticipation,
    followMajority: settings.followMajority,
  };
  const fingerprint = sha256(
    canonicalJson({
      v: 1,
      scope: normalizedScope,
      settings: normalizedSettings,
      units: electorateUnits,
      voters: voterList,
      totalArea,
      totalHeads,
    }),
  );
  return {
    scope: normalizedScope,
    settings: normalizedSettings,
    units: electorateUnits,
    voters: voterList,
    totalArea,
    totalHeads,
    fingerprint,
  };
}
