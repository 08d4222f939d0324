import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** An owner's question (质询) on an entry or a statement; the committee answers. Public to the community. */
@Entity('ledger_questions')
@Index('ix_ledger_questions_target', ['communityId', 'targetType', 'targetRef'])
@Check('ck_ledger_questions_target', `"target_type" IN ('entry', 'statement')`)
export class LedgerQuestion {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'community_id', type: 'uuid' }) communityId: string;
  @Column({ name: 'target_type', type: 'varchar', length: 10 }) targetType: 'entry' | 'statement';
  /** Entry id, or statement period key ("2026-H1"). */
  @Column({ name: 'target_ref', type: 'varchar', length: 40 }) targetRef: string;
  @Column({ name: 'asker_id', type: 'uuid' }) askerId: string;
  @Column({ type: 'varchar', length: 1000 }) body: string;
  @Column({ type: 'varchar', length: 2000, nullable: true }) answer: string | null;
  @Column({ name: 'answered_by', type: 'uuid', nullable: true }) answeredBy: string | null;
  @Column({ name: 'answered_at', type: 'timestamptz', nullable: true }) answeredAt: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
