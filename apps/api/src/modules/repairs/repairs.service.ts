import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import {
  DEFAULT_AUTO_CLOSE_DAYS,
  ErrorCode,
  TICKET_STATUS_LABELS,
  isAutoCloseDue,
  isTerminal,
  type TicketAction,
  type TicketActor,
  type TicketStatus,
  type TransitionResult,
} from '@gongzhi/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { AppError } from '../../common/app-error.js';
import { communityOf, type Actor } from '../../common/current-user.js';
import { IdempotencyService } from '../../common/idempotency.js';
import { log } from '../../common/logger.js';
import { validationError } from '../../common/validation.js';
import { AuditService } from '../audit/audit.service.js';
import { FileAccessRegistry } from '../files/file-access.registry.js';
import { FilesService } from '../files/files.service.js';
import { InboxService } from '../inbox/inbox.service.js';
import { JobsService } from '../jobs/jobs.service.js';
import { CONTENT_CHECK, type ContentCheck } from '../../common/content-check.js';
import type { CreateRepairDto } from './dto/create-repair.dto.js';
import type { RepairTicketDetailDto } from './dto/repair.response.dto.js';
import { RepairEvent } from './entities/repair-event.entity.js';
import { RepairTicket } from './entities/repair-ticket.entity.js';
import { canSee, capacities, decideMove, loadViewer } from './repairs.access.js';
import { isId } from '../../common/ids.js';
import { lockTicket } from './repair-tickets.repository.js';
import { RepairCategoriesService } from './repair-categories.service.js';
import { RepairReadsService } from './repair-reads.service.js';
/** Owner type of files attached to tickets (FileAccessRegistry). */
export const REPAIR_FILE_OWNER = 'repair_ticket';
export const AUTO_CLOSE_JOB = 'repairs.auto-close';
/** Outbox job per status change for the WeChat subscribe message (sent by modules/notifications). */
export const SUBSCRIBE_MESSAGE_JOB = 'repairs.subscribe-message';

const ASSIGNEE_ONLY: readonly TicketAction[] = ['start', 'request_quote', 'complete'];
export interface MoveInput {
  note?: string;
  photoIds?: string[];
  assigneeId?: string;
  amountFen?: string;
  reason?: string;
}

@Injectable()
export class RepairsService implements OnModuleInit {
  constructor(
    private readonly ds: DataSource,
    private readonly audit: AuditService,
    private readonly idempotency: IdempotencyService,
    private readonly files: FilesService,
    private readonly fileAccess: FileAccessRegistry,
    private readonly jobs: JobsService,
    private readonly inbox: InboxService,
    private readonly reads: RepairReadsService,
    private readonly cats: RepairCategoriesService,
    @Inject(CONTENT_CHECK) private readonly content: ContentCheck,
  ) {}

  async onModuleInit(): Promise<void> {
    // Photos of a ticket are visible exactly to those who may see the ticket.
    this.fileAccess.register(REPAIR_FILE_OWNER, async (user, ownerId, communityId) => {
      const t = await this.ds.manager.findOneBy(RepairTicket, { id: ownerId, communityId });
      return !!t && canSee(t, await loadViewer(this.ds.manager, user, communityId));
    });
    await this.jobs.work(AUTO_CLOSE_JOB, async () => {
      const closed = await this.autoCloseDue(new Date());
      if (closed) log('info', 'repairs auto-closed', { closed });
    });
    await this.jobs.schedule(AUTO_CLOSE_JOB, '7 * * * *');
  }

  // ---------------------------------------------------------------- report

  async report(actor: Actor, dto: CreateRepairDto, key: string | null): Promise<RepairTicketDetailDto> {
    const communityId = communityOf(actor);
    if (dto.areaKind === 'common' && dto.unitId)
      throw validationError([{ field: 'unitId', messages: ['公共区域报修不需要选择房屋'] }]);
    await this.content.check(
      [
        { field: 'description', label: '问题描述', text: dto.description },
        { field: 'location', label: '具体位置', text: dto.location },
        { field: 'preferredTime', label: '上门时间', text: dto.preferredTime },
      ],
      { personId: actor.personId, scene: 'comment' },
    );
    const { id } = await this.idempotency.run(
      { actorId: actor.personId, route: 'POST /api/v1/repairs', key, body: dto },
      async (m) => {
        const viewer = await loadViewer(m, actor, communityId);
        if (dto.areaKind === 'unit' && !viewer.unitIds.includes(dto.unitId!)) {
          throw AppError.forbidden('只能为您绑定的房屋报修；楼道、电梯等问题请选择“公共区域”');
        }
        const { categories } = await this.cats.categories(communityId, m);
        const category = categories.find((c) => c.code === dto.category);
        if (!category) throw validationError([{ field: 'category', messages: ['本小区没有这个报修类别，请重新选择'] }]);
        const target = category.targets[dto.urgency];
        const [row]: Array<{ id: string }> = await m.query(
          `INSERT INTO repair_tickets (community_id, reporter_id, area_kind, unit_id, category_code, category_name, urgency, description,
           location, preferred_time, status, respond_target_minutes, resolve_target_minutes)
         VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,'submitted',$11,$12) RETURNING id`,
          [
            communityId,
            actor.personId,
            dto.areaKind,
            dto.areaKind === 'unit' ? dto.unitId : null,
            category.code,
            category.name,
            dto.urgency,
            dto.description.trim(),
            dto.location.trim(),
            dto.preferredTime?.trim() || null,
            target.respondMinutes,
            target.resolveMinutes,
          ],
        );
        const photoIds = [...new Set(dto.photoIds ?? [])];
        await this.files.attach(m, communityId, photoIds, REPAIR_FILE_OWNER, row.id, actor.personId, {
          purposes: ['repair_photo'],
        });
        await m.insert(RepairEvent, {
          communityId,
          ticketId: row.id,
          actorId: actor.personId,
          actorRole: 'reporter',
          action: 'submit',
          fromStatus: null,
          toStatus: 'submitted',
          note: null,
          photoIds,
          details: { urgency: dto.urgency, category: category.code },
        });
        await this.audit.record(
          {
            communityId,
            actorId: actor.personId,
            action: 'repair.submit',
            targetType: 'repair_ticket',
            targetId: row.id,
            details: { areaKind: dto.areaKind, category: category.code, urgency: dto.urgency },
          },
          m,
        );
        return { id: row.id };
      },
    );
    return this.reads.get(actor, id);
  }

  // ---------------------------------------------------------------- moves

  /**
   * One move of the state machine: the ticket row is locked (FOR UPDATE) so concurrent moves serialise; the move
   * is checked with nextStatus(); the ticket, its timeline, the audit log, the reporter's message and the
   * subscribe-message job are written in one transaction.
   */
  async move(actor: Actor, id: string, action: TicketAction, input: MoveInput): Promise<RepairTicketDetailDto> {
    const communityId = communityOf(actor);
    if (!isId(id)) throw AppError.notFound('工单');
    await this.content.check([{ field: 'note', label: '备注', text: input.note }], {
      personId: actor.personId,
      scene: 'comment',
    });
    await this.ds.transaction(async (m) => {
      const t = await lockTicket(m, communityId, id);
      const viewer = await loadViewer(m, actor, communityId);
      if (!t || !canSee(t, viewer)) throw AppError.notFound('工单');
      const decision = decideMove(t.status, action, capacities(t, viewer));
      if (!decision.ok) throw refusal(decision.refusal, t.status);
      const { actor: role, result } = decision;
      if (role === 'staff' && ASSIGNEE_ONLY.includes(action) && t.assigneeId !== actor.personId) {
        throw new AppError(ErrorCode.FORBIDDEN, '这张工单已派给其他维修人员，请联系物业经理', {
          currentStatus: t.status,
        });
      }
      if (result.needsReason && action !== 'decline' && !input.note?.trim())
        throw validationError([{ field: 'note', messages: ['请填写原因'] }]);
      if (action === 'decline' && input.reason === 'other' && !input.note?.trim())
        throw validationError([{ field: 'note', messages: ['选择“其他原因”时请写明原因'] }]);
      if (action === 'assign') {
        const ok: unknown[] = await m.query(
          `SELECT 1 FROM role_assignments WHERE person_id = $1 AND community_id = $2 AND role IN ('property_staff','property_manager')`,
          [input.assigneeId, communityId],
        );
        if (!ok.length) throw validationError([{ field: 'assigneeId', messages: ['请选择本小区的物业人员'] }]);
      }
      await this.applyMove(m, t, action, role, result, actor.personId, input);
    });
    return this.reads.get(actor, id);
  }

  private async applyMove(
    m: EntityManager,
    t: RepairTicket,
    action: TicketAction,
    role: TicketActor,
    result: Extract<TransitionResult, { ok: true }>,
    actorId: string | null,
    input: MoveInput,
    now = new Date(),
  ): Promise<void> {
    const from = t.status;
    const to = result.to;
    const changes: Partial<RepairTicket> = { status: to };
    const details: Record<string, unknown> = {};
    switch (action) {
      case 'assign':
        changes.assigneeId = input.assigneeId!;
        details.assigneeId = input.assigneeId!;
        break;
      case 'take':
        changes.assigneeId = actorId;
        details.assigneeId = actorId;
        break;
      case 'request_quote':
        changes.quoteAmountFen = BigInt(input.amountFen!).toString();
        changes.quoteAcceptedAt = null;
        details.amountFen = changes.quoteAmountFen;
        break;
      case 'accept_quote':
        changes.quoteAcceptedAt = now;
        details.amountFen = t.quoteAmountFen;
        break;
      case 'complete':
        changes.resolvedAt = now;
        break;
      case 'reopen':
        changes.resolvedAt = null;
        changes.reopenCount = t.reopenCount + 1;
        break;
      case 'decline':
        changes.declineReason = input.reason!;
        details.reason = input.reason;
        break;
      default:
        break;
    }
    // First response: the first move by the property company (assign, take, start, quote, decline).
    if (!t.respondedAt && (role === 'staff' || role === 'manager') && action !== 'add_note' && action !== 'cancel')
      changes.respondedAt = now;
    if (to === 'closed_not_fixed') changes.resolvedAt = now;
    if (isTerminal(to)) changes.closedAt = now;
    if (result.incrementsReopenCount) details.reopenCount = changes.reopenCount;
    await m.update(RepairTicket, { id: t.id }, changes);
    const photoIds = [...new Set(input.photoIds ?? [])];
    if (photoIds.length)
      await this.files.attach(m, t.communityId, photoIds, REPAIR_FILE_OWNER, t.id, actorId!, {
        purposes: ['repair_photo'],
      });
    await m.insert(RepairEvent, {
      communityId: t.communityId,
      ticketId: t.id,
      actorId,
      actorRole: role,
      action,
      fromStatus: from,
      toStatus: to,
      note: input.note?.trim() || null,
      photoIds,
      details: details as never,
    });
    await this.audit.record(
      {
        communityId: t.communityId,
        actorId,
        action: `repair.${action}`,
        targetType: 'repair_ticket',
        targetId: t.id,
        details: { from, to },
      },
      m,
    );
    if (to !== from && actorId !== t.reporterId) await this.notifyReporter(m, t, to);
  }

  /** An in-app message for the reporter and, through the outbox, a WeChat subscribe message job. */
  private async notifyReporter(m: EntityManager, t: RepairTicket, to: TicketStatus): Promise<void> {
    const body = `您报修的「${t.categoryName}」（${t.location}）${TICKET_STATUS_LABELS[to]}`;
    const [row] = await this.inbox.send(m, {
      communityId: t.communityId,
      personIds: [t.reporterId],
      kind: 'repair.status',
      title: `报修${TICKET_STATUS_LABELS[to]}`,
      body,
      ticketId: t.id,
    });
    await this.jobs.enqueueInTransaction(m, SUBSCRIBE_MESSAGE_JOB, {
      messageId: row.id,
      personId: t.reporterId,
      ticketId: t.id,
      status: to,
    });
  }

  /**
   * Closes every ticket that has waited for the reporter's confirmation for the community's `autoCloseDays`
   * (default 7) as closed_unconfirmed — not as confirmed. Returns how many it closed. `now` is a parameter so
   * tests control the clock.
   */
  async autoCloseDue(now: Date): Promise<number> {
    const due: Array<{ id: string; community_id: string; days: number }> = await this.ds.query(
      `SELECT t.id, t.community_id, d.days FROM repair_tickets t JOIN communities c ON c.id = t.community_id
       CROSS JOIN LATERAL (SELECT CASE WHEN jsonb_typeof(c.settings->'autoCloseDays') = 'number' AND (c.settings->>'autoCloseDays')::numeric >= 1
         THEN floor((c.settings->>'autoCloseDays')::numeric)::int ELSE $2 END AS days) d
       WHERE t.status = 'done' AND t.resolved_at + make_interval(days => d.days) <= $1
       ORDER BY t.resolved_at LIMIT 1000`,
      [now, DEFAULT_AUTO_CLOSE_DAYS],
    );
    let closed = 0;
    for (const row of due) {
      const done = await this.ds.transaction(async (m) => {
        const t = await lockTicket(m, row.community_id, row.id);
        // Re-checked under the lock: the reporter may have confirmed or reopened in the meantime.
        if (!t || t.status !== 'done' || !t.resolvedAt || !isAutoCloseDue(t.resolvedAt, now, row.days)) return false;
        const decision = decideMove(t.status, 'auto_close', ['system']);
        if (!decision.ok) return false;
        await this.applyMove(
          m,
          t,
          'auto_close',
          'system',
          decision.result,
          null,
          { note: `完成后 ${row.days} 天内未确认，系统自动关闭` },
          now,
        );
        return true;
      });
      if (done) closed++;
    }
    return closed;
  }
}

function refusal(r: Extract<TransitionResult, { ok: false }> | null, currentStatus: TicketStatus): AppError {
  if (!r) return new AppError(ErrorCode.FORBIDDEN, '只有报修人或物业人员可以处理这张工单', { currentStatus });
  return new AppError(r.code, r.message, { currentStatus, currentStatusLabel: TICKET_STATUS_LABELS[currentStatus] });
}
