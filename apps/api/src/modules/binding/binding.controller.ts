import {
  Body,
  Controller,
  Delete,
  Get,
  Headers,
  HttpCode,
  Inject,
  Param,
  Post,
  Query,
  Req,
  UseInterceptors,
} from '@nestjs/common';
import type { Request } from 'express';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiHeader,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { FileDto } from '../files/dto/file.dto.js';
import { toFileDto } from '../files/file.mapper.js';
import { FilesService } from '../files/files.service.js';
import { receivedFile, UploadInterceptor } from '../files/upload.interceptor.js';
import { ApiErrors } from '../../common/api-errors.js';
import { Authenticated, COMMITTEE, CommunityAccess } from '../../common/access.js';
import { communityOf, CurrentUser, type Actor } from '../../common/current-user.js';
import { IdempotencyKey, IdempotencyService } from '../../common/idempotency.js';
import { CONTENT_CHECK, type ContentCheck } from '../../common/content-check.js';
import { toBindingDto } from './binding.mapper.js';
import { BindingService } from './binding.service.js';
import {
  BindingDto,
  CommunitySearchQueryDto,
  CommunitySearchResultDto,
  CreateBindingDto,
  ListBindingsQueryDto,
  RejectBindingDto,
  RemoveBindingDto,
} from './dto/binding.dto.js';
import { RateLimit } from '../../common/rate-limit.js';

const REVIEWERS = [...COMMITTEE, 'property_manager' as const];

@ApiTags('bindings')
@ApiBearerAuth()
@Controller('api/v1/bindings')
export class BindingController {
  constructor(
    private readonly bindings: BindingService,
    private readonly idempotency: IdempotencyService,
    private readonly files: FilesService,
    @Inject(CONTENT_CHECK) private readonly content: ContentCheck,
  ) {}

  /** Finds a community by name, for a resident who belongs to none yet (at least one character). */
  @Get('communities')
  @Authenticated()
  @RateLimit('search')
  @ApiOkResponse({ type: [CommunitySearchResultDto] })
  searchCommunities(@Query() query: CommunitySearchQueryDto): Promise<CommunitySearchResultDto[]> {
    return this.bindings.searchCommunities(query.q);
  }

  /**
   * Uploads the document photo of a binding request (产权证、购房合同、租赁合同…) to the community in X-Community-Id.
   * The applicant need not be a member yet; the file is attached to the request when it is submitted and is then
   * visible to the applicant and the reviewers only.
   */
  @Post('documents')
  @Authenticated()
  @RateLimit('upload')
  @ApiHeader({ name: 'X-Community-Id', required: true })
  @UseInterceptors(UploadInterceptor)
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary' } } },
  })
  @ApiCreatedResponse({ type: FileDto })
  @ApiErrors(400, 413, 415)
  async uploadDocument(
    @CurrentUser() me: Actor,
    @Headers('x-community-id') communityHeader: string | undefined,
    @Req() req: Request,
  ): Promise<FileDto> {
    const communityId = await this.bindings.assertCommunity(communityHeader);
    return toFileDto(await this.files.upload(communityId, me.personId, 'binding_document', receivedFile(req)));
  }

  /**
   * Asks to be bound to a unit of the community in X-Community-Id (the caller need not be a member yet). Approved at
   * once when the caller's verified phone is the roster owner's; otherwise it waits for the committee or the manager.
   */
  @Post()
  @Authenticated()
  @RateLimit('create')
  @ApiHeader({ name: 'X-Community-Id', required: true })
  @ApiCreatedResponse({ type: BindingDto })
  @ApiErrors(400, 404, 409)
  async create(
    @CurrentUser() me: Actor,
    @Headers('x-community-id') communityHeader: string | undefined,
    @IdempotencyKey() key: string | null,
    @Body() dto: CreateBindingDto,
  ): Promise<BindingDto> {
    const communityId = await this.bindings.assertCommunity(communityHeader);
    const view = await this.idempotency.run(
      { actorId: me.personId, route: 'POST /bindings', key, body: { communityId, ...dto } },
      (m) => this.bindings.create(m, me.personId, communityId, dto),
    );
    return toBindingDto(view, true);
  }

  /**
   * The WeChat review path: joins the review community in X-Community-Id (synthetic data, communities.review) at once
   * as a resident. Refused (403 AUTH.FORBIDDEN, nothing written) for every real community. Repeatable.
   */
  @Post('review')
  @Authenticated()
  @RateLimit('create')
  @ApiHeader({ name: 'X-Community-Id', required: true })
  @ApiCreatedResponse({ type: BindingDto })
  @ApiErrors(400, 403, 404)
  async joinReview(
    @CurrentUser() me: Actor,
    @Headers('x-community-id') communityHeader: string | undefined,
  ): Promise<BindingDto> {
    const communityId = await this.bindings.assertCommunity(communityHeader);
    return toBindingDto(await this.bindings.joinReview(me.personId, communityId), true);
  }

  /** The caller's own bindings in every community, with status and the reason of a refusal. */
  @Get('mine')
  @Authenticated()
  @ApiOkResponse({ type: [BindingDto] })
  async mine(@CurrentUser() me: Actor): Promise<BindingDto[]> {
    return (await this.bindings.mine(me.personId)).map((b) => toBindingDto(b, true));
  }

  @Get()
  @CommunityAccess(...REVIEWERS)
  @ApiOkResponse({ type: [BindingDto] })
  async list(@CurrentUser() actor: Actor, @Query() q: ListBindingsQueryDto): Promise<BindingDto[]> {
    return (await this.bindings.list(communityOf(actor), q.status, actor.personId)).map((b) => toBindingDto(b, false));
  }

  @Post(':id/approve')
  @HttpCode(200)
  @CommunityAccess(...REVIEWERS)
  @RateLimit('write')
  @ApiOkResponse({ type: BindingDto })
  @ApiErrors(404, 409)
  async approve(@CurrentUser() actor: Actor, @Param('id') id: string): Promise<BindingDto> {
    return toBindingDto(await this.bindings.approve(actor, communityOf(actor), id), false);
  }

  @Post(':id/reject')
  @HttpCode(200)
  @CommunityAccess(...REVIEWERS)
  @RateLimit('write')
  @ApiOkResponse({ type: BindingDto })
  @ApiErrors(404, 409)
  async reject(
    @CurrentUser() actor: Actor,
    @Param('id') id: string,
    @Body() dto: RejectBindingDto,
  ): Promise<BindingDto> {
    // The applicant reads the reason (content security, domain-rules §9).
    await this.content.check([{ field: 'reason', label: '驳回理由', text: dto.reason }], {
      personId: actor.personId,
      scene: 'comment',
    });
    return toBindingDto(await this.bindings.reject(actor.personId, communityOf(actor), id, dto.reason), false);
  }

  /** Ends a binding; the person's roles change, so all their tokens are revoked. */
  @Delete(':id')
  @HttpCode(200)
  @CommunityAccess(...COMMITTEE)
  @RateLimit('write')
  @ApiOkResponse({ type: BindingDto })
  @ApiErrors(404, 409)
  async remove(
    @CurrentUser() actor: Actor,
    @Param('id') id: string,
    @Body() dto: RemoveBindingDto,
  ): Promise<BindingDto> {
    return toBindingDto(await this.bindings.remove(actor.personId, communityOf(actor), id, dto.reason), false);
  }
}
