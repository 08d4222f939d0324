import type { components } from '@gongzhi/api-client';

export type Resolution = components['schemas']['ResolutionResponse'];
export type AgendaItem = components['schemas']['AgendaItemView'];
export type Result = components['schemas']['ResultResponse'];
export type ItemResult = components['schemas']['ItemResultResponse'];
export type CastReceipt = components['schemas']['CastReceiptResponse'];
export type Objection = components['schemas']['ObjectionResponse'];
export type Draft = components['schemas']['DraftResolutionDto'];
export type PaperBallot = components['schemas']['PaperBallotDto'];
export type FileInfo = components['schemas']['FileDto'];
export type Choice = 'yes' | 'no' | 'abstain';

/** Answers the OpenAPI document describes without a schema (apps/api results.service.ts / ballots.service.ts). */
export interface Turnout {
  totalHeads: number;
  totalArea: string;
  votedHeads: number;
  votedArea: string;
  buildings: Array<{ buildingId: string; buildingName: string; units: number; unitsVoted: number; area: string; areaVoted: string; heads: number; headsVoted: number }>;
}
export interface ParticipationRow {
  buildingName: string;
  room: string;
  area: string;
  tookPart: boolean;
  receipt: string | null;
}
export interface ReceiptCheck {
  found: boolean;
  receipt: string | null;
  counted: boolean;
}
export interface BallotUnit {
  unitId: string;
  buildingName: string;
  room: string;
  area: string;
  voted: boolean;
}
export type ChainReport =
  | { ok: true; length: number; head: string }
  | { ok: false; length: number; brokenAt: { seq: number; receipt: string; ballotId: string }; reason: string };
