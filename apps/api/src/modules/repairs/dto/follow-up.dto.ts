import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length } from 'class-validator';
import { PageQueryDto } from './query.dto.js';

export class FollowUpQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: ['open', 'done'] })
  @IsOptional()
  @IsIn(['open', 'done'], { message: '不是允许的选项' })
  status?: 'open' | 'done';
}

export class FollowUpDoneDto {
  @ApiProperty({ description: '回访结果', maxLength: 500 })
  @IsString({ message: '请填写回访结果' })
  @Length(2, 500, { message: '回访结果需要 2 到 500 个字' })
  note: string;
}
