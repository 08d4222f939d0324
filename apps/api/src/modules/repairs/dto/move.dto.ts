import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DECLINE_REASONS, type DeclineReason } from '@gongzhi/domain';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, IsUUID, Length, Matches, MaxLength } from 'class-validator';

/** A move with an optional note (cancel, take, start, accept the quote, confirm). */
export class NoteDto {
  @ApiPropertyOptional({ maxLength: 500 })
  @IsOptional()
  @IsString({ message: '必须是文本' })
  @MaxLength(500, { message: '备注最多 500 个字' })
  note?: string;
}

/** A move that may carry photos (notes, start, complete, reopen). */
export class NotePhotosDto extends NoteDto {
  @ApiPropertyOptional({ type: [String], description: '照片编号（POST /api/v1/files），最多 9 张' })
  @IsOptional()
  @IsArray({ message: '照片必须是列表' })
  @ArrayMaxSize(9, { message: '最多上传 9 张照片' })
  @IsUUID('4', { each: true, message: '照片编号格式不正确' })
  photoIds?: string[];
}

const PhotoIds = () => (target: object, key: string) => {
  IsOptional()(target, key);
  IsArray({ message: '照片必须是列表' })(target, key);
  ArrayMaxSize(9, { message: '最多上传 9 张照片' })(target, key);
  IsUUID('4', { each: true, message: '照片编号格式不正确' })(target, key);
};

// Not subclasses of NoteDto: class-validator would inherit @IsOptional() for `note` and let an empty note through.

/** A note is the point of the move (add a note). */
export class AddNoteDto {
  @ApiProperty({ maxLength: 500 })
  @IsString({ message: '请填写备注' })
  @Length(1, 500, { message: '备注需要 1 到 500 个字' })
  note: string;

  @ApiPropertyOptional({ type: [String], description: '照片编号（POST /api/v1/files），最多 9 张' })
  @PhotoIds()
  photoIds?: string[];
}

/** The resident says why (reject a quote; "not fixed" reopens). */
export class ReasonDto {
  @ApiProperty({ maxLength: 500, description: '原因' })
  @IsString({ message: '请填写原因' })
  @Length(2, 500, { message: '原因需要 2 到 500 个字' })
  note: string;

  @ApiPropertyOptional({ type: [String], description: '照片编号（POST /api/v1/files），最多 9 张' })
  @PhotoIds()
  photoIds?: string[];
}

export class AssignDto extends NoteDto {
  @ApiProperty({ description: '本小区物业人员的编号' })
  @IsUUID('4', { message: '请选择维修人员' })
  assigneeId: string;
}

export class QuoteDto extends NoteDto {
  @ApiProperty({ description: '有偿服务报价，单位：分（整数，字符串），如 "15000" 表示 150 元', example: '15000' })
  @IsString({ message: '报价金额必须是以分为单位的整数' })
  @Matches(/^[1-9]\d{0,9}$/, { message: '报价金额必须是大于 0 的整数（单位：分）' })
  amountFen: string;
}

export class DeclineDto extends NoteDto {
  @ApiProperty({
    enum: DECLINE_REASONS,
    description:
      'not_our_responsibility：不属于物业服务范围；needs_owners_decision：需业主共同决定或动用维修资金；other：其他（需写明）',
  })
  @IsIn(DECLINE_REASONS, { message: '请选择不予维修的原因' })
  reason: DeclineReason;
}
