import type { CommitteeProfile } from './profile.js';

/**
 * Deciding a committee election (domain-rules.md §10; Hangzhou Arts. 27–28): one agenda item per candidate of a
 * matter-type-3 resolution. A candidate is elected when their item passed under the profile's rule and they rank
 * within the planned seats; ranking is by yes heads, then yes area (the two counts of Art. 278). Candidates tied at
 * the last seat follow the profile's tie rule. The committee forms only when the number elected reaches the legal
 * minimum AND more than half of the planned seats.
 */
export interface CandidateResult {
  candidateId: string;
  passed: boolean;
  yesHeads: bigint;
  yesArea: bigint;
}

export interface ElectionInput {
  candidates: readonly CandidateResult[];
  seats: number;
  households: number;
  profile: CommitteeProfile;
}

export type CandidateOutcome = 'elected' | 'alternate' | 'tied' | 'not_elected';

export interface ElectionDecision {
  outcomes: Array<CandidateResult & { outcome: CandidateOutcome; rank: number }>;
  elected: string[];
  alternates: string[];
  tied: string[];
  minimum: number;
  formed: boolean;
  reason: string;
}

const cmp = (a: CandidateResult, b: CandidateResult) =>
  a.yesHeads !== b.yesHeads
    ? a.yesHeads > b.yesHeads
      ? -1
      : 1
    : a.yesArea === b.yesArea
      ? 0
      : a.yesArea > b.yesArea
        ? -1
        : 1;

/** Whether a planned number of seats is allowed: odd, at least the minimum, at most the profile's maximum. */
export function seatsProblem(seats: number, households: number, profile: CommitteeProfile): string | null {
  const min = profile.minimumMembers(households);
  if (!Number.isInteger(seats) || seats < min || seats > profile.maxSeats || seats % 2 === 0)
    return `业委会席位须为 ${min}–${profile.maxSeats} 之间的单数`;
  return null;
}

export function decideElection(input: ElectionInput): ElectionDecision {
  const { seats, profile } = input;
  const minimum = profile.minimumMembers(input.households);
  const passed = input.candidates
    .filter((c) => c.passed)
    .slice()
    .sort(cmp);
  const elected: string[] = [];
  const alternates: string[] = [];
  const tied: string[] = [];
  const outcome = new Map<string, CandidateOutcome>();
  const rank = new Map<string, number>();
  // Walk groups of equal standing; a group that fits in the remaining seats is elected whole.
  let i = 0;
  while (i < passed.length) {
    let j = i;
    while (j < passed.length && cmp(passed[i], passed[j]) === 0) j++;
    const group = passed.slice(i, j);
    for (const c of group) rank.set(c.candidateId, i + 1);
    // A tie blocks the seats it contests: those ranked below it become alternates, not members.
    const free = tied.length ? 0 : seats - elected.length;
    if (free >= group.length) {
      for (const c of group) {
        elected.push(c.candidateId);
        outcome.set(c.candidateId, 'elected');
      }
    } else if (free > 0) {
      // profile.tieRule === 'none_elected': nobody of the tied group takes the contested seats.
      for (const c of group) {
        tied.push(c.candidateId);
        outcome.set(c.candidateId, 'tied');
      }
    } else {
      for (const c of group) {
        const o: CandidateOutcome = profile.alternates ? 'alternate' : 'not_elected';
        if (o === 'alternate') alternates.push(c.candidateId);
        outcome.set(c.candidateId, o);
      }
    }
    i = j;
  }
  const formed = elected.length >= minimum && elected.length * 2 > seats;
  const reason = formed
    ? `当选 ${elected.length} 人，达到最低人数 ${minimum} 人且超过计划席位 ${seats} 席的半数，业主委员会成立`
    : `当选 ${elected.length} 人，${elected.length < minimum ? `不足最低人数 ${minimum} 人` : `未超过计划席位 ${seats} 席的半数`}，业主委员会未能成立，须重新选举`;
  return {
    outcomes: input.candidates.map((c) => ({
      ...c,
      outcome: outcome.get(c.candidateId) ?? 'not_elected',
      rank: rank.get(c.candidateId) ?? 0,
    })),
    elected,
    alternates,
    tied,
    minimum,
    formed,
    reason:
      tied.length > 0
        ? `${reason}；${tied.length} 名候选人得票相同争夺剩余席位，按规则均不当选，剩余席位须补选`
        : reason,
  };
}

/**
 * Officers at the first meeting: a candidate (a member) becomes chair / vice chair with the votes of MORE THAN HALF
 * OF ALL members (not of those present).
 */
export function officerElected(votesFor: number, members: number): boolean {
  return members > 0 && votesFor * 2 > members;
}
