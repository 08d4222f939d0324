import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';

/**
 * A co-owner's proposal to become the designated voter (指定投票人) of a co-owned unit. It applies once every
 * co-owner has consented, and only while no vote covering the unit is open (docs/votes.md).
 */
@Entity('designated_voter_changes')
export class DesignatedVoterChange {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'community_id', type: 'uuid' }) communityId: string;
  @Index('IDX_designated_voter_changes_unit') @Column({ name: 'unit_id', type: 'uuid' }) unitId: string;
  @Column({ name: 'voter_person_id', type: 'uuid' }) voterPersonId: string;
  @Column({ name: 'proposed_by', type: 'uuid' }) proposedBy: string;
  @Column({ type: 'varchar', length: 10, default: 'pending' }) status: 'pending' | 'applied';
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column({ name: 'applied_at', type: 'timestamptz', nullable: true }) appliedAt: Date | null;
}

/** One co-owner's consent to a designated-voter change (append-only). */
@Entity('designated_voter_consents')
@Unique('uq_designated_voter_consent', ['changeId', 'personId'])
export class DesignatedVoterConsent {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'community_id', type: 'uuid' }) communityId: string;
  @Column({ name: 'change_id', type: 'uuid' }) changeId: string;
  @Column({ name: 'person_id', type: 'uuid' }) personId: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
