import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID, Matches } from 'class-validator';
import { StatsCategoryDto } from '../../repairs/dto/repair.response.dto.js';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export class DistrictRepairStatsQueryDto {
  @ApiPropertyOptional({
    description: '起始月份（含），YYYY-MM，按北京时间；默认终止月份往前 11 个月（共 12 个月）',
    example: '2025-12',
  })
  @IsOptional()
  @Matches(MONTH, { message: '月份格式不正确（例如 2025-12）' })
  from?: string;

  @ApiPropertyOptional({ description: '终止月份（含），YYYY-MM，按北京时间；默认本月', example: '2026-11' })
  @IsOptional()
  @Matches(MONTH, { message: '月份格式不正确（例如 2026-11）' })
  to?: string;

  @ApiPropertyOptional({ description: '辖区 id；只监管一个辖区时可省略' })
  @IsOptional()
  @IsUUID('all', { message: '辖区 id 格式不正确' })
  districtId?: string;
}

/** The figures of a set of tickets; same definitions as GET /repairs/stats (docs/repairs.md). */
export class DistrictRepairFiguresDto {
  @ApiProperty({ description: '报修总数' }) total: number;
  @ApiProperty({ description: '未关闭的' }) open: number;
  @ApiProperty({ description: '物业已完成的（待确认、已确认、超时自动关闭）' }) completed: number;
  @ApiProperty({ description: '报修人确认已解决的' }) confirmed: number;
  @ApiProperty({ description: '超时未确认、自动关闭的' }) closedUnconfirmed: number;
  @ApiProperty({ description: '未修复即关闭的（不属物业责任等）' }) closedNotFixed: number;
  @ApiProperty({ description: '报修人撤销的' }) cancelled: number;
  @ApiProperty({ description: '已响应的工单数' }) responded: number;
  @ApiPropertyOptional({ type: Number, nullable: true, description: '响应时间中位数（分钟）' }) responseMedianMinutes:
    number | null;
  @ApiPropertyOptional({ type: Number, nullable: true, description: '响应时间 90 分位（分钟）' }) responseP90Minutes:
    number | null;
  @ApiPropertyOptional({ type: Number, nullable: true, description: '解决时间中位数（分钟，已完成的工单）' })
  resolutionMedianMinutes: number | null;
  @ApiPropertyOptional({ type: Number, nullable: true, description: '解决时间 90 分位（分钟）' }) resolutionP90Minutes:
    number | null;
  @ApiProperty({ description: '按时（响应与解决都未超时）的工单数，按 asOf 时刻计' }) onTime: number;
  @ApiProperty({ description: '计入按时率的工单数（未撤销的）' }) onTimeBase: number;
  @ApiPropertyOptional({ type: Number, nullable: true, description: '按时率（0–1）' }) onTimeShare: number | null;
  @ApiProperty({ description: '返工过的工单数' }) reopened: number;
  @ApiProperty({ description: '曾完成过的工单数（返工率的分母）' }) everCompleted: number;
  @ApiPropertyOptional({ type: Number, nullable: true, description: '返工率（0–1）' }) reopenRate: number | null;
  @ApiProperty({ description: '已评价的工单数' }) rated: number;
  @ApiProperty({ description: '评分 4–5 的工单数' }) satisfied: number;
  @ApiPropertyOptional({ type: Number, nullable: true, description: '满意率（评分 4–5 / 已评价）' }) satisfactionShare:
    number | null;
  @ApiPropertyOptional({ type: Number, nullable: true, description: '平均评分（1–5）' }) averageRating: number | null;
}

export class DistrictCommunityRepairStatsDto {
  @ApiProperty() communityId: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: DistrictRepairFiguresDto }) figures: DistrictRepairFiguresDto;
}

export class DistrictRepairStatsDto {
  @ApiProperty() districtId: string;
  @ApiProperty() districtName: string;
  @ApiProperty({ description: '起始月份（含），YYYY-MM', example: '2025-12' }) fromMonth: string;
  @ApiProperty({ description: '终止月份（含），YYYY-MM', example: '2026-11' }) toMonth: string;
  @ApiProperty({ description: '统计的报修时间起点（含），ISO 8601：起始月份 1 日 0 时（北京时间）' }) from: string;
  @ApiProperty({ description: '统计的报修时间终点（不含），ISO 8601：终止月份的下月 1 日 0 时（北京时间）' })
  to: string;
  @ApiProperty({ description: '按时率的计算时刻（未响应、未完成的工单按此时刻判断是否超时）' }) asOf: string;
  @ApiProperty({
    type: DistrictRepairFiguresDto,
    description: '全辖区合计；分位数为全辖区工单的精确分位数（不是各小区分位数的平均）',
  })
  district: DistrictRepairFiguresDto;
  @ApiProperty({ type: [StatsCategoryDto], description: '全辖区按类别' }) byCategory: StatsCategoryDto[];
  @ApiProperty({
    type: [DistrictCommunityRepairStatsDto],
    description: '辖区内每个小区，按名称排序（无报修的小区数字为 0）',
  })
  communities: DistrictCommunityRepairStatsDto[];
}
