import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
  Matches,
  ValidateNested,
} from 'class-validator';

export class AgendaItemInput {
  @ApiProperty({ description: '表决事项' })
  @IsString()
  @Length(2, 200, { message: '表决事项需 2-200 字' })
  title: string;

  @ApiPropertyOptional({ description: '事项说明' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  description?: string;

  @ApiProperty({
    description: '民法典第二百七十八条事项类型 1-9（决定表决规则：6、7、8 为“双四分之三”）',
    minimum: 1,
    maximum: 9,
  })
  @IsInt({ message: '事项类型必须是 1-9 的整数' })
  @Min(1, { message: '事项类型必须是 1-9' })
  @Max(9, { message: '事项类型必须是 1-9' })
  matterType: number;
}

export class DraftResolutionDto {
  @ApiProperty({ description: '表决标题' })
  @IsString()
  @Length(2, 100, { message: '标题需 2-100 字' })
  title: string;

  @ApiPropertyOptional({ description: '表决说明' })
  @IsOptional()
  @IsString()
  @MaxLength(20000)
  explanation?: string;

  @ApiProperty({ type: [AgendaItemInput], description: '表决事项（至少 1 项）' })
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => AgendaItemInput)
  @ArrayMinSize(1, { message: '至少需要一个表决事项' })
  @ArrayMaxSize(20, { message: '表决事项最多 20 项' })
  items: AgendaItemInput[];

  @ApiPropertyOptional({
    enum: ['community', 'buildings'],
    default: 'community',
    description: '表决范围：全体业主或指定楼栋',
  })
  @IsOptional()
  @IsIn(['community', 'buildings'])
  scope?: 'community' | 'buildings';

  @ApiPropertyOptional({ type: [String], description: '指定楼栋（scope=buildings 时必填）' })
  @IsOptional()
  @IsUUID('all', { each: true })
  @ArrayMaxSize(200)
  buildingIds?: string[];

  @ApiPropertyOptional({ type: [String], description: '附件（先上传，用途 notice_attachment）' })
  @IsOptional()
  @IsUUID('all', { each: true })
  @ArrayMaxSize(20)
  documentFileIds?: string[];

  @ApiProperty({
    description: '投票开始时间（须在公告发布 15 天后；临时会议 7 天）',
    example: '2026-12-10T09:00:00+08:00',
  })
  @IsISO8601({ strict: true })
  votingOpensAt: string;

  @ApiPropertyOptional({ description: '投票期天数 5-60，默认 15（或小区设置）', minimum: 5, maximum: 60 })
  @IsOptional()
  @IsInt()
  @Min(5, { message: '投票期至少 5 天' })
  @Max(60, { message: '投票期最多 60 天' })
  votingDays?: number;

  @ApiPropertyOptional({ description: '临时会议（公告期 7 天）', default: false })
  @IsOptional()
  @IsBoolean()
  extraordinary?: boolean;

  @ApiPropertyOptional({ description: '询异期天数，默认 7', minimum: 1, maximum: 30 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(30)
  objectionDays?: number;
}

export class PublishNoticeDto {
  @ApiPropertyOptional({ description: '改定投票开始时间（未改则用草稿中的时间）' })
  @IsOptional()
  @IsISO8601({ strict: true })
  votingOpensAt?: string;
}

export class ExtendDto {
  @ApiProperty({ description: '延长天数（只能延长一次；延长后投票期不超过 60 天）', minimum: 1, maximum: 55 })
  @IsInt()
  @Min(1)
  @Max(55)
  days: number;
}

export class ChoiceInput {
  @ApiProperty({ description: '表决事项编号' })
  @IsUUID('all')
  itemId: string;

  @ApiProperty({ enum: ['yes', 'no', 'abstain'], description: '同意 / 反对 / 弃权' })
  @IsIn(['yes', 'no', 'abstain'], { message: '请选择同意、反对或弃权' })
  choice: 'yes' | 'no' | 'abstain';
}

export class CastBallotDto {
  @ApiProperty({ type: [ChoiceInput], description: '每个表决事项的选择（须覆盖全部事项）' })
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => ChoiceInput)
  @ArrayMaxSize(20)
  choices: ChoiceInput[];

  @ApiProperty({ description: '确认提交（投票后不能修改，除非小区议事规则允许）' })
  @IsBoolean()
  confirm: boolean;

  @ApiPropertyOptional({ description: '同时代表多个投票人（如共有房屋的指定投票人）时，选择本次代表的投票人' })
  @IsOptional()
  @IsUUID('all')
  voterId?: string;
}

export class PaperBallotDto {
  @ApiProperty({ description: '投票房屋（该房屋所属投票人的选票）' })
  @IsUUID('all')
  unitId: string;

  @ApiProperty({ enum: ['paper', 'proxy'], description: '纸质票（含协助投票）或书面委托' })
  @IsIn(['paper', 'proxy'])
  channel: 'paper' | 'proxy';

  @ApiProperty({ type: [ChoiceInput] })
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => ChoiceInput)
  @ArrayMaxSize(20)
  choices: ChoiceInput[];

  @ApiPropertyOptional({ description: '废票（所有事项计为无效）', default: false })
  @IsOptional()
  @IsBoolean()
  spoilt?: boolean;

  @ApiProperty({ description: '纸质表决票扫描件（先上传，用途 ballot_scan）' })
  @IsUUID('all', { message: '请上传表决票扫描件' })
  scanFileId: string;

  @ApiProperty({ description: '见证人姓名' })
  @IsString()
  @Length(1, 50, { message: '请填写见证人姓名' })
  witnessName: string;

  @ApiPropertyOptional({ description: '受托人姓名（委托投票必填）' })
  @IsOptional()
  @IsString()
  @Length(1, 50)
  proxyName?: string;

  @ApiPropertyOptional({ description: '书面委托书（先上传，用途 proxy_document；委托投票必填）' })
  @IsOptional()
  @IsUUID('all')
  proxyDocumentFileId?: string;

  @ApiProperty({ description: '确认录入' })
  @IsBoolean()
  confirm: boolean;
}

export class ObjectionDto {
  @ApiProperty({ description: '异议理由' })
  @IsString()
  @Length(5, 2000, { message: '异议理由需 5-2000 字' })
  reasons: string;
}

export class AnswerObjectionDto {
  @ApiProperty({ description: '业委会答复' })
  @IsString()
  @Length(2, 2000, { message: '答复需 2-2000 字' })
  answer: string;
}

/** Integer figures as strings of digits (areas in hundredths of m²). */
const DIGITS = /^\d{1,15}$/;

export class OfficialItemFiguresInput {
  @ApiProperty() @IsUUID('all') itemId: string;
  @ApiProperty({ description: '同意面积（0.01㎡）' }) @IsString() @Matches(DIGITS) yesArea: string;
  @ApiProperty() @IsString() @Matches(DIGITS) yesHeads: string;
  @ApiProperty() @IsString() @Matches(DIGITS) noArea: string;
  @ApiProperty() @IsString() @Matches(DIGITS) noHeads: string;
  @ApiProperty() @IsString() @Matches(DIGITS) abstainArea: string;
  @ApiProperty() @IsString() @Matches(DIGITS) abstainHeads: string;
  @ApiProperty() @IsString() @Matches(DIGITS) invalidArea: string;
  @ApiProperty() @IsString() @Matches(DIGITS) invalidHeads: string;
}

export class OfficialResultDto {
  @ApiProperty({ description: '表决范围总面积（0.01㎡）' }) @IsString() @Matches(DIGITS) totalArea: string;
  @ApiProperty({ description: '表决范围总人数' }) @IsString() @Matches(DIGITS) totalHeads: string;
  @ApiProperty({ type: [OfficialItemFiguresInput] })
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => OfficialItemFiguresInput)
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  items: OfficialItemFiguresInput[];
  @ApiProperty({ description: '官方系统的结果公告（先上传，用途 notice_attachment）' })
  @IsUUID('all', { message: '请上传官方结果公告' })
  noticeFileId: string;
}

export class ConfirmPaperBallotDto {
  @ApiProperty({ description: '已打开扫描件并核对：房号、业主签名和各事项的选择与录入内容一致（须为 true）' })
  @IsBoolean({ message: '请核对扫描件后确认（matchesScan 须为 true）' })
  matchesScan: boolean;
}

export class DisputeBallotDto {
  @ApiProperty({ description: '异议理由，如“这不是我投的票”' })
  @IsString()
  @Length(2, 200, { message: '异议理由需 2-200 字' })
  reason: string;
}
