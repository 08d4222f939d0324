import { Injectable } from '@nestjs/common';
import {
  ErrorCode,
  chinaDate,
  ENTRY_STATUS_LABELS,
  ledgerSettings,
  resolutionRequirement,
  entryMove,
  type EntryAction,
} from '@gongzhi/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { AppError } from '../../common/app-error.js';
import { COMMITTEE, PROPERTY } from '../../common/access.js';
import { communityOf, hasRole, type Actor } from '../../common/current-user.js';
import { AuditService } from '../audit/audit.service.js';
import { FileAccessRegistry } from '../files/file-access.registry.js';
import { FilesService } from '../files/files.service.js';
import { Community } from '../identity/entities/community.entity.js';
import type { EntryDraftDto } from './dto/entry.dto.js';
import { LedgerAccount } from './entities/ledger-account.entity.js';
import { LedgerEntryRow } from './entities/ledger-entry.entity.js';
import { LedgerPosting } from './entities/ledger-posting.entity.js';
import { LedgerStatementRow } from './entities/ledger-statement.entity.js';
import { chainHead, lockChain, nextHash, postingPayload } from './ledger-chain.js';
import { ResolutionAuthorityRegistry } from './resolution-authority.registry.js';
import { entryContent } from './ledger-entry-content.js';

export const LEDGER_FILE_OWNER = 'ledger_entry';

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
    const c = entryContent(dto, chinaDate(new Date()));
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
      const c = entryContent(dto, chinaDate(new Date()));
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
}
