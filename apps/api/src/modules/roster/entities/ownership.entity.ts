import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';

/** Registered ownership of a unit. Several owners of one unit: exactly one is the designated voter. */
@Entity('ownerships')
@Unique('uq_ownership', ['unitId', 'personId'])
export class Ownership {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Index() @Column({ name: 'community_id', type: 'uuid' }) communityId: string;
  @Column({ name: 'unit_id', type: 'uuid' }) unitId: string;
  @Index() @Column({ name: 'person_id', type: 'uuid' }) personId: string;
  @Column({ name: 'is_developer', type: 'boolean', default: false }) isDeveloper: boolean;
  @Column({ name: 'is_designated_voter', type: 'boolean', default: true }) isDesignatedVoter: boolean;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
