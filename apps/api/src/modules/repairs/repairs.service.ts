import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import {
  DEFAULT_AUTO_CLOSE_DAYS,
  DEFAULT_REPAIR_CATEGORIES,
  ErrorCode,
  OPEN_STATUSES,
  TICKET_STATUS_LABELS,
  isAutoCloseDue,
  isTerminal,
  needsReturnVisit,
  type RepairCategory,
  type TicketAction,
  type TicketActor,
  type TicketStatus,
  type TransitionResult,
} from '@gongzhi/domain';
import { DataSource, In, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { AppError } from '../../common/app-error.js';
import { communityOf, type Actor } from '../../common/current-user.js';
import { IdempotencyService } from '../../common/idempotency.js';
import { log } from '../../common/logger.js';
import { validationError } from '../../common/validation.js';
import { AuditService } from '../audit/audit.service.js';
import { FileAccessRegistry } from '../files/file-access.registry.js';
import { FilesService } from '../files/files.service.js';
import { IdentityService } from '../identity/identity.service.js';
import { InboxService } from '../inbox/inbox.service.js';
import { JobsService } from '../jobs/jobs.service.js';
import { CONTENT_CHECK, type ContentCheck } from './content-check.js';
import { OVERDUE_SQL } from './overdue.sql.js';
import type { ReplaceCategoriesDto } from './dto/categories.dto.js';
import type { CreateRepairDto } from './dto/create-repair.dto.js';
import type { MineQueryDto, PageQueryDto, QueueQueryDto } from './dto/query.dto.js';
import type { RatingDto } from './dto/rating.dto.js';
import type {
  CategoryListDto,
  FollowUpDto,
  MeTooDto,
  RepairListDto,
  RepairQueueDto,
  RepairTicketDetailDto,
  StaffRefDto,
  UnitRefDto,
} from './dto/repair.response.dto.js';
import { RepairCategoryRow } from './entities/repair-category.entity.js';
import { RepairEvent } from './entities/repair-event.entity.js';
import { RepairFollowUp } from './entities/repair-follow-up.entity.js';
import { RepairMeToo } from './entities/repair-me-too.entity.js';
import { RepairTicket, ticketFromRow, type TicketRow } from './entities/repair-ticket.entity.js';
import { toRepairTicketDetailDto, toRepairTicketDto, type MapContext } from './repair-ticket.mapper.js';
import {
  BOUND_UNITS_SQL,
  canSee,
  capacities,
  decideMove,
  loadViewer,
  seesPeople,
  viewerOf,
  type Viewer,
} from './repairs.access.js';
import { isId } from '../../common/ids.js';

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
    private readonly identity: IdentityService,
    private readonly audit: AuditService,
    private readonly idempotency: IdempotencyService,
    private readonly files: FilesService,
    private readonly fileAccess: FileAccessRegistry,
    private readonly jobs: JobsService,
    private readonly inbox: InboxService,
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

  // ---------------------------------------------------------------- categories

  async categories(communityId: string, m: EntityManager = this.ds.manager): Promise<CategoryListDto> {
    const rows = await m.find(RepairCategoryRow, { where: { communityId }, order: { sortOrder: 'ASC' } });
    if (!rows.length)
      return {
        categories: DEFAULT_REPAIR_CATEGORIES.map((c) => structuredClone(c) as RepairCategory),
        isDefault: true,
      };
    return {
      isDefault: false,
      categories: rows.map((r) => ({
        code: r.code,
        name: r.name,
        targets: {
          urgent: { respondMinutes: r.urgentRespondMinutes, resolveMinutes: r.urgentResolveMinutes },
          normal: { respondMinutes: r.normalRespondMinutes, resolveMinutes: r.normalResolveMinutes },
        },
      })),
    };
  }

  /** Replaces the community's categories and targets (from its service contract). Existing tickets keep theirs. */
  async replaceCategories(actor: Actor, dto: ReplaceCategoriesDto): Promise<CategoryListDto> {
    const communityId = communityOf(actor);
    const fields = [];
    const seen = new Set<string>();
    for (const [i, c] of dto.categories.entries()) {
      if (seen.has(c.code)) fields.push({ field: `categories.${i}.code`, messages: ['类别代码重复'] });
      seen.add(c.code);
      for (const k of ['urgent', 'normal'] as const) {
        if (c.targets[k].resolveMinutes < c.targets[k].respondMinutes)
          fields.push({ field: `categories.${i}.targets.${k}.resolveMinutes`, messages: ['解决时限不能短于响应时限'] });
      }
    }
    if (fields.length) throw validationError(fields);
    await this.content.check(
      dto.categories.map((c, i) => ({ field: `categories.${i}.name`, label: '类别名称', text: c.name })),
      { personId: actor.personId, scene: 'profile' },
    );
    await this.ds.transaction(async (m) => {
      await m.delete(RepairCategoryRow, { communityId });
      await m.insert(
        RepairCategoryRow,
        dto.categories.map((c, i) => ({
          communityId,
          code: c.code,
          name: c.name,
          sortOrder: i,
          urgentRespondMinutes: c.targets.urgent.respondMinutes,
          urgentResolveMinutes: c.targets.urgent.resolveMinutes,
          normalRespondMinutes: c.targets.normal.respondMinutes,
          normalResolveMinutes: c.targets.normal.resolveMinutes,
        })),
      );
      await this.audit.record(
        {
          communityId,
          actorId: actor.personId,
          action: 'repair.categories_replaced',
          targetType: 'community',
          targetId: communityId,
          details: { codes: dto.categories.map((c) => c.code) },
        },
        m,
      );
    });
    return this.categories(communityId);
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
        const { categories } = await this.categories(communityId, m);
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
    return this.get(actor, id);
  }

  // ---------------------------------------------------------------- reads

  async get(actor: Actor, id: string): Promise<RepairTicketDetailDto> {
    const communityId = communityOf(actor);
    const notFound = AppError.notFound('工单');
    if (!isId(id)) throw notFound;
    const m = this.ds.manager;
    const t = await m.findOneBy(RepairTicket, { id, communityId });
    const viewer = await loadViewer(m, actor, communityId);
    if (!t || !canSee(t, viewer)) throw notFound;
    const events = await m.find(RepairEvent, { where: { ticketId: id, communityId }, order: { seq: 'ASC' } });
    return toRepairTicketDetailDto(t, events, await this.context([t], viewer, events));
  }

  /** The units the caller is bound to here (the choices of a unit report), labelled like tickets. */
  async myUnits(actor: Actor): Promise<UnitRefDto[]> {
    const communityId = communityOf(actor);
    const viewer = await loadViewer(this.ds.manager, actor, communityId);
    if (!viewer.unitIds.length) return [];
    const rows: Array<{ id: string; label: string }> = await this.ds.query(
      `SELECT u.id, b.name || u.entrance || u.room AS label FROM units u JOIN buildings b ON b.id = u.building_id
       WHERE u.id = ANY($1) AND u.community_id = $2 ORDER BY b.sort, u.entrance, u.room`,
      [viewer.unitIds, communityId],
    );
    return rows.map((r) => ({ id: r.id, label: r.label }));
  }

  /** Property staff and managers of the community (who a ticket may be assigned to). */
  async staff(actor: Actor): Promise<StaffRefDto[]> {
    const rows: Array<{ id: string; name: string; role: string }> = await this.ds.query(
      `SELECT DISTINCT ON (p.id) p.id, p.name, r.role FROM role_assignments r JOIN persons p ON p.id = r.person_id
       WHERE r.community_id = $1 AND r.role IN ('property_staff','property_manager')
       ORDER BY p.id, CASE r.role WHEN 'property_staff' THEN 0 ELSE 1 END`,
      [communityOf(actor)],
    );
    return rows
      .map((r) => ({ id: r.id, name: r.name, role: r.role }))
      .sort((a, b) => (a.role === b.role ? a.name.localeCompare(b.name, 'zh') : a.role === 'property_staff' ? -1 : 1));
  }

  /** The caller's own reports (mine=1), or those plus every ticket of the units they are bound to. */
  async mine(actor: Actor, q: MineQueryDto): Promise<RepairListDto> {
    const communityId = communityOf(actor);
    // The list mapper needs only the caller's roles; the bound units are read inside the page query.
    const viewer = viewerOf(actor, communityId);
    const qb = this.tickets(communityId);
    if (q.mine === '1') qb.andWhere('t.reporter_id = :me', { me: actor.personId });
    else
      qb.andWhere(`(t.reporter_id = :me OR (t.area_kind = 'unit' AND t.unit_id = ANY(${BOUND_UNITS_SQL})))`, {
        me: actor.personId,
      });
    return this.page(qb.orderBy('t.created_at', 'DESC').addOrderBy('t.id', 'DESC'), q, viewer);
  }

  /** Common-area tickets of the community (公共报修公示), open ones first; cancelled ones are left out. */
  async board(actor: Actor, q: PageQueryDto): Promise<RepairListDto> {
    const communityId = communityOf(actor);
    const viewer = viewerOf(actor, communityId);
    const qb = this.tickets(communityId)
      .andWhere(`t.area_kind = 'common'`)
      .andWhere(`t.status <> 'cancelled'`)
      .orderBy(`CASE WHEN t.status IN (:...open) THEN 0 ELSE 1 END`, 'ASC')
      .addOrderBy('t.created_at', 'DESC')
      .addOrderBy('t.id', 'DESC')
      .setParameter('open', OPEN_STATUSES);
    return this.page(qb, q, viewer, new Date(), 'ids-first');
  }

  /** The property company's work queue (the committee may read it), with filters and counts. */
  async queue(actor: Actor, q: QueueQueryDto, now = new Date()): Promise<RepairQueueDto> {
    const communityId = communityOf(actor);
    const viewer = viewerOf(actor, communityId);
    const qb = this.tickets(communityId);
    if (q.status === 'open') qb.andWhere('t.status IN (:...open)', { open: OPEN_STATUSES });
    else if (q.status) qb.andWhere('t.status = :status', { status: q.status });
    if (q.category) qb.andWhere('t.category_code = :category', { category: q.category });
    if (q.urgency) qb.andWhere('t.urgency = :urgency', { urgency: q.urgency });
    if (q.areaKind) qb.andWhere('t.area_kind = :areaKind', { areaKind: q.areaKind });
    if (q.assignee === 'me') qb.andWhere('t.assignee_id = :me', { me: actor.personId });
    if (q.assignee === 'none') qb.andWhere('t.assignee_id IS NULL');
    if (q.overdue === '1') qb.andWhere(OVERDUE_SQL('t', ':now'), { now });
    // Open first, then urgent first, then oldest first: the queue is worked from the top. With a status filter the
    // first key is the same for every row, so it is left out and the order is exactly ix_repair_ticket_queue_order
    // (community, status, urgency rank, created_at, id): a page is an index range, not a sort of the whole history.
    if (!q.status)
      qb.orderBy(`CASE WHEN t.status IN (:...openStatuses) THEN 0 ELSE 1 END`, 'ASC').setParameter(
        'openStatuses',
        OPEN_STATUSES,
      );
    qb.addOrderBy(`CASE WHEN t.urgency = 'urgent' THEN 0 ELSE 1 END`, 'ASC')
      .addOrderBy('t.created_at', 'ASC')
      .addOrderBy('t.id', 'ASC');
    const [list, [c]] = await Promise.all([
      this.page(qb, q, viewer, now, 'ids-first'),
      this.ds.query(
        `SELECT (SELECT jsonb_object_agg(status, n) FROM (SELECT status, count(*)::int AS n FROM repair_tickets WHERE community_id = $1 GROUP BY status) s) AS by_status,
              count(*) FILTER (WHERE t.status = ANY($3))::int AS open,
              count(*) FILTER (WHERE ${OVERDUE_SQL('t', '$2::timestamptz')} AND t.status = ANY($3))::int AS overdue,
              count(*) FILTER (WHERE t.status = 'submitted' AND t.assignee_id IS NULL)::int AS unassigned,
              (SELECT count(*)::int FROM repair_follow_ups f WHERE f.community_id = $1 AND f.status = 'open') AS follow_ups
       FROM repair_tickets t WHERE t.community_id = $1 AND t.status = ANY($3)`,
        [communityId, now, OPEN_STATUSES],
      ) as Promise<
        Array<{
          by_status: Record<string, number> | null;
          open: number;
          overdue: number;
          unassigned: number;
          follow_ups: number;
        }>
      >,
    ]);
    return {
      ...list,
      counts: {
        byStatus: c.by_status ?? {},
        open: c.open,
        overdue: c.overdue,
        unassigned: c.unassigned,
        openFollowUps: c.follow_ups,
      },
    };
  }

  private tickets(communityId: string): SelectQueryBuilder<RepairTicket> {
    return this.ds
      .getRepository(RepairTicket)
      .createQueryBuilder('t')
      .where('t.community_id = :communityId', { communityId });
  }

  /**
   * A page of tickets with the total and what the mapper needs of each — names of reporter and assignee, the
   * reporter's encrypted phone, the unit label, the +1s, the report photos — as correlated subqueries of the page's
   * rows only.
   * - 'one-query' (a resident's own list: a handful of rows): one round trip, the total as a window count.
   * - 'ids-first' (queue and board: thousands of matching rows in a large community): the page's ids (ordered by an
   *   index where the order allows, otherwise a sort of narrow rows) and the total (a plain count) in parallel, then
   *   the 20 rows with their details. A window count over wide rows made PostgreSQL read, sort and count every
   *   matching ticket with all its columns on every page view (95 ms for one page of a 14,000-ticket history).
   */
  private async page(
    qb: SelectQueryBuilder<RepairTicket>,
    q: PageQueryDto,
    viewer: Viewer,
    now = new Date(),
    strategy: 'one-query' | 'ids-first' = 'one-query',
  ): Promise<RepairListDto> {
    const offset = q.offset ?? 0;
    const limit = q.limit ?? 50;
    const counter = qb.clone();
    let total: number | null = null;
    let order: Map<string, number> | null = null;
    if (strategy === 'ids-first') {
      const [ids, n] = await Promise.all([
        qb.clone().select('t.id', 'id').limit(limit).offset(offset).getRawMany<{ id: string }>(),
        counter.clone().select('count(*)::int', 'n').orderBy().getRawOne<{ n: number }>(),
      ]);
      total = n?.n ?? 0;
      if (!ids.length) return { items: [], total };
      order = new Map(ids.map((r, i) => [r.id, i]));
      qb = qb
        .clone()
        .andWhere('t.id = ANY(:pageIds)', { pageIds: ids.map((r) => r.id) })
        .orderBy();
    } else {
      qb.addSelect('count(*) OVER ()', 'page_total').limit(limit).offset(offset);
    }
    qb.addSelect('count(*) OVER ()', 'page_total')
      .addSelect('(SELECT p.name FROM persons p WHERE p.id = t.reporter_id)', 'page_reporter_name')
      .addSelect('(SELECT p.phone_enc FROM persons p WHERE p.id = t.reporter_id)', 'page_reporter_phone')
      .addSelect('(SELECT p.name FROM persons p WHERE p.id = t.assignee_id)', 'page_assignee_name')
      .addSelect(
        '(SELECT b.name || u.entrance || u.room FROM units u JOIN buildings b ON b.id = u.building_id WHERE u.id = t.unit_id)',
        'page_unit_label',
      )
      .addSelect('(SELECT count(*)::int FROM repair_me_toos mt WHERE mt.ticket_id = t.id)', 'page_me_too_n')
      .addSelect(
        'EXISTS (SELECT 1 FROM repair_me_toos mt WHERE mt.ticket_id = t.id AND mt.person_id = :pageViewer)',
        'page_me_too_mine',
      )
      .addSelect(
        `(SELECT e.photo_ids FROM repair_events e WHERE e.ticket_id = t.id AND e.action = 'submit' ORDER BY e.seq DESC LIMIT 1)`,
        'page_photos',
      )
      .setParameter('pageViewer', viewer.personId);
    // TypeORM writes the SQL; the rows are read with a plain query and mapped by ticketFromRow (TypeORM's entity
    // hydration was a quarter of the API's CPU on list pages).
    const [sql, params] = qb.getQueryAndParameters();
    const raw: Array<
      TicketRow & {
        page_total: string;
        page_reporter_name: string | null;
        page_reporter_phone: string | null;
        page_assignee_name: string | null;
        page_unit_label: string | null;
        page_me_too_n: number;
        page_me_too_mine: boolean;
        page_photos: string[] | null;
      }
    > = await this.ds.query(sql, params);
    const entities = raw.map(ticketFromRow);
    if (order) entities.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
    // Past the last page the window count has no row to ride on: count separately (rare).
    total ??= raw.length ? Number(raw[0]!.page_total) : offset > 0 ? await counter.getCount() : 0;
    const byId = new Map(raw.map((r) => [r.t_id, r]));
    const ctx: MapContext = {
      viewer,
      people: new Map(),
      units: new Map(),
      meToo: new Map(),
      reportPhotos: new Map(),
      now,
    };
    for (const t of entities) {
      const r = byId.get(t.id)!;
      if (r.page_reporter_name !== null) {
        const phone =
          seesPeople(t, viewer) && r.page_reporter_phone ? this.identity.cipher.decrypt(r.page_reporter_phone) : null;
        ctx.people.set(t.reporterId, { name: r.page_reporter_name, phone });
      }
      if (t.assigneeId && r.page_assignee_name !== null && !ctx.people.has(t.assigneeId))
        ctx.people.set(t.assigneeId, { name: r.page_assignee_name, phone: null });
      if (t.unitId && r.page_unit_label !== null) ctx.units.set(t.unitId, r.page_unit_label);
      if (r.page_me_too_n > 0) ctx.meToo.set(t.id, { count: r.page_me_too_n, mine: r.page_me_too_mine });
      if (r.page_photos) ctx.reportPhotos.set(t.id, r.page_photos);
    }
    return { items: entities.map((t) => toRepairTicketDto(t, ctx)), total };
  }

  /** Loads what the mapper needs for these tickets, in a fixed number of queries. */
  private async context(
    tickets: RepairTicket[],
    viewer: Viewer,
    events?: RepairEvent[],
    now = new Date(),
  ): Promise<MapContext> {
    const ids = tickets.map((t) => t.id);
    const personIds = new Set<string>();
    for (const t of tickets) {
      personIds.add(t.reporterId);
      if (t.assigneeId) personIds.add(t.assigneeId);
    }
    for (const e of events ?? []) {
      if (e.actorId) personIds.add(e.actorId);
      if (typeof e.details.assigneeId === 'string') personIds.add(e.details.assigneeId);
    }
    const seePhoneOf = new Set(tickets.filter((t) => seesPeople(t, viewer)).map((t) => t.reporterId));
    const people = new Map<string, { name: string; phone: string | null }>();
    if (personIds.size) {
      const rows: Array<{ id: string; name: string; phone_enc: string | null }> = await this.ds.query(
        `SELECT id, name, phone_enc FROM persons WHERE id = ANY($1)`,
        [[...personIds]],
      );
      for (const r of rows) {
        const phone = seePhoneOf.has(r.id) && r.phone_enc ? this.identity.cipher.decrypt(r.phone_enc) : null;
        people.set(r.id, { name: r.name, phone });
      }
    }
    const unitIds = [...new Set(tickets.map((t) => t.unitId).filter((u): u is string => !!u))];
    const units = new Map<string, string>();
    if (unitIds.length) {
      const rows: Array<{ id: string; label: string }> = await this.ds.query(
        `SELECT u.id, b.name || u.entrance || u.room AS label FROM units u JOIN buildings b ON b.id = u.building_id WHERE u.id = ANY($1)`,
        [unitIds],
      );
      for (const r of rows) units.set(r.id, r.label);
    }
    const meToo = new Map<string, { count: number; mine: boolean }>();
    const reportPhotos = new Map<string, string[]>();
    if (ids.length) {
      const rows: Array<{ ticket_id: string; n: number; mine: boolean }> = await this.ds.query(
        `SELECT ticket_id, count(*)::int AS n, bool_or(person_id = $2) AS mine FROM repair_me_toos WHERE ticket_id = ANY($1) GROUP BY ticket_id`,
        [ids, viewer.personId],
      );
      for (const r of rows) meToo.set(r.ticket_id, { count: r.n, mine: r.mine });
      const submits = events
        ? events.filter((e) => e.action === 'submit')
        : await this.ds.manager.find(RepairEvent, { where: { ticketId: In(ids), action: 'submit' } });
      for (const e of submits) reportPhotos.set(e.ticketId, e.photoIds);
    }
    return { viewer, people, units, meToo, reportPhotos, now };
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
      const t = await this.lock(m, communityId, id);
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
    return this.get(actor, id);
  }

  private lock(m: EntityManager, communityId: string, id: string): Promise<RepairTicket | null> {
    return m
      .getRepository(RepairTicket)
      .createQueryBuilder('t')
      .setLock('pessimistic_write')
      .where('t.id = :id AND t.community_id = :communityId', { id, communityId })
      .getOne();
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
        const t = await this.lock(m, row.community_id, row.id);
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

  // ---------------------------------------------------------------- +1, rating, return visits

  async meToo(actor: Actor, id: string): Promise<MeTooDto> {
    const communityId = communityOf(actor);
    if (!isId(id)) throw AppError.notFound('工单');
    return this.ds.transaction(async (m) => {
      const t = await this.lock(m, communityId, id);
      const viewer = await loadViewer(m, actor, communityId);
      if (!t || !canSee(t, viewer)) throw AppError.notFound('工单');
      if (t.areaKind !== 'common') throw AppError.conflict('只有公共区域的报修可以 +1');
      if (t.reporterId === actor.personId) throw AppError.conflict('这是您自己报的问题，无需 +1');
      if (isTerminal(t.status))
        throw new AppError(
          ErrorCode.ILLEGAL_TRANSITION,
          `工单${TICKET_STATUS_LABELS[t.status]}，不能再 +1；问题仍在请重新报修`,
          { currentStatus: t.status },
        );
      // A second +1 from the same person (a retry) changes nothing.
      const inserted: unknown[] = await m.query(
        `INSERT INTO repair_me_toos (ticket_id, person_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING ticket_id`,
        [id, actor.personId],
      );
      if (inserted.length)
        await this.audit.record(
          { communityId, actorId: actor.personId, action: 'repair.me_too', targetType: 'repair_ticket', targetId: id },
          m,
        );
      const [c]: Array<{ n: number }> = await m.query(
        `SELECT count(*)::int AS n FROM repair_me_toos WHERE ticket_id = $1`,
        [id],
      );
      return { meTooCount: c.n, meTooByMe: true };
    });
  }

  async rate(actor: Actor, id: string, dto: RatingDto): Promise<RepairTicketDetailDto> {
    const communityId = communityOf(actor);
    if (!isId(id)) throw AppError.notFound('工单');
    await this.content.check([{ field: 'comment', label: '评价', text: dto.comment }], {
      personId: actor.personId,
      scene: 'comment',
    });
    await this.ds.transaction(async (m) => {
      const t = await this.lock(m, communityId, id);
      const viewer = await loadViewer(m, actor, communityId);
      if (!t || !canSee(t, viewer)) throw AppError.notFound('工单');
      if (t.reporterId !== actor.personId) throw AppError.forbidden('只有报修人可以评价');
      if (!isTerminal(t.status) || t.status === 'cancelled') {
        throw new AppError(ErrorCode.ILLEGAL_TRANSITION, `工单${TICKET_STATUS_LABELS[t.status]}，结束后才能评价`, {
          currentStatus: t.status,
        });
      }
      if (t.rating !== null) throw AppError.conflict('您已评价过这张工单');
      const tags = [...new Set(dto.tags ?? [])];
      const now = new Date();
      await m.update(
        RepairTicket,
        { id },
        { rating: dto.score, ratingTags: tags, ratingComment: dto.comment?.trim() || null, ratedAt: now },
      );
      await m.insert(RepairEvent, {
        communityId,
        ticketId: id,
        actorId: actor.personId,
        actorRole: 'reporter',
        action: 'rate',
        fromStatus: t.status,
        toStatus: t.status,
        note: dto.comment?.trim() || null,
        photoIds: [],
        details: { score: dto.score, tags },
      });
      if (needsReturnVisit(dto.score)) await m.insert(RepairFollowUp, { communityId, ticketId: id, rating: dto.score });
      await this.audit.record(
        {
          communityId,
          actorId: actor.personId,
          action: 'repair.rate',
          targetType: 'repair_ticket',
          targetId: id,
          details: { score: dto.score },
        },
        m,
      );
    });
    return this.get(actor, id);
  }

  async followUps(
    actor: Actor,
    q: PageQueryDto & { status?: 'open' | 'done' },
    onlyId: string | null = null,
  ): Promise<{ items: FollowUpDto[]; total: number }> {
    const communityId = communityOf(actor);
    const rows: Array<{
      id: string;
      ticket_id: string;
      category_name: string;
      location: string;
      rating: number;
      rating_comment: string | null;
      status: 'open' | 'done';
      note: string | null;
      created_at: Date;
      done_at: Date | null;
      total: number;
    }> = await this.ds.query(
      `SELECT f.id, f.ticket_id, t.category_name, t.location, f.rating, t.rating_comment, f.status, f.note, f.created_at, f.done_at, count(*) OVER ()::int AS total
       FROM repair_follow_ups f JOIN repair_tickets t ON t.id = f.ticket_id AND t.community_id = f.community_id
       WHERE f.community_id = $1 AND ($2::text IS NULL OR f.status = $2) AND ($5::uuid IS NULL OR f.id = $5)
       ORDER BY (f.status = 'open') DESC, f.created_at ASC LIMIT $3 OFFSET $4`,
      [communityId, q.status ?? null, q.limit ?? 50, q.offset ?? 0, onlyId],
    );
    return {
      total: rows[0]?.total ?? 0,
      items: rows.map((r) => ({
        id: r.id,
        ticketId: r.ticket_id,
        categoryName: r.category_name,
        location: r.location,
        rating: r.rating,
        ratingComment: r.rating_comment,
        status: r.status,
        note: r.note,
        createdAt: r.created_at.toISOString(),
        doneAt: r.done_at ? r.done_at.toISOString() : null,
      })),
    };
  }

  async completeFollowUp(actor: Actor, id: string, note: string): Promise<FollowUpDto> {
    const communityId = communityOf(actor);
    if (!isId(id)) throw AppError.notFound('回访任务');
    await this.content.check([{ field: 'note', label: '回访结果', text: note }], {
      personId: actor.personId,
      scene: 'comment',
    });
    await this.ds.transaction(async (m) => {
      const f = await m
        .getRepository(RepairFollowUp)
        .createQueryBuilder('f')
        .setLock('pessimistic_write')
        .where('f.id = :id AND f.community_id = :communityId', { id, communityId })
        .getOne();
      if (!f) throw AppError.notFound('回访任务');
      if (f.status === 'done') throw AppError.conflict('这个回访任务已经完成');
      await m.update(
        RepairFollowUp,
        { id },
        { status: 'done', doneBy: actor.personId, doneAt: new Date(), note: note.trim() },
      );
      await this.audit.record(
        {
          communityId,
          actorId: actor.personId,
          action: 'repair.follow_up_done',
          targetType: 'repair_follow_up',
          targetId: id,
        },
        m,
      );
    });
    return (await this.followUps(actor, {}, id)).items[0]!;
  }
}

function refusal(r: Extract<TransitionResult, { ok: false }> | null, currentStatus: TicketStatus): AppError {
  if (!r) return new AppError(ErrorCode.FORBIDDEN, '只有报修人或物业人员可以处理这张工单', { currentStatus });
  return new AppError(r.code, r.message, { currentStatus, currentStatusLabel: TICKET_STATUS_LABELS[currentStatus] });
}
