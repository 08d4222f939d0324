import type { components } from '@gongzhi/api-client';

/**
 * Ledger answers, taken from the API's OpenAPI document (generated client schema): the API's mappers return these DTO
 * classes, so a change there changes these types.
 * Money: fen as decimal strings (never floats); show with `yuan()` (formatFen).
 */
type Schemas = components['schemas'];

export type FileInfo = Schemas['FileDto'];
export type EntryDraft = Schemas['EntryDraftDto'];
export type LedgerEntry = Schemas['LedgerEntryDto'];
export type EntryKind = LedgerEntry['kind'];
export type EntryStatus = LedgerEntry['status'];
export type EntryPage = Schemas['LedgerEntryPageDto'];
export type Balance = Schemas['LedgerBalanceDto'];
export type VerifyReport = Schemas['LedgerChainOkDto'] | Schemas['LedgerChainBrokenDto'];
export type StatementSummary = Schemas['StatementSummaryDto'];
export type Statement = Schemas['LedgerStatementDto'];
export type Question = Schemas['LedgerQuestionDto'];

/** What a question is about (the page's own shape, sent as targetType/targetRef). */
export type QuestionTarget = { type: Question['targetType']; ref: string };
