import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../../common/api-errors.js';
import { COMMITTEE, CommunityAccess, EVERYONE_IN_COMMUNITY, PROPERTY, RESIDENTS } from '../../common/access.js';
import { CurrentUser, communityOf, type Actor } from '../../common/current-user.js';
import { IdempotencyKey } from '../../common/idempotency.js';
import { ReplaceCategoriesDto } from './dto/categories.dto.js';
import { CreateRepairDto } from './dto/create-repair.dto.js';
import { AddNoteDto, AssignDto, DeclineDto, NoteDto, NotePhotosDto, QuoteDto, ReasonDto } from './dto/move.dto.js';
import { MineQueryDto, PageQueryDto, QueueQueryDto, StatsQueryDto } from './dto/query.dto.js';
import { RatingDto } from './dto/rating.dto.js';
import { FollowUpDoneDto, FollowUpQueryDto } from './dto/follow-up.dto.js';
import {
  CategoryListDto,
  FollowUpDto,
  FollowUpListDto,
  MeTooDto,
  RepairListDto,
  RepairQueueDto,
  RepairStatsDto,
  RepairTicketDetailDto,
  StaffRefDto,
  UnitRefDto,
} from './dto/repair.response.dto.js';
import { RepairsStatsService } from './repairs-stats.service.js';
import { RepairsService } from './repairs.service.js';
import { RepairCategoriesService } from './repair-categories.service.js';
import { RepairFeedbackService } from './repair-feedback.service.js';
import { RepairReadsService } from './repair-reads.service.js';
import { RateLimit } from '../../common/rate-limit.js';

/** Repairs (报修). Every move answers the ticket as the caller sees it, with its timeline. */
@ApiTags('repairs')
@Controller('api/v1/repairs')
export class RepairsController {
  constructor(
    private readonly repairs: RepairsService,
    private readonly reads: RepairReadsService,
    private readonly cats: RepairCategoriesService,
    private readonly feedback: RepairFeedbackService,
    private readonly statsService: RepairsStatsService,
  ) {}

  @Get('categories')
  @CommunityAccess(...EVERYONE_IN_COMMUNITY)
  @ApiOkResponse({ type: CategoryListDto })
  categories(@CurrentUser() actor: Actor): Promise<CategoryListDto> {
    return this.cats.categories(communityOf(actor));
  }

  /** Replaces the community's categories and response/resolution targets (from the service contract). */
  @Put('categories')
  @CommunityAccess('property_manager', 'committee_chair')
  @RateLimit('write')
  @ApiOkResponse({ type: CategoryListDto })
  replaceCategories(@CurrentUser() actor: Actor, @Body() dto: ReplaceCategoriesDto): Promise<CategoryListDto> {
    return this.cats.replaceCategories(actor, dto);
  }

  /** Report a repair. Send an Idempotency-Key so a retry on a flaky network does not create a second ticket. */
  @Post()
  @CommunityAccess(...RESIDENTS)
  @RateLimit('create')
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: '8–100 位字母、数字、-、_；重试时使用同一个值' })
  @ApiCreatedResponse({ type: RepairTicketDetailDto })
  create(
    @CurrentUser() actor: Actor,
    @Body() dto: CreateRepairDto,
    @IdempotencyKey() key: string | null,
  ): Promise<RepairTicketDetailDto> {
    return this.repairs.report(actor, dto, key);
  }

  /** My reports (mine=1), or my reports and those of the units I am bound to. */
  @Get()
  @CommunityAccess(...RESIDENTS)
  @ApiOkResponse({ type: RepairListDto })
  list(@CurrentUser() actor: Actor, @Query() q: MineQueryDto): Promise<RepairListDto> {
    return this.reads.mine(actor, q);
  }

  /** The units the caller may report a repair for (owned or bound, in this community). */
  @Get('my-units')
  @CommunityAccess(...RESIDENTS)
  @ApiOkResponse({ type: [UnitRefDto] })
  myUnits(@CurrentUser() actor: Actor): Promise<UnitRefDto[]> {
    return this.reads.myUnits(actor);
  }

  /** The property company's people in this community, for assigning a ticket. */
  @Get('staff')
  @CommunityAccess('property_manager')
  @ApiOkResponse({ type: [StaffRefDto] })
  staff(@CurrentUser() actor: Actor): Promise<StaffRefDto[]> {
    return this.reads.staff(actor);
  }

  /** Common-area tickets, visible to everyone in the community. */
  @Get('board')
  @CommunityAccess(...EVERYONE_IN_COMMUNITY)
  @ApiOkResponse({ type: RepairListDto })
  board(@CurrentUser() actor: Actor, @Query() q: PageQueryDto): Promise<RepairListDto> {
    return this.reads.board(actor, q);
  }

  @Get('queue')
  @CommunityAccess(...PROPERTY, ...COMMITTEE)
  @ApiOkResponse({ type: RepairQueueDto })
  queue(@CurrentUser() actor: Actor, @Query() q: QueueQueryDto): Promise<RepairQueueDto> {
    return this.reads.queue(actor, q);
  }

  /** Figures for [from, to): residents get the headline, committee, property and regulator the detail. */
  @Get('stats')
  @CommunityAccess(...EVERYONE_IN_COMMUNITY, 'regulator')
  @ApiOkResponse({ type: RepairStatsDto })
  stats(@CurrentUser() actor: Actor, @Query() q: StatsQueryDto): Promise<RepairStatsDto> {
    return this.statsService.stats(actor, q);
  }

  /** Return-visit tasks (回访) created by ratings of 2 or less. */
  @Get('follow-ups')
  @CommunityAccess(...PROPERTY, ...COMMITTEE)
  @ApiOkResponse({ type: FollowUpListDto })
  followUps(@CurrentUser() actor: Actor, @Query() q: FollowUpQueryDto): Promise<FollowUpListDto> {
    return this.feedback.followUps(actor, q);
  }

  @Post('follow-ups/:id/done')
  @HttpCode(200)
  @CommunityAccess(...PROPERTY)
  @RateLimit('write')
  @ApiOkResponse({ type: FollowUpDto })
  @ApiErrors(404, 409)
  followUpDone(
    @CurrentUser() actor: Actor,
    @Param('id') id: string,
    @Body() dto: FollowUpDoneDto,
  ): Promise<FollowUpDto> {
    return this.feedback.completeFollowUp(actor, id, dto.note);
  }

  @Get(':id')
  @CommunityAccess(...EVERYONE_IN_COMMUNITY)
  @ApiOkResponse({ type: RepairTicketDetailDto })
  @ApiErrors(404)
  get(@CurrentUser() actor: Actor, @Param('id') id: string): Promise<RepairTicketDetailDto> {
    return this.reads.get(actor, id);
  }

  @Post(':id/me-too')
  @HttpCode(200)
  @CommunityAccess(...RESIDENTS)
  @RateLimit('write')
  @ApiOkResponse({ type: MeTooDto })
  @ApiErrors(404, 409)
  meToo(@CurrentUser() actor: Actor, @Param('id') id: string): Promise<MeTooDto> {
    return this.feedback.meToo(actor, id);
  }

  @Post(':id/rating')
  @HttpCode(200)
  @CommunityAccess(...RESIDENTS)
  @RateLimit('write')
  @ApiOkResponse({ type: RepairTicketDetailDto })
  @ApiErrors(404, 409)
  rate(@CurrentUser() actor: Actor, @Param('id') id: string, @Body() dto: RatingDto): Promise<RepairTicketDetailDto> {
    return this.feedback.rate(actor, id, dto);
  }

  // ---- moves (the state machine in @gongzhi/domain decides who may make which move in which status)

  @Post(':id/assign')
  @HttpCode(200)
  @CommunityAccess('property_manager')
  @RateLimit('write')
  @ApiOkResponse({ type: RepairTicketDetailDto })
  @ApiErrors(404, 409)
  assign(@CurrentUser() a: Actor, @Param('id') id: string, @Body() dto: AssignDto): Promise<RepairTicketDetailDto> {
    return this.repairs.move(a, id, 'assign', dto);
  }

  @Post(':id/take')
  @HttpCode(200)
  @CommunityAccess('property_staff')
  @RateLimit('write')
  @ApiOkResponse({ type: RepairTicketDetailDto })
  @ApiErrors(404, 409)
  take(@CurrentUser() a: Actor, @Param('id') id: string, @Body() dto: NoteDto): Promise<RepairTicketDetailDto> {
    return this.repairs.move(a, id, 'take', dto);
  }

  @Post(':id/start')
  @HttpCode(200)
  @CommunityAccess(...PROPERTY)
  @RateLimit('write')
  @ApiOkResponse({ type: RepairTicketDetailDto })
  @ApiErrors(404, 409)
  start(@CurrentUser() a: Actor, @Param('id') id: string, @Body() dto: NotePhotosDto): Promise<RepairTicketDetailDto> {
    return this.repairs.move(a, id, 'start', dto);
  }

  @Post(':id/notes')
  @HttpCode(200)
  @CommunityAccess(...RESIDENTS, ...PROPERTY)
  @RateLimit('write')
  @ApiOkResponse({ type: RepairTicketDetailDto })
  @ApiErrors(404, 409)
  addNote(@CurrentUser() a: Actor, @Param('id') id: string, @Body() dto: AddNoteDto): Promise<RepairTicketDetailDto> {
    return this.repairs.move(a, id, 'add_note', dto);
  }

  @Post(':id/quote')
  @HttpCode(200)
  @CommunityAccess(...PROPERTY)
  @RateLimit('write')
  @ApiOkResponse({ type: RepairTicketDetailDto })
  @ApiErrors(404, 409)
  quote(@CurrentUser() a: Actor, @Param('id') id: string, @Body() dto: QuoteDto): Promise<RepairTicketDetailDto> {
    return this.repairs.move(a, id, 'request_quote', dto);
  }

  @Post(':id/accept-quote')
  @HttpCode(200)
  @CommunityAccess(...RESIDENTS)
  @RateLimit('write')
  @ApiOkResponse({ type: RepairTicketDetailDto })
  @ApiErrors(404, 409)
  acceptQuote(@CurrentUser() a: Actor, @Param('id') id: string, @Body() dto: NoteDto): Promise<RepairTicketDetailDto> {
    return this.repairs.move(a, id, 'accept_quote', dto);
  }

  @Post(':id/reject-quote')
  @HttpCode(200)
  @CommunityAccess(...RESIDENTS)
  @RateLimit('write')
  @ApiOkResponse({ type: RepairTicketDetailDto })
  @ApiErrors(404, 409)
  rejectQuote(
    @CurrentUser() a: Actor,
    @Param('id') id: string,
    @Body() dto: ReasonDto,
  ): Promise<RepairTicketDetailDto> {
    return this.repairs.move(a, id, 'reject_quote', dto);
  }

  @Post(':id/complete')
  @HttpCode(200)
  @CommunityAccess(...PROPERTY)
  @RateLimit('write')
  @ApiOkResponse({ type: RepairTicketDetailDto })
  @ApiErrors(404, 409)
  complete(
    @CurrentUser() a: Actor,
    @Param('id') id: string,
    @Body() dto: NotePhotosDto,
  ): Promise<RepairTicketDetailDto> {
    return this.repairs.move(a, id, 'complete', dto);
  }

  @Post(':id/confirm')
  @HttpCode(200)
  @CommunityAccess(...RESIDENTS)
  @RateLimit('write')
  @ApiOkResponse({ type: RepairTicketDetailDto })
  @ApiErrors(404, 409)
  confirm(@CurrentUser() a: Actor, @Param('id') id: string, @Body() dto: NoteDto): Promise<RepairTicketDetailDto> {
    return this.repairs.move(a, id, 'confirm', dto);
  }

  /** "Not fixed": back to work, counted as a reopen. */
  @Post(':id/reopen')
  @HttpCode(200)
  @CommunityAccess(...RESIDENTS)
  @RateLimit('write')
  @ApiOkResponse({ type: RepairTicketDetailDto })
  @ApiErrors(404, 409)
  reopen(@CurrentUser() a: Actor, @Param('id') id: string, @Body() dto: ReasonDto): Promise<RepairTicketDetailDto> {
    return this.repairs.move(a, id, 'reopen', dto);
  }

  /** Closes the ticket as not fixed, with a reason; never as done. */
  @Post(':id/decline')
  @HttpCode(200)
  @CommunityAccess('property_manager')
  @RateLimit('write')
  @ApiOkResponse({ type: RepairTicketDetailDto })
  @ApiErrors(404, 409)
  decline(@CurrentUser() a: Actor, @Param('id') id: string, @Body() dto: DeclineDto): Promise<RepairTicketDetailDto> {
    return this.repairs.move(a, id, 'decline', dto);
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @CommunityAccess(...RESIDENTS, 'property_manager')
  @RateLimit('write')
  @ApiOkResponse({ type: RepairTicketDetailDto })
  @ApiErrors(404, 409)
  cancel(@CurrentUser() a: Actor, @Param('id') id: string, @Body() dto: NoteDto): Promise<RepairTicketDetailDto> {
    return this.repairs.move(a, id, 'cancel', dto);
  }
}
