import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { ApiErrors } from '../../common/api-errors.js';
import { COMMITTEE, CommunityAccess, EVERYONE_IN_COMMUNITY, type RoleName } from '../../common/access.js';
import { communityOf, CurrentUser, type Actor } from '../../common/current-user.js';
import { IdempotencyKey } from '../../common/idempotency.js';
import { IdPipe } from '../../common/ids.js';
import { RateLimit } from '../../common/rate-limit.js';
import { OkDto } from '../identity/dto/auth.dto.js';
import { AuditService } from '../audit/audit.service.js';
import { RECORD_ACTIONS, toRecordEntries, toTermDto } from './committee.mapper.js';
import { CommitteeService } from './committee.service.js';
import {
  CommitteeRecordDto,
  CommitteeTermDto,
  CreateElectionDto,
  CreateManagementDto,
  OfficerVoteDto,
  RefuseFilingDto,
} from './dto/committee.dto.js';
import type { CommitteeTerm } from './entities/committee.entities.js';

/** Everyone who may read a community's committee terms and record: its people, the subdistrict, the regulator. */
const READERS: RoleName[] = [...EVERYONE_IN_COMMUNITY, 'subdistrict_officer', 'regulator'];
/** Filing authorities: the subdistrict officer and (Zhejiang; 物业管理委员会) the district regulator. */
const AUTHORITIES: RoleName[] = ['subdistrict_officer', 'regulator'];
const TERM_ID = new IdPipe('业委会届次');

/**
 * The owners' committee (业主委员会) and the 物业管理委员会: elections, first meeting, filing and confirmation
 * (domain-rules.md §10). Committee roles change only through these routes' recorded process.
 */
@ApiTags('committee')
@Controller('api/v1/committee')
export class CommitteeController {
  constructor(
    private readonly committee: CommitteeService,
    private readonly audit: AuditService,
    private readonly ds: DataSource,
  ) {}

  private view(t: CommitteeTerm): Promise<CommitteeTermDto> {
    return toTermDto(this.ds.manager, t, this.committee.authorities(t));
  }

  @Get('terms')
  @CommunityAccess(...READERS)
  @ApiOkResponse({ type: [CommitteeTermDto] })
  async list(@CurrentUser() actor: Actor): Promise<CommitteeTermDto[]> {
    const terms = await this.committee.list(communityOf(actor));
    return Promise.all(terms.map((t) => this.view(t)));
  }

  @Get('terms/:id')
  @CommunityAccess(...READERS)
  @ApiOkResponse({ type: CommitteeTermDto })
  @ApiErrors(404)
  async get(@CurrentUser() actor: Actor, @Param('id', TERM_ID) id: string): Promise<CommitteeTermDto> {
    return this.view(await this.committee.get(communityOf(actor), id));
  }

  /** The community's readable record: role changes, elections, filings, confirmations, approvals. */
  @Get('record')
  @CommunityAccess(...READERS)
  @ApiOkResponse({ type: CommitteeRecordDto })
  async record(@CurrentUser() actor: Actor): Promise<CommitteeRecordDto> {
    const communityId = communityOf(actor);
    const rows = await this.audit.listActions(communityId, RECORD_ACTIONS, 200);
    return { entries: await toRecordEntries(this.ds.manager, communityId, rows) };
  }

  /** The committee (or the 物业管理委员会 acting as one) sets up an election: a draft vote, one item per candidate. */
  @Post('elections')
  @CommunityAccess(...COMMITTEE)
  @RateLimit('create')
  @ApiCreatedResponse({ type: CommitteeTermDto })
  @ApiErrors(409)
  async createElection(
    @CurrentUser() actor: Actor,
    @IdempotencyKey() key: string | null,
    @Body() dto: CreateElectionDto,
  ): Promise<CommitteeTermDto> {
    return this.view(await this.committee.createElection(actor, dto, key));
  }

  /** Counts a final election result into members, alternates, ties and whether the committee forms. */
  @Post('terms/:id/decide')
  @HttpCode(200)
  @CommunityAccess(...READERS)
  @RateLimit('write')
  @ApiOkResponse({ type: CommitteeTermDto })
  @ApiErrors(404, 409)
  async decide(@CurrentUser() actor: Actor, @Param('id', TERM_ID) id: string): Promise<CommitteeTermDto> {
    return this.view(await this.committee.decide(actor, id));
  }

  /** First meeting: an elected member's vote for chair (and vice chair). */
  @Post('terms/:id/officer-votes')
  @HttpCode(200)
  @CommunityAccess(...EVERYONE_IN_COMMUNITY)
  @RateLimit('write')
  @ApiOkResponse({ type: CommitteeTermDto })
  @ApiErrors(404, 409)
  async voteOfficers(
    @CurrentUser() actor: Actor,
    @Param('id', TERM_ID) id: string,
    @Body() dto: OfficerVoteDto,
  ): Promise<CommitteeTermDto> {
    return this.view(await this.committee.voteOfficers(actor, id, dto));
  }

  /** The elected chair files the election with the subdistrict (and in Zhejiang the district). */
  @Post('terms/:id/file')
  @HttpCode(200)
  @CommunityAccess(...EVERYONE_IN_COMMUNITY)
  @RateLimit('write')
  @ApiOkResponse({ type: CommitteeTermDto })
  @ApiErrors(404, 409)
  async file(@CurrentUser() actor: Actor, @Param('id', TERM_ID) id: string): Promise<CommitteeTermDto> {
    return this.view(await this.committee.file(actor, id));
  }

  @Post('terms/:id/confirm')
  @HttpCode(200)
  @CommunityAccess(...AUTHORITIES)
  @RateLimit('write')
  @ApiOkResponse({ type: CommitteeTermDto })
  @ApiErrors(404, 409)
  async confirm(@CurrentUser() actor: Actor, @Param('id', TERM_ID) id: string): Promise<CommitteeTermDto> {
    return this.view(await this.committee.confirm(actor, id));
  }

  @Post('terms/:id/refuse')
  @HttpCode(200)
  @CommunityAccess(...AUTHORITIES)
  @RateLimit('write')
  @ApiOkResponse({ type: CommitteeTermDto })
  @ApiErrors(404, 409)
  async refuse(
    @CurrentUser() actor: Actor,
    @Param('id', TERM_ID) id: string,
    @Body() dto: RefuseFilingDto,
  ): Promise<CommitteeTermDto> {
    return this.view(await this.committee.refuse(actor, id, dto.reason));
  }

  /** The subdistrict officer forms a 物业管理委员会 (publicised 7 days, then confirmed by the district regulator). */
  @Post('management')
  @CommunityAccess('subdistrict_officer')
  @RateLimit('create')
  @ApiCreatedResponse({ type: CommitteeTermDto })
  @ApiErrors(409)
  async createManagement(
    @CurrentUser() actor: Actor,
    @IdempotencyKey() key: string | null,
    @Body() dto: CreateManagementDto,
  ): Promise<CommitteeTermDto> {
    return this.view(await this.committee.createManagement(actor, dto, key));
  }

  /** A member resigns their own seat (recorded; the change is re-filed). */
  @Post('resign')
  @HttpCode(200)
  @CommunityAccess(...COMMITTEE)
  @RateLimit('write')
  @ApiOkResponse({ type: OkDto })
  @ApiErrors(409)
  async resign(@CurrentUser() actor: Actor): Promise<OkDto> {
    await this.committee.resign(actor);
    return { ok: true };
  }
}
