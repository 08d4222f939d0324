import { GENESIS_HASH, linkHash, verifyChain, type ChainEntry } from '@gongzhi/domain';
import type { EntityManager } from 'typeorm';
import type { LedgerPosting } from './entities/ledger-posting.entity.js';

/** The canonical content a posting's hash covers: every column except the hashes themselves. */
export function postingPayload(p: Omit<LedgerPosting, 'id' | 'prevHash' | 'hash'> & { id?: string }): Record<string, unknown> {
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
    postedAt: new Date(p.postedAt).toISOString(),
  };
}

/** Serialises appends to one community's chain until the transaction ends (also taken by statement publication). */
export async function lockChain(m: EntityManager, communityId: string): Promise<void> {
  await m.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`ledger-chain:${communityId}`]);
}

export async function chainHead(m: EntityManager, communityId: string): Promise<{ seq: bigint; hash: string }> {
  const rows: Array<{ seq_text: string; hash: string }> = await m.query(
    `SELECT p.seq::text AS seq_text, p.hash FROM ledger_postings p WHERE p.community_id = $1 ORDER BY p.seq DESC LIMIT 1`, [communityId]);
  return rows.length ? { seq: BigInt(rows[0]!.seq_text), hash: rows[0]!.hash } : { seq: 0n, hash: GENESIS_HASH };
}

export function nextHash(prevHash: string, payload: Record<string, unknown>): string {
  return linkHash(prevHash, payload);
}

export type ChainReport =
  | { ok: true; length: number; headSeq: string; headHash: string }
  | { ok: false; length: number; brokenAt: { seq: string; entryId: string }; reason: string };

/** Recomputes the chain from the stored rows (ordered by seq) and names the first broken posting. */
export function verifyPostings(postings: LedgerPosting[]): ChainReport {
  for (let i = 0; i < postings.length; i++) {
    if (BigInt(postings[i]!.seq) !== BigInt(i + 1)) {
      return { ok: false, length: postings.length, brokenAt: { seq: postings[i]!.seq, entryId: postings[i]!.entryId }, reason: `序号不连续：第 ${i + 1} 条记录的序号是 ${postings[i]!.seq}（记录被删除或插入）` };
    }
  }
  const chain: ChainEntry[] = postings.map((p) => ({ payload: postingPayload(p), prevHash: p.prevHash, hash: p.hash }));
  const r = verifyChain(chain);
  if (r.ok) {
    const last = postings[postings.length - 1];
    return { ok: true, length: postings.length, headSeq: last ? last.seq : '0', headHash: r.head };
  }
  const p = postings[r.brokenAt]!;
  return { ok: false, length: postings.length, brokenAt: { seq: p.seq, entryId: p.entryId }, reason: r.reason };
}
