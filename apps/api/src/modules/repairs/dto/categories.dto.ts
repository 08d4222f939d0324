import { ApiProperty } from '@nestjs/swagger';
import { CATEGORY_CODE } from '@gongzhi/domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsInt,
  IsString,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';

const MAX_MINUTES = 60 * 24 * 60; // 60 days

export class TargetDto {
  @ApiProperty({ description: '响应时限（分钟）' })
  @IsInt({ message: '必须是整数（分钟）' })
  @Min(1, { message: '至少 1 分钟' })
  @Max(MAX_MINUTES, { message: '最多 60 天' })
  respondMinutes: number;

  @ApiProperty({ description: '解决时限（分钟）' })
  @IsInt({ message: '必须是整数（分钟）' })
  @Min(1, { message: '至少 1 分钟' })
  @Max(MAX_MINUTES, { message: '最多 60 天' })
  resolveMinutes: number;
}

export class TargetsDto {
  @ApiProperty({ type: TargetDto }) @ValidateNested() @Type(() => TargetDto) urgent: TargetDto;
  @ApiProperty({ type: TargetDto }) @ValidateNested() @Type(() => TargetDto) normal: TargetDto;
}

export class CategoryDto {
  @ApiProperty({ example: 'water' })
  @IsString({ message: '必须是文本' })
  @Matches(CATEGORY_CODE, { message: '类别代码只能用小写字母、数字和下划线（2–30 位）' })
  code: string;

  @ApiProperty({ example: '水' })
  @IsString({ message: '必须是文本' })
  @Length(1, 30, { message: '类别名称需要 1 到 30 个字' })
  name: string;

  @ApiProperty({ type: TargetsDto }) @ValidateNested() @Type(() => TargetsDto) targets: TargetsDto;
}

export class ReplaceCategoriesDto {
  @ApiProperty({ type: [CategoryDto] })
  @IsArray({ message: '必须是列表' })
  @ArrayMinSize(1, { message: '至少需要一个类别' })
  @ArrayMaxSize(30, { message: '最多 30 个类别' })
  @ValidateNested({ each: true })
  @Type(() => CategoryDto)
  categories: CategoryDto[];
}
