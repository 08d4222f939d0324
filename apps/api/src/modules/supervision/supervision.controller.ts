import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ErrorCode, MENU_GRADES, type MenuGrade } from '@gongzhi/domain';
import { COMMITTEE, CommunityAccess, EVERYONE_IN_COMMUNITY, PROPERTY, RESIDENTS } from '../../common/access.js';
import { ApiErrors } from '../../common/api-errors.js';
import { AppError } from '../../common/app-error.js';
import { CurrentUser, type Actor } from '../../common/current-user.js';
import { IdempotencyKey } from '../../common/idempotency.js';
import { RateLimit } from '../../common/rate-limit.js';
import { ComplaintsService } from './complaints.service.js';
import { ContractsService } from './contracts.service.js';
import { AssessmentsService } from './assessments.service.js';
import {
  AnswerComplaintDto,
  AnswerSurveyDto,
  CreateComplaintDto,
  CreateInspectionDto,
  CreateSurveyDto,
  ProposeContractDto,
  ProposeHoldbackReleaseDto,
  ReplyDto,
} from './dto/supervision.dto.js';
import {
  AssessmentDto,
  AssessmentListDto,
  ChecklistDto,
  ComplaintDto,
  ComplaintListDto,
  ContractDto,
  CurrentContractDto,
  HoldbackAccountDto,
  HoldbackReleaseDto,
  InspectionDto,
  InspectionListDto,
  ListEntryDto,
  ListEntryListDto,
  MenuTemplateDto,
  SurveyAnsweredDto,
  SurveyDto,
  SurveyListDto,
} from './dto/supervision.response.dto.js';
import { HoldbackService } from './holdback.service.js';
import { InspectionsService } from './inspections.service.js';
import { ListsService } from './lists.service.js';
import { SURVEY_ORGANISERS, SurveysService } from './surveys.service.js';

/**
 * Property-service supervision in a community (物业服务监督, domain-rules §12): the contract and its service menu, monthly
 * inspections, household surveys, complaints, and the company's replies to the annual assessment and list entries.
 */
@ApiTags('supervision')
@ApiBearerAuth()
@Controller('api/v1/supervision')
export class SupervisionController {
  constructor(
    private readonly contracts: ContractsService,
    private readonly inspections: InspectionsService,
    private readonly surveys: SurveysService,
    private readonly complaints: ComplaintsService,
    private readonly assessments: AssessmentsService,
    private readonly lists: ListsService,
    private readonly holdback: HoldbackService,
  ) {}

  /** A grade template of the service menu (一级 / 二级 / 三级), grouped like the national standard. */
  @Get('menu-templates/:grade')
  @CommunityAccess(...EVERYONE_IN_COMMUNITY)
  @ApiOkResponse({ type: MenuTemplateDto })
  @ApiErrors(404)
  template(@Param('grade') grade: string): MenuTemplateDto {
    const g = Number(grade);
    if (!(MENU_GRADES as readonly number[]).includes(g))
      throw new AppError(ErrorCode.NOT_FOUND, '服务等级只有一级、二级、三级');
    return this.contracts.template(g as MenuGrade);
  }

  /** "What we pay for": the confirmed contract with its menu and each building's monthly fee; contracts awaiting confirmation. */
  @Get('contract')
  @CommunityAccess(...EVERYONE_IN_COMMUNITY)
  @ApiOkResponse({ type: CurrentContractDto })
  contract(@CurrentUser() actor: Actor): Promise<CurrentContractDto> {
    return this.contracts.current(actor);
  }

  /** A committee member records the contract and its (adapted) menu; another member must confirm it. */
  @Post('contracts')
  @CommunityAccess(...COMMITTEE)
  @RateLimit('write')
  @ApiCreatedResponse({ type: ContractDto })
  @ApiErrors(400)
  propose(
    @CurrentUser() actor: Actor,
    @Body() dto: ProposeContractDto,
    @IdempotencyKey() key: string | null,
  ): Promise<ContractDto> {
    return this.contracts.propose(actor, dto, key);
  }

  @Post('contracts/:id/confirm')
  @HttpCode(200)
  @CommunityAccess(...COMMITTEE)
  @RateLimit('write')
  @ApiOkResponse({ type: ContractDto })
  @ApiErrors(404, 409)
  confirm(@CurrentUser() actor: Actor, @Param('id') id: string): Promise<ContractDto> {
    return this.contracts.confirm(actor, id);
  }

  /** The inspector's checklist: the menu items a monthly inspection verifies. */
  @Get('inspections/checklist')
  @CommunityAccess('neighbourhood_officer')
  @ApiOkResponse({ type: ChecklistDto })
  @ApiErrors(404)
  checklist(@CurrentUser() actor: Actor): Promise<ChecklistDto> {
    return this.inspections.checklist(actor);
  }

  @Post('inspections')
  @CommunityAccess('neighbourhood_officer')
  @RateLimit('write')
  @ApiCreatedResponse({ type: InspectionDto })
  @ApiErrors(409)
  inspect(
    @CurrentUser() actor: Actor,
    @Body() dto: CreateInspectionDto,
    @IdempotencyKey() key: string | null,
  ): Promise<InspectionDto> {
    return this.inspections.create(actor, dto, key);
  }

  /** Published inspections for everyone; unpublished ones too for the officer, the company and the committee. */
  @Get('inspections')
  @CommunityAccess(...EVERYONE_IN_COMMUNITY)
  @ApiOkResponse({ type: InspectionListDto })
  listInspections(@CurrentUser() actor: Actor): Promise<InspectionListDto> {
    return this.inspections.list(actor);
  }

  @Get('inspections/:id')
  @CommunityAccess(...EVERYONE_IN_COMMUNITY)
  @ApiOkResponse({ type: InspectionDto })
  @ApiErrors(404)
  inspection(@CurrentUser() actor: Actor, @Param('id') id: string): Promise<InspectionDto> {
    return this.inspections.get(actor, id);
  }

  @Post('inspections/:id/reply')
  @HttpCode(200)
  @CommunityAccess('property_manager')
  @RateLimit('write')
  @ApiOkResponse({ type: InspectionDto })
  @ApiErrors(404, 409)
  replyInspection(@CurrentUser() actor: Actor, @Param('id') id: string, @Body() dto: ReplyDto): Promise<InspectionDto> {
    return this.inspections.reply(actor, id, dto);
  }

  @Post('inspections/:id/publish')
  @HttpCode(200)
  @CommunityAccess('neighbourhood_officer')
  @RateLimit('write')
  @ApiOkResponse({ type: InspectionDto })
  @ApiErrors(404, 409)
  publishInspection(@CurrentUser() actor: Actor, @Param('id') id: string): Promise<InspectionDto> {
    return this.inspections.publish(actor, id);
  }

  @Post('surveys')
  @CommunityAccess(...SURVEY_ORGANISERS)
  @RateLimit('write')
  @ApiCreatedResponse({ type: SurveyDto })
  @ApiErrors(409)
  openSurvey(
    @CurrentUser() actor: Actor,
    @Body() dto: CreateSurveyDto,
    @IdempotencyKey() key: string | null,
  ): Promise<SurveyDto> {
    return this.surveys.create(actor, dto, key);
  }

  @Get('surveys')
  @CommunityAccess(...EVERYONE_IN_COMMUNITY)
  @ApiOkResponse({ type: SurveyListDto })
  listSurveys(@CurrentUser() actor: Actor): Promise<SurveyListDto> {
    return this.surveys.list(actor);
  }

  @Get('surveys/:id')
  @CommunityAccess(...EVERYONE_IN_COMMUNITY)
  @ApiOkResponse({ type: SurveyDto })
  @ApiErrors(404)
  survey(@CurrentUser() actor: Actor, @Param('id') id: string): Promise<SurveyDto> {
    return this.surveys.get(actor, id);
  }

  /** One answer per household (a second answer for the same unit is refused, whoever sends it). */
  @Post('surveys/:id/answers')
  @HttpCode(200)
  @CommunityAccess(...RESIDENTS)
  @RateLimit('write')
  @ApiOkResponse({ type: SurveyAnsweredDto })
  @ApiErrors(404, 409)
  answerSurvey(
    @CurrentUser() actor: Actor,
    @Param('id') id: string,
    @Body() dto: AnswerSurveyDto,
  ): Promise<SurveyAnsweredDto> {
    return this.surveys.answer(actor, id, dto);
  }

  @Post('surveys/:id/close')
  @HttpCode(200)
  @CommunityAccess(...SURVEY_ORGANISERS)
  @RateLimit('write')
  @ApiOkResponse({ type: SurveyDto })
  @ApiErrors(404, 409)
  closeSurvey(@CurrentUser() actor: Actor, @Param('id') id: string): Promise<SurveyDto> {
    return this.surveys.close(actor, id);
  }

  @Post('complaints')
  @CommunityAccess(...RESIDENTS)
  @RateLimit('create')
  @ApiCreatedResponse({ type: ComplaintDto })
  @ApiErrors(404)
  complain(
    @CurrentUser() actor: Actor,
    @Body() dto: CreateComplaintDto,
    @IdempotencyKey() key: string | null,
  ): Promise<ComplaintDto> {
    return this.complaints.create(actor, dto, key);
  }

  /** My complaints; and, for those who answer them, the complaints about them (without the complainant's name). */
  @Get('complaints')
  @CommunityAccess(...EVERYONE_IN_COMMUNITY)
  @ApiOkResponse({ type: ComplaintListDto })
  listComplaints(@CurrentUser() actor: Actor): Promise<ComplaintListDto> {
    return this.complaints.list(actor);
  }

  @Post('complaints/:id/answer')
  @HttpCode(200)
  @CommunityAccess(...PROPERTY, ...COMMITTEE)
  @RateLimit('write')
  @ApiOkResponse({ type: ComplaintDto })
  @ApiErrors(404, 409)
  answerComplaint(
    @CurrentUser() actor: Actor,
    @Param('id') id: string,
    @Body() dto: AnswerComplaintDto,
  ): Promise<ComplaintDto> {
    return this.complaints.answer(actor, id, dto);
  }

  /** The complainant sends a late or unanswered complaint to the district (property) or subdistrict (committee). */
  @Post('complaints/:id/escalate')
  @HttpCode(200)
  @CommunityAccess(...RESIDENTS)
  @RateLimit('write')
  @ApiOkResponse({ type: ComplaintDto })
  @ApiErrors(404, 409)
  escalate(@CurrentUser() actor: Actor, @Param('id') id: string): Promise<ComplaintDto> {
    return this.complaints.escalate(actor, id);
  }

  @Get('assessments')
  @CommunityAccess(...EVERYONE_IN_COMMUNITY)
  @ApiOkResponse({ type: AssessmentListDto })
  listAssessments(@CurrentUser() actor: Actor): Promise<AssessmentListDto> {
    return this.assessments.communityList(actor);
  }

  /** The company's right of reply to the annual assessment, before publication. */
  @Post('assessments/:id/reply')
  @HttpCode(200)
  @CommunityAccess('property_manager')
  @RateLimit('write')
  @ApiOkResponse({ type: AssessmentDto })
  @ApiErrors(404, 409)
  replyAssessment(@CurrentUser() actor: Actor, @Param('id') id: string, @Body() dto: ReplyDto): Promise<AssessmentDto> {
    return this.assessments.reply(actor, id, dto);
  }

  @Get('lists')
  @CommunityAccess(...EVERYONE_IN_COMMUNITY)
  @ApiOkResponse({ type: ListEntryListDto })
  listEntries(@CurrentUser() actor: Actor): Promise<ListEntryListDto> {
    return this.lists.communityList(actor);
  }

  @Post('lists/:id/reply')
  @HttpCode(200)
  @CommunityAccess('property_manager')
  @RateLimit('write')
  @ApiOkResponse({ type: ListEntryDto })
  @ApiErrors(404, 409)
  replyList(@CurrentUser() actor: Actor, @Param('id') id: string, @Body() dto: ReplyDto): Promise<ListEntryDto> {
    return this.lists.reply(actor, id, dto);
  }

  /** The fee hold-back account: releases and their postings (everyone in the community reads it). */
  @Get('holdback')
  @CommunityAccess(...EVERYONE_IN_COMMUNITY)
  @ApiOkResponse({ type: HoldbackAccountDto })
  holdbackAccount(@CurrentUser() actor: Actor): Promise<HoldbackAccountDto> {
    return this.holdback.account(actor);
  }

  /** A committee member proposes a release by the owners' evaluation and the contract's bands. */
  @Post('holdback/releases')
  @CommunityAccess(...COMMITTEE)
  @RateLimit('write')
  @ApiCreatedResponse({ type: HoldbackReleaseDto })
  @ApiErrors(404, 409)
  proposeRelease(
    @CurrentUser() actor: Actor,
    @Body() dto: ProposeHoldbackReleaseDto,
    @IdempotencyKey() key: string | null,
  ): Promise<HoldbackReleaseDto> {
    return this.holdback.propose(actor, dto, key);
  }

  /** Another committee member approves; the posting is written in the fee hold-back account. */
  @Post('holdback/releases/:id/approve')
  @HttpCode(200)
  @CommunityAccess(...COMMITTEE)
  @RateLimit('write')
  @ApiOkResponse({ type: HoldbackReleaseDto })
  @ApiErrors(404, 409)
  approveRelease(@CurrentUser() actor: Actor, @Param('id') id: string): Promise<HoldbackReleaseDto> {
    return this.holdback.approve(actor, id);
  }
}
