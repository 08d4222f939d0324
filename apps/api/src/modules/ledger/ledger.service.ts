import { Injectable } from '@nestjs/common';
import {
  ErrorCode,
  chinaDate,
  isCategoryOf,
  netIncome,
  parseDate,
  type EntryKind,
  ENTRY_STATUS_LABELS,
  ledgerSettings,
  resolutionRequirement,
  entryMove,
  type EntryAction,
  type FieldError,
  type Fen,
} from '@gongzhi/domain';
import { DataSource, In, type EntityManager } from 'typeorm';
import { AppError } from '../../common/app-error.js';
import { COMMITTEE, PROPERTY } from '../../common/access.js';
import { communityOf, hasRole, type Actor } from '../../common/current-user.js';
import { validationError } from '../../common/validation.js';
import { AuditService } from '../audit/audit.service.js';
import { FileAccessRegistry } from '../files/file-access.registry.js';
import { FilesService } from '../files/files.service.js';
import type { StoredFile } from '../files/stored-file.entity.js';
import { Community } from '../identity/entities/community.entity.js';
import type { EntryDraftDto, ListEntriesQuery } from './dto/entry.dto.js';
import { LedgerAccount } from './entities/ledger-account.entity.js';
import { LedgerEntryRow, type EntryCost } from './entities/ledger-entry.entity.js';
import { LedgerPosting } from './entities/ledger-posting.entity.js';
import { LedgerStatementRow } from './entities/ledger-statement.entity.js';
import { AmountReader } from './ledger-amounts.js';
import { chainHead, lockChain, nextHash, postingPayload } from './ledger-chain.js';
import { ResolutionAuthorityRegistry } from './resolution-authority.js';
import { fromDomain } from '../../common/from-domain.js';

export const LEDGER_FILE_OWNER = 'ledger_entry';

export interface EntryView {
  entry: LedgerEntryRow;
  posting: LedgerPosting | null;
  reversedBy: string | null;
  attachments: StoredFile[];
}

/** Whether the caller may see drafts and the internal workflow (property finance and the committee). */
export const isInsider = (actor: Actor) => hasRole(actor, ...COMMITTEE, ...PROPERTY);

@Injectable()
export class LedgerService {
  constructor(
    private readonly ds: DataSource,
    private readonly audit: AuditService,
    private readonly files: FilesService,
    private readonly resolutions: ResolutionAuthorityRegistry,
    fileAccess: FileAccessRegistry,
  ) {
    // Attachments of an entry: insiders always; everyone else in the community once the entry is posted.
    fileAccess.register(LEDGER_FILE_OWNER, async (user, ownerId, communityId) => {
      const e = await this.ds.getRepository(LedgerEntryRow).findOneBy({ id: ownerId, communityId });
      if (!e) return false;
      return hasRole(user, ...COMMITTEE, ...PROPERTY) || e.status === 'posted';
    });
  }

  /** The community's public-income account, created on first use. */
  async account(m: EntityManager, communityId: string): Promise<LedgerAccount> {
    await m.query(
      `INSERT INTO ledger_accounts (community_id, kind) VALUES ($1, 'public_income') ON CONFLICT (community_id, kind) DO NOTHING`,
      [communityId],
    );
    return m.getRepository(LedgerAccount).findOneByOrFail({ communityId, kind: 'public_income' });
  }

  async settings(m: EntityManager, communityId: string) {
    const c = await m.getRepository(Community).findOneBy({ id: communityId });
    return ledgerSettings(c?.settings);
  }

  // ---------- drafting ----------

  /** Validates a draft's content and returns the columns it sets. Amount problems: LEDGER.AMOUNT_INVALID per field. */
  private content(dto: EntryDraftDto, today: string) {
    const kind = dto.kind as EntryKind;
    const fields: FieldError[] = [];
    const field = (f: string, msg: string) => fields.push({ field: f, messages: [msg] });
    if (!isCategoryOf(kind, dto.category)) field('category', kind === 'income' ? '不是收入类别' : '不是支出类别');
    const bookedOn = dto.bookedOn ?? today;
    for (const [f, v] of [
      ['bookedOn', bookedOn],
      ['coveredFrom', dto.coveredFrom],
      ['coveredTo', dto.coveredTo],
    ] as const) {
      if (v === undefined) continue;
      try {
        parseDate(v);
      } catch {
        field(f, '不是有效的日期');
      }
    }
    if (bookedOn > today) field('bookedOn', '记账日期不能是将来');
    if (dto.coveredFrom && dto.coveredTo && dto.coveredFrom > dto.coveredTo)
      field('coveredTo', '所属期间的结束日期不能早于开始日期');
    const amounts = new AmountReader();
    let amountFen: Fen | null = null;
    let grossFen: Fen | null = null;
    let costs: EntryCost[] = [];
    if (kind === 'income') {
      if (dto.amountYuan !== undefined) field('amountYuan', '收入请填写毛收入 grossAmountYuan 和成本 costs');
      if (dto.payee !== undefined) field('payee', '收入请填写付款方 counterparty');
      if (dto.resolutionId !== undefined) field('resolutionId', '收入不需要决议');
      if (!dto.counterparty?.trim()) field('counterparty', '请填写付款方');
      grossFen = amounts.read('grossAmountYuan', dto.grossAmountYuan, { required: true });
      const costFens = (dto.costs ?? []).map((c, i) =>
        amounts.read(`costs.${i}.amountYuan`, c.amountYuan, { required: true }),
      );
      const net = amounts.read('netAmountYuan', dto.netAmountYuan, { required: false });
      if (grossFen !== null && costFens.every((c): c is Fen => c !== null)) {
        const costsTotal = costFens.reduce((a, b) => a + b, 0n);
        if (costsTotal > grossFen)
          amounts.problems.push({ field: 'costs', messages: ['扣除的成本合计不能超过毛收入，请核对成本凭证'] });
        else {
          amountFen = fromDomain(() => netIncome(grossFen!, costFens));
          if (amountFen === 0n)
            amounts.problems.push({ field: 'costs', messages: ['成本等于毛收入，净收入为 0，无需入账'] });
          if (net !== null && net !== amountFen)
            amounts.problems.push({ field: 'netAmountYuan', messages: ['净收入必须等于毛收入减去各项成本'] });
        }
        costs = (dto.costs ?? []).map((c, i) => ({
          label: c.label,
          amountFen: costFens[i]!.toString(),
          evidenceFileIds: c.evidenceFileIds,
        }));
      }
    } else {
      for (const f of [
        'grossAmountYuan',
        'netAmountYuan',
        'costs',
        'counterparty',
        'coveredFrom',
        'coveredTo',
      ] as const) {
        if (dto[f] !== undefined) field(f, '支出不填写此项');
      }
      if (!dto.payee?.trim()) field('payee', '请填写收款方');
      if (!dto.purpose?.trim()) field('purpose', '请填写支出用途');
      amountFen = amounts.read('amountYuan', dto.amountYuan, { required: true });
    }
    if (fields.length) throw validationError(fields);
    amounts.throwIfAny();
    return {
      kind,
      category: dto.category,
      amountFen: amountFen!.toString(),
      grossFen: grossFen?.toString() ?? null,
      costs,
      counterparty: (kind === 'income' ? dto.counterparty : dto.payee)?.trim() ?? '',
      contractRef: dto.contractRef?.trim() ?? '',
      coveredFrom: dto.coveredFrom ?? null,
      coveredTo: dto.coveredTo ?? null,
      purpose: dto.purpose?.trim() ?? '',
      resolutionId: dto.resolutionId ?? null,
      bookedOn,
    };
  }

  private async attachAll(
    m: EntityManager,
    actor: Actor,
    entry: LedgerEntryRow,
    dto: EntryDraftDto,
  ): Promise<string[]> {
    const wanted = [
      ...new Set([...(dto.attachmentFileIds ?? []), ...(dto.costs ?? []).flatMap((c) => c.evidenceFileIds)]),
    ];
    const already = new Set(entry.attachmentFileIds ?? []);
    const fresh = wanted.filter((id) => !already.has(id));
    await this.files.attach(m, entry.communityId, fresh, LEDGER_FILE_OWNER, entry.id, actor.personId, {
      purposes: ['ledger_attachment'],
    });
    return [...already, ...fresh];
  }

  async createDraft(m: EntityManager, actor: Actor, dto: EntryDraftDto): Promise<LedgerEntryRow> {
    const communityId = communityOf(actor);
    const c = this.content(dto, chinaDate(new Date()));
    const account = await this.account(m, communityId);
    const repo = m.getRepository(LedgerEntryRow);
    const entry = await repo.save(
      repo.create({
        ...c,
        communityId,
        accountId: account.id,
        status: 'draft',
        authorId: actor.personId,
        attachmentFileIds: [],
      }),
    );
    entry.attachmentFileIds = await this.attachAll(m, actor, entry, dto);
    await repo.update({ id: entry.id }, { attachmentFileIds: entry.attachmentFileIds });
    await this.audit.record(
      {
        communityId,
        actorId: actor.personId,
        action: 'ledger.entry.draft',
        targetType: 'ledger_entry',
        targetId: entry.id,
        details: { kind: c.kind, category: c.category },
      },
      m,
    );
    return entry;
  }

  private async lockEntry(m: EntityManager, communityId: string, id: string): Promise<LedgerEntryRow> {
    if (!/^[0-9a-f-]{36}$/i.test(id)) throw AppError.notFound('账目');
    const e = await m
      .getRepository(LedgerEntryRow)
      .findOne({ where: { id, communityId }, lock: { mode: 'pessimistic_write' } });
    if (!e) throw AppError.notFound('账目');
    return e;
  }

  private illegal(e: LedgerEntryRow, message: string): AppError {
    return new AppError(ErrorCode.ILLEGAL_TRANSITION, `${message}（当前状态：${ENTRY_STATUS_LABELS[e.status]}）`, {
      currentStatus: e.status,
    });
  }

  /**
   * Refuses `action` unless the workflow table (entryMove in @gongzhi/domain) allows it for this caller: first the
   * status, then `afterStatus` (extra refusals of this use case), then who (author only / not the author).
   */
  private requireMove(actor: Actor, e: LedgerEntryRow, action: EntryAction, afterStatus?: () => void): void {
    const r = entryMove(e.status, action, e.authorId === actor.personId);
    if (!r.ok && r.reason === 'no_such_move') throw new AppError(r.code, r.message, { currentStatus: e.status });
    afterStatus?.();
    if (!r.ok) throw new AppError(r.code, r.message);
  }

  async revise(actor: Actor, id: string, dto: EntryDraftDto): Promise<LedgerEntryRow> {
    const communityId = communityOf(actor);
    return this.ds.transaction(async (m) => {
      const e = await this.lockEntry(m, communityId, id);
      this.requireMove(actor, e, 'revise', () => {
        if (e.reversesEntryId) throw this.illegal(e, '冲正账目不能修改内容，请重新发起冲正并写明理由');
      });
      const c = this.content(dto, chinaDate(new Date()));
      Object.assign(e, c, { status: 'draft' as const, revision: e.revision + 1 });
      e.attachmentFileIds = await this.attachAll(m, actor, e, dto);
      await m.getRepository(LedgerEntryRow).save(e);
      await this.audit.record(
        {
          communityId,
          actorId: actor.personId,
          action: 'ledger.entry.revise',
          targetType: 'ledger_entry',
          targetId: e.id,
          details: { revision: e.revision },
        },
        m,
      );
      return e;
    });
  }

  /** Refuses an expense that needs an owners' resolution and does not cite a passed one. */
  private async checkResolution(m: EntityManager, e: LedgerEntryRow): Promise<void> {
    if (e.reversesEntryId) return;
    const rule = resolutionRequirement(await this.settings(m, e.communityId), e.kind, e.category, BigInt(e.amountFen));
    if (!rule.required) return;
    if (!e.resolutionId) {
      throw new AppError(
        ErrorCode.LEDGER_RESOLUTION_REQUIRED,
        `${rule.reason}。请在决议通过后填写决议编号（resolutionId）再提交`,
        { reason: rule.reason },
      );
    }
    const r = await this.resolutions.find(m, e.communityId, e.resolutionId);
    if (!r)
      throw new AppError(
        ErrorCode.LEDGER_RESOLUTION_REQUIRED,
        `${rule.reason}，但本小区没有编号为 ${e.resolutionId} 的决议，请核对决议编号`,
        { reason: rule.reason },
      );
    if (!r.passed)
      throw new AppError(
        ErrorCode.LEDGER_RESOLUTION_REQUIRED,
        `${rule.reason}，但决议「${r.title}」未获通过，不能据此支出`,
        { reason: rule.reason },
      );
  }

  /** Refuses booking into a period whose statement is already published (it would silently change it). */
  private async checkPeriodOpen(m: EntityManager, communityId: string, bookedOn: string): Promise<void> {
    const published = await m
      .getRepository(LedgerStatementRow)
      .createQueryBuilder('s')
      .where('s.community_id = :communityId AND s.period_start <= :d AND s.period_end >= :d', {
        communityId,
        d: bookedOn,
      })
      .getOne();
    if (published) {
      throw new AppError(
        ErrorCode.CONFLICT,
        `记账日期 ${bookedOn} 所在的期间已经公示，不能再记入；请把记账日期改为当前期间`,
        { periodKey: published.periodKey },
      );
    }
  }

  async submit(actor: Actor, id: string): Promise<LedgerEntryRow> {
    const communityId = communityOf(actor);
    return this.ds.transaction(async (m) => {
      const e = await this.lockEntry(m, communityId, id);
      this.requireMove(actor, e, 'submit');
      await this.checkResolution(m, e);
      await this.checkPeriodOpen(m, communityId, e.bookedOn);
      e.status = 'submitted';
      e.submittedAt = new Date();
      await m.getRepository(LedgerEntryRow).save(e);
      await this.audit.record(
        {
          communityId,
          actorId: actor.personId,
          action: 'ledger.entry.submit',
          targetType: 'ledger_entry',
          targetId: e.id,
        },
        m,
      );
      return e;
    });
  }

  async reject(actor: Actor, id: string, reason: string): Promise<LedgerEntryRow> {
    const communityId = communityOf(actor);
    return this.ds.transaction(async (m) => {
      const e = await this.lockEntry(m, communityId, id);
      this.requireMove(actor, e, 'reject');
      Object.assign(e, {
        status: 'rejected',
        rejectReason: reason.trim(),
        decidedBy: actor.personId,
        decidedAt: new Date(),
      });
      await m.getRepository(LedgerEntryRow).save(e);
      await this.audit.record(
        {
          communityId,
          actorId: actor.personId,
          action: 'ledger.entry.reject',
          targetType: 'ledger_entry',
          targetId: e.id,
        },
        m,
      );
      return e;
    });
  }

  /**
   * Approves and posts: the entry row is locked (concurrent approvals post once), then the community's chain is
   * locked and the posting appended with the next sequence number and hash.
   */
  async approve(actor: Actor, id: string): Promise<LedgerEntryRow> {
    const communityId = communityOf(actor);
    return this.ds.transaction(async (m) => {
      const e = await this.lockEntry(m, communityId, id);
      this.requireMove(actor, e, 'approve');
      await this.checkResolution(m, e);
      const postedAt = new Date();
      if (e.reversesEntryId) e.bookedOn = chinaDate(postedAt);
      await lockChain(m, communityId);
      await this.checkPeriodOpen(m, communityId, e.bookedOn);
      let reversesPostingId: string | null = null;
      if (e.reversesEntryId) {
        const original = await m.getRepository(LedgerPosting).findOneBy({ entryId: e.reversesEntryId, communityId });
        if (!original) throw AppError.notFound('被冲正的账目');
        if (await m.getRepository(LedgerPosting).existsBy({ reversesPostingId: original.id }))
          throw AppError.conflict('原账目已被冲正过，不能重复冲正');
        reversesPostingId = original.id;
      }
      const head = await chainHead(m, communityId);
      const posting: Omit<LedgerPosting, 'id' | 'prevHash' | 'hash'> = {
        communityId,
        accountId: e.accountId,
        seq: (head.seq + 1n).toString(),
        entryId: e.id,
        kind: e.kind,
        category: e.category,
        amountFen: e.amountFen,
        bookedOn: e.bookedOn,
        reversesPostingId,
        details: {
          grossFen: e.grossFen,
          costs: e.costs,
          counterparty: e.counterparty,
          contractRef: e.contractRef,
          coveredFrom: e.coveredFrom,
          coveredTo: e.coveredTo,
          purpose: e.purpose,
          resolutionId: e.resolutionId,
          reversalReason: e.reversalReason,
          attachmentFileIds: e.attachmentFileIds,
        },
        authorId: e.authorId,
        approverId: actor.personId,
        postedAt,
      };
      const hash = nextHash(head.hash, postingPayload(posting));
      await m.getRepository(LedgerPosting).insert({ ...posting, prevHash: head.hash, hash } as never);
      Object.assign(e, { status: 'posted', decidedBy: actor.personId, decidedAt: postedAt, rejectReason: null });
      await m.getRepository(LedgerEntryRow).save(e);
      await this.audit.record(
        {
          communityId,
          actorId: actor.personId,
          action: 'ledger.entry.post',
          targetType: 'ledger_entry',
          targetId: e.id,
          details: { seq: posting.seq },
        },
        m,
      );
      return e;
    });
  }

  /**
   * Starts the correction of a posted entry: a reversal with the same kind, category and amount that cites it and
   * says why, submitted for approval by a committee member other than its author. An entry is reversed only once.
   */
  async reverse(actor: Actor, id: string, reason: string): Promise<LedgerEntryRow> {
    const communityId = communityOf(actor);
    return this.ds.transaction(async (m) => {
      const original = await this.lockEntry(m, communityId, id);
      this.requireMove(actor, original, 'reverse');
      if (original.reversesEntryId)
        throw this.illegal(original, '这是一笔冲正账目，不能再冲正；如有错误请重新录入正确的账目');
      const repo = m.getRepository(LedgerEntryRow);
      const existing = await repo.findOneBy({ communityId, reversesEntryId: original.id });
      if (existing && existing.status !== 'rejected') {
        throw AppError.conflict(
          existing.status === 'posted' ? '该账目已被冲正过，不能重复冲正' : '该账目的冲正正在审核中，不能重复发起',
          { reversalEntryId: existing.id },
        );
      }
      const now = new Date();
      const reversal =
        existing ??
        repo.create({
          communityId,
          accountId: original.accountId,
          kind: original.kind,
          category: original.category,
          amountFen: original.amountFen,
          grossFen: original.grossFen,
          costs: original.costs,
          counterparty: original.counterparty,
          contractRef: original.contractRef,
          coveredFrom: original.coveredFrom,
          coveredTo: original.coveredTo,
          purpose: original.purpose,
          resolutionId: original.resolutionId,
          attachmentFileIds: [],
          reversesEntryId: original.id,
        });
      Object.assign(reversal, {
        status: 'submitted',
        reversalReason: reason.trim(),
        authorId: actor.personId,
        bookedOn: chinaDate(now),
        submittedAt: now,
        decidedBy: null,
        decidedAt: null,
        rejectReason: null,
        revision: existing ? existing.revision + 1 : 1,
      });
      const saved = await repo.save(reversal);
      await this.audit.record(
        {
          communityId,
          actorId: actor.personId,
          action: 'ledger.entry.reverse',
          targetType: 'ledger_entry',
          targetId: saved.id,
          details: { reverses: original.id },
        },
        m,
      );
      return saved;
    });
  }

  // ---------- reading ----------

  async list(actor: Actor, q: ListEntriesQuery): Promise<{ items: EntryView[]; total: number }> {
    const communityId = communityOf(actor);
    const qb = this.ds
      .getRepository(LedgerEntryRow)
      .createQueryBuilder('e')
      .where('e.community_id = :communityId', { communityId });
    if (!isInsider(actor)) qb.andWhere(`e.status = 'posted'`);
    if (q.status) qb.andWhere('e.status = :status', { status: q.status });
    if (q.kind) qb.andWhere('e.kind = :kind', { kind: q.kind });
    if (q.category) qb.andWhere('e.category = :category', { category: q.category });
    if (q.from) qb.andWhere('e.booked_on >= :from', { from: q.from });
    if (q.to) qb.andWhere('e.booked_on <= :to', { to: q.to });
    const [rows, total] = await qb
      .orderBy('e.booked_on', 'DESC')
      .addOrderBy('e.created_at', 'DESC')
      .take(q.limit ?? 50)
      .skip(q.offset ?? 0)
      .getManyAndCount();
    return { items: await this.views(communityId, rows, false), total };
  }

  async get(actor: Actor, id: string): Promise<EntryView> {
    const communityId = communityOf(actor);
    if (!/^[0-9a-f-]{36}$/i.test(id)) throw AppError.notFound('账目');
    const e = await this.ds.getRepository(LedgerEntryRow).findOneBy({ id, communityId });
    if (!e || (!isInsider(actor) && e.status !== 'posted')) throw AppError.notFound('账目');
    return (await this.views(communityId, [e], true))[0]!;
  }

  async view(communityId: string, e: LedgerEntryRow): Promise<EntryView> {
    return (await this.views(communityId, [e], true))[0]!;
  }

  private async views(communityId: string, rows: LedgerEntryRow[], withFiles: boolean): Promise<EntryView[]> {
    if (!rows.length) return [];
    const ids = rows.map((r) => r.id);
    const postings = await this.ds.getRepository(LedgerPosting).findBy({ communityId, entryId: In(ids) });
    const reversals = await this.ds
      .getRepository(LedgerEntryRow)
      .findBy({ communityId, reversesEntryId: In(ids), status: 'posted' });
    const byEntry = new Map(postings.map((p) => [p.entryId, p]));
    const reversedBy = new Map(reversals.map((r) => [r.reversesEntryId!, r.id]));
    return Promise.all(
      rows.map(async (entry) => ({
        entry,
        posting: byEntry.get(entry.id) ?? null,
        reversedBy: reversedBy.get(entry.id) ?? null,
        attachments: withFiles ? await this.files.listForOwner(communityId, LEDGER_FILE_OWNER, entry.id) : [],
      })),
    );
  }
}
