import type { RepairAreaKind, TicketPriority, TicketStatus } from '@gongzhi/domain';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/**
 * A repair request (报修). Status moves only through RepairsService (one `repair_events` row per move). The response
 * and resolution targets are copied from the category when the ticket is reported, so a later change of a
 * community's targets does not move old tickets.
 */
@Entity('repair_tickets')
@Index('ix_repair_ticket_queue', ['communityId', 'status', 'createdAt'])
@Index('ix_repair_tickets_community_created', ['communityId', 'createdAt'])
@Index('ix_repair_tickets_community_rated', ['communityId', 'ratedAt', 'rating'])
// (community, status, urgent first, created_at, id): an expression index, created by migration 1763910000010.
@Index('ix_repair_ticket_queue_order', { synchronize: false })
export class RepairTicket {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'community_id', type: 'uuid' }) communityId: string;
  @Index() @Column({ name: 'reporter_id', type: 'uuid' }) reporterId: string;
  @Column({ name: 'area_kind', type: 'varchar', length: 10 }) areaKind: RepairAreaKind;
  @Index() @Column({ name: 'unit_id', type: 'uuid', nullable: true }) unitId: string | null;
  @Column({ name: 'category_code', type: 'varchar', length: 30 }) categoryCode: string;
  @Column({ name: 'category_name', type: 'varchar', length: 30 }) categoryName: string;
  @Column({ type: 'varchar', length: 10 }) urgency: TicketPriority;
  @Column({ type: 'text' }) description: string;
  @Column({ type: 'varchar', length: 100 }) location: string;
  @Column({ name: 'preferred_time', type: 'varchar', length: 100, nullable: true }) preferredTime: string | null;
  @Column({ type: 'varchar', length: 30 }) status: TicketStatus;
  @Column({ name: 'assignee_id', type: 'uuid', nullable: true }) assigneeId: string | null;
  @Column({ name: 'respond_target_minutes', type: 'int' }) respondTargetMinutes: number;
  @Column({ name: 'resolve_target_minutes', type: 'int' }) resolveTargetMinutes: number;
  @Column({ name: 'responded_at', type: 'timestamptz', nullable: true }) respondedAt: Date | null;
  /** When the work was completed (done) or the ticket was closed as not fixed; cleared by a reopen. */
  @Column({ name: 'resolved_at', type: 'timestamptz', nullable: true }) resolvedAt: Date | null;
  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true }) closedAt: Date | null;
  @Column({ name: 'reopen_count', type: 'int', default: 0 }) reopenCount: number;
  /** Paid service quote in fen (有偿服务报价); the resident accepts it before work continues. */
  @Column({ name: 'quote_amount_fen', type: 'bigint', nullable: true }) quoteAmountFen: string | null;
  @Column({ name: 'quote_accepted_at', type: 'timestamptz', nullable: true }) quoteAcceptedAt: Date | null;
  @Column({ name: 'decline_reason', type: 'varchar', length: 30, nullable: true }) declineReason: string | null;
  @Column({ type: 'smallint', nullable: true }) rating: number | null;
  @Column({ name: 'rating_tags', type: 'text', array: true, nullable: true }) ratingTags: string[] | null;
  @Column({ name: 'rating_comment', type: 'varchar', length: 500, nullable: true }) ratingComment: string | null;
  @Column({ name: 'rated_at', type: 'timestamptz', nullable: true }) ratedAt: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}

/** A repair_tickets row as selected by a query builder with alias `t` (`t_<column>`), for list pages read raw. */
export interface TicketRow {
  t_id: string;
  t_community_id: string;
  t_reporter_id: string;
  t_area_kind: RepairAreaKind;
  t_unit_id: string | null;
  t_category_code: string;
  t_category_name: string;
  t_urgency: TicketPriority;
  t_description: string;
  t_location: string;
  t_preferred_time: string | null;
  t_status: TicketStatus;
  t_assignee_id: string | null;
  t_respond_target_minutes: number;
  t_resolve_target_minutes: number;
  t_responded_at: Date | null;
  t_resolved_at: Date | null;
  t_closed_at: Date | null;
  t_reopen_count: number;
  t_quote_amount_fen: string | null;
  t_quote_accepted_at: Date | null;
  t_decline_reason: string | null;
  t_rating: number | null;
  t_rating_tags: string[] | null;
  t_rating_comment: string | null;
  t_rated_at: Date | null;
  t_created_at: Date;
  t_updated_at: Date;
}

/** The entity of a TicketRow, column by column (node-postgres already gives Dates, bigint as string, arrays). */
export function ticketFromRow(r: TicketRow): RepairTicket {
  return Object.assign(new RepairTicket(), {
    id: r.t_id,
    communityId: r.t_community_id,
    reporterId: r.t_reporter_id,
    areaKind: r.t_area_kind,
    unitId: r.t_unit_id,
    categoryCode: r.t_category_code,
    categoryName: r.t_category_name,
    urgency: r.t_urgency,
    description: r.t_description,
    location: r.t_location,
    preferredTime: r.t_preferred_time,
    status: r.t_status,
    assigneeId: r.t_assignee_id,
    respondTargetMinutes: r.t_respond_target_minutes,
    resolveTargetMinutes: r.t_resolve_target_minutes,
    respondedAt: r.t_responded_at,
    resolvedAt: r.t_resolved_at,
    closedAt: r.t_closed_at,
    reopenCount: r.t_reopen_count,
    quoteAmountFen: r.t_quote_amount_fen,
    quoteAcceptedAt: r.t_quote_accepted_at,
    declineReason: r.t_decline_reason,
    rating: r.t_rating,
    ratingTags: r.t_rating_tags,
    ratingComment: r.t_rating_comment,
    ratedAt: r.t_rated_at,
    createdAt: r.t_created_at,
    updatedAt: r.t_updated_at,
  } satisfies Record<keyof RepairTicket, unknown>);
}
