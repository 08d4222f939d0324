import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * The ticket's timeline: one row per move (and for the report itself and the rating). Append-only: the API's
 * database role may not UPDATE, DELETE or TRUNCATE it (migration 1763830000000).
 */
@Entity('repair_events')
@Index('ix_repair_event_ticket', ['ticketId', 'seq'])
export class RepairEvent {
  @PrimaryGeneratedColumn('uuid') id: string;
  /** Insertion order (a sequence): the timeline is ordered by it, not by clock time. */
  @Column({ type: 'bigint', generated: 'increment' }) seq: string;
  @Column({ name: 'community_id', type: 'uuid' }) communityId: string;
  @Column({ name: 'ticket_id', type: 'uuid' }) ticketId: string;
  /** null for the system (automatic closing). */
  @Column({ name: 'actor_id', type: 'uuid', nullable: true }) actorId: string | null;
  /** reporter, staff, manager or system: in which capacity the actor acted. */
  @Column({ name: 'actor_role', type: 'varchar', length: 10 }) actorRole: string;
  /** submit, rate, or a state-machine action. */
  @Column({ type: 'varchar', length: 20 }) action: string;
  @Column({ name: 'from_status', type: 'varchar', length: 30, nullable: true }) fromStatus: string | null;
  @Column({ name: 'to_status', type: 'varchar', length: 30 }) toStatus: string;
  @Column({ type: 'varchar', length: 500, nullable: true }) note: string | null;
  @Column({ name: 'photo_ids', type: 'uuid', array: true, default: () => "'{}'" }) photoIds: string[];
  /** Non-personal facts of the move: assignee id, quote amount (fen, as text), decline reason code, score. */
  @Column({ type: 'jsonb', default: {} }) details: Record<string, unknown>;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
