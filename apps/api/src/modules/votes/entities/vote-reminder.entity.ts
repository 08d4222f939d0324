import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * Marker: the non-voters of a resolution were reminded (站内消息) once. The primary key makes the reminder job
 * idempotent; earlier this was read from the audit log, which belongs to the audit module. Append-only for the API.
 */
@Entity('vote_reminders')
export class VoteReminder {
  @PrimaryColumn({ name: 'resolution_id', type: 'uuid', primaryKeyConstraintName: 'pk_vote_reminders' })
  resolutionId: string;
  @Column({ name: 'community_id', type: 'uuid' }) communityId: string;
  /** How many voters got the message. */
  @Column({ type: 'int' }) recipients: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
