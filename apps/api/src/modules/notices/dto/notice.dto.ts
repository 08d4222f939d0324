import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { NOTICE_CITE_KINDS, NOTICE_TYPES, type NoticeCiteKind, type NoticeType } from '@gongzhi/domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  ValidateNested,
} from 'class-validator';
import { PageQueryDto } from '../../../common/page-query.dto.js';

export class OutageDto {
  @ApiProperty({ description: '开始时间（ISO 8601，带时区）', example: '2026-12-06T09:00:00+08:00' })
  @IsISO8601({ strict: true }, { message: '开始时间格式不正确（例如 2026-12-06T09:00:00+08:00）' })
  startsAt: string;

  @ApiProperty({ description: '结束时间（ISO 8601，带时区）', example: '2026-12-06T17:00:00+08:00' })
  @IsISO8601({ strict: true }, { message: '结束时间格式不正确（例如 2026-12-06T17:00:00+08:00）' })
  endsAt: string;

  @ApiProperty({ description: '物业接听电话时照读的说明', maxLength: 200 })
  @IsString({ message: '接听说明必须是文本' })
  @Length(1, 200, { message: '接听说明应为 1–200 个字' })
  callerText: string;
}

/** A new notice (a draft; publishing is a separate step). There is no route that changes a notice's content. */
export class CreateNoticeDto {
  @ApiProperty({ enum: NOTICE_TYPES, description: '类型：一般、紧急、停水停电、会议、事务公开' })
  @IsIn(NOTICE_TYPES as unknown as string[], { message: '请选择通知类型' })
  type: NoticeType;

  @ApiProperty({ maxLength: 60 })
  @IsString({ message: '标题必须是文本' })
  @Length(1, 60, { message: '标题应为 1–60 个字' })
  title: string;

  @ApiProperty({ maxLength: 5000 })
  @IsString({ message: '正文必须是文本' })
  @Length(1, 5000, { message: '正文应为 1–5000 个字' })
  body: string;

  @ApiPropertyOptional({ type: [String], description: '发给哪些楼栋（不填：全小区）' })
  @IsOptional()
  @IsArray({ message: '楼栋必须是列表' })
  @ArrayMaxSize(200, { message: '楼栋太多' })
  @IsUUID('all', { each: true, message: '楼栋编号格式不正确' })
  buildingIds?: string[];

  @ApiPropertyOptional({ description: '展示到何时（ISO 8601；不填按类型默认天数）' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: '展示结束时间格式不正确（例如 2026-12-20T18:00:00+08:00）' })
  displayUntil?: string;

  @ApiPropertyOptional({ type: OutageDto, description: '停水停电通知必填' })
  @IsOptional()
  @ValidateNested()
  @Type(() => OutageDto)
  outage?: OutageDto;

  @ApiPropertyOptional({ type: [String], description: '附件（先上传，用途 notice_attachment）' })
  @IsOptional()
  @IsArray({ message: '附件必须是列表' })
  @ArrayMaxSize(9, { message: '附件最多 9 个' })
  @IsUUID('all', { each: true, message: '附件编号格式不正确' })
  attachmentFileIds?: string[];

  @ApiPropertyOptional({
    description:
      '正文须含手机号或身份证号时：本人单独同意公开的书面记录（个人信息保护法第二十五条；先上传，用途 notice_attachment）',
  })
  @IsOptional()
  @IsUUID('all', { message: '同意书编号格式不正确' })
  consentFileId?: string;

  @ApiPropertyOptional({ description: '以业委会名义发布（须业委会过半数委员同意）' })
  @IsOptional()
  @IsBoolean({ message: '必须是“是”或“否”' })
  speaksForCommittee?: boolean;

  @ApiPropertyOptional({ description: '更正或撤回的原通知' })
  @IsOptional()
  @IsUUID('all', { message: '原通知编号格式不正确' })
  citesNoticeId?: string;

  @ApiPropertyOptional({ enum: NOTICE_CITE_KINDS, description: '与原通知的关系：更正、撤回' })
  @IsOptional()
  @IsIn(NOTICE_CITE_KINDS as unknown as string[], { message: '请选择更正或撤回' })
  citeKind?: NoticeCiteKind;
}

export class PinNoticeDto {
  @ApiProperty({ description: '置顶（true）或取消置顶（false）' })
  @IsBoolean({ message: '必须是“是”或“否”' })
  pinned: boolean;
}

export class ExtendNoticeDto {
  @ApiProperty({ description: '新的展示结束时间（只能延长）' })
  @IsISO8601({ strict: true }, { message: '展示结束时间格式不正确（例如 2026-12-20T18:00:00+08:00）' })
  displayUntil: string;
}

export class BoardPostingDto {
  @ApiProperty({ description: '张贴照片（先上传，用途 notice_attachment，须为图片）' })
  @IsUUID('all', { message: '照片编号格式不正确' })
  photoFileId: string;

  @ApiProperty({ maxLength: 60, description: '张贴地点，例如「3幢1单元大堂公告栏」' })
  @IsString({ message: '张贴地点必须是文本' })
  @Length(1, 60, { message: '张贴地点应为 1–60 个字' })
  place: string;
}

export class ListNoticesQuery extends PageQueryDto {}
