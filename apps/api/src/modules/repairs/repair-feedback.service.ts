import { Inject, Injectable } from '@nestjs/common';
import { ErrorCode, TICKET_STATUS_LABELS, isTerminal, needsReturnVisit } from '@gongzhi/domain';
import { DataSource } from 'typeorm';
import { AppError } from '../../common/app-error.js';
import { communityOf, type Actor } from '../../common/current-user.js';
import { AuditService } from '../audit/audit.service.js';
import { CONTENT_CHECK, type ContentCheck } from '../../common/content-check.js';
import type { PageQueryDto } from './dto/query.dto.js';
import type { RatingDto } from './dto/rating.dto.js';
import type { FollowUpDto, MeTooDto, RepairTicketDetailDto } from './dto/repair.response.dto.js';
import { RepairEvent } from './entities/repair-event.entity.js';
import { RepairFollowUp } from './entities/repair-follow-up.entity.js';
import { RepairTicket } from './entities/repair-ticket.entity.js';
import { canSee, loadViewer } from './repairs.access.js';
import { isId } from '../../common/ids.js';
import { lockTicket } from './repair-tickets.repository.js';
import { RepairReadsService } from './repair-reads.service.js';

/** What residents add to a ticket after reporting it: 我也遇到 (+1), the rating, and the return visits. */
@Injectable()
export class RepairFeedbackService {
  constructor(
    private readonly ds: DataSource,
    private readonly audit: AuditService,
    private readonly reads: RepairReadsService,
    @Inject(CONTENT_CHECK) private readonly content: ContentCheck,
  ) {}

  // ---------------------------------------------------------------- +1, rating, return visits

  async meToo(actor: Actor, id: string): Promise<MeTooDto> {
    const communityId = communityOf(actor);
    if (!isId(id)) throw AppError.notFound('工单');
    return this.ds.transaction(async (m) => {
      const t = await lockTicket(m, communityId, id);
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
      const t = await lockTicket(m, communityId, id);
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
    return this.reads.get(actor, id);
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
