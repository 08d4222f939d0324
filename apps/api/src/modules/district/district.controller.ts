import { Controller, Get, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiBearerAuth, ApiOkResponse, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { DistrictAccess } from '../../common/access.js';
import { ApiErrors } from '../../common/api-errors.js';
import { CurrentUser, type Actor } from '../../common/current-user.js';
import { sendPreparedJson } from '../../common/prepared-json.js';
import { DistrictRepairStatsDto, DistrictRepairStatsQueryDto } from './dto/district-repair-stats.dto.js';
import { DistrictRepairStatsService } from './district-repair-stats.service.js';
import { DistrictService } from './district.service.js';

class RepairFiguresDto {
  @ApiProperty({ description: '近 30 天新报修' }) opened30d: number;
  @ApiProperty({ description: '未关闭工单' }) open: number;
  @ApiProperty({ description: '未关闭且已超时（响应或解决）' }) overdue: number;
  @ApiProperty({ description: '近 90 天评价数' }) rated90d: number;
  @ApiProperty({ description: '近 90 天 4–5 星评价数' }) satisfied90d: number;
}
class VoteFiguresDto {
  @ApiProperty({ description: '正在投票的表决' }) open: number;
  @ApiProperty({ description: '近一年公布最终结果的表决' }) finalLast365d: number;
}
class LedgerFiguresDto {
  @ApiPropertyOptional({ type: String, nullable: true, description: '最近一次公示收支报表的时间' }) lastPublishedAt:
    string | null;
  @ApiProperty({ description: '已入账笔数' }) postings: number;
}
class CommunityOverviewDto {
  @ApiProperty() communityId: string;
  @ApiProperty() name: string;
  @ApiProperty() units: number;
  @ApiProperty({ type: RepairFiguresDto }) repairs: RepairFiguresDto;
  @ApiProperty({ type: VoteFiguresDto }) votes: VoteFiguresDto;
  @ApiProperty({ type: LedgerFiguresDto }) ledger: LedgerFiguresDto;
}
class DistrictOverviewDto {
  @ApiProperty() districtId: string;
  @ApiProperty() districtName: string;
  @ApiProperty({ description: '数据计算时间（ISO 8601）：概览最多缓存 DISTRICT_OVERVIEW_CACHE_SECONDS 秒（默认 30）' })
  asOf: string;
  @ApiProperty({ type: [CommunityOverviewDto] }) communities: CommunityOverviewDto[];
}

@ApiTags('district')
@ApiBearerAuth()
@Controller('api/v1/district')
export class DistrictController {
  constructor(
    private readonly district: DistrictService,
    private readonly repairStats: DistrictRepairStatsService,
  ) {}

  /** 辖区概览: every community of the regulator's district(s) with repair, vote and ledger headline figures. */
  @DistrictAccess()
  @Get('overview')
  @ApiOkResponse({ type: [DistrictOverviewDto] })
  async overview(@CurrentUser() actor: Actor, @Res() res: Response): Promise<void> {
    sendPreparedJson(res, await this.district.overview(actor));
  }

  /**
   * 辖区报修统计: the regulator's district over whole months (default: the last 12 including this one), the district
   * as a whole and every community, with the definitions of GET /repairs/stats (docs/repairs.md).
   */
  @DistrictAccess()
  @Get('repairs/stats')
  @ApiOkResponse({ type: DistrictRepairStatsDto })
  @ApiErrors(400, 404)
  repairsStats(@CurrentUser() actor: Actor, @Query() q: DistrictRepairStatsQueryDto): Promise<DistrictRepairStatsDto> {
    return this.repairStats.stats(actor, q);
  }
}
