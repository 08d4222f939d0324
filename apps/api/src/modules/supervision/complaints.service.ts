import { Injectable } from '@nestjs/common';
import {
  COMPLAINT_ESCALATION,
  COMPLAINT_STATUS_LABELS,
  COMPLAINT_TRANSITIONS,
  DEFAULT_COMPLAINT_REPLY_DAYS,
  supervisionMove,
  type SupervisionParty,
} from '@gongzhi/domain';
import { DataSource, In, type EntityManager } from 'typeorm';
import type { RoleName } from '../../common/access.js';
import { AppError } from '../../common/app-error.js';
import { communityOf, hasRole, type Actor } from '../../common/current-user.js';
import { IdempotencyService } from '../../common/idempotency.js';
import { isId } from '../../common/ids.js';
import { AuditService } from '../audit/audit.service.js';
import { InboxService } from '../inbox/inbox.service.js';
import type { AnswerComplaintDto, CreateComplaintDto } from './dto/supervision.dto.js';
import { SupervisionComplaint } from './entities/supervision.entities.js';
import { SupervisionClock } from './supervision-clock.js';
import { SupervisionRepository } from './supervision.repository.js';

/** Who answers a complaint about each subject. */
const RESPONDENTS: Record<'property' | 'committee', RoleName[]> = {
  property: ['property_manager', 'property_staff'],
  committee: ['committee_member', 'committee_chair'],
};

/**
 * Complaints and suggestions (投诉建议, domain-rules §12): about the property service, answered by the company within
 * the city profile's days (`complaintReplyDays`, Hangzhou Art. 50: 10); about the committee, answered by the committee.
 * A late or missing answer may be escalated by the complainant: property complaints to the district housing
 * department, committee complaints to the subdistrict (until the subdistrict role exists, its neighbourhood officer
 * receives them). The party complained about never sees who complained: names and rooms are shown to no one but the
 * complainant.
 */
@Injectable()
export class ComplaintsService {
  constructor(
    private readonly ds: DataSource,
    private readonly repo: SupervisionRepository,
    private readonly audit: AuditService,
    private readonly inbox: InboxService,
    private readonly idempotency: IdempotencyService,
    private readonly clock: SupervisionClock,
  ) {}

  async create(actor: Actor, dto: CreateComplaintDto, key: string | null) {
    const communityId = communityOf(actor);
    const { id } = await this.idempotency.run(
      { actorId: actor.personId, route: 'POST /api/v1/supervision/complaints', key, body: dto },
      async (m) => {
        if (dto.repairTicketId && !(await this.repo.repairTicketExists(m, communityId, dto.repairTicketId)))
          throw AppError.notFound('报修单');
        const days = await this.repo.settingDays(m, communityId, 'complaintReplyDays', DEFAULT_COMPLAINT_REPLY_DAYS);
        const now = this.clock.now();
        const c = await m.getRepository(SupervisionComplaint).save({
          communityId,
          subject: dto.subject,
          complainantId: actor.personId,
          body: dto.body,
          repairTicketId: dto.repairTicketId ?? null,
          status: 'open' as const,
          dueAt: this.repo.deadline(now, days),
        });
        await this.inbox.send(m, {
          communityId,
          personIds: (await this.repo.peopleWithRole(m, communityId, RESPONDENTS[dto.subject])).filter(
            (p) => p !== actor.personId,
          ),
          kind: 'supervision.complaint',
          title: dto.subject === 'property' ? '收到一条对物业服务的投诉' : '收到一条对业委会的投诉',
          body: `请在 ${days} 日内答复；逾期未答复，投诉人可以转交${COMPLAINT_ESCALATION[dto.subject].label}。`,
        });
        await this.audit.record(
          {
            communityId,
            actorId: actor.personId,
            action: 'supervision.complaint_filed',
            targetType: 'supervision_complaint',
            targetId: c.id,
            details: { subject: dto.subject },
          },
          m,
        );
        return { id: c.id };
      },
    );
    return this.view(this.ds.manager, communityId, id, actor);
  }

  async answer(actor: Actor, id: string, dto: AnswerComplaintDto) {
    return this.move(actor, id, 'answer', async (m, c) => {
      Object.assign(c, { answer: dto.answer, answeredBy: actor.personId, answeredAt: this.clock.now() });
      await this.inbox.send(m, {
        communityId: c.communityId,
        personIds: [c.complainantId],
        kind: 'supervision.complaint',
        title: '您的投诉有了答复',
        body: dto.answer,
      });
    });
  }

  async escalate(actor: Actor, id: string) {
    return this.move(actor, id, 'escalate', async (m, c) => {
      const esc = COMPLAINT_ESCALATION[c.subject];
      Object.assign(c, { escalatedTo: esc.to, escalatedAt: this.clock.now() });
      const to =
        c.subject === 'property'
          ? await this.repo.regulatorsOf(m, c.communityId)
          : await this.repo.peopleWithRole(m, c.communityId, ['neighbourhood_officer']);
      await this.inbox.send(m, {
        communityId: c.communityId,
        personIds: to,
        kind: 'supervision.complaint',
        title: '一条投诉逾期未答复，已转交您处理',
        body: `投诉对象：${c.subject === 'property' ? '物业服务' : '业委会'}。答复期限已过${c.answeredAt ? '（答复晚于期限）' : '（至今未答复）'}。`,
      });
    });
  }

  private async move(
    actor: Actor,
    id: string,
    action: 'answer' | 'escalate',
    apply: (m: EntityManager, c: SupervisionComplaint) => Promise<void>,
  ) {
    const communityId = communityOf(actor);
    if (!isId(id)) throw AppError.notFound('投诉');
    return this.ds.transaction(async (m) => {
      const repo = m.getRepository(SupervisionComplaint);
      const c = await repo.findOne({ where: { id, communityId }, lock: { mode: 'pessimistic_write' } });
      if (!c || !this.mayRead(actor, c)) throw AppError.notFound('投诉');
      const parties: SupervisionParty[] = [];
      if (c.complainantId === actor.personId) parties.push('complainant');
      else if (hasRole(actor, ...RESPONDENTS[c.subject])) parties.push('respondent');
      const now = this.clock.now();
      const mv = supervisionMove(COMPLAINT_TRANSITIONS, COMPLAINT_STATUS_LABELS, c.status, action, {
        parties,
        pastDeadline: now > c.dueAt,
        answeredLate: c.answeredAt ? c.answeredAt > c.dueAt : true,
      });
      if (!mv.ok) throw new AppError(mv.code, mv.message, { currentStatus: c.status });
      await apply(m, c);
      c.status = mv.to;
      await repo.save(c);
      await this.audit.record(
        {
          communityId,
          actorId: actor.personId,
          action: `supervision.complaint_${action}`,
          targetType: 'supervision_complaint',
          targetId: c.id,
        },
        m,
      );
      return this.view(m, communityId, c.id, actor);
    });
  }

  /** The complainant; those who answer for the subject; the neighbourhood officer. */
  private mayRead(actor: Actor, c: SupervisionComplaint): boolean {
    return (
      c.complainantId === actor.personId ||
      hasRole(actor, ...RESPONDENTS[c.subject]) ||
      hasRole(actor, 'neighbourhood_officer')
    );
  }

  async list(actor: Actor) {
    const communityId = communityOf(actor);
    const subjects = (['property', 'committee'] as const).filter(
      (s) => hasRole(actor, ...RESPONDENTS[s]) || hasRole(actor, 'neighbourhood_officer'),
    );
    const repo = this.ds.getRepository(SupervisionComplaint);
    const rows = await repo.find({
      where: [
        { communityId, complainantId: actor.personId },
        ...(subjects.length ? [{ communityId, subject: In(subjects) }] : []),
      ],
      order: { createdAt: 'DESC' },
      take: 200,
    });
    return { items: await Promise.all(rows.map((r) => this.view(this.ds.manager, communityId, r.id, actor))) };
  }

  /** Complaints of a community in a year and whether each was answered on time (for the annual assessment). */
  async figuresInYear(m: EntityManager, communityId: string, year: number): Promise<boolean[]> {
    const rows: Array<{ on_time: boolean }> = await m.query(
      `SELECT (answered_at IS NOT NULL AND answered_at <= due_at) AS on_time FROM supervision_complaints
        WHERE community_id = $1 AND subject = 'property'
          AND created_at >= make_timestamptz($2, 1, 1, 0, 0, 0, 'Asia/Shanghai')
          AND created_at < make_timestamptz($2 + 1, 1, 1, 0, 0, 0, 'Asia/Shanghai')
        ORDER BY created_at, id`,
      [communityId, year],
    );
    return rows.map((r) => r.on_time);
  }

  private async view(m: EntityManager, communityId: string, id: string, actor: Actor) {
    const c = await m.getRepository(SupervisionComplaint).findOneOrFail({ where: { id, communityId } });
    const mine = c.complainantId === actor.personId;
    const names = await this.repo.names(m, [c.answeredBy]);
    return {
      id: c.id,
      subject: c.subject,
      body: c.body,
      mine,
      repairTicketId: c.repairTicketId,
      status: c.status,
      statusLabel: COMPLAINT_STATUS_LABELS[c.status],
      dueAt: c.dueAt,
      late: c.answeredAt ? c.answeredAt > c.dueAt : this.clock.now() > c.dueAt,
      answer: c.answer,
      answeredByName: c.answeredBy ? (names.get(c.answeredBy) ?? '') : null,
      answeredAt: c.answeredAt,
      escalatedTo: c.escalatedTo,
      escalatedToLabel: c.escalatedTo ? COMPLAINT_ESCALATION[c.subject].label : null,
      escalatedAt: c.escalatedAt,
      createdAt: c.createdAt,
    };
  }
}
