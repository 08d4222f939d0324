/** Types of the Civil Code Art. 278 engine (domain-rules.md §2-§3). Areas are integer hundredths of m². */

export type UnitKind = 'flat' | 'shop' | 'parking';
export type AreaSource = 'registered' | 'surveyed' | 'contract';
/** Integer hundredths of a square metre; a number must be a non-negative safe integer. */
export type AreaInput = bigint | number;

export interface Unit {
  id: string;
  buildingId: string;
  kind: UnitKind;
  /** 不动产登记簿 area, if registered. */
  registeredAreaHundredths?: AreaInput | null;
  /** Surveyed (实测) area, if surveyed. */
  surveyedAreaHundredths?: AreaInput | null;
  /** Contract (合同) area. */
  contractAreaHundredths?: AreaInput | null;
}

export interface Ownership {
  unitId: string;
  ownerId: string;
  /** The developer's unsold or undelivered stock. */
  isDeveloper: boolean;
  /** For a co-owned unit: the co-owner the co-owners designated to cast its vote. */
  designatedVoter?: boolean;
}

export interface VoteSettings {
  /** Parking spaces count toward area and heads (default false). */
  parkingCounts: boolean;
  /** Invalid (spoilt) ballots count as participation (default false). */
  invalidCountsAsParticipation: boolean;
  /** "Non-voters follow the majority" (从众) clause; contested (default false). */
  followMajority: boolean;
}

export const DEFAULT_VOTE_SETTINGS: Readonly<VoteSettings> = Object.freeze({
  parkingCounts: false,
  invalidCountsAsParticipation: false,
  followMajority: false,
});

export type VoteScope = { kind: 'community' } | { kind: 'buildings'; buildingIds: readonly string[] };

export interface ElectorateUnit {
  unitId: string;
  buildingId: string;
  kind: UnitKind;
  areaHundredths: bigint;
  areaSource: AreaSource;
}

export interface Voter {
  /** Stable id: "owner:<id>", "co:<id>+<id>…" (co-owners, sorted) or "developer". */
  voterId: string;
  kind: 'owner' | 'co-owners' | 'developer';
  ownerIds: string[];
  /** Who casts this head's vote; null for co-owners who have not designated anyone yet. */
  castBy: string | null;
  unitIds: string[];
  areaHundredths: bigint;
}

export interface ElectorateTotals {
  totalArea: bigint;
  totalHeads: bigint;
}

export interface Electorate extends ElectorateTotals {
  scope: VoteScope;
  settings: VoteSettings;
  units: ElectorateUnit[];
  voters: Voter[];
  /** sha256 of the canonical JSON of scope, settings, units and voters: published when voting opens. */
  fingerprint: string;
}

/** One choice on one item. A valid ballot that leaves an item blank counts as 'abstain' (R4). */
export type Choice = 'yes' | 'no' | 'abstain' | 'invalid';

export interface Ballot {
  voterId: string;
  /** itemId → choice; an item missing from a valid ballot is blank (= abstain). */
  choices: Readonly<Record<string, Choice>>;
  /** A spoilt ballot: every item counts as invalid. */
  spoilt?: boolean;
}

export interface Tally {
  yesArea: bigint;
  yesHeads: bigint;
  noArea: bigint;
  noHeads: bigint;
  abstainArea: bigint;
  abstainHeads: bigint;
  invalidArea: bigint;
  invalidHeads: bigint;
}
