import { linkHash, receiptCode } from '@gongzhi/domain';
import { randomBytes } from 'node:crypto';
import type { EntityManager, QueryRunner } from 'typeorm';
import { nodeSha256 } from '../../common/sha256.js';
import type { BallotChannel, BallotChoice } from './entities/ballot.entity.js';

/**
 * What a ballot's hash covers: every field that decides how it counts, and where it sits in the chain. Version 2
 * (every chain begun since migration 1797000200001) also covers a per-ballot random salt stored with the ballot and
 * never published: without it, the published head and receipts could be brute-forced from the known voter keys, the
 * cast-time window and every choice (docs/votes.md "Ballot secrecy"). Version 1 chains keep verifying as they were.
 */
export type BallotPayload = {
  resolutionId: string;
  seq: number;
  voterKey: string;
  voterSeq: number;
  channel: BallotChannel;
  choices: Record<string, BallotChoice>;
  spoilt: boolean;
  castAt: string;
} & ({ v: 1 } | { v: 2; salt: string });

export function ballotPayload(b: {
  resolutionId: string;
  seq: number;
  voterKey: string;
  voterSeq: number;
  channel: BallotChannel;
  choices: Record<string, BallotChoice>;
  spoilt: boolean;
  castAt: Date;
  salt: string | null;
}): BallotPayload {
  const common = {
    resolutionId: b.resolutionId,
    seq: b.seq,
    voterKey: b.voterKey,
    voterSeq: b.voterSeq,
    channel: b.channel,
    choices: b.choices,
    spoilt: b.spoilt,
    castAt: b.castAt.toISOString(),
  };
  return b.salt === null ? { v: 1, ...common } : { v: 2, ...common, salt: b.salt };
}

/** A new ballot's salt: version 2 when the chain is empty or its head is salted, else none (a version 1 chain). */
export function saltFor(head: { seq: number | null; salted: boolean | null }): string | null {
  return head.seq === null || head.salted ? randomBytes(32).toString('hex') : null;
}

export function link(prevHash: string, payload: BallotPayload): { hash: string; receipt: string } {
  const hash = linkHash(prevHash, payload, nodeSha256);
  return { hash, receipt: receiptCode(hash) };
}

/**
 * Whether the chain head (seq `headSeq`) is salted — read in its own statement, after the chain lock was granted, so
 * that it sees the head the lock holder before us committed. `null` for an empty chain.
 */
export async function headSalted(
  m: EntityManager | QueryRunner,
  resolutionId: string,
  headSeq: number | null,
): Promise<boolean | null> {
  if (headSeq === null) return null;
  const [row]: Array<{ salted: boolean }> = await m.query(
    `SELECT salt IS NOT NULL AS salted FROM ballots WHERE resolution_id = $1 AND seq = $2`,
    [resolutionId, headSeq],
  );
  return row?.salted ?? null;
}
