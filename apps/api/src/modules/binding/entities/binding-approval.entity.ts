import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';

/**
 * One committee member's confirmation of an owner binding request (append-only). An owner binding moves a head of
 * every future and running vote, so it takes two different members (packages/domain/src/votes/electorate-heads.ts).
 */
@Entity('binding_approvals')
@Unique('uq_binding_approval', ['residencyId', 'personId'])
export class BindingApproval {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Index('IDX_binding_approvals_community') @Column({ name: 'community_id', type: 'uuid' }) communityId: string;
  @Column({ name: 'residency_id', type: 'uuid' }) residencyId: string;
  @Column({ name: 'person_id', type: 'uuid' }) personId: string;
  /** The role the approver held when confirming (committee_chair / committee_member). */
  @Column({ type: 'varchar', length: 30 }) role: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
