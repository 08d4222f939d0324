import { categoryLabel, formatFen, type ExpenseCategory, type IncomeCategory } from '@gongzhi/domain';
import type { Actor } from '../../common/current-user.js';
import { toFileDto } from '../files/file.mapper.js';
import type { LedgerEntryDto, LedgerQuestionDto, LedgerStatementDto } from './dto/ledger.response.dto.js';
import type { LedgerQuestion } from './entities/ledger-question.entity.js';
import type { EntryView } from './ledger-reads.service.js';
import type { StatementView } from './ledger-statements.service.js';

/** An entry as the API shows it. Amounts: fen as decimal strings (+ a display string). No person ids of others. */
export function toEntryDto(v: EntryView, actor: Actor): LedgerEntryDto {
  const e = v.entry;
  return {
    id: e.id,
    kind: e.kind,
    category: e.category,
    categoryLabel: categoryLabel(e.kind, e.category as IncomeCategory | ExpenseCategory),
    status: e.status,
    amountFen: e.amountFen,
    amountDisplay: formatFen(BigInt(e.amountFen)),
    grossFen: e.grossFen,
    costs: e.costs.map((c) => ({ label: c.label, amountFen: c.amountFen, evidenceFileIds: c.evidenceFileIds })),
    counterparty: e.kind === 'income' ? e.counterparty : null,
    payee: e.kind === 'expense' ? e.counterparty : null,
    contractRef: e.contractRef,
    coveredFrom: e.coveredFrom,
    coveredTo: e.coveredTo,
    purpose: e.purpose,
    resolutionId: e.resolutionId,
    bookedOn: e.bookedOn,
    reversesEntryId: e.reversesEntryId,
    reversalReason: e.reversalReason,
    reversedByEntryId: v.reversedBy,
    rejectReason: e.rejectReason,
    revision: e.revision,
    authoredByMe: e.authorId === actor.personId,
    submittedAt: e.submittedAt?.toISOString() ?? null,
    decidedAt: e.decidedAt?.toISOString() ?? null,
    createdAt: e.createdAt.toISOString(),
    posting: v.posting
      ? {
          seq: v.posting.seq,
          hash: v.posting.hash,
          prevHash: v.posting.prevHash,
          postedAt: v.posting.postedAt.toISOString(),
        }
      : null,
    attachments: v.attachments.map(toFileDto),
  };
}

export function toStatementDto(v: StatementView): LedgerStatementDto {
  return {
    ...v.body,
    ended: v.ended,
    dueBy: v.dueBy,
    published: v.published !== null,
    publishedAt: v.published?.publishedAt.toISOString() ?? null,
    displayUntil: v.published?.displayUntil.toISOString() ?? null,
    onDisplay: v.published?.onDisplay ?? false,
  };
}

/** Questions are public to the community; the asker and the answering member are not named. */
export function toQuestionDto(q: LedgerQuestion, actor: Actor): LedgerQuestionDto {
  return {
    id: q.id,
    targetType: q.targetType,
    targetRef: q.targetRef,
    body: q.body,
    askedAt: q.createdAt.toISOString(),
    askedByMe: q.askerId === actor.personId,
    status: q.answeredAt ? 'answered' : 'open',
    answer: q.answer,
    answeredAt: q.answeredAt?.toISOString() ?? null,
  };
}
