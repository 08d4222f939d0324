import { ApiProperty } from '@nestjs/swagger';
import {
  ENTRY_KINDS,
  EXPENSE_CATEGORIES,
  INCOME_CATEGORIES,
  type EntryKind,
  type StatementFrequency,
} from '@gongzhi/domain';
import { FileDto } from '../../files/dto/file.dto.js';
import { ENTRY_STATUSES, type EntryStatus } from '../entities/ledger-entry.entity.js';
import type { StatementBody } from '../ledger-statements.service.js';

/**
 * Answers of the ledger routes. ledger.mapper.ts returns these classes, and the controller proves (SameShape) that the
 * statements service's answers have exactly these fields, so the document cannot drift from what is sent.
 * Money: fen (1/100 yuan) as decimal STRINGS, never numbers.
 */

const ALL_CATEGORIES = [...new Set<string>([...INCOME_CATEGORIES, ...EXPENSE_CATEGORIES])];
const FREQUENCIES: StatementFrequency[] = ['half_year', 'quarter', 'year'];
const fen = (description: string) => ({
  type: String,
  description: `${description}（分，整数字符串）`,
  example: '123456',
});
const nullableFen = (description: string) => ({ ...fen(description), nullable: true });
const nullableString = (description?: string) => ({
  type: String,
  nullable: true,
  ...(description ? { description } : {}),
});

export class LedgerEntryCostDto {
  @ApiProperty() label: string;
  @ApiProperty(fen('成本金额')) amountFen: string;
  @ApiProperty({ type: [String], description: '成本凭证的文件编号' }) evidenceFileIds: string[];
}

export class LedgerPostingRefDto {
  @ApiProperty({ description: '在本小区账目哈希链中的序号（整数字符串）', example: '12' }) seq: string;
  @ApiProperty({ description: '本条记录的 SHA-256 哈希' }) hash: string;
  @ApiProperty({ description: '上一条记录的哈希' }) prevHash: string;
  @ApiProperty() postedAt: string;
}

export class LedgerEntryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ENTRY_KINDS }) kind: EntryKind;
  @ApiProperty({ enum: ALL_CATEGORIES }) category: string;
  @ApiProperty({ example: '广告收入' }) categoryLabel: string;
  @ApiProperty({ enum: ENTRY_STATUSES }) status: EntryStatus;
  @ApiProperty(fen('收入：净收入；支出：金额')) amountFen: string;
  @ApiProperty({ description: '金额的显示文本', example: '¥1,234.56' }) amountDisplay: string;
  @ApiProperty(nullableFen('收入：毛收入')) grossFen: string | null;
  @ApiProperty({ type: [LedgerEntryCostDto], description: '收入：扣除的成本' }) costs: LedgerEntryCostDto[];
  @ApiProperty(nullableString('收入：付款方')) counterparty: string | null;
  @ApiProperty(nullableString('支出：收款方')) payee: string | null;
  @ApiProperty({ description: '合同编号' }) contractRef: string;
  @ApiProperty(nullableString('收入所属期间起（YYYY-MM-DD）')) coveredFrom: string | null;
  @ApiProperty(nullableString('收入所属期间止（YYYY-MM-DD）')) coveredTo: string | null;
  @ApiProperty({ description: '支出：用途' }) purpose: string;
  @ApiProperty(nullableString('支出所依据的业主表决')) resolutionId: string | null;
  @ApiProperty({ description: '记账日期（YYYY-MM-DD）' }) bookedOn: string;
  @ApiProperty(nullableString('冲正账目：被冲正的账目')) reversesEntryId: string | null;
  @ApiProperty(nullableString('冲正理由')) reversalReason: string | null;
  @ApiProperty(nullableString('冲正了本账目的账目')) reversedByEntryId: string | null;
  @ApiProperty(nullableString('退回理由')) rejectReason: string | null;
  @ApiProperty() revision: number;
  @ApiProperty({ description: '是否由我起草' }) authoredByMe: boolean;
  @ApiProperty(nullableString()) submittedAt: string | null;
  @ApiProperty(nullableString()) decidedAt: string | null;
  @ApiProperty() createdAt: string;
  @ApiProperty({ type: LedgerPostingRefDto, nullable: true, description: '入账后在哈希链中的位置' })
  posting: LedgerPostingRefDto | null;
  @ApiProperty({ type: [FileDto] }) attachments: FileDto[];
}

export class LedgerEntryPageDto {
  @ApiProperty({ type: [LedgerEntryDto] }) items: LedgerEntryDto[];
  @ApiProperty() total: number;
}

export class LedgerChainHeadDto {
  @ApiProperty({ description: '最后一条记录的序号（整数字符串；没有记录时为 0）', example: '12' }) seq: string;
  @ApiProperty({ description: '最后一条记录的哈希' }) hash: string;
}

export class LedgerBalanceMonthDto {
  @ApiProperty({ example: '2026-05' }) month: string;
  @ApiProperty(fen('当月收入')) incomeFen: string;
  @ApiProperty(fen('当月支出')) expenseFen: string;
  @ApiProperty(fen('月末余额')) closingBalanceFen: string;
}

export class LedgerBalanceDto {
  @ApiProperty(fen('当前余额')) balanceFen: string;
  @ApiProperty() postingCount: number;
  @ApiProperty({ type: LedgerChainHeadDto }) head: LedgerChainHeadDto;
  @ApiProperty({ type: [LedgerBalanceMonthDto], description: '近 12 个月，从早到晚' }) months: LedgerBalanceMonthDto[];
}

export class LedgerChainOkDto {
  @ApiProperty({ type: Boolean, enum: [true] }) ok: true;
  @ApiProperty() length: number;
  @ApiProperty({ example: '12' }) headSeq: string;
  @ApiProperty() headHash: string;
}

export class LedgerBrokenAtDto {
  @ApiProperty({ example: '7' }) seq: string;
  @ApiProperty() entryId: string;
}

export class LedgerChainBrokenDto {
  @ApiProperty({ type: Boolean, enum: [false] }) ok: false;
  @ApiProperty() length: number;
  @ApiProperty({ type: LedgerBrokenAtDto, description: '第一条出问题的记录' }) brokenAt: LedgerBrokenAtDto;
  @ApiProperty() reason: string;
}

export type LedgerChainReportDto = LedgerChainOkDto | LedgerChainBrokenDto;

export class StatementCategoryTotalDto {
  @ApiProperty({ enum: ALL_CATEGORIES }) category: string;
  @ApiProperty() label: string;
  @ApiProperty(fen('金额')) amountFen: string;
}

export class StatementSideDto {
  @ApiProperty(fen('合计')) totalFen: string;
  @ApiProperty({ type: [StatementCategoryTotalDto] }) byCategory: StatementCategoryTotalDto[];
}

export class StatementMonthDto {
  @ApiProperty({ example: '2026-05' }) month: string;
  @ApiProperty(fen('收入')) incomeFen: string;
  @ApiProperty(fen('支出')) expenseFen: string;
}

export class StatementTopUpDto {
  @ApiProperty({ enum: ['none', 'huzhou', 'beijing'], description: '本小区补充维修资金的规则' }) rule: string;
  @ApiProperty({ type: Boolean, nullable: true, description: '是否需要补充（无法判断时为 null）' }) required:
    boolean | null;
  @ApiProperty(nullableFen('至少应补充')) minimumFen: string | null;
  @ApiProperty(fen('本期已补充')) toppedUpFen: string;
  @ApiProperty({ type: Boolean, nullable: true }) met: boolean | null;
  @ApiProperty() reason: string;
}

/** One period's statement (收支情况): computed live, or the frozen content once published. */
export class LedgerStatementDto implements StatementBody {
  @ApiProperty({ example: '2026-H1', description: '期间：2026-H1、2026-Q3 或 2026' }) key: string;
  @ApiProperty({ example: '2026年上半年' }) label: string;
  @ApiProperty({ enum: FREQUENCIES }) frequency: StatementFrequency;
  @ApiProperty({ example: '2026-01-01' }) start: string;
  @ApiProperty({ example: '2026-06-30' }) end: string;
  @ApiProperty(fen('期初余额')) openingBalanceFen: string;
  @ApiProperty({ type: StatementSideDto }) income: StatementSideDto;
  @ApiProperty({ type: StatementSideDto }) expense: StatementSideDto;
  @ApiProperty({ type: [StatementMonthDto] }) byMonth: StatementMonthDto[];
  @ApiProperty(fen('期末余额')) closingBalanceFen: string;
  @ApiProperty() entryCount: number;
  @ApiProperty({ type: StatementTopUpDto }) topUp: StatementTopUpDto;
  @ApiProperty({ type: LedgerChainHeadDto, description: '计算（或公示）时的哈希链头' }) head: LedgerChainHeadDto;
  @ApiProperty({ description: '期间是否已结束' }) ended: boolean;
  @ApiProperty({ description: '应公示的最晚日期' }) dueBy: string;
  @ApiProperty() published: boolean;
  @ApiProperty(nullableString()) publishedAt: string | null;
  @ApiProperty(nullableString('公示截止时间')) displayUntil: string | null;
  @ApiProperty({ description: '是否正在公示期内' }) onDisplay: boolean;
}

export class StatementSummaryDto {
  @ApiProperty({ example: '2026-H1' }) key: string;
  @ApiProperty() label: string;
  @ApiProperty() start: string;
  @ApiProperty() end: string;
  @ApiProperty() ended: boolean;
  @ApiProperty() dueBy: string;
  @ApiProperty() published: boolean;
  @ApiProperty(nullableString()) publishedAt: string | null;
  @ApiProperty(nullableString()) displayUntil: string | null;
  @ApiProperty({ description: '已过公示期限仍未公示' }) overdue: boolean;
}

export class OverduePeriodDto {
  @ApiProperty() key: string;
  @ApiProperty() label: string;
  @ApiProperty() dueBy: string;
}

export class PublicationStatusDto {
  @ApiProperty({ enum: FREQUENCIES }) frequency: StatementFrequency;
  @ApiProperty() overdue: boolean;
  @ApiProperty({ type: [OverduePeriodDto] }) overduePeriods: OverduePeriodDto[];
  @ApiProperty({ type: StatementSummaryDto, nullable: true }) lastPublished: StatementSummaryDto | null;
  @ApiProperty({ type: [StatementSummaryDto], description: '已结束的各期' }) periods: StatementSummaryDto[];
}

/** A question (质询) with its answer. Public to the community; the asker and the answering member are not named. */
export class LedgerQuestionDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ['entry', 'statement'] }) targetType: 'entry' | 'statement';
  @ApiProperty({ description: '账目编号或公示期间' }) targetRef: string;
  @ApiProperty() body: string;
  @ApiProperty() askedAt: string;
  @ApiProperty() askedByMe: boolean;
  @ApiProperty({ enum: ['open', 'answered'] }) status: 'open' | 'answered';
  @ApiProperty(nullableString()) answer: string | null;
  @ApiProperty(nullableString()) answeredAt: string | null;
}
