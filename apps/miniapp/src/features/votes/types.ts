import type { components } from '@gongzhi/api-client';

export type Resolution = components['schemas']['ResolutionResponse'];
export type AgendaItem = components['schemas']['AgendaItemView'];
export type Result = components['schemas']['ResultResponse'];
export type ItemResult = components['schemas']['ItemResultResponse'];
export type CastReceipt = components['schemas']['CastReceiptResponse'];
export type Objection = components['schemas']['ObjectionResponse'];
export type Draft = components['schemas']['DraftResolutionDto'];
export type ScopeBuilding = components['schemas']['ScopeBuildingResponse'];
export type PaperBallot = components['schemas']['PaperBallotDto'];
export type FileInfo = components['schemas']['FileDto'];
export type Choice = 'yes' | 'no' | 'abstain';

export type Turnout = components['schemas']['TurnoutResponse'];
export type ParticipationRow = components['schemas']['ParticipationRowResponse'];
export type ReceiptCheck = components['schemas']['ReceiptCheckResponse'];
export type BallotUnit = components['schemas']['BallotUnitResponse'];
export type ChainReport =
  components['schemas']['VoteChainOkResponse'] | components['schemas']['VoteChainBrokenResponse'];
