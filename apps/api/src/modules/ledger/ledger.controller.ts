import { Body, Controller, Get, HttpCode, Inject, Param, Post, Put, Query, Res } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiExtraModels,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { ApiErrors, type SameShape } from '../../common/api-errors.js';
import { COMMITTEE, CommunityAccess, EVERYONE_IN_COMMUNITY, RESIDENTS, type RoleName } from '../../common/access.js';
import { CurrentUser, type Actor } from '../../common/current-user.js';
import { IdempotencyKey, IdempotencyService } from '../../common/idempotency.js';
import {
  LedgerBalanceDto,
  LedgerChainBrokenDto,
  LedgerChainOkDto,
  LedgerEntryDto,
  LedgerEntryPageDto,
  LedgerQuestionDto,
  LedgerStatementDto,
  PublicationStatusDto,
  StatementSummaryDto,
  type LedgerChainReportDto,
} from './dto/ledger.response.dto.js';
import { EntryDraftDto, ListEntriesQuery, RejectEntryDto, ReverseEntryDto } from './dto/entry.dto.js';
import { AnswerQuestionDto, AskQuestionDto, ListQuestionsQuery } from './dto/question.dto.js';
import { PublishStatementDto } from './dto/statement.dto.js';
import { CONTENT_CHECK, type ContentCheck } from '../../common/content-check.js';
import { entryTexts } from './ledger-content.js';
import { LedgerQuestionsService } from './ledger-questions.service.js';
import { LedgerStatementsService } from './ledger-statements.service.js';
import { toEntryDto, toQuestionDto, toStatementDto } from './ledger.mapper.js';
import { LedgerService } from './ledger.service.js';
import { LedgerReadsService } from './ledger-reads.service.js';
import { statementHtml, statementXlsx } from './statement-export.js';
import { RateLimit } from '../../common/rate-limit.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const BINARY = { schema: { type: 'string', format: 'binary' } } as const;

// The statements service builds these answers itself: prove they are exactly the documented DTOs.
type Answer<K extends keyof LedgerStatementsService> = LedgerStatementsService[K] extends (
  ...a: never[]
) => Promise<infer R>
  ? R
  : never;
const sameBalance: SameShape<Answer<'balance'>, LedgerBalanceDto> = true;
const sameVerify: SameShape<Answer<'verify'>, LedgerChainReportDto> = true;
const sameList: SameShape<Answer<'list'>, StatementSummaryDto[]> = true;
const samePublication: SameShape<Answer<'publicationStatus'>, PublicationStatusDto> = true;
void [sameBalance, sameVerify, sameList, samePublication];

/** Drafters: the property company's finance staff and committee members (the treasurer). */
const DRAFTERS: RoleName[] = ['property_manager', ...COMMITTEE];
/** Readers: everyone in the community (owners may inspect the records at any time) and the district regulator. */
const READERS: RoleName[] = [...EVERYONE_IN_COMMUNITY, 'regulator'];

@ApiTags('ledger')
@ApiExtraModels(LedgerChainOkDto, LedgerChainBrokenDto)
@Controller('api/v1/ledger')
export class LedgerController {
  constructor(
    private readonly ledger: LedgerService,
    private readonly reads: LedgerReadsService,
    private readonly statements: LedgerStatementsService,
    private readonly questions: LedgerQuestionsService,
    private readonly idempotency: IdempotencyService,
    @Inject(CONTENT_CHECK) private readonly content: ContentCheck,
  ) {}

  // ---- entries ----

  @Get('entries')
  @CommunityAccess(...READERS)
  @ApiOperation({ summary: '账目列表（住户只看到已入账的）' })
  @ApiOkResponse({ type: LedgerEntryPageDto })
  async list(@CurrentUser() actor: Actor, @Query() q: ListEntriesQuery): Promise<LedgerEntryPageDto> {
    const r = await this.reads.list(actor, q);
    return { items: r.items.map((v) => toEntryDto(v, actor)), total: r.total };
  }

  @Get('entries/:id')
  @CommunityAccess(...READERS)
  @ApiOperation({ summary: '账目详情，含附件' })
  @ApiOkResponse({ type: LedgerEntryDto })
  @ApiErrors(404)
  async get(@CurrentUser() actor: Actor, @Param('id') id: string): Promise<LedgerEntryDto> {
    return toEntryDto(await this.reads.get(actor, id), actor);
  }

  @Post('entries')
  @CommunityAccess(...DRAFTERS)
  @RateLimit('create')
  @ApiOperation({ summary: '起草账目（支持 Idempotency-Key）' })
  @ApiCreatedResponse({ type: LedgerEntryDto })
  @ApiErrors(400, 409)
  async create(
    @CurrentUser() actor: Actor,
    @Body() dto: EntryDraftDto,
    @IdempotencyKey() key: string | null,
  ): Promise<LedgerEntryDto> {
    await this.content.check(entryTexts(dto), { personId: actor.personId, scene: 'forum' });
    return this.idempotency.run(
      { actorId: actor.personId, route: 'POST /ledger/entries', key, body: dto },
      async (m) => {
        const e = await this.ledger.createDraft(m, actor, dto);
        return toEntryDto({ entry: e, posting: null, reversedBy: null, attachments: [] }, actor);
      },
    );
  }

  @Put('entries/:id')
  @CommunityAccess(...DRAFTERS)
  @RateLimit('write')
  @ApiOperation({ summary: '修改草稿或被退回的账目（全量替换内容；附件只能追加）' })
  @ApiOkResponse({ type: LedgerEntryDto })
  @ApiErrors(400, 404, 409)
  async revise(
    @CurrentUser() actor: Actor,
    @Param('id') id: string,
    @Body() dto: EntryDraftDto,
  ): Promise<LedgerEntryDto> {
    await this.content.check(entryTexts(dto), { personId: actor.personId, scene: 'forum' });
    const e = await this.ledger.revise(actor, id, dto);
    return toEntryDto(await this.reads.view(e.communityId, e), actor);
  }

  @Post('entries/:id/submit')
  @HttpCode(200)
  @CommunityAccess(...DRAFTERS)
  @RateLimit('write')
  @ApiOperation({ summary: '提交审核' })
  @ApiOkResponse({ type: LedgerEntryDto })
  @ApiErrors(400, 404, 409)
  async submit(@CurrentUser() actor: Actor, @Param('id') id: string): Promise<LedgerEntryDto> {
    const e = await this.ledger.submit(actor, id);
    return toEntryDto(await this.reads.view(e.communityId, e), actor);
  }

  @Post('entries/:id/approve')
  @HttpCode(200)
  @CommunityAccess(...COMMITTEE)
  @RateLimit('write')
  @ApiOperation({ summary: '批准并入账（审核人必须是起草人以外的业委会委员）' })
  @ApiOkResponse({ type: LedgerEntryDto })
  @ApiErrors(400, 404, 409)
  async approve(@CurrentUser() actor: Actor, @Param('id') id: string): Promise<LedgerEntryDto> {
    const e = await this.ledger.approve(actor, id);
    return toEntryDto(await this.reads.view(e.communityId, e), actor);
  }

  @Post('entries/:id/reject')
  @HttpCode(200)
  @CommunityAccess(...COMMITTEE)
  @RateLimit('write')
  @ApiOperation({ summary: '退回（附理由）' })
  @ApiOkResponse({ type: LedgerEntryDto })
  @ApiErrors(400, 404, 409)
  async reject(
    @CurrentUser() actor: Actor,
    @Param('id') id: string,
    @Body() dto: RejectEntryDto,
  ): Promise<LedgerEntryDto> {
    await this.content.check([{ field: 'reason', label: '退回理由', text: dto.reason }], {
      personId: actor.personId,
      scene: 'comment',
    });
    const e = await this.ledger.reject(actor, id, dto.reason);
    return toEntryDto(await this.reads.view(e.communityId, e), actor);
  }

  @Post('entries/:id/reverse')
  @CommunityAccess(...DRAFTERS)
  @RateLimit('write')
  @ApiOperation({ summary: '发起冲正（生成一笔待审核的冲正账目，引用原账目并说明理由）' })
  @ApiCreatedResponse({ type: LedgerEntryDto })
  @ApiErrors(400, 404, 409)
  async reverse(
    @CurrentUser() actor: Actor,
    @Param('id') id: string,
    @Body() dto: ReverseEntryDto,
  ): Promise<LedgerEntryDto> {
    await this.content.check([{ field: 'reason', label: '冲正理由', text: dto.reason }], {
      personId: actor.personId,
      scene: 'comment',
    });
    const e = await this.ledger.reverse(actor, id, dto.reason);
    return toEntryDto(await this.reads.view(e.communityId, e), actor);
  }

  // ---- balance, chain ----

  @Get('balance')
  @CommunityAccess(...READERS)
  @ApiOperation({ summary: '当前余额和近 12 个月的月度收支（图表用）' })
  @ApiOkResponse({ type: LedgerBalanceDto })
  balance(@CurrentUser() actor: Actor): Promise<LedgerBalanceDto> {
    return this.statements.balance(actor, 12);
  }

  @Get('verify')
  @CommunityAccess(...READERS)
  @ApiOperation({ summary: '重新计算账目哈希链，报告第一条被篡改的记录' })
  @ApiOkResponse({
    schema: { oneOf: [{ $ref: getSchemaPath(LedgerChainOkDto) }, { $ref: getSchemaPath(LedgerChainBrokenDto) }] },
  })
  verify(@CurrentUser() actor: Actor): Promise<LedgerChainReportDto> {
    return this.statements.verify(actor);
  }

  // ---- statements ----

  @Get('statements')
  @CommunityAccess(...READERS)
  @ApiOperation({ summary: '各期收支公示（按本小区公示周期）' })
  @ApiOkResponse({ type: [StatementSummaryDto] })
  listStatements(@CurrentUser() actor: Actor): Promise<StatementSummaryDto[]> {
    return this.statements.list(actor);
  }

  @Get('publication-status')
  @CommunityAccess(...READERS)
  @ApiOperation({ summary: '公示是否逾期（监管部门可读）' })
  @ApiOkResponse({ type: PublicationStatusDto })
  publicationStatus(@CurrentUser() actor: Actor): Promise<PublicationStatusDto> {
    return this.statements.publicationStatus(actor);
  }

  @Get('statements/:key')
  @CommunityAccess(...READERS)
  @ApiOperation({ summary: '某期收支情况（已公示的返回公示时的内容）' })
  @ApiOkResponse({ type: LedgerStatementDto })
  @ApiErrors(404)
  async statement(@CurrentUser() actor: Actor, @Param('key') key: string): Promise<LedgerStatementDto> {
    return toStatementDto(await this.statements.get(actor, key));
  }

  @Post('statements/:key/publish')
  @HttpCode(200)
  @CommunityAccess(...COMMITTEE)
  @RateLimit('write')
  @ApiOperation({ summary: '公示（业委会）' })
  @ApiOkResponse({ type: LedgerStatementDto })
  @ApiErrors(400, 404, 409)
  async publish(
    @CurrentUser() actor: Actor,
    @Param('key') key: string,
    @Body() dto: PublishStatementDto,
  ): Promise<LedgerStatementDto> {
    return toStatementDto(await this.statements.publish(actor, key, dto.displayDays));
  }

  @Get('statements/:key/export.html')
  @CommunityAccess(...READERS)
  @ApiOperation({ summary: '导出公示（可打印的 HTML）' })
  @ApiProduces('text/html')
  @ApiOkResponse({ description: '可打印的公示（HTML）', schema: { type: 'string' } })
  @ApiErrors(404)
  async exportHtml(@CurrentUser() actor: Actor, @Param('key') key: string, @Res() res: Response) {
    const v = await this.statements.get(actor, key);
    res.type('text/html; charset=utf-8').send(statementHtml(v, await this.statements.communityName(actor)));
  }

  @Get('statements/:key/export.xlsx')
  @CommunityAccess(...READERS)
  @ApiOperation({ summary: '导出公示（Excel）' })
  @ApiProduces(XLSX)
  @ApiOkResponse({ description: '公示（Excel）', ...BINARY })
  @ApiErrors(404)
  async exportXlsx(@CurrentUser() actor: Actor, @Param('key') key: string, @Res() res: Response) {
    const v = await this.statements.get(actor, key);
    const buf = await statementXlsx(v, await this.statements.communityName(actor));
    res.setHeader(
      'Content-Disposition',
      `attachment; filename*=UTF-8''${encodeURIComponent(`公共收益公示-${v.body.key}.xlsx`)}`,
    );
    res.type(XLSX).send(buf);
  }

  // ---- questions ----

  @Post('questions')
  @CommunityAccess(...RESIDENTS)
  @RateLimit('create')
  @ApiOperation({ summary: '对账目或公示提出质询（业主、住户）' })
  @ApiCreatedResponse({ type: LedgerQuestionDto })
  @ApiErrors(400, 404)
  async ask(@CurrentUser() actor: Actor, @Body() dto: AskQuestionDto): Promise<LedgerQuestionDto> {
    await this.content.check([{ field: 'body', label: '质询内容', text: dto.body }], {
      personId: actor.personId,
      scene: 'comment',
    });
    return toQuestionDto(await this.questions.ask(actor, dto), actor);
  }

  @Post('questions/:id/answer')
  @HttpCode(200)
  @CommunityAccess(...COMMITTEE)
  @RateLimit('write')
  @ApiOperation({ summary: '答复质询（业委会）' })
  @ApiOkResponse({ type: LedgerQuestionDto })
  @ApiErrors(400, 404, 409)
  async answer(
    @CurrentUser() actor: Actor,
    @Param('id') id: string,
    @Body() dto: AnswerQuestionDto,
  ): Promise<LedgerQuestionDto> {
    await this.content.check([{ field: 'answer', label: '答复内容', text: dto.answer }], {
      personId: actor.personId,
      scene: 'comment',
    });
    return toQuestionDto(await this.questions.answer(actor, id, dto), actor);
  }

  @Get('questions')
  @CommunityAccess(...READERS)
  @ApiOperation({ summary: '质询及答复（小区内公开）' })
  @ApiOkResponse({ type: [LedgerQuestionDto] })
  async listQuestions(@CurrentUser() actor: Actor, @Query() q: ListQuestionsQuery): Promise<LedgerQuestionDto[]> {
    return (await this.questions.list(actor, q)).map((x) => toQuestionDto(x, actor));
  }
}
