import { Injectable } from '@nestjs/common';
import { ErrorCode } from '@gongzhi/domain';
import { DataSource } from 'typeorm';
import { AppError } from '../../common/app-error.js';
import { communityOf, type Actor } from '../../common/current-user.js';
import { AuditService } from '../audit/audit.service.js';
import type { AnswerQuestionDto, AskQuestionDto, ListQuestionsQuery } from './dto/question.dto.js';
import { LedgerEntryRow } from './entities/ledger-entry.entity.js';
import { LedgerQuestion } from './entities/ledger-question.entity.js';
import { periodOfKey } from './ledger-statements.service.js';

/** Owners' questions (质询) on a posted entry or a statement; answered by the committee; public to the community. */
@Injectable()
export class LedgerQuestionsService {
  constructor(
    private readonly ds: DataSource,
    private readonly audit: AuditService,
  ) {}

  async ask(actor: Actor, dto: AskQuestionDto): Promise<LedgerQuestion> {
    const communityId = communityOf(actor);
    if (dto.targetType === 'entry') {
      const ok =
        /^[0-9a-f-]{36}$/i.test(dto.targetRef) &&
        (await this.ds.getRepository(LedgerEntryRow).existsBy({ id: dto.targetRef, communityId, status: 'posted' }));
      if (!ok) throw AppError.notFound('账目');
    } else if (!periodOfKey(dto.targetRef)) {
      throw AppError.notFound('公示期间');
    }
    return this.ds.transaction(async (m) => {
      const q = await m.getRepository(LedgerQuestion).save(
        m.getRepository(LedgerQuestion).create({
          communityId,
          targetType: dto.targetType,
          targetRef: dto.targetRef,
          askerId: actor.personId,
          body: dto.body.trim(),
        }),
      );
      await this.audit.record(
        {
          communityId,
          actorId: actor.personId,
          action: 'ledger.question.ask',
          targetType: 'ledger_question',
          targetId: q.id,
          details: { targetType: dto.targetType },
        },
        m,
      );
      return q;
    });
  }

  async answer(actor: Actor, id: string, dto: AnswerQuestionDto): Promise<LedgerQuestion> {
    const communityId = communityOf(actor);
    if (!/^[0-9a-f-]{36}$/i.test(id)) throw AppError.notFound('质询');
    return this.ds.transaction(async (m) => {
      const q = await m
        .getRepository(LedgerQuestion)
        .findOne({ where: { id, communityId }, lock: { mode: 'pessimistic_write' } });
      if (!q) throw AppError.notFound('质询');
      if (q.answeredAt)
        throw new AppError(ErrorCode.ILLEGAL_TRANSITION, '该质询已经答复过', { currentStatus: 'answered' });
      Object.assign(q, { answer: dto.answer.trim(), answeredBy: actor.personId, answeredAt: new Date() });
      await m.getRepository(LedgerQuestion).save(q);
      await this.audit.record(
        {
          communityId,
          actorId: actor.personId,
          action: 'ledger.question.answer',
          targetType: 'ledger_question',
          targetId: q.id,
        },
        m,
      );
      return q;
    });
  }

  async list(actor: Actor, f: ListQuestionsQuery): Promise<LedgerQuestion[]> {
    const qb = this.ds
      .getRepository(LedgerQuestion)
      .createQueryBuilder('q')
      .where('q.community_id = :c', { c: communityOf(actor) });
    if (f.targetType) qb.andWhere('q.target_type = :t', { t: f.targetType });
    if (f.targetRef) qb.andWhere('q.target_ref = :r', { r: f.targetRef });
    if (f.status === 'open') qb.andWhere('q.answered_at IS NULL');
    if (f.status === 'answered') qb.andWhere('q.answered_at IS NOT NULL');
    return qb.orderBy('q.created_at', 'DESC').limit(200).getMany();
  }
}
