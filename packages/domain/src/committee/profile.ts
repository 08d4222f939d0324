/**
 * Committee rules that differ by city (domain-rules.md §10, §13): the legal minimum of members, who confirms a filing,
 * how a candidate is elected, whether alternates are kept, and how a tie at the last seat is settled.
 * Each setting names its article.
 */
export const COMMITTEE_PROFILE_IDS = ['default', 'zhejiang', 'beijing'] as const;
export type CommitteeProfileId = (typeof COMMITTEE_PROFILE_IDS)[number];

/** Who confirms a committee filing: the subdistrict office (街道办事处) and, in Zhejiang, the county-level department. */
export type FilingAuthority = 'subdistrict' | 'regulator';

/**
 * How a tie for the last seat is settled:
 * - `none_elected`: every candidate tied at the last seat stays unelected (a by-election fills the seat) — the
 *   default: the app never picks among owners' equal choices.
 */
export type TieRule = 'none_elected';

export interface CommitteeProfile {
  id: CommitteeProfileId;
  label: string;
  /** Legal minimum of members: 5 (3 where the community has at most 100 households) — Hangzhou Art. 27. */
  minimumMembers(households: number): number;
  /** Planned seats must be an odd number within these bounds (Hangzhou Art. 27: 5–11, odd). */
  maxSeats: number;
  /** A candidate is elected when their agenda item passes under R3 (Civil Code Art. 278 ¶2) and ranks within the seats. */
  candidateRule: 'R3';
  /** Candidates who passed but rank outside the seats become alternates (候补, Hangzhou Art. 28). */
  alternates: boolean;
  tieRule: TieRule;
  /** Filing within 30 days (Zhejiang Art. 13; Beijing Art. 43). */
  filingAuthorities: readonly FilingAuthority[];
  filingDays: number;
  /** The first meeting elects the officers within 7 days (指导规则 Art. 32; Beijing Art. 42). */
  firstMeetingDays: number;
  /** The officers' list is published within 3 days. */
  officersPublishDays: number;
}

const hangzhouMinimum = (households: number) => (households <= 100 ? 3 : 5);

export const COMMITTEE_PROFILES: Readonly<Record<CommitteeProfileId, CommitteeProfile>> = Object.freeze({
  default: {
    id: 'default',
    label: '通用',
    minimumMembers: hangzhouMinimum,
    maxSeats: 11,
    candidateRule: 'R3',
    alternates: true,
    tieRule: 'none_elected',
    filingAuthorities: ['subdistrict'],
    filingDays: 30,
    firstMeetingDays: 7,
    officersPublishDays: 3,
  },
  zhejiang: {
    id: 'zhejiang',
    label: '浙江',
    minimumMembers: hangzhouMinimum,
    maxSeats: 11,
    candidateRule: 'R3',
    alternates: true,
    tieRule: 'none_elected',
    filingAuthorities: ['subdistrict', 'regulator'],
    filingDays: 30,
    firstMeetingDays: 7,
    officersPublishDays: 3,
  },
  beijing: {
    id: 'beijing',
    label: '北京',
    minimumMembers: hangzhouMinimum,
    maxSeats: 11,
    candidateRule: 'R3',
    alternates: false,
    tieRule: 'none_elected',
    filingAuthorities: ['subdistrict'],
    filingDays: 30,
    firstMeetingDays: 7,
    officersPublishDays: 3,
  },
});

export function isCommitteeProfileId(v: unknown): v is CommitteeProfileId {
  return typeof v === 'string' && (COMMITTEE_PROFILE_IDS as readonly string[]).includes(v);
}

export function committeeProfile(id: unknown): CommitteeProfile {
  return COMMITTEE_PROFILES[isCommitteeProfileId(id) ? id : 'default'];
}
