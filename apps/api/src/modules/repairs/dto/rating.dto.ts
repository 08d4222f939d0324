import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { RATING_TAGS, type RatingTag } from '@gongzhi/domain';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

export class RatingDto {
  @ApiProperty({ minimum: 1, maximum: 5 })
  @IsInt({ message: '评分必须是 1 到 5 的整数' })
  @Min(1, { message: '评分必须是 1 到 5 的整数' })
  @Max(5, { message: '评分必须是 1 到 5 的整数' })
  score: number;

  @ApiPropertyOptional({ enum: RATING_TAGS, isArray: true })
  @IsOptional()
  @IsArray({ message: '标签必须是列表' })
  @ArrayMaxSize(RATING_TAGS.length, { message: '标签过多' })
  @IsIn(RATING_TAGS, { each: true, message: '不是允许的评价标签' })
  tags?: RatingTag[];

  @ApiPropertyOptional({ maxLength: 500 })
  @IsOptional()
  @IsString({ message: '必须是文本' })
  @MaxLength(500, { message: '评价最多 500 个字' })
  comment?: string;
}
