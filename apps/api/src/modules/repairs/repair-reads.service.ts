import { Injectable } from '@nestjs/common';
import { OPEN_STATUSES } from '@gongzhi/domain';
import { DataSource, In, type SelectQueryBuilder } from 'typeorm';
import { AppError } from '../../common/app-error.js';
import { communityOf, type Actor } from '../../common/current-user.js';
import { IdentityService } from '../identity/identity.service.js';
import { OVERDUE_SQL } from './overdue.sql.js';
import type { MineQueryDto, PageQueryDto, QueueQueryDto } from './dto/query.dto.js';
import type {
  RepairListDto,
  RepairQueueDto,
  RepairTicketDetailDto,
  StaffRefDto,
  UnitRefDto,
} from './dto/repair.response.dto.js';
import { RepairEvent } from './entities/repair-event.entity.js';
import { RepairTicket, ticketFromRow, type TicketRow } from './entities/repair-ticket.entity.js';
import { toRepairTicketDetailDto, toRepairTicketDto, type MapContext } from './repair-ticket.mapper.js';
import { BOUND_UNITS_SQL, canSee, loadViewer, seesPeople, viewerOf, type Viewer } from './repairs.access.js';
import { isId } from '../../common/ids.js';

/** Reading tickets: one ticket, my tickets, the public board, the property queue with its counts. */
@Injectable()
export class RepairReadsService {
  constructor(
    private readonly ds: DataSource,
    private readonly identity: IdentityService,
  ) {}

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
}
