import { linkHash, receiptCode } from '@gongzhi/domain';
import { nodeSha256 } from '../../common/sha256.js';
import type { BallotChannel, BallotChoice } from './entities/ballot.entity.js';

/** What a ballot's hash covers: every field that decides how it counts, and where it sits in the chain. */
export interface BallotPayload {
  v: 1;
  resolutionId: string;
  seq: number;
  voterKey: string;
  voterSeq: number;
  channel: BallotChannel;
  choices: Record<string, BallotChoice>;
  spoilt: boolean;
  castAt: string;
}

export function ballotPayload(b: {
  resolutionId: string;
  seq: number;
  voterKey: string;
  voterSeq: number;
  channel: BallotChannel;
  choices: Record<string, BallotChoice>;
  spoilt: boolean;
  castAt: Date;
}): BallotPayload {
  return {
    v: 1,
    resolutionId: b.resolutionId,
    seq: b.seq,
    voterKey: b.voterKey,
    voterSeq: b.voterSeq,
    channel: b.channel,
    choices: b.choices,
    spoilt: b.spoilt,
    castAt: b.castAt.toISOString(),
  };
}

export function link(prevHash: string, payload: BallotPayload): { hash: string; receipt: string } {
  const hash = linkHash(prevHash, payload, nodeSha256);
  return { hash, receipt: receiptCode(hash) };
}
