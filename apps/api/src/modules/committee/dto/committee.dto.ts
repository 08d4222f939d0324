import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { MANAGEMENT_AFFILIATIONS } from '@gongzhi/domain';

export class CreateElectionDto {
  @ApiPropertyOptional({ description: '表决标题，默认“选举第 N 届业主委员会”' })
  @IsOptional()
  @IsString()
  @Length(2, 100, { message: '标题需 2-100 字' })
  title?: string;

  @ApiProperty({ description: '计划席位（单数，按城市规则 3/5–11）', minimum: 3, maximum: 11 })
  @IsInt({ message: '席位须为整数' })
  @Min(1, { message: '席位须为整数' })
  @Max(11, { message: '业委会席位最多 11 席' })
  seats: number;

  @ApiProperty({ type: [String], description: '候选人（本小区业主），每人一个表决事项' })
  @IsArray({ message: '请选择候选人' })
  @ArrayMinSize(1, { message: '至少需要一名候选人' })
  @ArrayMaxSize(20, { message: '候选人最多 20 名' })
  @IsUUID('all', { each: true, message: '候选人无效' })
  candidateIds: string[];

  @ApiProperty({ description: '投票开始时间（须在公告发布 15 天后）', example: '2026-12-10T09:00:00+08:00' })
  @IsISO8601({ strict: true }, { message: '投票开始时间格式不正确' })
  votingOpensAt: string;

  @ApiPropertyOptional({ description: '投票期天数 5-60', minimum: 5, maximum: 60 })
  @IsOptional()
  @IsInt({ message: '投票期须为整数天' })
  @Min(5, { message: '投票期至少 5 天' })
  @Max(60, { message: '投票期最多 60 天' })
  votingDays?: number;

  @ApiPropertyOptional({
    type: [String],
    description: '附件：议事规则、管理规约、候选人介绍（用途 notice_attachment）',
  })
  @IsOptional()
  @IsUUID('all', { each: true, message: '附件无效' })
  @ArrayMaxSize(20, { message: '附件最多 20 个' })
  documentFileIds?: string[];
}

export class OfficerVoteDto {
  @ApiProperty({ description: '推选的主任（本届委员）' })
  @IsUUID('all', { message: '请选择主任人选' })
  chairId: string;

  @ApiPropertyOptional({ description: '推选的副主任（本届委员，可不选）' })
  @IsOptional()
  @IsUUID('all', { message: '副主任人选无效' })
  viceChairId?: string;
}

export class RefuseFilingDto {
  @ApiProperty({ description: '退回原因（告知业委会须补正的内容）' })
  @IsString({ message: '请填写退回原因' })
  @Length(2, 500, { message: '退回原因需 2-500 字' })
  reason: string;
}

export class ManagementMemberInput {
  @ApiProperty() @IsUUID('all', { message: '成员无效' }) personId: string;

  @ApiProperty({ enum: MANAGEMENT_AFFILIATIONS, description: '街道办事处、居民委员会、建设单位代表或业主代表' })
  @IsIn(MANAGEMENT_AFFILIATIONS, { message: '成员身份须为街道、居委会、建设单位代表或业主代表' })
  affiliation: (typeof MANAGEMENT_AFFILIATIONS)[number];
}

export class CreateManagementDto {
  @ApiProperty({ type: [ManagementMemberInput], description: '物业管理委员会成员（7–11 人单数，业主代表不少于一半）' })
  @IsArray({ message: '请填写成员' })
  @ValidateNested({ each: true })
  @Type(() => ManagementMemberInput)
  @ArrayMinSize(1, { message: '请填写成员' })
  @ArrayMaxSize(11, { message: '物业管理委员会最多 11 人' })
  members: ManagementMemberInput[];
}

// ---- answers ----

export class TermMemberDto {
  @ApiProperty() personId: string;
  @ApiProperty({ description: '姓名（担任公职者公开姓名）' }) name: string;
  @ApiProperty({ enum: ['member', 'alternate'] }) standing: string;
  @ApiProperty({ description: '委员 / 候补委员 / 主任 / 副主任 / …代表' }) label: string;
  @ApiProperty({ type: String, nullable: true, enum: ['chair', 'vice_chair'] }) office: string | null;
  @ApiProperty({ type: String, nullable: true }) affiliation: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) leftAt: Date | null;
}

export class CandidateOutcomeDto {
  @ApiProperty() personId: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: ['elected', 'alternate', 'tied', 'not_elected'] }) outcome: string;
  @ApiProperty({ description: '当选 / 候补 / 得票相同未当选 / 未当选' }) outcomeLabel: string;
  @ApiProperty() passed: boolean;
  @ApiProperty({ description: '同意人数' }) yesHeads: number;
  @ApiProperty({ description: '同意面积（0.01 平方米，字符串）' }) yesArea: string;
  @ApiProperty({ description: '名次（未通过为 0）' }) rank: number;
}

export class ConfirmationDto {
  @ApiProperty() round: number;
  @ApiProperty({ enum: ['subdistrict', 'regulator'] }) authority: string;
  @ApiProperty({ description: '街道办事处 / 区物业主管部门' }) authorityLabel: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: ['confirm', 'refuse'] }) decision: string;
  @ApiProperty({ type: String, nullable: true }) reason: string | null;
  @ApiProperty({ format: 'date-time' }) at: Date;
}

export class FilingMemberDto {
  @ApiProperty() personId: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: String, nullable: true }) office: string | null;
  @ApiProperty({ type: String, nullable: true }) affiliation: string | null;
}

export class FilingDto {
  @ApiProperty() round: number;
  @ApiProperty({ type: String, nullable: true, description: '选举表决（会议记录和决定）' }) resolutionId: string | null;
  @ApiProperty({ type: String, nullable: true }) resolutionTitle: string | null;
  @ApiProperty({ type: String, nullable: true }) decisionReason: string | null;
  @ApiProperty({ type: [String], description: '议事规则、管理规约等附件' }) documentFileIds: string[];
  @ApiProperty({ type: [FilingMemberDto] }) members: FilingMemberDto[];
  @ApiProperty({ format: 'date-time' }) filedAt: string;
}

export class CommitteeTermDto {
  @ApiProperty() id: string;
  @ApiProperty({ enum: ['elected', 'management', 'recorded'] }) kind: string;
  @ApiProperty({ description: '业主委员会 / 物业管理委员会 / 选举功能上线前录入的业委会' }) kindLabel: string;
  @ApiProperty() status: string;
  @ApiProperty() statusLabel: string;
  @ApiProperty({ description: '城市规则' }) profile: string;
  @ApiProperty({ type: String, nullable: true }) resolutionId: string | null;
  @ApiProperty() seats: number;
  @ApiProperty({ type: [TermMemberDto] }) members: TermMemberDto[];
  @ApiProperty({ type: [CandidateOutcomeDto] }) candidates: CandidateOutcomeDto[];
  @ApiProperty({ type: Boolean, nullable: true, description: '是否成立（计算当选结果后）' }) formed: boolean | null;
  @ApiProperty({ type: String, nullable: true }) decisionReason: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time', description: '首次会议选出主任的期限' })
  officersDueAt: Date | null;
  @ApiProperty({ description: '已投主任推选票的委员人数' }) officerVotes: number;
  @ApiProperty({ type: FilingDto, nullable: true }) filing: FilingDto | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time', description: '备案期限（选举后 30 日）' })
  filingDueAt: Date | null;
  @ApiProperty({ type: [String], description: '须确认备案的机关' }) authorities: string[];
  @ApiProperty({ type: [ConfirmationDto] }) confirmations: ConfirmationDto[];
  @ApiProperty({ type: String, nullable: true }) refusedReason: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time', description: '物业管理委员会名单公示截止' })
  publicisedUntil: Date | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) confirmedAt: Date | null;
  @ApiProperty({ format: 'date-time' }) createdAt: Date;
}

export class CommitteeRecordEntryDto {
  @ApiProperty() id: string;
  @ApiProperty({ description: '事项代码' }) action: string;
  @ApiProperty({ description: '发生了什么（中文）' }) what: string;
  @ApiProperty({ description: '谁：担任职务者写姓名，业主写房号' }) who: string;
  @ApiProperty({ type: String, nullable: true, description: '涉及的人（担任职务者姓名）' }) about: string | null;
  @ApiProperty({ format: 'date-time' }) at: Date;
}

export class CommitteeRecordDto {
  @ApiProperty({ type: [CommitteeRecordEntryDto] }) entries: CommitteeRecordEntryDto[];
}
