import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A return-visit task (回访) for the property company, created by a low rating. One per ticket. */
@Entity('repair_follow_ups')
export class RepairFollowUp {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Index() @Column({ name: 'community_id', type: 'uuid' }) communityId: string;
  @Index({ unique: true }) @Column({ name: 'ticket_id', type: 'uuid' }) ticketId: string;
  @Column({ type: 'smallint' }) rating: number;
  @Column({ type: 'varchar', length: 10, default: 'open' }) status: 'open' | 'done';
  @Column({ name: 'done_by', type: 'uuid', nullable: true }) doneBy: string | null;
  @Column({ name: 'done_at', type: 'timestamptz', nullable: true }) doneAt: Date | null;
  @Column({ type: 'varchar', length: 500, nullable: true }) note: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
