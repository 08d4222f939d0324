import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

/** One committee member's approval of one revision of a draft (append-only; no proxies). */
@Entity('resolution_approvals')
@Unique('uq_resolution_approval', ['resolutionId', 'revision', 'personId'])
export class ResolutionApproval {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'resolution_id', type: 'uuid' }) resolutionId: string;
  @Column({ type: 'int' }) revision: number;
  @Column({ name: 'person_id', type: 'uuid' }) personId: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
