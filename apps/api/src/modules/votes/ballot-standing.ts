/**
 * Which ballots count — the one place for it (docs/votes.md "Paper and proxy ballots under dual control"). A ballot
 * is set aside when its owner disputed it (paper and proxy only); a paper or proxy ballot counts only once a second
 * committee member confirmed it against its scan; an online ballot counts as cast. Of a voter's counting ballots the
 * latest (highest voter_seq) is the one tallied. SQL fragments over a `ballots` alias.
 */

/** SQL: ballot `b` was disputed by its owner and set aside (it stays in the chain, never counted). */
export const SET_ASIDE = (b: string): string =>
  `EXISTS (SELECT 1 FROM paper_ballot_reviews sa WHERE sa.ballot_id = ${b}.id AND sa.kind = 'disputed')`;

/** SQL: ballot `b` is confirmed by a second member (paper or proxy). */
export const CONFIRMED = (b: string): string =>
  `EXISTS (SELECT 1 FROM paper_ballot_reviews cf WHERE cf.ballot_id = ${b}.id AND cf.kind = 'confirmed')`;

/** SQL: ballot `b` counts. */
export const COUNTS = (b: string): string => `((${b}.channel = 'online' OR ${CONFIRMED(b)}) AND NOT ${SET_ASIDE(b)})`;

/** SQL (a CTE named `latest`, resolution `$1`): each voter's latest counting ballot. */
export const LATEST_COUNTED = `latest AS (
  SELECT DISTINCT ON (b.voter_key) b.id, b.voter_key, b.choices, b.spoilt, b.receipt FROM ballots b
   WHERE b.resolution_id = $1 AND ${COUNTS('b')} ORDER BY b.voter_key, b.voter_seq DESC
)`;

export type BallotStanding = 'counted' | 'superseded' | 'pending' | 'disputed';

/**
 * SQL: the name(s) of a head as on the roster, from its voter key ("owner:<person>", "co:<a>+<b>", "developer"):
 * co-owners joined with 、, the developer as 开发建设单位.
 */
export const OWNER_NAME = (voterKey: string): string =>
  `CASE WHEN ${voterKey} = 'developer' THEN '开发建设单位'
        ELSE (SELECT string_agg(p.name, '、' ORDER BY p.name) FROM persons p
               WHERE p.id = ANY (string_to_array(regexp_replace(${voterKey}, '^(owner|co):', ''), '+')::uuid[])) END`;
