import { DomainError } from '../domain-error.js';
import { ErrorCode } from '../errors.js';
import type { Ballot, Choice, Electorate, Tally } from './types.js';

const CHOICES: readonly Choice[] = ['yes', 'no', 'abstain', 'invalid'];

export function emptyTally(): Tally {
  return {
    yesArea: 0n,
    yesHeads: 0n,
    noArea: 0n,
    noHeads: 0n,
    abstainArea: 0n,
    abstainHeads: 0n,
    invalidArea: 0n,
    invalidHeads: 0n,
  };
}

/**
 * Counts ballots per item against the frozen electorate. Each voter carries its summed area and one head.
 * A valid ballot that leaves an item blank counts as abstain (R4); a spoilt ballot is invalid on every item.
 * Refuses a voter outside the electorate, a second ballot from the same voter, and unknown items.
 */
export function tallyBallots(
  electorate: Pick<Electorate, 'voters'>,
  ballots: readonly Ballot[],
  itemIds: readonly string[],
): Record<string, Tally> {
  const area = new Map(electorate.voters.map((v) => [v.voterId, v.areaHundredths]));
  const result: Record<string, Tally> = {};
  for (const id of itemIds) result[id] = emptyTally();
  const seen = new Set<string>();
  for (const ballot of ballots) {
    const a = area.get(ballot.voterId);
    if (a === undefined) {
      throw new DomainError(ErrorCode.VOTE_NOT_IN_ELECTORATE, '该投票人不在本次表决的业主名册内', {
        voterId: ballot.voterId,
      });
    }
    if (seen.has(ballot.voterId)) {
      throw new DomainError(ErrorCode.VOTE_ALREADY_CAST, '同一业主只能有一张有效选票', { voterId: ballot.voterId });
    }
    seen.add(ballot.voterId);
    for (const itemId of Object.keys(ballot.choices)) {
      if (!(itemId in result)) {
        throw new DomainError(ErrorCode.VALIDATION_FAILED, `选票包含不在议程上的事项 ${itemId}`, { itemId });
      }
      if (!CHOICES.includes(ballot.choices[itemId]!)) {
        throw new DomainError(ErrorCode.VALIDATION_FAILED, `事项 ${itemId} 的选项无效`, { itemId });
      }
    }
    for (const itemId of itemIds) {
      const choice: Choice = ballot.spoilt ? 'invalid' : (ballot.choices[itemId] ?? 'abstain');
      const t = result[itemId]!;
      t[`${choice}Area`] += a;
      t[`${choice}Heads`] += 1n;
    }
  }
  return result;
}
