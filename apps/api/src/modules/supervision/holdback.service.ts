import { Injectable } from '@nestjs/common';
import { ErrorCode, holdBackRelease } from '@gongzhi/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { AppError } from '../../common/app-error.js';
import { communityOf, type Actor } from '../../common/current-user.js';
import { IdempotencyService } from '../../common/idempotency.js';
import { isId } from '../../common/ids.js';
import { AuditService } from '../audit/audit.service.js';
import { ContractsService } from './contracts.service.js';
import type { ProposeHoldbackReleaseDto } from './dto/supervision.dto.js';
import {
  SupervisionHoldbackPosting,
  SupervisionHoldbackRelease,
  SupervisionSurvey,
} from './entities/supervision.entities.js';
import { SupervisionClock } from './supervision-clock.js';
import { SupervisionRepository } from './supervision.repository.js';
import { SurveysService } from './surveys.service.js';

/**
 * The fee hold-back (Huzhou Art. 34, Shaoxing Art. 37): the contract holds back a share of the fee; the owners'
 * evaluation the committee organises (a closed survey that met its threshold) sets the band of the contract's
 * hold-back term; a committee member proposes the release and ANOTHER approves it, which writes an append-only posting
 * in the fee hold-back account (kept apart from the public-income ledger), citing the evaluation.
 */
@Injectable()
export class HoldbackService {
  constructor(
    private readonly ds: DataSource,
    private readonly repo: SupervisionRepository,
    private readonly contracts: ContractsService,
    private readonly surveys: SurveysService,
    private readonly audit: AuditService,
    private readonly idempotency: IdempotencyService,
    private readonly clock: SupervisionClock,
  ) {}

  async propose(actor: Actor, dto: ProposeHoldbackReleaseDto, key: string | null) {
    const communityId = communityOf(actor);
    const { id } = await this.idempotency.run(
      { actorId: actor.personId, route: 'POST /api/v1/supervision/holdback/releases', key, body: dto },
      async (m) => {
        const contract = await this.contracts.active(m, communityId);
        if (!contract?.holdBack) throw AppError.conflict('现行物业服务合同没有约定物业费预留条款');
        const survey = isId(dto.surveyId)
          ? await m.getRepository(SupervisionSurvey).findOne({ where: { id: dto.surveyId, communityId } })
          : null;
        if (!survey) throw AppError.notFound('住户调查');
        if (survey.status !== 'closed') throw AppError.conflict('业主评价（住户调查）结束后才能按结果返还');
        const result = this.surveys.result(survey, await this.surveys.inputs(m, survey.id));
        if (!result.publishable || result.score === null)
          throw AppError.conflict(
            `这次调查的结果未达公布条件（${result.withheldReason ?? '无人答卷'}），不能作为返还依据`,
          );
        const held = BigInt(dto.heldFen);
        const release = holdBackRelease(held, contract.holdBack.bands, result.score);
        const band = [...contract.holdBack.bands]
          .sort((a, b) => b.minTenths - a.minTenths)
          .find((b) => result.score! >= b.minTenths);
        const saved = await m.getRepository(SupervisionHoldbackRelease).save({
          communityId,
          contractId: contract.id,
          surveyId: survey.id,
          period: dto.period,
          heldFen: held.toString(),
          score: result.score,
          releasePermille: band?.releasePermille ?? 0,
          releaseFen: release.toString(),
          status: 'proposed' as const,
          proposedBy: actor.personId,
        });
        await this.audit.record(
          {
            communityId,
            actorId: actor.personId,
            action: 'supervision.holdback_proposed',
            targetType: 'supervision_holdback_release',
            targetId: saved.id,
          },
          m,
        );
        return { id: saved.id };
      },
    );
    return this.view(this.ds.manager, communityId, id);
  }

  /** A committee member other than the proposer approves; the posting is written in the same transaction. */
  async approve(actor: Actor, id: string) {
    const communityId = communityOf(actor);
    if (!isId(id)) throw AppError.notFound('预留物业费返还');
    return this.ds.transaction(async (m) => {
      const repo = m.getRepository(SupervisionHoldbackRelease);
      const r = await repo.findOne({ where: { id, communityId }, lock: { mode: 'pessimistic_write' } });
      if (!r) throw AppError.notFound('预留物业费返还');
      if (r.status !== 'proposed') throw new AppError(ErrorCode.ILLEGAL_TRANSITION, '这笔返还已经批准过了');
      if (r.proposedBy === actor.personId)
        throw new AppError(ErrorCode.LEDGER_AUTHOR_CANNOT_APPROVE, '提出返还的委员不能自己批准，请另一位委员审核');
      const now = this.clock.now();
      Object.assign(r, { status: 'approved', approvedBy: actor.personId, approvedAt: now });
      await repo.save(r);
      await m.getRepository(SupervisionHoldbackPosting).insert({
        communityId,
        releaseId: r.id,
        surveyId: r.surveyId,
        amountFen: r.releaseFen,
        withheldFen: (BigInt(r.heldFen) - BigInt(r.releaseFen)).toString(),
        proposedBy: r.proposedBy,
        approvedBy: actor.personId,
      });
      await this.audit.record(
        {
          communityId,
          actorId: actor.personId,
          action: 'supervision.holdback_approved',
          targetType: 'supervision_holdback_release',
          targetId: r.id,
        },
        m,
      );
      return this.view(m, communityId, r.id);
    });
  }

  /** The account as everyone in the community reads it: releases (proposed and approved) and postings. */
  async account(actor: Actor) {
    const communityId = communityOf(actor);
    const rows = await this.ds.getRepository(SupervisionHoldbackRelease).find({
      where: { communityId },
      order: { createdAt: 'DESC' },
      take: 100,
    });
    const postings = await this.ds.getRepository(SupervisionHoldbackPosting).find({
      where: { communityId },
      order: { id: 'ASC' },
    });
    const names = await this.repo.names(
      this.ds.manager,
      postings.flatMap((p) => [p.proposedBy, p.approvedBy]),
    );
    return {
      releases: await Promise.all(rows.map((r) => this.view(this.ds.manager, communityId, r.id))),
      postings: postings.map((p) => ({
        id: String(p.id),
        releaseId: p.releaseId,
        surveyId: p.surveyId,
        amountFen: String(p.amountFen),
        withheldFen: String(p.withheldFen),
        proposedByName: names.get(p.proposedBy) ?? '',
        approvedByName: names.get(p.approvedBy) ?? '',
        createdAt: p.createdAt,
      })),
      releasedFen: postings.reduce((s, p) => s + BigInt(p.amountFen), 0n).toString(),
    };
  }

  private async view(m: EntityManager, communityId: string, id: string) {
    const r = await m.getRepository(SupervisionHoldbackRelease).findOneOrFail({ where: { id, communityId } });
    const names = await this.repo.names(m, [r.proposedBy, r.approvedBy]);
    return {
      id: r.id,
      surveyId: r.surveyId,
      period: r.period,
      heldFen: String(r.heldFen),
      score: r.score / 10,
      releasePermille: r.releasePermille,
      releaseFen: String(r.releaseFen),
      status: r.status,
      proposedByName: names.get(r.proposedBy) ?? '',
      approvedByName: r.approvedBy ? (names.get(r.approvedBy) ?? '') : null,
      approvedAt: r.approvedAt,
      createdAt: r.createdAt,
    };
  }
}
