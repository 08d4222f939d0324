import {
  Body,
  Controller,
  Get,
  Header,
  Headers,
  HttpCode,
  Inject,
  Param,
  Post,
  Put,
  Res,
  StreamableFile,
} from '@nestjs/common';
import type { Response } from 'express';
import {
  ApiCreatedResponse,
  ApiHeader,
  ApiExtraModels,
  ApiOkResponse,
  ApiProduces,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import { ApiErrors, type SameShape } from '../../common/api-errors.js';
import { Authenticated, COMMITTEE, CommunityAccess, EVERYONE_IN_COMMUNITY } from '../../common/access.js';
import { CurrentUser, communityOf, type Actor } from '../../common/current-user.js';
import { IdempotencyKey, IdempotencyService } from '../../common/idempotency.js';
import { CONTENT_CHECK, type ContentCheck } from '../../common/content-check.js';
import { BallotRateLimiter } from './ballot-rate-limiter.js';
import { BallotsService } from './ballots.service.js';
import { PaperBallotsService } from './paper-ballots.service.js';
import {
  AnswerObjectionDto,
  CastBallotDto,
  ConfirmPaperBallotDto,
  DisputeBallotDto,
  DraftResolutionDto,
  ExtendDto,
  ObjectionDto,
  OfficialResultDto,
  PaperBallotDto,
  PublishNoticeDto,
} from './dto/resolution.dto.js';
import { ResolutionsService } from './resolutions.service.js';
import { communityFromHeader } from './votes.common.js';
import { ResultsService } from './results.service.js';
import { resolutionTexts } from './votes-content.js';
import {
  BallotUnitResponse,
  CastReceiptResponse,
  MyBallotResponse,
  ObjectionResponse,
  PaperBallotResponse,
  ParticipationRowResponse,
  ReceiptCheckResponse,
  ResolutionResponse,
  ResultResponse,
  ScopeBuildingResponse,
  TurnoutResponse,
  VoteChainBrokenResponse,
  VoteChainOkResponse,
  toCastReceipt,
  toObjectionResponse,
  toResolutionResponse,
  toResultResponse,
  type VoteChainResponse,
} from './votes.mapper.js';
import { RateLimit } from '../../common/rate-limit.js';
import { AppError } from '../../common/app-error.js';
import { ErrorCode } from '@gongzhi/domain';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

// The results and ballots services build these answers themselves: prove they are exactly the documented DTOs.
type Answer<S, K extends keyof S> = S[K] extends (...a: never[]) => Promise<infer R> ? R : never;
const sameTurnout: SameShape<Answer<ResultsService, 'turnout'>, TurnoutResponse> = true;
const sameParticipation: SameShape<Answer<ResultsService, 'participation'>, ParticipationRowResponse[]> = true;
const sameBallotUnits: SameShape<Answer<ResultsService, 'ballotUnits'>, BallotUnitResponse[]> = true;
const sameReceipt: SameShape<Answer<BallotsService, 'checkReceipt'>, ReceiptCheckResponse> = true;
const sameVerify: SameShape<Answer<BallotsService, 'verify'>, VoteChainResponse> = true;
const sameBuildings: SameShape<Answer<ResolutionsService, 'scopeBuildings'>, ScopeBuildingResponse[]> = true;
const samePaper: SameShape<Answer<PaperBallotsService, 'list'>, PaperBallotResponse[]> = true;
const sameMine: SameShape<Answer<PaperBallotsService, 'mine'>, MyBallotResponse[]> = true;
void [samePaper, sameMine, sameBuildings, sameTurnout, sameParticipation, sameBallotUnits, sameReceipt, sameVerify];

/** Owners' joint decisions (业主共同决定, Civil Code Art. 278). Opening and closing are time-driven (no route). */
@ApiTags('votes')
@ApiExtraModels(VoteChainOkResponse, VoteChainBrokenResponse)
@Controller('api/v1/resolutions')
export class VotesController {
  constructor(
    private readonly resolutions: ResolutionsService,
    private readonly ballots: BallotsService,
    private readonly paper: PaperBallotsService,
    private readonly ballotLimiter: BallotRateLimiter,
    private readonly results: ResultsService,
    private readonly idempotency: IdempotencyService,
    @Inject(CONTENT_CHECK) private readonly content: ContentCheck,
  ) {}

  @Get()
  @CommunityAccess(...EVERYONE_IN_COMMUNITY)
  @ApiOkResponse({ type: [ResolutionResponse] })
  async list(@CurrentUser() actor: Actor): Promise<ResolutionResponse[]> {
    return (await this.resolutions.list(actor, communityOf(actor))).map(toResolutionResponse);
  }

  @Post()
  @CommunityAccess(...COMMITTEE)
  @RateLimit('create')
  @ApiCreatedResponse({ type: ResolutionResponse })
  @ApiErrors(409)
  async create(
    @CurrentUser() actor: Actor,
    @IdempotencyKey() key: string | null,
    @Body() dto: DraftResolutionDto,
  ): Promise<ResolutionResponse> {
    await this.content.check(resolutionTexts(dto), { personId: actor.personId, scene: 'forum' });
    return this.idempotency.run({ actorId: actor.personId, route: 'resolutions.create', key, body: dto }, async (m) =>
      toResolutionResponse(await this.resolutions.create(actor, communityOf(actor), dto, m)),
    );
  }

  // Declared before ':id' so that "buildings" is not taken for a resolution id.
  @Get('buildings')
  @CommunityAccess(...COMMITTEE)
  @ApiOkResponse({
    type: [ScopeBuildingResponse],
    description: '起草表决时选择表决范围：本小区的楼栋及各楼栋房屋数和面积',
  })
  async buildings(@CurrentUser() actor: Actor): Promise<ScopeBuildingResponse[]> {
    return this.resolutions.scopeBuildings(communityOf(actor));
  }

  @Get(':id')
  @CommunityAccess(...EVERYONE_IN_COMMUNITY)
  @ApiOkResponse({ type: ResolutionResponse })
  @ApiErrors(404)
  async get(@CurrentUser() actor: Actor, @Param('id') id: string): Promise<ResolutionResponse> {
    return toResolutionResponse(await this.resolutions.get(actor, communityOf(actor), id));
  }

  @Put(':id')
  @CommunityAccess(...COMMITTEE)
  @RateLimit('write')
  @ApiOkResponse({ type: ResolutionResponse })
  @ApiErrors(404, 409)
  async update(
    @CurrentUser() actor: Actor,
    @Param('id') id: string,
    @Body() dto: DraftResolutionDto,
  ): Promise<ResolutionResponse> {
    await this.content.check(resolutionTexts(dto), { personId: actor.personId, scene: 'forum' });
    return toResolutionResponse(await this.resolutions.update(actor, communityOf(actor), id, dto));
  }

  @Post(':id/approve')
  @HttpCode(200)
  @CommunityAccess(...COMMITTEE)
  @RateLimit('write')
  @ApiOkResponse({ type: ResolutionResponse })
  @ApiErrors(404, 409)
  async approve(@CurrentUser() actor: Actor, @Param('id') id: string): Promise<ResolutionResponse> {
    return toResolutionResponse(await this.resolutions.approve(actor, communityOf(actor), id));
  }

  @Post(':id/publish-notice')
  @HttpCode(200)
  @CommunityAccess(...COMMITTEE)
  @RateLimit('write')
  @ApiOkResponse({ type: ResolutionResponse })
  @ApiErrors(404, 409)
  async publishNotice(
    @CurrentUser() actor: Actor,
    @Param('id') id: string,
    @Body() dto: PublishNoticeDto,
  ): Promise<ResolutionResponse> {
    return toResolutionResponse(await this.resolutions.publishNotice(actor, communityOf(actor), id, dto));
  }

  @Post(':id/extend')
  @HttpCode(200)
  @CommunityAccess(...COMMITTEE)
  @RateLimit('write')
  @ApiOkResponse({ type: ResolutionResponse })
  @ApiErrors(404, 409)
  async extend(
    @CurrentUser() actor: Actor,
    @Param('id') id: string,
    @Body() dto: ExtendDto,
  ): Promise<ResolutionResponse> {
    return toResolutionResponse(await this.resolutions.extend(actor, communityOf(actor), id, dto));
  }

  /**
   * An online ballot. Open to any signed-in person of the community in X-Community-Id (not only current owners): the
   * frozen electorate decides — a head is cast by whoever was verified as its owner, so the owner of a unit sold
   * during the vote still votes (docs/votes.md "Who casts a head online"). Strangers get the guard's 403.
   */
  @Post(':id/ballots')
  @Authenticated()
  @ApiHeader({ name: 'X-Community-Id', required: true })
  @RateLimit('write')
  @ApiCreatedResponse({ type: CastReceiptResponse })
  @ApiErrors(400, 403, 404, 409, 429)
  async cast(
    @CurrentUser() actor: Actor,
    @Headers('x-community-id') communityHeader: string | undefined,
    @IdempotencyKey() key: string | null,
    @Param('id') id: string,
    @Body() dto: CastBallotDto,
  ): Promise<CastReceiptResponse> {
    const communityId = communityFromHeader(communityHeader);
    this.ballotLimiter.check('online', actor.personId);
    return this.ballots.castOnline(actor, communityId, id, dto, key);
  }

  @Post(':id/paper-ballots')
  @CommunityAccess(...COMMITTEE)
  @RateLimit('write')
  @ApiCreatedResponse({ type: CastReceiptResponse })
  @ApiErrors(404, 409, 429)
  async castPaper(
    @CurrentUser() actor: Actor,
    @Param('id') id: string,
    @Body() dto: PaperBallotDto,
  ): Promise<CastReceiptResponse> {
    this.ballotLimiter.check('paper', actor.personId);
    return toCastReceipt(await this.ballots.castPaper(actor, communityOf(actor), id, dto));
  }

  @Get(':id/ballot-units')
  @CommunityAccess(...COMMITTEE)
  @ApiOkResponse({
    type: [BallotUnitResponse],
    description: '录入纸质票/委托票时选择房屋：表决名册中的房屋及其投票人是否已投票（无姓名、无表决意见）',
  })
  @ApiErrors(404, 409)
  async ballotUnits(@CurrentUser() actor: Actor, @Param('id') id: string): Promise<BallotUnitResponse[]> {
    return this.results.ballotUnits(communityOf(actor), id);
  }

  @Get(':id/paper-ballots')
  @CommunityAccess(...COMMITTEE)
  @ApiOkResponse({
    type: [PaperBallotResponse],
    description: '本次表决的纸质票和委托票：内容、录入委员、见证人、名册上的业主姓名，以及是否已由第二名委员复核',
  })
  @ApiErrors(404)
  async paperBallots(@CurrentUser() actor: Actor, @Param('id') id: string): Promise<PaperBallotResponse[]> {
    return this.paper.list(actor, communityOf(actor), id);
  }

  /** The scan of a paper or proxy ballot; the opening is recorded (a member confirms only a scan they opened). */
  @Get(':id/paper-ballots/:ballotId/scan')
  @CommunityAccess(...COMMITTEE)
  @ApiProduces('image/jpeg', 'image/webp', 'application/pdf')
  @ApiOkResponse({
    description: '表决票扫描件（打开记录在案；确认前须打开核对）',
    schema: { type: 'string', format: 'binary' },
  })
  @ApiErrors(404)
  async paperBallotScan(
    @CurrentUser() actor: Actor,
    @Param('id') id: string,
    @Param('ballotId') ballotId: string,
    @Res() res: Response,
  ): Promise<void> {
    const { file, stream } = await this.paper.openScan(actor, communityOf(actor), id, ballotId);
    res.setHeader('Cache-Control', 'private, no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'; sandbox");
    res.setHeader('Content-Type', file.mime);
    res.setHeader('Content-Length', file.sizeBytes);
    res.setHeader('Content-Disposition', file.mime === 'application/pdf' ? 'attachment' : 'inline');
    stream.on('error', () => res.destroy());
    stream.pipe(res);
  }

  @Post(':id/paper-ballots/:ballotId/confirm')
  @HttpCode(200)
  @CommunityAccess(...COMMITTEE)
  @RateLimit('write')
  @ApiOkResponse({ type: PaperBallotResponse, description: '第二名委员核对扫描件后确认，此后该票计入' })
  @ApiErrors(400, 403, 404, 409)
  async confirmPaper(
    @CurrentUser() actor: Actor,
    @Param('id') id: string,
    @Param('ballotId') ballotId: string,
    @Body() dto: ConfirmPaperBallotDto,
  ): Promise<PaperBallotResponse> {
    if (dto.matchesScan !== true) {
      throw new AppError(ErrorCode.VALIDATION_FAILED, '提交的内容有误：请核对扫描件与录入内容一致后再确认', {
        fields: [{ field: 'matchesScan', messages: ['请核对扫描件与录入内容一致后再确认'] }],
      });
    }
    return this.paper.confirm(actor, communityOf(actor), id, ballotId);
  }

  /** The caller's own ballots (online or paper) with what each says — privately, until the result is final. */
  @Get(':id/my-ballots')
  @Authenticated()
  @ApiHeader({ name: 'X-Community-Id', required: true })
  @ApiOkResponse({ type: [MyBallotResponse], description: '我的选票：内容及是否计入（仅本人可见，结果最终公布前）' })
  @ApiErrors(404, 409)
  async myBallots(
    @CurrentUser() actor: Actor,
    @Headers('x-community-id') communityHeader: string | undefined,
    @Param('id') id: string,
  ): Promise<MyBallotResponse[]> {
    return this.paper.mine(actor, communityFromHeader(communityHeader), id);
  }

  /** The owner disputes a paper or proxy ballot recorded for them: set aside (not counted), and they may vote. */
  @Post(':id/my-ballots/:ballotId/dispute')
  @HttpCode(200)
  @Authenticated()
  @ApiHeader({ name: 'X-Community-Id', required: true })
  @RateLimit('write')
  @ApiOkResponse({ type: MyBallotResponse, description: '对纸质票提出异议：该票搁置不计入，您可以自己投票' })
  @ApiErrors(400, 404, 409)
  async dispute(
    @CurrentUser() actor: Actor,
    @Headers('x-community-id') communityHeader: string | undefined,
    @Param('id') id: string,
    @Param('ballotId') ballotId: string,
    @Body() dto: DisputeBallotDto,
  ): Promise<MyBallotResponse> {
    return this.paper.dispute(actor, communityFromHeader(communityHeader), id, ballotId, dto.reason);
  }

  @Get(':id/turnout')
  @CommunityAccess(...EVERYONE_IN_COMMUNITY)
  @ApiOkResponse({ type: TurnoutResponse, description: '参与人数和面积（总体及按楼栋），不含表决意见' })
  @ApiErrors(404, 409)
  async turnout(@CurrentUser() actor: Actor, @Param('id') id: string): Promise<TurnoutResponse> {
    return this.results.turnout(communityOf(actor), id);
  }

  @Get(':id/result')
  @CommunityAccess(...EVERYONE_IN_COMMUNITY)
  @ApiOkResponse({ type: ResultResponse })
  @ApiErrors(404, 409)
  async result(@CurrentUser() actor: Actor, @Param('id') id: string): Promise<ResultResponse> {
    return toResultResponse(await this.results.result(communityOf(actor), id));
  }

  @Get(':id/participation')
  @CommunityAccess(...EVERYONE_IN_COMMUNITY)
  @ApiOkResponse({
    type: [ParticipationRowResponse],
    description: '按房屋公布：楼栋、房号、面积、是否参与、回执码（无姓名、无表决意见）',
  })
  @ApiErrors(404, 409)
  async participation(@CurrentUser() actor: Actor, @Param('id') id: string): Promise<ParticipationRowResponse[]> {
    return this.results.participation(communityOf(actor), id);
  }

  @Get(':id/receipts/:code')
  @CommunityAccess(...EVERYONE_IN_COMMUNITY)
  @ApiOkResponse({
    type: ReceiptCheckResponse,
    description: '回执码是否在本次表决的选票链中，以及是否为该投票人计入的那张',
  })
  @ApiErrors(404)
  async receipt(
    @CurrentUser() actor: Actor,
    @Param('id') id: string,
    @Param('code') code: string,
  ): Promise<ReceiptCheckResponse> {
    return this.ballots.checkReceipt(communityOf(actor), id, code);
  }

  @Get(':id/verify')
  @CommunityAccess(...EVERYONE_IN_COMMUNITY)
  @ApiOkResponse({
    description: '重新计算选票哈希链；链断裂时指出第一张出问题的选票',
    schema: { oneOf: [{ $ref: getSchemaPath(VoteChainOkResponse) }, { $ref: getSchemaPath(VoteChainBrokenResponse) }] },
  })
  @ApiErrors(404)
  async verify(@CurrentUser() actor: Actor, @Param('id') id: string): Promise<VoteChainResponse> {
    return this.ballots.verify(communityOf(actor), id);
  }

  @Get(':id/objections')
  @CommunityAccess(...EVERYONE_IN_COMMUNITY)
  @ApiOkResponse({ type: [ObjectionResponse] })
  @ApiErrors(404)
  async objections(@CurrentUser() actor: Actor, @Param('id') id: string): Promise<ObjectionResponse[]> {
    return (await this.resolutions.listObjections(communityOf(actor), id)).map((o) =>
      toObjectionResponse(o, actor.personId),
    );
  }

  @Post(':id/objections')
  @CommunityAccess('owner')
  @RateLimit('create')
  @ApiCreatedResponse({ type: ObjectionResponse })
  @ApiErrors(404, 409)
  async object(
    @CurrentUser() actor: Actor,
    @Param('id') id: string,
    @Body() dto: ObjectionDto,
  ): Promise<ObjectionResponse> {
    await this.content.check([{ field: 'reasons', label: '异议理由', text: dto.reasons }], {
      personId: actor.personId,
      scene: 'comment',
    });
    return toObjectionResponse(
      await this.resolutions.fileObjection(actor, communityOf(actor), id, dto),
      actor.personId,
    );
  }

  @Post(':id/objections/:objectionId/answer')
  @HttpCode(200)
  @CommunityAccess(...COMMITTEE)
  @RateLimit('write')
  @ApiOkResponse({ type: ObjectionResponse })
  @ApiErrors(404, 409)
  async answer(
    @CurrentUser() actor: Actor,
    @Param('id') id: string,
    @Param('objectionId') objectionId: string,
    @Body() dto: AnswerObjectionDto,
  ): Promise<ObjectionResponse> {
    await this.content.check([{ field: 'answer', label: '业委会答复', text: dto.answer }], {
      personId: actor.personId,
      scene: 'comment',
    });
    return toObjectionResponse(
      await this.resolutions.answerObjection(actor, communityOf(actor), id, objectionId, dto.answer),
      actor.personId,
    );
  }

  @Post(':id/official-result')
  @HttpCode(200)
  @CommunityAccess(...COMMITTEE)
  @RateLimit('write')
  @ApiOkResponse({ type: ResolutionResponse })
  @ApiErrors(404, 409)
  async official(
    @CurrentUser() actor: Actor,
    @Param('id') id: string,
    @Body() dto: OfficialResultDto,
  ): Promise<ResolutionResponse> {
    return toResolutionResponse(await this.resolutions.recordOfficial(actor, communityOf(actor), id, dto));
  }

  @Get(':id/export.html')
  @CommunityAccess(...EVERYONE_IN_COMMUNITY)
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'")
  @ApiProduces('text/html')
  @ApiOkResponse({ description: '表决结果公告（可打印 HTML）', schema: { type: 'string' } })
  @ApiErrors(404, 409)
  async exportHtml(@CurrentUser() actor: Actor, @Param('id') id: string): Promise<string> {
    return this.results.exportHtml(communityOf(actor), id);
  }

  @Get(':id/tally.xlsx')
  @CommunityAccess(...EVERYONE_IN_COMMUNITY)
  @ApiProduces(XLSX)
  @ApiOkResponse({ description: '计票表（Excel）', schema: { type: 'string', format: 'binary' } })
  @ApiErrors(404, 409)
  async tallyXlsx(@CurrentUser() actor: Actor, @Param('id') id: string): Promise<StreamableFile> {
    const buf = await this.results.tallyXlsx(communityOf(actor), id);
    return new StreamableFile(buf, {
      type: XLSX,
      disposition: `attachment; filename*=UTF-8''${encodeURIComponent('计票表')}.xlsx`,
    });
  }
}
