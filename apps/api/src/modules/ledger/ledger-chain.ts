import { GENESIS_HASH, linkHash, verifyChain } from '@gongzhi/domain';
import type { EntityManager } from 'typeorm';
import { nodeSha256 } from '../../common/sha256.js';
import type { LedgerPosting } from './entities/ledger-posting.entity.js';

/** A timestamp already written as `Date.prototype.toISOString()` writes it (verification reads posted_at that way). */
const ISO_MS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** The canonical content a posting's hash covers: every column except the hashes themselves. */
export function postingPayload(
  p: Omit<LedgerPosting, 'id' | 'prevHash' | 'hash' | 'postedAt'> & { id?: string; postedAt: Date | string },
): Record<string, unknown> {
  return {
    v: 1,
    communityId: p.communityId,
    accountId: p.accountId,
    seq: String(p.seq),
    entryId: p.entryId,
    kind: p.kind,
    category: p.category,
    amountFen: String(p.amountFen),
    bookedOn: p.bookedOn,
    reversesPostingId: p.reversesPostingId ?? null,
    details: p.details,
    authorId: p.authorId,
    approverId: p.approverId,
    postedAt:
      typeof p.postedAt === 'string' && ISO_MS.test(p.postedAt) ? p.postedAt : new Date(p.postedAt).toISOString(),
  };
}

/** Serialises appends to one community's chain until the transaction ends (also taken by statement publication). */
export async function lockChain(m: EntityManager, communityId: string): Promise<void> {
  await m.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`ledger-chain:${communityId}`]);
}

export async function chainHead(m: EntityManager, communityId: string): Promise<{ seq: bigint; hash: string }> {
  const rows: Array<{ seq_text: string; hash: string }> = await m.query(
    `SELECT p.seq::text AS seq_text, p.hash FROM ledger_postings p WHERE p.community_id = $1 ORDER BY p.seq DESC LIMIT 1`,
    [communityId],
  );
  return rows.length ? { seq: BigInt(rows[0]!.seq_text), hash: rows[0]!.hash } : { seq: 0n, hash: GENESIS_HASH };
}

export function nextHash(prevHash: string, payload: Record<string, unknown>): string {
  return linkHash(prevHash, payload, nodeSha256);
}

export type ChainReport =
  | { ok: true; length: number; headSeq: string; headHash: string }
  | { ok: false; length: number; brokenAt: { seq: string; entryId: string }; reason: string };

/** Postings read per page when verifying (keyset by seq): memory stays flat however long the chain is. */
export const VERIFY_PAGE = 2000;

/**
 * posted_at as JavaScript's `toISOString()` writes it (UTC, milliseconds, truncated like node-postgres' parser): what the
 * hash covers, without parsing a timestamp and building a Date per posting.
 */
const POSTED_AT_ISO = `to_char(p.posted_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

type PostingRow = Omit<LedgerPosting, 'id' | 'postedAt'> & { postedAt: Date | string };

/**
 * Recomputes the community's chain from the stored rows (ordered by seq) and names the first broken posting. Reads the
 * postings in pages of VERIFY_PAGE (keyset pagination by seq, raw rows rather than entities), carrying the last hash
 * from page to page, and hashes with node:crypto (the same digest as the domain's pure sha256).
 */
export async function verifyCommunityChain(
  m: EntityManager,
  communityId: string,
  pageSize = VERIFY_PAGE,
): Promise<ChainReport> {
  let after = { head: GENESIS_HASH, length: 0 };
  let lastSeq = '0';
  // A broken chain reports how many postings the community has, like a whole-chain read did.
  const broken = async (p: PostingRow, reason: string): Promise<ChainReport> => {
    const [{ n }]: Array<{ n: number }> = await m.query(
      `SELECT count(*)::int AS n FROM ledger_postings WHERE community_id = $1`,
      [communityId],
    );
    return { ok: false, length: n, brokenAt: { seq: p.seq, entryId: p.entryId }, reason };
  };
  // Sequence numbers first, over the whole chain (as before paging): a gap or an insertion is named before any hash.
  const [gap]: Array<{ seq: string; rn: string }> = await m.query(
    `SELECT seq::text AS seq, rn::text AS rn FROM (SELECT seq, row_number() OVER (ORDER BY seq) AS rn FROM ledger_postings WHERE community_id = $1) x
      WHERE x.seq <> x.rn ORDER BY x.seq LIMIT 1`,
    [communityId],
  );
  if (gap) {
    const [p]: PostingRow[] = await m.query(
      `SELECT seq::text AS seq, entry_id AS "entryId" FROM ledger_postings WHERE community_id = $1 AND seq = $2::bigint LIMIT 1`,
      [communityId, gap.seq],
    );
    return broken(p!, `序号不连续：第 ${gap.rn} 条记录的序号是 ${gap.seq}（记录被删除或插入）`);
  }
  for (;;) {
    // (ORDER BY p.seq, the bigint: the output column "seq" is text and would sort 1, 10, 100, 2…)
    const rows: PostingRow[] = await m.query(
      `SELECT community_id AS "communityId", account_id AS "accountId", seq::text AS seq, entry_id AS "entryId", kind, category,
              amount_fen::text AS "amountFen", booked_on::text AS "bookedOn", reverses_posting_id AS "reversesPostingId", details,
              author_id AS "authorId", approver_id AS "approverId", ${POSTED_AT_ISO} AS "postedAt", prev_hash AS "prevHash", hash
         FROM ledger_postings p WHERE p.community_id = $1 AND p.seq > $2::bigint ORDER BY p.seq LIMIT $3`,
      [communityId, lastSeq, pageSize],
    );
    for (let k = 0; k < rows.length; k++) {
      const i = after.length + k;
      if (BigInt(rows[k]!.seq) !== BigInt(i + 1))
        return broken(rows[k]!, `序号不连续：第 ${i + 1} 条记录的序号是 ${rows[k]!.seq}（记录被删除或插入）`);
    }
    const r = verifyChain(
      rows.map((p) => ({ payload: postingPayload(p), prevHash: p.prevHash, hash: p.hash })),
      { hash: nodeSha256, after },
    );
    if (!r.ok) return broken(rows[r.brokenAt - after.length]!, r.reason);
    after = r;
    if (rows.length) lastSeq = rows[rows.length - 1]!.seq;
    if (rows.length < pageSize) break;
  }
  return { ok: true, length: after.length, headSeq: lastSeq, headHash: after.head };
}
