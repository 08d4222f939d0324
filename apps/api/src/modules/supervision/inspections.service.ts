import { Injectable, type OnModuleInit } from '@nestjs/common';
import {
  DEFAULT_INSPECTION_REPLY_DAYS,
  ErrorCode,
  INSPECTION_RESULT_LABELS,
  INSPECTION_STATUS_LABELS,
  INSPECTION_TRANSITIONS,
  inspectionChecklist,
  inspectionScore,
  supervisionMove,
  type InspectionAction,
  type SupervisionParty,
} from '@gongzhi/domain';
import { DataSource, In, type EntityManager } from 'typeorm';
import { AppError } from '../../common/app-error.js';
import { communityOf, hasRole, type Actor } from '../../common/current-user.js';
import { IdempotencyService } from '../../common/idempotency.js';
import { isId } from '../../common/ids.js';
import { AuditService } from '../audit/audit.service.js';
import { FileAccessRegistry } from '../files/file-access.registry.js';
import { FilesService } from '../files/files.service.js';
import { InboxService } from '../inbox/inbox.service.js';
import { ContractsService, groupedMenu } from './contracts.service.js';
import type { CreateInspectionDto, ReplyDto } from './dto/supervision.dto.js';
import { SupervisionInspection, type InspectionItemRecord } from './entities/supervision.entities.js';
import { SupervisionClock } from './supervision-clock.js';
import { SupervisionRepository } from './supervision.repository.js';

/** Who sees an inspection before it is published: the inspector's side, the company (to reply) and the committee. */
const BEFORE_PUBLICATION = [
  'neighbourhood_officer',
  'property_manager',
  'property_staff',
  'committee_member',
  'committee_chair',
] as const;

/**
 * Monthly inspections (月度检查, domain-rules §12): an officer from outside the community's management checks each
 * inspector-verified menu item (met / partly / not met) with place, note and photos; the company gets its reply
 * window (community setting `inspectionReplyDays`, default 5); then the inspector publishes it to the community.
 */
@Injectable()
export class InspectionsService implements OnModuleInit {
  constructor(
    private readonly ds: DataSource,
    private readonly repo: SupervisionRepository,
    private readonly contracts: ContractsService,
    private readonly files: FilesService,
    private readonly fileAccess: FileAccessRegistry,
    private readonly audit: AuditService,
    private readonly inbox: InboxService,
    private readonly idempotency: IdempotencyService,
    private readonly clock: SupervisionClock,
  ) {}

  onModuleInit(): void {
    this.fileAccess.register('supervision_inspection', async (user, ownerId, communityId) => {
      if (user.communityId !== communityId) return false;
      const row = await this.ds.getRepository(SupervisionInspection).findOne({ where: { id: ownerId, communityId } });
      return !!row && (row.status === 'published' || hasRole(user, ...BEFORE_PUBLICATION));
    });
  }

  async checklist(actor: Actor) {
    const contract = await this.contracts.active(this.ds.manager, communityOf(actor));
    if (!contract) throw AppError.notFound('已确认的物业服务合同');
    return { contractId: contract.id, groups: groupedMenu(inspectionChecklist(contract.menu)) };
  }

  async create(actor: Actor, dto: CreateInspectionDto, key: string | null) {
    const communityId = communityOf(actor);
    const { id } = await this.idempotency.run(
      { actorId: actor.personId, route: 'POST /api/v1/supervision/inspections', key, body: dto },
      async (m) => {
        const contract = await this.contracts.active(m, communityId);
        if (!contract) throw AppError.conflict('小区还没有已确认的物业服务合同和服务菜单，不能按菜单检查');
        const list = inspectionChecklist(contract.menu);
        const byCode = new Map(dto.items.map((i) => [i.code, i]));
        const fields: Array<{ field: string; messages: string[] }> = [];
        for (const item of list)
          if (!byCode.has(item.code))
            fields.push({ field: `items.${item.code}`, messages: [`“${item.title}”还没有检查`] });
        for (const [i, it] of dto.items.entries()) {
          if (!list.some((l) => l.code === it.code))
            fields.push({ field: `items.${i}.code`, messages: ['这一项不在服务菜单的检查清单里'] });
          else if (it.result !== 'met' && !(it.fileIds ?? []).length)
            fields.push({ field: `items.${i}.fileIds`, messages: ['未达标或部分达标的项目请拍照留证'] });
        }
        if (dto.items.length !== byCode.size) fields.push({ field: 'items', messages: ['同一项目只能检查一次'] });
        if (fields.length) throw new AppError(ErrorCode.VALIDATION_FAILED, fields[0].messages[0], { fields });
        const now = this.clock.now();
        const items: InspectionItemRecord[] = list.map((l) => {
          const it = byCode.get(l.code)!;
          return {
            code: l.code,
            title: l.title,
            group: l.group,
            indicator: l.indicator,
            result: it.result,
            place: it.place ?? '',
            note: it.note ?? '',
            fileIds: [...new Set(it.fileIds ?? [])],
          };
        });
        const days = await this.repo.settingDays(m, communityId, 'inspectionReplyDays', DEFAULT_INSPECTION_REPLY_DAYS);
        const saved = await m.getRepository(SupervisionInspection).save({
          communityId,
          contractId: contract.id,
          month: dto.month,
          inspectorId: actor.personId,
          inspectorRole: 'neighbourhood_officer',
          inspectedAt: now,
          items,
          score: inspectionScore(items.map((i) => i.result)),
          status: 'awaiting_reply' as const,
          replyDueAt: this.repo.deadline(now, days),
        });
        await this.files.attach(
          m,
          communityId,
          items.flatMap((i) => i.fileIds),
          'supervision_inspection',
          saved.id,
          actor.personId,
          {
            purposes: ['inspection_photo'],
          },
        );
        await this.inbox.send(m, {
          communityId,
          personIds: await this.repo.peopleWithRole(m, communityId, ['property_manager']),
          kind: 'supervision.inspection',
          title: `${dto.month} 月度检查结果待答复`,
          body: `社区对服务菜单进行了月度检查，请在 ${days} 天内答复或说明整改措施；期满后结果将向小区公布。`,
        });
        await this.audit.record(
          {
            communityId,
            actorId: actor.personId,
            action: 'supervision.inspection_recorded',
            targetType: 'supervision_inspection',
            targetId: saved.id,
            details: { score: saved.score },
          },
          m,
        );
        return { id: saved.id };
      },
    );
    return this.view(this.ds.manager, communityId, id, actor);
  }

  reply(actor: Actor, id: string, dto: ReplyDto) {
    return this.move(actor, id, 'reply', ['company'], (i) =>
      Object.assign(i, { reply: dto.reply, repliedBy: actor.personId, repliedAt: this.clock.now() }),
    );
  }

  publish(actor: Actor, id: string) {
    return this.move(actor, id, 'publish', [], (i) => Object.assign(i, { publishedAt: this.clock.now() }));
  }

  private async move(
    actor: Actor,
    id: string,
    action: InspectionAction,
    parties: SupervisionParty[],
    apply: (i: SupervisionInspection) => void,
  ) {
    const communityId = communityOf(actor);
    if (!isId(id)) throw AppError.notFound('月度检查');
    return this.ds.transaction(async (m) => {
      const repo = m.getRepository(SupervisionInspection);
      const i = await repo.findOne({ where: { id, communityId }, lock: { mode: 'pessimistic_write' } });
      if (!i) throw AppError.notFound('月度检查');
      const who: SupervisionParty[] = [...parties];
      if (i.inspectorId === actor.personId) who.push('inspector');
      const mv = supervisionMove(INSPECTION_TRANSITIONS, INSPECTION_STATUS_LABELS, i.status, action, {
        parties: who,
        pastDeadline: this.clock.now() >= i.replyDueAt,
      });
      if (!mv.ok) throw new AppError(mv.code, mv.message, { currentStatus: i.status });
      apply(i);
      i.status = mv.to;
      await repo.save(i);
      if (mv.to === 'published')
        await this.inbox.send(m, {
          communityId,
          personIds: await this.repo.peopleWithRole(m, communityId, [
            'committee_member',
            'committee_chair',
            'property_manager',
          ]),
          kind: 'supervision.inspection',
          title: `${i.month} 月度检查结果已公布`,
          body: `得分 ${(i.score / 10).toFixed(1)} 分，全体住户可在“物业服务监督”中查看。`,
        });
      await this.audit.record(
        {
          communityId,
          actorId: actor.personId,
          action: `supervision.inspection_${action}`,
          targetType: 'supervision_inspection',
          targetId: i.id,
        },
        m,
      );
      return this.view(m, communityId, i.id, actor);
    });
  }

  private mayReadUnpublished(actor: Actor): boolean {
    return hasRole(actor, ...BEFORE_PUBLICATION);
  }

  async list(actor: Actor) {
    const communityId = communityOf(actor);
    const rows = await this.ds.getRepository(SupervisionInspection).find({
      where: this.mayReadUnpublished(actor) ? { communityId } : { communityId, status: 'published' },
      order: { month: 'DESC', createdAt: 'DESC' },
      take: 100,
    });
    return { items: await Promise.all(rows.map((r) => this.view(this.ds.manager, communityId, r.id, actor))) };
  }

  async get(actor: Actor, id: string) {
    const communityId = communityOf(actor);
    if (!isId(id)) throw AppError.notFound('月度检查');
    const i = await this.ds.getRepository(SupervisionInspection).findOne({ where: { id, communityId } });
    if (!i || (i.status !== 'published' && !this.mayReadUnpublished(actor))) throw AppError.notFound('月度检查');
    return this.view(this.ds.manager, communityId, id, actor);
  }

  /** Published inspections of a community in a year (for the annual assessment). */
  publishedInYear(m: EntityManager, communityId: string, year: number) {
    return m.getRepository(SupervisionInspection).find({
      where: {
        communityId,
        status: 'published',
        month: In(Array.from({ length: 12 }, (_, k) => `${year}-${String(k + 1).padStart(2, '0')}`)),
      },
      order: { month: 'ASC', createdAt: 'ASC' },
    });
  }

  private async view(m: EntityManager, communityId: string, id: string, _actor: Actor) {
    const i = await m.getRepository(SupervisionInspection).findOneOrFail({ where: { id, communityId } });
    const names = await this.repo.names(m, [i.inspectorId, i.repliedBy]);
    return {
      id: i.id,
      month: i.month,
      score: i.score / 10,
      status: i.status,
      statusLabel: INSPECTION_STATUS_LABELS[i.status],
      inspectorName: names.get(i.inspectorId) ?? '',
      inspectedAt: i.inspectedAt,
      replyDueAt: i.replyDueAt,
      reply: i.reply,
      repliedByName: i.repliedBy ? (names.get(i.repliedBy) ?? '') : null,
      repliedAt: i.repliedAt,
      publishedAt: i.publishedAt,
      items: i.items.map((it) => ({
        ...it,
        resultLabel: INSPECTION_RESULT_LABELS[it.result],
        photos: it.fileIds.map((f) => ({ id: f, contentUrl: `/api/v1/files/${f}/content` })),
      })),
    };
  }
}
