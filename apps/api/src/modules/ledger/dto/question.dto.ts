import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length } from 'class-validator';

export class AskQuestionDto {
  @ApiProperty({ enum: ['entry', 'statement'] })
  @IsIn(['entry', 'statement'])
  targetType: 'entry' | 'statement';

  @ApiProperty({ description: '账目编号，或公示期间（如 2026-H1、2026-Q3、2026）' })
  @IsString()
  @Length(4, 40)
  targetRef: string;

  @ApiProperty({ description: '质询内容', maxLength: 1000 })
  @IsString()
  @Length(2, 1000, { message: '请填写质询内容（2–1000 字）' })
  body: string;
}

export class AnswerQuestionDto {
  @ApiProperty({ description: '业委会的答复', maxLength: 2000 })
  @IsString()
  @Length(2, 2000, { message: '请填写答复内容（2–2000 字）' })
  answer: string;
}

export class ListQuestionsQuery {
  @ApiPropertyOptional({ enum: ['entry', 'statement'] })
  @IsOptional()
  @IsIn(['entry', 'statement'])
  targetType?: 'entry' | 'statement';

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(4, 40)
  targetRef?: string;

  @ApiPropertyOptional({ enum: ['open', 'answered'] })
  @IsOptional()
  @IsIn(['open', 'answered'])
  status?: 'open' | 'answered';
}
