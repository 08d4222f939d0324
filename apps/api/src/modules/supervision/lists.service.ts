import { Injectable } from '@nestjs/common';
import {
  DEFAULT_REPLY_WINDOW_DAYS,
  LIST_ENTRY_STATUS_LABELS,
  LIST_ENTRY_TRANSITIONS,
  LIST_LABELS,
  listFor,
  supervisionMove,
  type ListEntryAction,
  type SupervisionParty,
} from '@gongzhi/domain';
import { DataSource, In, type EntityManager } from 'typeorm';
import { AppError } from '../../common/app-error.js';
import { communityOf, type Actor } from '../../common/current-user.js';
import { isId } from '../../common/ids.js';
import { AuditService } from '../audit/audit.service.js';
import { InboxService } from '../inbox/inbox.service.js';
import { AssessmentsService } from './assessments.service.js';
import type { ReplyDto } from './dto/supervision.dto.js';
import { SupervisionListEntry } from './entities/supervision.entities.js';
import { SupervisionClock } from './supervision-clock.js';
import { SupervisionRepository } from './supervision.repository.js';

/**
 * Red and black lists (红黑榜, 优胜劣汰): the platform proposes entries from the published assessments by the published
 * rules (`listFor`); one bureau officer confirms and ANOTHER countersigns; the company is told the reasons and has its
 * reply window; then an officer publishes. Nobody can put a company on a list by hand.
 */
@Injectable()
export class ListsService {
  constructor(
    private readonly ds: DataSource,
    private readonly repo: SupervisionRepository,
    private readonly assessments: AssessmentsService,
    private readonly audit: AuditService,
    private readonly inbox: InboxService,
    private readonly clock: SupervisionClock,
  ) {}

  /** Proposes every entry the rules give for the year's published assessments (again: only new ones are added). */
  async propose(actor: Actor, year: number) {
    await this.ds.transaction(async (m) => {
      const ranked = await this.assessments.rankedPublished(m, actor.regulatedDistrictIds, year);
      for (const r of ranked) {
        const hit = listFor(r);
        if (!hit) continue;
        await m.query(
          `INSERT INTO supervision_list_entries (district_id, community_id, assessment_id, year, list, reason)
           VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (assessment_id) DO NOTHING`,
          [r.districtId, r.communityId, r.id, year, hit.list, hit.reason],
        );
      }
    });
    return this.districtList(actor, year);
  }

  confirm(actor: Actor, id: string) {
    return this.move(actor, id, 'confirm', (e) =>
      Object.assign(e, { confirmedBy: actor.personId, confirmedAt: this.clock.now() }),
    );
  }

  countersign(actor: Actor, id: string) {
    return this.move(actor, id, 'countersign', async (e, m) => {
      const now = this.clock.now();
      Object.assign(e, {
        countersignedBy: actor.personId,
        countersignedAt: now,
        replyDueAt: this.repo.deadline(now, DEFAULT_REPLY_WINDOW_DAYS),
      });
      await this.inbox.send(m, {
        communityId: e.communityId,
        personIds: await this.repo.peopleWithRole(m, e.communityId, ['property_manager']),
        kind: 'supervision.list',
        title: `拟列入${LIST_LABELS[e.list]}`,
        body: `理由：${e.reason}。请在 ${DEFAULT_REPLY_WINDOW_DAYS} 日内答复，期满后公布。`,
      });
    });
  }

  publish(actor: Actor, id: string) {
    return this.move(actor, id, 'publish', (e) => Object.assign(e, { publishedAt: this.clock.now() }));
  }

  /** The company's reply (community route, property manager). */
  async reply(actor: Actor, id: string, dto: ReplyDto) {
    const communityId = communityOf(actor);
    return this.transition(
      id,
      (e) => e.communityId === communityId,
      'reply',
      ['company'],
      actor,
      (e) => Object.assign(e, { reply: dto.reply, repliedAt: this.clock.now() }),
    );
  }

  private move(
    actor: Actor,
    id: string,
    action: ListEntryAction,
    apply: (e: SupervisionListEntry, m: EntityManager) => unknown,
  ) {
    return this.transition(id, (e) => actor.regulatedDistrictIds.includes(e.districtId), action, null, actor, apply);
  }

  private async transition(
    id: string,
    visible: (e: SupervisionListEntry) => boolean,
    action: ListEntryAction,
    fixedParties: SupervisionParty[] | null,
    actor: Actor,
    apply: (e: SupervisionListEntry, m: EntityManager) => unknown,
  ) {
    if (!isId(id)) throw AppError.notFound('榜单条目');
    return this.ds.transaction(async (m) => {
      const repo = m.getRepository(SupervisionListEntry);
      const e = await repo.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!e || !visible(e)) throw AppError.notFound('榜单条目');
      const parties: SupervisionParty[] = fixedParties ?? ['officer'];
      if (!fixedParties && e.confirmedBy && e.confirmedBy !== actor.personId) parties.push('other_officer');
      const mv = supervisionMove(LIST_ENTRY_TRANSITIONS, LIST_ENTRY_STATUS_LABELS, e.status, action, {
        parties,
        pastDeadline: !!e.replyDueAt && this.clock.now() >= e.replyDueAt,
      });
      if (!mv.ok) throw new AppError(mv.code, mv.message, { currentStatus: e.status });
      await apply(e, m);
      e.status = mv.to;
      await repo.save(e);
      await this.audit.record(
        {
          communityId: e.communityId,
          actorId: actor.personId,
          action: `supervision.list_${action}`,
          targetType: 'supervision_list_entry',
          targetId: e.id,
        },
        m,
      );
      return this.view(m, e);
    });
  }

  async districtList(actor: Actor, year: number) {
    const rows = await this.ds.getRepository(SupervisionListEntry).find({
      where: { districtId: In(actor.regulatedDistrictIds), year },
      order: { list: 'ASC', createdAt: 'ASC' },
    });
    return { items: await Promise.all(rows.map((r) => this.view(this.ds.manager, r))) };
  }

  /** The community's entries: published ones for everyone; pending ones for its company (to reply). */
  async communityList(actor: Actor) {
    const communityId = communityOf(actor);
    const rows = await this.ds
      .getRepository(SupervisionListEntry)
      .find({ where: { communityId }, order: { year: 'DESC' } });
    const company = actor.roles.includes('property_manager');
    return {
      items: await Promise.all(
        rows
          .filter((r) => r.status === 'published' || (company && ['countersigned', 'replied'].includes(r.status)))
          .map((r) => this.view(this.ds.manager, r)),
      ),
    };
  }

  private async view(m: EntityManager, e: SupervisionListEntry) {
    const names = await this.repo.names(m, [e.confirmedBy, e.countersignedBy]);
    const cn = await this.repo.communityNames(m, [e.communityId]);
    return {
      id: e.id,
      communityId: e.communityId,
      communityName: cn.get(e.communityId) ?? '',
      assessmentId: e.assessmentId,
      year: e.year,
      list: e.list,
      listLabel: LIST_LABELS[e.list],
      reason: e.reason,
      status: e.status,
      statusLabel: LIST_ENTRY_STATUS_LABELS[e.status],
      confirmedByName: e.confirmedBy ? (names.get(e.confirmedBy) ?? '') : null,
      countersignedByName: e.countersignedBy ? (names.get(e.countersignedBy) ?? '') : null,
      replyDueAt: e.replyDueAt,
      reply: e.reply,
      repliedAt: e.repliedAt,
      publishedAt: e.publishedAt,
    };
  }
}
