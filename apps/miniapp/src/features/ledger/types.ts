import type { components } from '@gongzhi/api-client';

/**
 * Answers of the ledger routes. The API's OpenAPI document describes their requests (typed through the generated
 * client) but not yet their answers, so the shapes are written here after apps/api/src/modules/ledger/ledger.mapper.ts
 * and ledger-statements.service.ts. Delete a type here once the document declares the answer.
 * Money: fen as decimal strings (never floats); show with `yuan()` (formatFen).
 */
export type FileInfo = components['schemas']['FileDto'];
export type EntryDraft = components['schemas']['EntryDraftDto'];
export type EntryKind = 'income' | 'expense';
export type EntryStatus = 'draft' | 'submitted' | 'rejected' | 'posted';

export interface LedgerEntry {
  id: string;
  kind: EntryKind;
  category: EntryDraft['category'];
  categoryLabel: string;
  status: EntryStatus;
  amountFen: string;
  amountDisplay: string;
  grossFen: string | null;
  costs: Array<{ label: string; amountFen: string; evidenceFileIds: string[] }>;
  counterparty: string | null;
  payee: string | null;
  contractRef: string;
  coveredFrom: string | null;
  coveredTo: string | null;
  purpose: string;
  resolutionId: string | null;
  bookedOn: string;
  reversesEntryId: string | null;
  reversalReason: string | null;
  reversedByEntryId: string | null;
  rejectReason: string | null;
  revision: number;
  authoredByMe: boolean;
  submittedAt: string | null;
  decidedAt: string | null;
  createdAt: string;
  posting: { seq: string; hash: string; prevHash: string; postedAt: string } | null;
  attachments: FileInfo[];
}

export interface EntryPage {
  items: LedgerEntry[];
  total: number;
}

export interface Balance {
  balanceFen: string;
  postingCount: number;
  head: { seq: string; hash: string };
  months: Array<{ month: string; incomeFen: string; expenseFen: string; closingBalanceFen: string }>;
}

export type VerifyReport =
  | { ok: true; length: number; headSeq: string; headHash: string }
  | { ok: false; length: number; brokenAt: { seq: string; entryId: string }; reason: string };

export interface StatementSummary {
  key: string;
  label: string;
  start: string;
  end: string;
  ended: boolean;
  dueBy: string;
  published: boolean;
  publishedAt: string | null;
  displayUntil: string | null;
  overdue: boolean;
}

interface CategoryTotal {
  category: string;
  label: string;
  amountFen: string;
}

export interface Statement {
  key: string;
  label: string;
  start: string;
  end: string;
  openingBalanceFen: string;
  income: { totalFen: string; byCategory: CategoryTotal[] };
  expense: { totalFen: string; byCategory: CategoryTotal[] };
  byMonth: Array<{ month: string; incomeFen: string; expenseFen: string }>;
  closingBalanceFen: string;
  entryCount: number;
  topUp: { rule: string; required: boolean | null; minimumFen: string | null; toppedUpFen: string; met: boolean | null; reason: string };
  head: { seq: string; hash: string };
  ended: boolean;
  dueBy: string;
  published: boolean;
  publishedAt: string | null;
  displayUntil: string | null;
  onDisplay: boolean;
}

export type QuestionTarget = { type: 'entry' | 'statement'; ref: string };

export interface Question {
  id: string;
  targetType: 'entry' | 'statement';
  targetRef: string;
  body: string;
  askedAt: string;
  askedByMe: boolean;
  status: 'open' | 'answered';
  answer: string | null;
  answeredAt: string | null;
}
