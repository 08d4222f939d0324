import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import {
  ApiBearerAuth,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiProperty,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import { IdPipe } from '../../common/ids.js';
import { DistrictAccess } from '../../common/access.js';
import { ApiErrors } from '../../common/api-errors.js';
import { CurrentUser, type Actor } from '../../common/current-user.js';
import { sendPreparedJson } from '../../common/prepared-json.js';
import { DistrictRepairStatsDto, DistrictRepairStatsQueryDto } from './dto/district-repair-stats.dto.js';
import { DistrictRepairStatsService } from './district-repair-stats.service.js';
import { DistrictService } from './district.service.js';
import { DistrictMetricsService } from './district-metrics.service.js';
import { dashboardXlsx } from './district-export.js';
import {
  DistrictDashboardDto,
  DistrictDashboardQueryDto,
  DistrictMetricRecordsDto,
  DistrictMetricRecordsQueryDto,
  DistrictTicketTimelineDto,
} from './dto/district-dashboard.dto.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

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
    private readonly metrics: DistrictMetricsService,
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

  /**
   * 辖区看板: the metric dictionary applied to every community of the district, rolled up to subdistricts and the
   * district, with ranks within peer groups (and their n) and the needs-attention list (docs/district.md).
   */
  @DistrictAccess()
  @Get('dashboard')
  @ApiOperation({ summary: '辖区看板：指标说明、各小区与街道、全区数字、同类排名、需关注' })
  @ApiOkResponse({ type: DistrictDashboardDto })
  @ApiErrors(400, 404)
  async dashboard(
    @CurrentUser() actor: Actor,
    @Query() q: DistrictDashboardQueryDto,
    @Res() res: Response,
  ): Promise<void> {
    sendPreparedJson(res, await this.metrics.dashboardJson(actor, q.districtId));
  }

  @DistrictAccess()
  @Get('dashboard.xlsx')
  @ApiOperation({ summary: '导出辖区看板（Excel）' })
  @ApiProduces(XLSX)
  @ApiOkResponse({ description: '辖区看板（Excel）', schema: { type: 'string', format: 'binary' } })
  @ApiErrors(400, 404)
  async dashboardXlsx(
    @CurrentUser() actor: Actor,
    @Query() q: DistrictDashboardQueryDto,
    @Res() res: Response,
  ): Promise<void> {
    const d = await this.metrics.dashboard(actor, q.districtId);
    const buf = await dashboardXlsx(d);
    res.setHeader('Content-Type', XLSX);
    res.setHeader(
      'Content-Disposition',
      `attachment; filename*=UTF-8''${encodeURIComponent(`辖区看板-${d.districtName}.xlsx`)}`,
    );
    res.setHeader('Cache-Control', 'no-store');
    res.end(buf);
  }

  /** The records behind one community's figure (the late tickets, the votes, the statements). */
  @DistrictAccess()
  @Get('communities/:communityId/records')
  @ApiOperation({ summary: '某小区某指标背后的记录' })
  @ApiOkResponse({ type: DistrictMetricRecordsDto })
  @ApiErrors(400, 404)
  records(
    @CurrentUser() actor: Actor,
    @Param('communityId', new IdPipe('小区')) communityId: string,
    @Query() q: DistrictMetricRecordsQueryDto,
  ): Promise<DistrictMetricRecordsDto> {
    return this.metrics.records(actor, communityId, q.metric);
  }

  /** One ticket of a regulated community and its timeline, without who reported it or where. */
  @DistrictAccess()
  @Get('communities/:communityId/repairs/:ticketId')
  @ApiOperation({ summary: '监管查看一张报修单的处理记录' })
  @ApiOkResponse({ type: DistrictTicketTimelineDto })
  @ApiErrors(404)
  ticket(
    @CurrentUser() actor: Actor,
    @Param('communityId', new IdPipe('小区')) communityId: string,
    @Param('ticketId', new IdPipe('报修单')) ticketId: string,
  ): Promise<DistrictTicketTimelineDto> {
    return this.metrics.ticket(actor, communityId, ticketId);
  }
}
