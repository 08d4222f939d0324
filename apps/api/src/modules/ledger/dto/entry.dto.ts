import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { EXPENSE_CATEGORIES, INCOME_CATEGORIES } from '@gongzhi/domain';
import { applyDecorators } from '@nestjs/common';
import { Type } from 'class-transformer';
import {
  Allow,
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

const ALL_CATEGORIES = [...new Set<string>([...INCOME_CATEGORIES, ...EXPENSE_CATEGORIES])];
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_MSG = { message: '日期格式应为 YYYY-MM-DD' };

/**
 * A money input: decimal yuan as a STRING, at most two decimals ("1234.56"). The format is checked by the service
 * (AmountReader) so that every bad amount answers LEDGER.AMOUNT_INVALID with a Chinese reason per field.
 */
function YuanAmount(description: string, required: boolean) {
  const doc = {
    type: String,
    description: `${description}（单位元，文本，最多两位小数，例如 "1234.56"）`,
    example: '1234.56',
    pattern: '^\\d+(\\.\\d{1,2})?$',
  };
  return applyDecorators(required ? ApiProperty(doc) : ApiPropertyOptional(doc), Allow());
}

export class EntryCostDto {
  @ApiProperty({ description: '成本项目（如 电费分摊、广告公司代理费）', maxLength: 100 })
  @IsString()
  @Length(1, 100)
  label: string;

  @YuanAmount('成本金额', true)
  amountYuan: unknown;

  @ApiProperty({ description: '成本凭证（已上传文件的编号，用途 ledger_attachment），至少一份', type: [String] })
  @IsArray()
  @ArrayMinSize(1, { message: '每项成本至少需要一份凭证' })
  @ArrayMaxSize(10)
  @IsUUID('all', { each: true })
  evidenceFileIds: string[];
}

/** Create or (fully) revise a draft entry. Income and expense use different fields; see docs/ledger.md. */
export class EntryDraftDto {
  @ApiProperty({ enum: ['income', 'expense'] })
  @IsIn(['income', 'expense'])
  kind: 'income' | 'expense';

  @ApiProperty({
    enum: ALL_CATEGORIES,
    description:
      '收入：advertising/road_parking/venue_rental/interest/other；支出：fund_topup/common_repairs/committee_costs/audit_fees/other',
  })
  @IsIn(ALL_CATEGORIES)
  category: string;

  @YuanAmount('收入：毛收入', false)
  grossAmountYuan?: unknown;

  @YuanAmount('收入：净收入（可选；若填写，必须等于毛收入减去各项成本）', false)
  netAmountYuan?: unknown;

  @ApiPropertyOptional({ type: [EntryCostDto], description: '收入：扣除的成本，每项附凭证' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => EntryCostDto)
  costs?: EntryCostDto[];

  @YuanAmount('支出：金额', false)
  amountYuan?: unknown;

  @ApiPropertyOptional({ description: '收入：付款方（广告公司、停车管理方等）', maxLength: 100 })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  counterparty?: string;

  @ApiPropertyOptional({ description: '支出：收款方', maxLength: 100 })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  payee?: string;

  @ApiPropertyOptional({ description: '合同编号或名称', maxLength: 100 })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  contractRef?: string;

  @ApiPropertyOptional({ description: '收入所属期间起（YYYY-MM-DD）' })
  @IsOptional()
  @Matches(DATE, DATE_MSG)
  coveredFrom?: string;

  @ApiPropertyOptional({ description: '收入所属期间止（YYYY-MM-DD）' })
  @IsOptional()
  @Matches(DATE, DATE_MSG)
  coveredTo?: string;

  @ApiPropertyOptional({ description: '支出用途 / 收入说明', maxLength: 500 })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  purpose?: string;

  @ApiPropertyOptional({ description: '支出：授权该笔支出的业主大会决议编号' })
  @IsOptional()
  @IsUUID()
  resolutionId?: string;

  @ApiPropertyOptional({ description: '记账日期（YYYY-MM-DD，北京时间；默认今天，不能是将来，不能落在已公示的期间）' })
  @IsOptional()
  @Matches(DATE, DATE_MSG)
  bookedOn?: string;

  @ApiPropertyOptional({
    type: [String],
    description: '附件（合同、收据、银行回单）：已上传文件的编号，用途 ledger_attachment',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  attachmentFileIds?: string[];
}

export class RejectEntryDto {
  @ApiProperty({ description: '退回理由（起草人据此修改后重新提交）', maxLength: 500 })
  @IsString()
  @Length(2, 500, { message: '请填写退回理由（2–500 字）' })
  reason: string;
}

export class ReverseEntryDto {
  @ApiProperty({ description: '冲正理由：原账目错在哪里', maxLength: 500 })
  @IsString()
  @Length(2, 500, { message: '请填写冲正理由（2–500 字）' })
  reason: string;
}

export class ListEntriesQuery {
  @ApiPropertyOptional({ enum: ['draft', 'submitted', 'rejected', 'posted'] })
  @IsOptional()
  @IsIn(['draft', 'submitted', 'rejected', 'posted'])
  status?: 'draft' | 'submitted' | 'rejected' | 'posted';

  @ApiPropertyOptional({ enum: ['income', 'expense'] })
  @IsOptional()
  @IsIn(['income', 'expense'])
  kind?: 'income' | 'expense';

  @ApiPropertyOptional({ enum: ALL_CATEGORIES })
  @IsOptional()
  @IsIn(ALL_CATEGORIES)
  category?: string;

  @ApiPropertyOptional({ description: '记账日期起（含）' })
  @IsOptional()
  @Matches(DATE, DATE_MSG)
  from?: string;

  @ApiPropertyOptional({ description: '记账日期止（含）' })
  @IsOptional()
  @Matches(DATE, DATE_MSG)
  to?: string;

  @ApiPropertyOptional({ enum: ['1', '0'], description: '1：只列出本人录入的账目（我的草稿、被退回的）' })
  @IsOptional()
  @IsIn(['1', '0'], { message: '不是允许的选项' })
  mine?: '1' | '0';

  @ApiPropertyOptional({ default: 50, minimum: 1, maximum: 200 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;

  @ApiPropertyOptional({ default: 0, minimum: 0, maximum: 1_000_000 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  offset?: number;
}
