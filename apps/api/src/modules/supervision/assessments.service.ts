import { Injectable } from '@nestjs/common';
import {
  ASSESSMENT_COMPONENT_LABELS,
  ASSESSMENT_COMPONENTS,
  ASSESSMENT_STATUS_LABELS,
  ASSESSMENT_TRANSITIONS,
  DEFAULT_REPLY_WINDOW_DAYS,
  ErrorCode,
  peerGroup,
  peerGroupLabel,
  rankWithinPeers,
  recomputeAssessment,
  supervisionMove,
  weightsProblem,
  type AssessmentExport,
  type SupervisionParty,
} from '@gongzhi/domain';
import { DataSource, In, type EntityManager } from 'typeorm';
import { AppError } from '../../common/app-error.js';
import { communityOf, type Actor } from '../../common/current-user.js';
import { IdempotencyService } from '../../common/idempotency.js';
import { isId } from '../../common/ids.js';
import { AuditService } from '../audit/audit.service.js';
import { InboxService } from '../inbox/inbox.service.js';
import { ComplaintsService } from './complaints.service.js';
import { ContractsService } from './contracts.service.js';
import type { ComputeAssessmentDto, ReplyDto } from './dto/supervision.dto.js';
import { SupervisionAssessment } from './entities/supervision.entities.js';
import { InspectionsService } from './inspections.service.js';
import { SupervisionClock } from './supervision-clock.js';
import { SupervisionRepository } from './supervision.repository.js';
import { SurveysService } from './surveys.service.js';

/**
 * The annual assessment (年度综合考评, domain-rules §12): the district computes it from the year's published inspections,
 * the latest closed survey (only when it met its threshold), the repair and complaint figures, and its disclosure
 * rating, with the weights it sets; the pure engine (`recomputeAssessment`) does all arithmetic, so the export
 * reproduces the score. The company has its reply window (10 days) before a regulator publishes it.
 */
@Injectable()
export class AssessmentsService {
  constructor(
    private readonly ds: DataSource,
    private readonly repo: SupervisionRepository,
    private readonly contracts: ContractsService,
    private readonly inspections: InspectionsService,
    private readonly surveys: SurveysService,
    private readonly complaints: ComplaintsService,
    private readonly audit: AuditService,
    private readonly inbox: InboxService,
    private readonly idempotency: IdempotencyService,
    private readonly clock: SupervisionClock,
  ) {}

  /** The community, when it lies in a district the regulator oversees; else 404 (as for a missing one). */
  async regulated(m: EntityManager, actor: Actor, communityId: string) {
    const c = isId(communityId) ? await this.repo.community(m, communityId) : null;
    if (!c || !actor.regulatedDistrictIds.includes(c.districtId)) throw AppError.notFound('小区');
    return c;
  }

  async compute(actor: Actor, dto: ComputeAssessmentDto, key: string | null) {
    const bad = weightsProblem(dto.weights);
    if (bad) throw new AppError(ErrorCode.VALIDATION_FAILED, bad, { fields: [{ field: 'weights', messages: [bad] }] });
    const { id } = await this.idempotency.run(
      { actorId: actor.personId, route: 'POST /api/v1/supervision/district/assessments', key, body: dto },
      async (m) => {
        const community = await this.regulated(m, actor, dto.communityId);
        const contract = await this.contracts.active(m, dto.communityId);
        if (!contract) throw AppError.conflict('这个小区还没有已确认的物业服务合同，无法按服务等级考评');
        const exists = await m
          .getRepository(SupervisionAssessment)
          .findOne({ where: { communityId: dto.communityId, year: dto.year } });
        if (exists) throw AppError.conflict(`${dto.year} 年度的考评已经计算过了`);
        const now = this.clock.now();
        const figures = await this.figures(m, dto.communityId, dto.year, now, dto.disclosureScore);
        const { inputs, total } = recomputeAssessment({ weights: dto.weights, figures });
        const saved = await m.getRepository(SupervisionAssessment).save({
          districtId: community.districtId,
          communityId: dto.communityId,
          year: dto.year,
          weights: { ...dto.weights },
          inputs,
          figures: figures as unknown as Record<string, unknown>,
          total,
          peerGroup: peerGroup(
            { grade: contract.grade, builtYear: null, households: figures.complaints.households },
            dto.year,
          ),
          status: 'awaiting_reply' as const,
          computedBy: actor.personId,
          replyDueAt: this.repo.deadline(now, DEFAULT_REPLY_WINDOW_DAYS),
        });
        await this.inbox.send(m, {
          communityId: dto.communityId,
          personIds: await this.repo.peopleWithRole(m, dto.communityId, ['property_manager']),
          kind: 'supervision.assessment',
          title: `${dto.year} 年度综合考评结果待答复`,
          body: `得分 ${total === null ? '—' : (total / 10).toFixed(1)} 分。请在 ${DEFAULT_REPLY_WINDOW_DAYS} 日内答复，期满后区住建部门公布。`,
        });
        await this.audit.record(
          {
            communityId: dto.communityId,
            actorId: actor.personId,
            action: 'supervision.assessment_computed',
            targetType: 'supervision_assessment',
            targetId: saved.id,
            details: { total },
          },
          m,
        );
        return { id: saved.id };
      },
    );
    return this.view(this.ds.manager, id);
  }

  /** Every input of the year's score, from published records only. */
  private async figures(
    m: EntityManager,
    communityId: string,
    year: number,
    now: Date,
    disclosureScore: number | undefined,
  ): Promise<AssessmentExport['figures']> {
    const inspections = (await this.inspections.publishedInYear(m, communityId, year)).map((i) => ({
      month: i.month,
      results: i.items.map((it) => it.result),
    }));
    const s = await this.surveys.closedInYear(m, communityId, year);
    let survey: AssessmentExport['figures']['survey'] = null;
    if (s) {
      const { frame, answers } = await this.surveys.inputs(m, s.id);
      const area = new Map(frame.map((f) => [f.unitId, f.areaHundredths]));
      survey = {
        weighting: s.weighting,
        minResponses: s.minResponses,
        minResponseRatePermille: s.minRatePermille,
        frameHouseholds: frame.length,
        answers: answers
          .filter((a) => area.has(a.unitId))
          .map((a) => ({ areaHundredths: area.get(a.unitId)!, ratings: a.ratings })),
      };
    }
    const from = new Date(Date.UTC(year, 0, 1) - 8 * 3600_000);
    const to = new Date(Date.UTC(year + 1, 0, 1) - 8 * 3600_000);
    return {
      inspections,
      survey,
      repairs: await this.repo.repairFigures(m, communityId, from, to, now),
      complaints: {
        households: await this.repo.households(m, communityId),
        onTime: await this.complaints.figuresInYear(m, communityId, year),
      },
      disclosure: disclosureScore === undefined ? null : disclosureScore * 10,
    };
  }

  /** The company's reply (community route, property manager). */
  async reply(actor: Actor, id: string, dto: ReplyDto) {
    const communityId = communityOf(actor);
    return this.move(
      id,
      (a) => a.communityId === communityId,
      'reply',
      ['company'],
      actor,
      (a) => Object.assign(a, { reply: dto.reply, repliedBy: actor.personId, repliedAt: this.clock.now() }),
    );
  }

  async publish(actor: Actor, id: string) {
    return this.move(
      id,
      (a) => actor.regulatedDistrictIds.includes(a.districtId),
      'publish',
      ['officer'],
      actor,
      (a) => Object.assign(a, { publishedBy: actor.personId, publishedAt: this.clock.now() }),
    );
  }

  private async move(
    id: string,
    visible: (a: SupervisionAssessment) => boolean,
    action: 'reply' | 'publish',
    parties: SupervisionParty[],
    actor: Actor,
    apply: (a: SupervisionAssessment) => void,
  ) {
    if (!isId(id)) throw AppError.notFound('年度考评');
    return this.ds.transaction(async (m) => {
      const repo = m.getRepository(SupervisionAssessment);
      const a = await repo.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!a || !visible(a)) throw AppError.notFound('年度考评');
      const mv = supervisionMove(ASSESSMENT_TRANSITIONS, ASSESSMENT_STATUS_LABELS, a.status, action, {
        parties,
        pastDeadline: this.clock.now() >= a.replyDueAt,
      });
      if (!mv.ok) throw new AppError(mv.code, mv.message, { currentStatus: a.status });
      apply(a);
      a.status = mv.to;
      await repo.save(a);
      await this.audit.record(
        {
          communityId: a.communityId,
          actorId: actor.personId,
          action: `supervision.assessment_${action}`,
          targetType: 'supervision_assessment',
          targetId: a.id,
        },
        m,
      );
      return this.view(m, a.id);
    });
  }

  /** The district's assessments of a year, ranked within their peer groups (published and not). */
  async districtList(actor: Actor, year: number) {
    const rows = await this.ds.getRepository(SupervisionAssessment).find({
      where: { districtId: In(actor.regulatedDistrictIds), year },
    });
    return { items: await this.ranked(this.ds.manager, rows) };
  }

  /** A community's published assessments (everyone in it), and the pending one for its company and committee. */
  async communityList(actor: Actor) {
    const communityId = communityOf(actor);
    const rows = await this.ds
      .getRepository(SupervisionAssessment)
      .find({ where: { communityId }, order: { year: 'DESC' } });
    const mayPending = actor.roles.some((r) => ['property_manager', 'committee_member', 'committee_chair'].includes(r));
    return {
      items: await Promise.all(
        rows.filter((r) => mayPending || r.status === 'published').map((r) => this.view(this.ds.manager, r.id)),
      ),
    };
  }

  async districtGet(actor: Actor, id: string) {
    if (!isId(id)) throw AppError.notFound('年度考评');
    const a = await this.ds.getRepository(SupervisionAssessment).findOne({ where: { id } });
    if (!a || !actor.regulatedDistrictIds.includes(a.districtId)) throw AppError.notFound('年度考评');
    return a;
  }

  /** The published inputs (the recompute script's input). */
  async export(
    actor: Actor,
    id: string,
  ): Promise<AssessmentExport & { id: string; communityId: string; peerGroup: string }> {
    const a = await this.districtGet(actor, id);
    return {
      id: a.id,
      communityId: a.communityId,
      year: a.year,
      peerGroup: a.peerGroup,
      weights: a.weights,
      figures: a.figures as unknown as AssessmentExport['figures'],
      inputs: a.inputs,
      total: a.total,
    };
  }

  /** Published assessments of a district and year with their peer ranks (the list rules read these). */
  async rankedPublished(m: EntityManager, districtIds: string[], year: number) {
    const rows = await m.getRepository(SupervisionAssessment).find({
      where: { districtId: In(districtIds), year, status: 'published' },
    });
    return rankWithinPeers(
      rows
        .filter((r) => r.total !== null)
        .map((r) => ({ ...r, id: r.id, peerGroup: r.peerGroup, total: r.total as number })),
    );
  }

  private async ranked(m: EntityManager, rows: SupervisionAssessment[]) {
    const ranks = new Map(
      rankWithinPeers(
        rows
          .filter((r) => r.total !== null)
          .map((r) => ({ id: r.id, peerGroup: r.peerGroup, total: r.total as number })),
      ).map((r) => [r.id, r]),
    );
    const out = await Promise.all(rows.map((r) => this.view(m, r.id)));
    return out
      .map((v) => ({ ...v, rank: ranks.get(v.id)?.rank ?? null, groupSize: ranks.get(v.id)?.groupSize ?? null }))
      .sort((a, b) => a.peerGroup.localeCompare(b.peerGroup) || (a.rank ?? 1e9) - (b.rank ?? 1e9));
  }

  async view(m: EntityManager, id: string) {
    const a = await m.getRepository(SupervisionAssessment).findOneOrFail({ where: { id } });
    const names = await this.repo.names(m, [a.computedBy, a.publishedBy]);
    const cn = await this.repo.communityNames(m, [a.communityId]);
    return {
      id: a.id,
      communityId: a.communityId,
      communityName: cn.get(a.communityId) ?? '',
      year: a.year,
      total: a.total === null ? null : a.total / 10,
      components: ASSESSMENT_COMPONENTS.map((c) => ({
        component: c,
        label: ASSESSMENT_COMPONENT_LABELS[c],
        weight: a.weights[c],
        score: a.inputs[c] === null ? null : (a.inputs[c] as number) / 10,
      })),
      peerGroup: a.peerGroup,
      peerGroupLabel: peerGroupLabel(a.peerGroup),
      status: a.status,
      statusLabel: ASSESSMENT_STATUS_LABELS[a.status],
      computedByName: names.get(a.computedBy) ?? '',
      replyDueAt: a.replyDueAt,
      reply: a.reply,
      repliedAt: a.repliedAt,
      publishedByName: a.publishedBy ? (names.get(a.publishedBy) ?? '') : null,
      publishedAt: a.publishedAt,
    };
  }
}
