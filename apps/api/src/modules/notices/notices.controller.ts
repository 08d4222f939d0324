import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { ApiErrors } from '../../common/api-errors.js';
import { COMMITTEE, CommunityAccess, EVERYONE_IN_COMMUNITY, PROPERTY, type RoleName } from '../../common/access.js';
import { CONTENT_CHECK, type ContentCheck } from '../../common/content-check.js';
import { CurrentUser, type Actor } from '../../common/current-user.js';
import { IdPipe } from '../../common/ids.js';
import { IdempotencyKey, IdempotencyService } from '../../common/idempotency.js';
import { RateLimit } from '../../common/rate-limit.js';
import { BoardPostingDto, CreateNoticeDto, ExtendNoticeDto, ListNoticesQuery, PinNoticeDto } from './dto/notice.dto.js';
import {
  BoardPostingViewDto,
  NoticeChainDto,
  NoticeDraftDto,
  NoticeDto,
  NoticePageDto,
  NoticeReachDto,
  ReminderResultDto,
} from './dto/notice.response.dto.js';
import { NoticeBoardService } from './notice-board.service.js';
import { NoticeReadsService } from './notice-reads.service.js';
import { toDraftDto } from './notice.mapper.js';
import { NoticesService } from './notices.service.js';

/** Readers: everyone in the community and the district regulator. */
const READERS: RoleName[] = [...EVERYONE_IN_COMMUNITY, 'regulator'];
/** Publishers of some type (the type decides who exactly: NOTICE_TYPE_RULES in @gongzhi/domain). */
const PUBLISHERS: RoleName[] = [...COMMITTEE, ...PROPERTY, 'neighbourhood_officer'];
const NOTICE = new IdPipe('通知');
const DRAFT = new IdPipe('通知草稿');

/** No route changes a notice's content: publishing is final; a correction or withdrawal is a new notice citing it. */
@ApiTags('notices')
@Controller('api/v1/notices')
export class NoticesController {
  constructor(
    private readonly notices: NoticesService,
    private readonly reads: NoticeReadsService,
    private readonly board: NoticeBoardService,
    private readonly idempotency: IdempotencyService,
    @Inject(CONTENT_CHECK) private readonly content: ContentCheck,
  ) {}

  @Get()
  @CommunityAccess(...READERS)
  @ApiOperation({ summary: '通知公告（正在展示的在前：紧急、置顶、最新）' })
  @ApiOkResponse({ type: NoticePageDto })
  list(@CurrentUser() actor: Actor, @Query() q: ListNoticesQuery): Promise<NoticePageDto> {
    return this.reads.list(actor, q.limit ?? 50, q.offset ?? 0);
  }

  @Get('drafts')
  @CommunityAccess(...PUBLISHERS)
  @ApiOperation({ summary: '未发布的通知草稿（业委会、物业、社区）' })
  @ApiOkResponse({ type: [NoticeDraftDto] })
  async drafts(@CurrentUser() actor: Actor): Promise<NoticeDraftDto[]> {
    return (await this.notices.drafts(actor)).map((d) => toDraftDto(d.draft, { ...d, personId: actor.personId }));
  }

  @Get('verify')
  @CommunityAccess(...READERS)
  @ApiOperation({ summary: '重新计算通知的哈希链，报告第一份被修改、删除或插入的通知' })
  @ApiOkResponse({ type: NoticeChainDto })
  verify(@CurrentUser() actor: Actor): Promise<NoticeChainDto> {
    return this.reads.verify(actor);
  }

  @Post()
  @CommunityAccess(...PUBLISHERS)
  @RateLimit('create')
  @ApiOperation({ summary: '起草通知（支持 Idempotency-Key；发布另行一步）' })
  @ApiCreatedResponse({ type: NoticeDraftDto })
  @ApiErrors(400, 404, 409)
  async create(
    @CurrentUser() actor: Actor,
    @Body() dto: CreateNoticeDto,
    @IdempotencyKey() key: string | null,
  ): Promise<NoticeDraftDto> {
    await this.content.check(
      [
        { field: 'title', label: '标题', text: dto.title },
        { field: 'body', label: '正文', text: dto.body },
        { field: 'outage.callerText', label: '接听说明', text: dto.outage?.callerText },
      ],
      { personId: actor.personId, scene: 'forum' },
    );
    return this.idempotency.run({ actorId: actor.personId, route: 'POST /notices', key, body: dto }, async (m) => {
      const d = await this.notices.createDraft(m, actor, dto);
      return toDraftDto(d, { approvals: 0, approvalsNeeded: 0, personId: actor.personId });
    });
  }

  @Post('drafts/:id/approve')
  @HttpCode(200)
  @CommunityAccess(...COMMITTEE)
  @RateLimit('write')
  @ApiOperation({ summary: '委员同意以业委会名义发布（起草人以外的委员）' })
  @ApiOkResponse({ type: NoticeDraftDto })
  @ApiErrors(404, 409)
  async approve(@CurrentUser() actor: Actor, @Param('id', DRAFT) id: string): Promise<NoticeDraftDto> {
    await this.notices.approve(actor, id);
    const d = (await this.notices.drafts(actor)).find((x) => x.draft.id === id)!;
    return toDraftDto(d.draft, { ...d, personId: actor.personId });
  }

  @Post('drafts/:id/publish')
  @HttpCode(200)
  @CommunityAccess(...PUBLISHERS)
  @RateLimit('write')
  @ApiOperation({ summary: '发布（起草人；发布后不能修改，只能置顶、延长展示，或另发更正、撤回通知）' })
  @ApiOkResponse({ type: NoticeDto })
  @ApiErrors(404, 409)
  async publish(@CurrentUser() actor: Actor, @Param('id', DRAFT) id: string): Promise<NoticeDto> {
    const n = await this.notices.publish(actor, id);
    return this.reads.get(actor, n.id);
  }

  @Get(':id')
  @CommunityAccess(...READERS)
  @ApiOperation({ summary: '通知详情（含更正、撤回的链接和张贴记录）' })
  @ApiOkResponse({ type: NoticeDto })
  @ApiErrors(404)
  get(@CurrentUser() actor: Actor, @Param('id', NOTICE) id: string): Promise<NoticeDto> {
    return this.reads.get(actor, id);
  }

  @Post(':id/read')
  @HttpCode(200)
  @CommunityAccess(...READERS)
  @RateLimit('write')
  @ApiOperation({ summary: '记录已读（打开通知时）' })
  @ApiOkResponse({ type: NoticeDto })
  @ApiErrors(404)
  read(@CurrentUser() actor: Actor, @Param('id', NOTICE) id: string): Promise<NoticeDto> {
    return this.reads.read(actor, id, false);
  }

  @Post(':id/acknowledge')
  @HttpCode(200)
  @CommunityAccess(...READERS)
  @RateLimit('write')
  @ApiOperation({ summary: '我已知晓' })
  @ApiOkResponse({ type: NoticeDto })
  @ApiErrors(404)
  acknowledge(@CurrentUser() actor: Actor, @Param('id', NOTICE) id: string): Promise<NoticeDto> {
    return this.reads.read(actor, id, true);
  }

  @Post(':id/pin')
  @HttpCode(200)
  @CommunityAccess(...PUBLISHERS)
  @RateLimit('write')
  @ApiOperation({ summary: '置顶或取消置顶（记录为事件，通知本身不变）' })
  @ApiOkResponse({ type: NoticeDto })
  @ApiErrors(400, 404, 409)
  async pin(
    @CurrentUser() actor: Actor,
    @Param('id', NOTICE) id: string,
    @Body() dto: PinNoticeDto,
  ): Promise<NoticeDto> {
    await this.notices.pin(actor, id, dto.pinned);
    return this.reads.get(actor, id);
  }

  @Post(':id/extend')
  @HttpCode(200)
  @CommunityAccess(...PUBLISHERS)
  @RateLimit('write')
  @ApiOperation({ summary: '延长展示（只能延长；记录为事件）' })
  @ApiOkResponse({ type: NoticeDto })
  @ApiErrors(400, 404, 409)
  async extend(
    @CurrentUser() actor: Actor,
    @Param('id', NOTICE) id: string,
    @Body() dto: ExtendNoticeDto,
  ): Promise<NoticeDto> {
    await this.notices.extend(actor, id, new Date(dto.displayUntil));
    return this.reads.get(actor, id);
  }

  @Get(':id/reach')
  @CommunityAccess(...PUBLISHERS, 'regulator')
  @ApiOperation({ summary: '到达情况：按户和面积统计已读、已知晓（只有数字，没有姓名；不足 5 户的楼栋不显示）' })
  @ApiOkResponse({ type: NoticeReachDto })
  @ApiErrors(404)
  reach(@CurrentUser() actor: Actor, @Param('id', NOTICE) id: string): Promise<NoticeReachDto> {
    return this.reads.reach(actor, id);
  }

  @Post(':id/remind')
  @HttpCode(200)
  @CommunityAccess(...PUBLISHERS)
  @RateLimit('write')
  @ApiOperation({ summary: '提醒尚未阅读（或尚未确认知晓）的住户（支持 Idempotency-Key）' })
  @ApiOkResponse({ type: ReminderResultDto })
  @ApiErrors(404)
  remind(
    @CurrentUser() actor: Actor,
    @Param('id', NOTICE) id: string,
    @IdempotencyKey() key: string | null,
  ): Promise<ReminderResultDto> {
    return this.idempotency.run({ actorId: actor.personId, route: `POST /notices/${id}/remind`, key, body: {} }, () =>
      this.reads.remind(actor, id),
    );
  }

  @Get(':id/poster.html')
  @CommunityAccess(...PUBLISHERS)
  @ApiOperation({ summary: '张贴用的 A4 海报（可打印的 HTML，含发布时间、哈希和小程序码）' })
  @ApiProduces('text/html')
  @ApiOkResponse({ description: '可打印的海报（HTML）', schema: { type: 'string' } })
  @ApiErrors(404)
  async poster(@CurrentUser() actor: Actor, @Param('id', NOTICE) id: string, @Res() res: Response) {
    res.type('text/html; charset=utf-8').send(await this.board.posterHtml(actor, id));
  }

  @Post(':id/board-postings')
  @CommunityAccess(...PROPERTY, ...COMMITTEE)
  @RateLimit('write')
  @ApiOperation({ summary: '登记张贴：公告栏照片、地点（物业工作人员或业委会委员）' })
  @ApiCreatedResponse({ type: BoardPostingViewDto })
  @ApiErrors(400, 404)
  async posting(
    @CurrentUser() actor: Actor,
    @Param('id', NOTICE) id: string,
    @Body() dto: BoardPostingDto,
  ): Promise<BoardPostingViewDto> {
    await this.content.check([{ field: 'place', label: '张贴地点', text: dto.place }], {
      personId: actor.personId,
      scene: 'comment',
    });
    const p = await this.board.recordPosting(actor, id, dto);
    const n = await this.reads.get(actor, id);
    return n.boardPostings.find((x) => x.id === p.id)!;
  }
}
