import { Injectable } from '@nestjs/common';
import { ErrorCode, surveyResult, type SurveyResult } from '@gongzhi/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { AppError } from '../../common/app-error.js';
import { communityOf, hasRole, type Actor } from '../../common/current-user.js';
import { IdempotencyService } from '../../common/idempotency.js';
import { isId } from '../../common/ids.js';
import { AuditService } from '../audit/audit.service.js';
import type { AnswerSurveyDto, CreateSurveyDto } from './dto/supervision.dto.js';
import { SupervisionSurvey, SupervisionSurveyAnswer, SupervisionSurveyFrame } from './entities/supervision.entities.js';
import { SupervisionClock } from './supervision-clock.js';
import { SupervisionRepository } from './supervision.repository.js';

/** Who runs a survey: the committee (the owners' evaluation, Huzhou Art. 34) or the neighbourhood officer. */
export const SURVEY_ORGANISERS = ['committee_member', 'committee_chair', 'neighbourhood_officer'] as const;

/**
 * Household surveys (住户满意度调查, domain-rules §12): the frame (every household, its area, staff and committee
 * households flagged) is frozen when the survey opens; one answer per household (a unique index); the result shows
 * the response rate and n beside the score, a margin only with the finite-population correction, and nothing below
 * the survey's minimum n or response rate. The property company cannot organise or close a survey about itself.
 */
@Injectable()
export class SurveysService {
  constructor(
    private readonly ds: DataSource,
    private readonly repo: SupervisionRepository,
    private readonly audit: AuditService,
    private readonly idempotency: IdempotencyService,
    private readonly clock: SupervisionClock,
  ) {}

  async create(actor: Actor, dto: CreateSurveyDto, key: string | null) {
    const communityId = communityOf(actor);
    const { id } = await this.idempotency.run(
      { actorId: actor.personId, route: 'POST /api/v1/supervision/surveys', key, body: dto },
      async (m) => {
        const s = await m.getRepository(SupervisionSurvey).save({
          communityId,
          title: dto.title,
          questions: dto.questions,
          weighting: dto.weighting,
          minResponses: dto.minResponses,
          minRatePermille: dto.minResponseRatePermille,
          status: 'open' as const,
          createdBy: actor.personId,
        });
        const n = await this.repo.freezeFrame(m, communityId, s.id);
        if (!n) throw AppError.conflict('小区名册里还没有房屋，不能发起住户调查');
        await this.audit.record(
          {
            communityId,
            actorId: actor.personId,
            action: 'supervision.survey_opened',
            targetType: 'supervision_survey',
            targetId: s.id,
            details: { frame: n },
          },
          m,
        );
        return { id: s.id };
      },
    );
    return this.view(this.ds.manager, communityId, id, actor);
  }

  /** One answer per household: the caller must own or live in the unit, and the unit must be in the frozen frame. */
  async answer(actor: Actor, id: string, dto: AnswerSurveyDto) {
    const communityId = communityOf(actor);
    if (!isId(id)) throw AppError.notFound('住户调查');
    return this.ds.transaction(async (m) => {
      const s = await m.getRepository(SupervisionSurvey).findOne({ where: { id, communityId } });
      if (!s) throw AppError.notFound('住户调查');
      if (s.status !== 'open') throw new AppError(ErrorCode.ILLEGAL_TRANSITION, '这份调查已经结束了');
      if (dto.ratings.length !== s.questions.length)
        throw new AppError(ErrorCode.VALIDATION_FAILED, `请为全部 ${s.questions.length} 个问题打分`, {
          fields: [{ field: 'ratings', messages: [`请为全部 ${s.questions.length} 个问题打分`] }],
        });
      if (!(await this.repo.isBoundTo(m, actor.personId, communityId, dto.unitId)))
        throw AppError.forbidden('只能为自己名下或居住的房屋答卷');
      const inFrame = await m
        .getRepository(SupervisionSurveyFrame)
        .findOne({ where: { surveyId: id, unitId: dto.unitId } });
      if (!inFrame) throw AppError.conflict('这套房屋不在本次调查的住户名单里（名单在调查开始时确定）');
      const inserted: Array<{ id: string }> = await m.query(
        `INSERT INTO supervision_survey_answers (survey_id, community_id, unit_id, person_id, ratings)
         VALUES ($1, $2, $3, $4, $5) ON CONFLICT (survey_id, unit_id) DO NOTHING RETURNING id`,
        [id, communityId, dto.unitId, actor.personId, dto.ratings],
      );
      if (!inserted.length) throw AppError.conflict('这户已经答过这份调查了，每户只能答一份');
      return { answered: true, unitId: dto.unitId };
    });
  }

  async close(actor: Actor, id: string) {
    const communityId = communityOf(actor);
    if (!isId(id)) throw AppError.notFound('住户调查');
    return this.ds.transaction(async (m) => {
      const repo = m.getRepository(SupervisionSurvey);
      const s = await repo.findOne({ where: { id, communityId }, lock: { mode: 'pessimistic_write' } });
      if (!s) throw AppError.notFound('住户调查');
      if (s.status !== 'open') throw new AppError(ErrorCode.ILLEGAL_TRANSITION, '这份调查已经结束了');
      Object.assign(s, { status: 'closed', closedBy: actor.personId, closedAt: this.clock.now() });
      await repo.save(s);
      await this.audit.record(
        {
          communityId,
          actorId: actor.personId,
          action: 'supervision.survey_closed',
          targetType: 'supervision_survey',
          targetId: s.id,
        },
        m,
      );
      return this.view(m, communityId, s.id, actor);
    });
  }

  async list(actor: Actor) {
    const communityId = communityOf(actor);
    const rows = await this.ds.getRepository(SupervisionSurvey).find({
      where: { communityId },
      order: { createdAt: 'DESC' },
      take: 50,
    });
    return { items: await Promise.all(rows.map((r) => this.view(this.ds.manager, communityId, r.id, actor))) };
  }

  async get(actor: Actor, id: string) {
    const communityId = communityOf(actor);
    if (!isId(id)) throw AppError.notFound('住户调查');
    const s = await this.ds.getRepository(SupervisionSurvey).findOne({ where: { id, communityId } });
    if (!s) throw AppError.notFound('住户调查');
    return this.view(this.ds.manager, communityId, id, actor);
  }

  /** The frame and answers of a survey, as the pure rule reads them. */
  async inputs(m: EntityManager, surveyId: string) {
    const frame = await m.getRepository(SupervisionSurveyFrame).find({ where: { surveyId } });
    const answers = await m
      .getRepository(SupervisionSurveyAnswer)
      .find({ where: { surveyId }, order: { createdAt: 'ASC' } });
    return {
      frame: frame.map((f) => ({ unitId: f.unitId, areaHundredths: Number(f.areaHundredths), flagged: f.flagged })),
      answers: answers.map((a) => ({ unitId: a.unitId, ratings: a.ratings })),
    };
  }

  result(s: SupervisionSurvey, inputs: Awaited<ReturnType<SurveysService['inputs']>>): SurveyResult {
    return surveyResult(inputs.frame, inputs.answers, {
      weighting: s.weighting,
      minResponses: s.minResponses,
      minResponseRatePermille: s.minRatePermille,
    });
  }

  /** The latest closed survey of the year (for the annual assessment), or null. */
  async closedInYear(m: EntityManager, communityId: string, year: number) {
    const rows: Array<{ id: string }> = await m.query(
      `SELECT id FROM supervision_surveys WHERE community_id = $1 AND status = 'closed'
          AND closed_at >= make_timestamptz($2, 1, 1, 0, 0, 0, 'Asia/Shanghai')
          AND closed_at < make_timestamptz($2 + 1, 1, 1, 0, 0, 0, 'Asia/Shanghai')
        ORDER BY closed_at DESC LIMIT 1`,
      [communityId, year],
    );
    return rows[0] ? m.getRepository(SupervisionSurvey).findOneByOrFail({ id: rows[0].id }) : null;
  }

  private async view(m: EntityManager, communityId: string, id: string, actor: Actor) {
    const s = await m.getRepository(SupervisionSurvey).findOneOrFail({ where: { id, communityId } });
    const inputs = await this.inputs(m, s.id);
    const r = this.result(s, inputs);
    const mine = inputs.answers.length
      ? (
          await m.query(`SELECT unit_id FROM supervision_survey_answers WHERE survey_id = $1 AND person_id = $2`, [
            s.id,
            actor.personId,
          ])
        ).map((x: { unit_id: string }) => x.unit_id)
      : [];
    const open: Array<{ unit_id: string }> =
      s.status === 'open' ? await this.repo.unansweredFrameUnits(m, s.id, actor.personId, communityId) : [];
    const show = r.publishable && (s.status === 'closed' || hasRole(actor, ...SURVEY_ORGANISERS));
    return {
      id: s.id,
      title: s.title,
      questions: s.questions,
      weighting: s.weighting,
      status: s.status,
      minResponses: s.minResponses,
      minResponseRatePermille: s.minRatePermille,
      closedAt: s.closedAt,
      createdAt: s.createdAt,
      answeredUnitIds: mine as string[],
      myOpenUnitIds: open.map((u) => u.unit_id),
      result: {
        frameHouseholds: r.frameHouseholds,
        responses: r.responses,
        responseRatePermille: r.responseRatePermille,
        flaggedResponses: r.flaggedResponses,
        score: show && r.score !== null ? r.score / 10 : null,
        satisfiedPermille: show ? r.satisfiedPermille : null,
        margin: show && r.marginTenths !== null ? r.marginTenths / 10 : null,
        marginNote: show && r.marginTenths !== null ? '误差范围假定答卷住户是随机的（95%，已按有限总体修正）' : null,
        publishable: r.publishable,
        withheldReason: r.withheldReason,
      },
    };
  }
}
