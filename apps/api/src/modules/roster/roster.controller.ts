import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  Post,
  Query,
  Res,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import {
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { ApiErrors } from '../../common/api-errors.js';
import { Authenticated, COMMITTEE, CommunityAccess } from '../../common/access.js';
import { communityOf, CurrentUser, type Actor } from '../../common/current-user.js';
import { IdempotencyKey } from '../../common/idempotency.js';
import { RateLimit } from '../../common/rate-limit.js';
import {
  ActivityQueryDto,
  AnswerRosterObjectionDto,
  CreateRosterObjectionDto,
  ObjectionQueryDto,
  ProposeMergeDto,
  RosterChangeListDto,
  RosterImportDto,
  RosterObjectionDto,
  RosterObjectionListDto,
  RosterProposalListDto,
  RosterUploadDoc,
  RosterUploadFieldsDto,
} from './dto/roster.dto.js';
import { MAX_ROSTER_BYTES } from './roster-file.js';
import { ROSTER_PROPOSERS, SUBDISTRICT_CONFIRMER_ROLES } from './roster-policy.js';
import { RosterObjectionsService } from './roster-objections.service.js';
import { RosterProposalsService } from './roster-proposals.service.js';
import { RosterService } from './roster.service.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** Who reads the roster's activity record: the committee, the property manager and the neighbourhood officer. */
const ACTIVITY_READERS = [...ROSTER_PROPOSERS, 'neighbourhood_officer' as const, ...SUBDISTRICT_CONFIRMER_ROLES];

function sendXlsx(res: Response, body: Buffer, name: string) {
  res.setHeader('Content-Type', XLSX);
  res.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(name)}`);
  res.setHeader('Cache-Control', 'no-store');
  res.end(body);
}

@ApiTags('roster')
@Controller('api/v1/roster')
export class RosterController {
  constructor(
    private readonly roster: RosterService,
    private readonly proposals: RosterProposalsService,
    private readonly heard: RosterObjectionsService,
  ) {}

  /** Checks an owners' roster file and keeps it as a preview: every bad row with its reason; nothing else is written. */
  @Post('imports')
  @CommunityAccess(...ROSTER_PROPOSERS)
  @RateLimit('upload')
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_ROSTER_BYTES, files: 1, fields: 2 } }))
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: RosterUploadDoc })
  @ApiCreatedResponse({ type: RosterImportDto })
  @ApiErrors(400, 413)
  preview(
    @CurrentUser() actor: Actor,
    @UploadedFile() file: Express.Multer.File | undefined,
    @Body() body: RosterUploadFieldsDto,
  ): Promise<RosterImportDto> {
    return this.roster.preview(communityOf(actor), actor.personId, file, body?.columnMap);
  }

  @Get('imports/:id')
  @CommunityAccess(...ROSTER_PROPOSERS)
  @ApiOkResponse({ type: RosterImportDto })
  @ApiErrors(404)
  get(@CurrentUser() actor: Actor, @Param('id') id: string): Promise<RosterImportDto> {
    return this.roster.get(communityOf(actor), id);
  }

  /** Proposals waiting for confirmation, newest first, each with the changes it would make now. */
  @Get('proposals')
  @CommunityAccess(...ROSTER_PROPOSERS, ...SUBDISTRICT_CONFIRMER_ROLES)
  @ApiOkResponse({ type: RosterProposalListDto })
  pending(@CurrentUser() actor: Actor): Promise<RosterProposalListDto> {
    return this.roster.pending(communityOf(actor));
  }

  /** A checked preview becomes a proposal; the roster changes only when two committee members confirm it. */
  @Post('imports/:id/propose')
  @HttpCode(200)
  @CommunityAccess(...ROSTER_PROPOSERS)
  @RateLimit('write')
  @ApiOkResponse({ type: RosterImportDto })
  @ApiErrors(400, 404, 409)
  propose(@CurrentUser() actor: Actor, @Param('id') id: string): Promise<RosterImportDto> {
    return this.proposals.propose(actor, id);
  }

  /**
   * The route mini-program versions before roster proposals still call (WeChat keeps old versions running): it no
   * longer changes the roster, it makes the same proposal as `propose`. Deprecated; kept for contract 0.x.
   */
  @Post('imports/:id/commit')
  @HttpCode(200)
  @CommunityAccess(...ROSTER_PROPOSERS)
  @RateLimit('write')
  @ApiOperation({ deprecated: true, summary: '（旧版本）提交为名册变更提议，同 propose' })
  @ApiOkResponse({ type: RosterImportDto })
  @ApiErrors(400, 404, 409)
  commit(@CurrentUser() actor: Actor, @Param('id') id: string): Promise<RosterImportDto> {
    return this.proposals.propose(actor, id);
  }

  /** Merging owner records into one person: a proposal with its evidence, confirmed like any other. */
  @Post('merges')
  @CommunityAccess(...ROSTER_PROPOSERS)
  @RateLimit('write')
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: '8–100 位字母、数字、-、_；重试时使用同一个值' })
  @ApiCreatedResponse({ type: RosterImportDto })
  @ApiErrors(400, 404, 409)
  proposeMerge(
    @CurrentUser() actor: Actor,
    @Body() dto: ProposeMergeDto,
    @IdempotencyKey() key: string | null,
  ): Promise<RosterImportDto> {
    return this.proposals.proposeMerge(actor, dto, key);
  }

  /**
   * One committee member's confirmation (never the proposer, never the property company). The second applies the
   * proposal, records every changed field and tells each affected owner.
   */
  @Post('proposals/:id/confirm')
  @HttpCode(200)
  @CommunityAccess(...COMMITTEE, ...SUBDISTRICT_CONFIRMER_ROLES)
  @RateLimit('write')
  @ApiOkResponse({ type: RosterImportDto })
  @ApiErrors(400, 404, 409)
  confirm(@CurrentUser() actor: Actor, @Param('id') id: string): Promise<RosterImportDto> {
    return this.proposals.confirm(actor, id);
  }

  /** The roster's activity record: every changed field (old → new), who proposed, who confirmed, when. */
  @Get('activity')
  @CommunityAccess(...ACTIVITY_READERS)
  @ApiOkResponse({ type: RosterChangeListDto })
  @ApiErrors(400)
  activity(@CurrentUser() actor: Actor, @Query() q: ActivityQueryDto): Promise<RosterChangeListDto> {
    return this.heard.activity(communityOf(actor), { limit: q.limit ?? 50, beforeId: q.beforeId });
  }

  /** Changes to units the caller owns or owned (a former owner too, who may object). */
  @Get('my-changes')
  @Authenticated()
  @ApiOkResponse({ type: RosterChangeListDto })
  mine(@CurrentUser() actor: Actor): Promise<RosterChangeListDto> {
    return this.heard.mine(actor);
  }

  /** An affected owner objects to a confirmed change of their unit (within the community's objection days). */
  @Post('objections')
  @Authenticated()
  @RateLimit('write')
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: '8–100 位字母、数字、-、_；重试时使用同一个值' })
  @ApiCreatedResponse({ type: RosterObjectionDto })
  @ApiErrors(400, 404, 409)
  object(
    @CurrentUser() actor: Actor,
    @Body() dto: CreateRosterObjectionDto,
    @IdempotencyKey() key: string | null,
  ): Promise<RosterObjectionDto> {
    return this.heard.object(actor, dto, key);
  }

  @Get('objections')
  @CommunityAccess(...ACTIVITY_READERS)
  @ApiOkResponse({ type: RosterObjectionListDto })
  @ApiErrors(400)
  objections(@CurrentUser() actor: Actor, @Query() q: ObjectionQueryDto): Promise<RosterObjectionListDto> {
    return this.heard.listObjections(actor, q.status);
  }

  /** A committee member other than the proposer answers an objection; the owner is told. */
  @Post('objections/:id/answer')
  @HttpCode(200)
  @CommunityAccess(...COMMITTEE)
  @RateLimit('write')
  @ApiOkResponse({ type: RosterObjectionDto })
  @ApiErrors(400, 404, 409)
  answer(
    @CurrentUser() actor: Actor,
    @Param('id') id: string,
    @Body() dto: AnswerRosterObjectionDto,
  ): Promise<RosterObjectionDto> {
    return this.heard.answer(actor, id, dto);
  }

  /** The roster as an Excel file (phones masked). */
  @Get('export.xlsx')
  @CommunityAccess(...ROSTER_PROPOSERS)
  @ApiProduces(XLSX)
  @ApiOkResponse({ description: '业主名册 Excel 文件', schema: { type: 'string', format: 'binary' } })
  async export(@CurrentUser() actor: Actor, @Res() res: Response): Promise<void> {
    sendXlsx(res, await this.roster.exportXlsx(communityOf(actor)), '业主名册.xlsx');
  }

  /** The template: examples on the first sheet, how to fill each column on the second. */
  @Get('template.xlsx')
  @CommunityAccess(...ROSTER_PROPOSERS)
  @ApiProduces(XLSX)
  @ApiOkResponse({ description: '业主名册模板 Excel 文件', schema: { type: 'string', format: 'binary' } })
  async template(@Res() res: Response): Promise<void> {
    sendXlsx(res, await this.roster.templateXlsx(), '业主名册模板.xlsx');
  }
}
