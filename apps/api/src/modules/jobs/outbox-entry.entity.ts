import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Transactional outbox: a job written in the same transaction as the business change, moved to pg-boss by the
 * relay (JobsService) once committed. A rolled-back transaction leaves no row, so no job; a committed row is
 * relayed in the same transaction that inserts the pg-boss job, so it is sent exactly once.
 */
@Entity('outbox')
@Index('ix_outbox_pending', ['id'], { where: '"relayed_at" IS NULL' })
export class OutboxEntry {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' }) id: string;
  @Column({ type: 'varchar', length: 100 }) name: string;
  @Column({ type: 'jsonb' }) payload: object;
  /** pg-boss send options: singletonKey, startAfter (ISO string). */
  @Column({ type: 'jsonb', default: {} }) options: { singletonKey?: string; startAfter?: string };
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column({ name: 'relayed_at', type: 'timestamptz', nullable: true }) relayedAt: Date | null;
  @Column({ name: 'job_id', type: 'uuid', nullable: true }) jobId: string | null;
}
