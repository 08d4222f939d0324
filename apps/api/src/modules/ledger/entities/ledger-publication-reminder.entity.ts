import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Marker: the committee of a community was reminded once about a statement's publication deadline, of one kind
 * ('due_soon' before the due date, 'overdue' after it). The unique index makes the daily job idempotent.
 */
@Entity('ledger_publication_reminders')
@Index('uq_ledger_publication_reminder', ['communityId', 'periodKey', 'kind'], { unique: true })
export class LedgerPublicationReminder {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'community_id', type: 'uuid' }) communityId: string;
  @Column({ name: 'period_key', type: 'varchar', length: 10 }) periodKey: string;
  /** 'due_soon' | 'overdue' */
  @Column({ type: 'varchar', length: 10 }) kind: string;
  @Column({ name: 'due_by', type: 'date' }) dueBy: string;
  /** How many committee members got the message. */
  @Column({ type: 'int' }) recipients: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
