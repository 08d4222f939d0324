import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

export class PublishStatementDto {
  @ApiPropertyOptional({ description: '公示天数（至少 15 天，或本小区规定的更长天数）', minimum: 15, maximum: 365 })
  @IsOptional()
  @IsInt()
  @Min(15, { message: '公示期不能少于 15 天' })
  @Max(365)
  displayDays?: number;
}
