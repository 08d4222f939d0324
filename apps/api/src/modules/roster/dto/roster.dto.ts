import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
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
  Min,
} from 'class-validator';

export class RosterUploadDoc {
  @ApiProperty({ type: 'string', format: 'binary', description: '名册文件（.xlsx 或 .csv）' }) file: unknown;
  @ApiPropertyOptional({
    description: '模板以外的列对应哪一列（JSON），空字符串表示删除该列，如 {"备注":"","开发商":"开发商未售"}',
  })
  columnMap?: string;
}

/** The text fields of the upload form (the file itself comes through multer). */
export class RosterUploadFieldsDto {
  @IsOptional()
  @IsString({ message: '列对应关系应为 JSON 文本' })
  @Length(0, 4000, { message: '列对应关系过长' })
  columnMap?: string;
}

export class RosterRowErrorDto {
  @ApiProperty({ description: '表格中的行号（表头为第 1 行）' }) line: number;
  @ApiPropertyOptional({ type: String, nullable: true }) column: string | null;
  @ApiProperty({ description: '中文原因' }) reason: string;
}

export class RosterOwnerPreviewDto {
  @ApiProperty() name: string;
  @ApiPropertyOptional({ type: String, nullable: true }) phoneMasked: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, description: '身份证号（打码）' }) idNumberMasked: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, description: '统一社会信用代码（单位业主）' }) creditCode:
    string | null;
  @ApiProperty({ description: '单位业主（开发商或公司）' }) organisation: boolean;
  @ApiProperty() designatedVoter: boolean;
}

export class RosterRowPreviewDto {
  @ApiProperty() line: number;
  @ApiProperty() building: string;
  @ApiProperty() entrance: string;
  @ApiProperty() room: string;
  @ApiProperty({ enum: ['flat', 'shop', 'parking'] }) kind: string;
  @ApiProperty({ example: '89.50' }) area: string;
  @ApiProperty({ enum: ['registered', 'surveyed', 'contract'], description: '计票面积的来源' }) areaSource: string;
  @ApiPropertyOptional({ type: String, nullable: true, example: '89.50' }) registeredArea: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) surveyedArea: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) contractArea: string | null;
  @ApiProperty({ description: '开发商未售房屋' }) developer: boolean;
  @ApiProperty({ type: [RosterOwnerPreviewDto] }) owners: RosterOwnerPreviewDto[];
  @ApiPropertyOptional({ enum: ['new', 'updated', 'unchanged'], nullable: true }) change: string | null;
}

export class RosterSummaryDto {
  @ApiProperty({ description: '新增与更新的房屋数之和；0 表示与现有名册一致' }) changes: number;
  @ApiProperty() unitsCreated: number;
  @ApiProperty() unitsUpdated: number;
  @ApiProperty() unchanged: number;
  @ApiProperty() ownersChanged: number;
  @ApiProperty({ description: '现有名册中有、本文件中没有的房屋（保留不删）' }) notInFile: number;
}

export class RosterFieldChangeDto {
  @ApiPropertyOptional({ type: Number, nullable: true, description: '文件中的行号（合并提议为空）' }) line:
    number | null;
  @ApiProperty({ example: '5幢 1单元 101' }) unitLabel: string;
  @ApiProperty({
    enum: ['kind', 'registeredArea', 'surveyedArea', 'contractArea', 'countedArea', 'developer', 'owners'],
  })
  field: string;
  @ApiPropertyOptional({ type: String, nullable: true, description: '原值（个人信息已打码）' }) oldValue: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, description: '新值（个人信息已打码）' }) newValue: string | null;
}

export class RosterPersonRefDto {
  @ApiProperty() personId: string;
  @ApiProperty() name: string;
}

export class RosterConfirmationDto {
  @ApiProperty() personId: string;
  @ApiProperty() name: string;
  @ApiProperty() role: string;
  @ApiProperty() at: Date;
}

export class RosterMergeViewDto {
  @ApiProperty() evidence: string;
  @ApiProperty() keepPersonId: string;
  @ApiProperty({ type: [String] }) mergePersonIds: string[];
}

export class RosterChangeDto {
  @ApiProperty() id: string;
  @ApiProperty({ description: '所属名册提议' }) proposalId: string;
  @ApiProperty() communityId: string;
  @ApiProperty() unitId: string;
  @ApiProperty() unitLabel: string;
  @ApiProperty({
    enum: ['kind', 'registeredArea', 'surveyedArea', 'contractArea', 'countedArea', 'developer', 'owners'],
  })
  field: string;
  @ApiPropertyOptional({ type: String, nullable: true }) oldValue: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) newValue: string | null;
  @ApiProperty() proposedByName: string;
  @ApiProperty({ type: [String] }) confirmedByNames: string[];
  @ApiProperty() changedAt: Date;
  @ApiProperty({ description: '受影响业主可提出异议的截止时间' }) objectionEndsAt: Date;
}

export class RosterChangeListDto {
  @ApiProperty({ type: [RosterChangeDto] }) items: RosterChangeDto[];
}

export class ActivityQueryDto {
  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: '必须是整数' })
  @Min(1, { message: '最小为 1' })
  @Max(200, { message: '最大为 200' })
  limit?: number;

  @ApiPropertyOptional({ description: '只看编号小于此值的记录（翻页）' })
  @IsOptional()
  @Matches(/^\d{1,18}$/, { message: '必须是记录编号' })
  beforeId?: string;
}

export class ProposeMergeDto {
  @ApiProperty({ description: '保留的业主记录' })
  @IsUUID('all', { message: '业主记录编号格式不正确' })
  keepPersonId: string;

  @ApiProperty({ type: [String], description: '并入保留记录的其他业主记录（1–10 条）' })
  @IsArray({ message: '必须是列表' })
  @ArrayMinSize(1, { message: '至少选择一条要合并的记录' })
  @ArrayMaxSize(10, { message: '一次最多合并 10 条记录' })
  @IsUUID('all', { each: true, message: '业主记录编号格式不正确' })
  mergePersonIds: string[];

  @ApiProperty({ description: '证据：为什么这些记录是同一个人（如：不动产权证号相同、本人到场确认）' })
  @IsString({ message: '请写明合并的依据' })
  @Length(4, 500, { message: '合并依据须 4–500 字' })
  evidence: string;
}

export class CreateRosterObjectionDto {
  @ApiProperty({ description: '名册提议编号（变更记录中的 proposalId）' })
  @IsUUID('all', { message: '提议编号格式不正确' })
  proposalId: string;

  @ApiProperty()
  @IsUUID('all', { message: '房屋编号格式不正确' })
  unitId: string;

  @ApiProperty({ description: '异议理由' })
  @IsString({ message: '请写明异议理由' })
  @Length(2, 500, { message: '异议理由须 2–500 字' })
  reason: string;
}

export class AnswerRosterObjectionDto {
  @ApiProperty({ enum: ['upheld', 'dismissed'], description: 'upheld：异议成立（须另行提议更正）；dismissed：不成立' })
  @IsIn(['upheld', 'dismissed'], { message: '请选择异议成立或不成立' })
  decision: 'upheld' | 'dismissed';

  @ApiProperty()
  @IsString({ message: '请填写答复' })
  @Length(2, 500, { message: '答复须 2–500 字' })
  answer: string;
}

export class ObjectionQueryDto {
  @ApiPropertyOptional({ enum: ['open', 'upheld', 'dismissed'] })
  @IsOptional()
  @IsIn(['open', 'upheld', 'dismissed'], { message: '状态只能是 open、upheld 或 dismissed' })
  status?: 'open' | 'upheld' | 'dismissed';
}

export class RosterObjectionDto {
  @ApiProperty() id: string;
  @ApiProperty() proposalId: string;
  @ApiProperty() unitId: string;
  @ApiProperty() unitLabel: string;
  @ApiProperty() reason: string;
  @ApiProperty({ enum: ['open', 'upheld', 'dismissed'] }) status: string;
  @ApiPropertyOptional({ type: String, nullable: true }) answer: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) answeredByName: string | null;
  @ApiPropertyOptional({ type: Date, nullable: true }) answeredAt: Date | null;
  @ApiProperty() createdAt: Date;
}

export class RosterObjectionListDto {
  @ApiProperty({ type: [RosterObjectionDto] }) items: RosterObjectionDto[];
}

export class RosterImportDto {
  @ApiProperty() id: string;
  @ApiProperty({ enum: ['import', 'merge'] }) kind: string;
  @ApiProperty({ enum: ['preview', 'proposed', 'committed', 'discarded'] }) status: string;
  @ApiProperty() fileName: string;
  @ApiProperty() totalRows: number;
  @ApiProperty() validRows: number;
  @ApiProperty({ description: '没有错误、仍是预览：可以提交为提议' }) canCommit: boolean;
  @ApiProperty({ type: [RosterRowErrorDto] }) errors: RosterRowErrorDto[];
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' } }) columnMap: Record<string, string>;
  @ApiPropertyOptional({ type: RosterSummaryDto, nullable: true }) summary: RosterSummaryDto | null;
  @ApiProperty({ type: [RosterRowPreviewDto] }) rows: RosterRowPreviewDto[];
  @ApiProperty({ type: [RosterFieldChangeDto], description: '逐项变更（原值 → 新值）' })
  fieldChanges: RosterFieldChangeDto[];
  @ApiPropertyOptional({ type: RosterMergeViewDto, nullable: true }) merge: RosterMergeViewDto | null;
  @ApiPropertyOptional({ type: RosterPersonRefDto, nullable: true }) proposedBy: RosterPersonRefDto | null;
  @ApiPropertyOptional({ type: Date, nullable: true }) proposedAt: Date | null;
  @ApiProperty({ type: [RosterConfirmationDto] }) confirmations: RosterConfirmationDto[];
  @ApiProperty({ description: '生效所需的确认人数' }) confirmationsNeeded: number;
  @ApiProperty({ enum: ['committee', 'subdistrict'] }) confirmerKind: string;
  @ApiPropertyOptional({ type: Date, nullable: true, description: '首次名册按房号公示的截止时间' })
  postingEndsAt: Date | null;
  @ApiProperty() createdAt: Date;
  @ApiPropertyOptional({ type: Date, nullable: true }) committedAt: Date | null;
}

export class RosterProposalListDto {
  @ApiProperty({ type: [RosterImportDto] }) items: RosterImportDto[];
}
