import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { DistrictAccess } from '../../common/access.js';
import { ApiErrors } from '../../common/api-errors.js';
import { CurrentUser, type Actor } from '../../common/current-user.js';
import { IdempotencyKey } from '../../common/idempotency.js';
import { RateLimit } from '../../common/rate-limit.js';
import { AssessmentsService } from './assessments.service.js';
import { ComputeAssessmentDto, YearDto, YearQueryDto } from './dto/supervision.dto.js';
import {
  AssessmentDto,
  AssessmentExportDto,
  ListEntryDto,
  ListEntryListDto,
  RankedAssessmentListDto,
} from './dto/supervision.response.dto.js';
import { ListsService } from './lists.service.js';

/** The district housing bureau's side (区住建局): the annual assessment, its publication, and the red and black lists. */
@ApiTags('supervision')
@ApiBearerAuth()
@Controller('api/v1/supervision/district')
export class SupervisionDistrictController {
  constructor(
    private readonly assessments: AssessmentsService,
    private readonly lists: ListsService,
  ) {}

  /** Computes a community's annual score with the district's weights; the company then has 10 days to reply. */
  @Post('assessments')
  @DistrictAccess()
  @RateLimit('write')
  @ApiCreatedResponse({ type: AssessmentDto })
  @ApiErrors(400, 404, 409)
  compute(
    @CurrentUser() actor: Actor,
    @Body() dto: ComputeAssessmentDto,
    @IdempotencyKey() key: string | null,
  ): Promise<AssessmentDto> {
    return this.assessments.compute(actor, dto, key);
  }

  /** The year's assessments of the district, ranked within peer groups (fee grade, age, size). */
  @Get('assessments')
  @DistrictAccess()
  @ApiOkResponse({ type: RankedAssessmentListDto })
  @ApiErrors(400)
  ranking(@CurrentUser() actor: Actor, @Query() q: YearQueryDto): Promise<RankedAssessmentListDto> {
    return this.assessments.districtList(actor, q.year ?? new Date().getFullYear());
  }

  /** Every input of a score; `recomputeAssessment` (scripts/recompute-assessments.mjs) reproduces it from this alone. */
  @Get('assessments/:id/export')
  @DistrictAccess()
  @ApiOkResponse({ type: AssessmentExportDto })
  @ApiErrors(404)
  export(@CurrentUser() actor: Actor, @Param('id') id: string): Promise<AssessmentExportDto> {
    return this.assessments.export(actor, id) as unknown as Promise<AssessmentExportDto>;
  }

  @Post('assessments/:id/publish')
  @HttpCode(200)
  @DistrictAccess()
  @RateLimit('write')
  @ApiOkResponse({ type: AssessmentDto })
  @ApiErrors(400, 404, 409)
  publish(@CurrentUser() actor: Actor, @Param('id') id: string): Promise<AssessmentDto> {
    return this.assessments.publish(actor, id);
  }

  /** The platform proposes list entries by the published rules from the year's published assessments. */
  @Post('lists/propose')
  @HttpCode(200)
  @DistrictAccess()
  @RateLimit('write')
  @ApiOkResponse({ type: ListEntryListDto })
  @ApiErrors(400)
  propose(@CurrentUser() actor: Actor, @Body() dto: YearDto): Promise<ListEntryListDto> {
    return this.lists.propose(actor, dto.year);
  }

  @Get('lists')
  @DistrictAccess()
  @ApiOkResponse({ type: ListEntryListDto })
  @ApiErrors(400)
  lists_(@CurrentUser() actor: Actor, @Query() q: YearQueryDto): Promise<ListEntryListDto> {
    return this.lists.districtList(actor, q.year ?? new Date().getFullYear());
  }

  @Post('lists/:id/confirm')
  @HttpCode(200)
  @DistrictAccess()
  @RateLimit('write')
  @ApiOkResponse({ type: ListEntryDto })
  @ApiErrors(400, 404, 409)
  confirm(@CurrentUser() actor: Actor, @Param('id') id: string): Promise<ListEntryDto> {
    return this.lists.confirm(actor, id);
  }

  /** A second officer (not the one who confirmed) countersigns; the company is then told the reasons. */
  @Post('lists/:id/countersign')
  @HttpCode(200)
  @DistrictAccess()
  @RateLimit('write')
  @ApiOkResponse({ type: ListEntryDto })
  @ApiErrors(400, 404, 409)
  countersign(@CurrentUser() actor: Actor, @Param('id') id: string): Promise<ListEntryDto> {
    return this.lists.countersign(actor, id);
  }

  @Post('lists/:id/publish')
  @HttpCode(200)
  @DistrictAccess()
  @RateLimit('write')
  @ApiOkResponse({ type: ListEntryDto })
  @ApiErrors(400, 404, 409)
  publishList(@CurrentUser() actor: Actor, @Param('id') id: string): Promise<ListEntryDto> {
    return this.lists.publish(actor, id);
  }
}
