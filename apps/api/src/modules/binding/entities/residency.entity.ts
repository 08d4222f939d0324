import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type ResidencyRelation = 'owner' | 'family' | 'tenant';
/** `removed`: a binding ended by the committee (moved out, tenancy over); kept for the record. */
export type ResidencyStatus = 'pending' | 'approved' | 'rejected' | 'removed';

/** A person bound to a unit (住户): the binding request and its decision. */
@Entity('residencies')
@Index('uq_residency_active', ['unitId', 'personId'], { unique: true, where: "status IN ('pending','approved')" })
export class Residency {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Index() @Column({ name: 'community_id', type: 'uuid' }) communityId: string;
  @Column({ name: 'unit_id', type: 'uuid' }) unitId: string;
  @Index() @Column({ name: 'person_id', type: 'uuid' }) personId: string;
  @Column({ type: 'varchar', length: 10 }) relation: ResidencyRelation;
  @Column({ type: 'varchar', length: 10 }) status: ResidencyStatus;
  @Column({ name: 'document_file_id', type: 'uuid', nullable: true }) documentFileId: string | null;
  @Column({ name: 'decided_by', type: 'uuid', nullable: true }) decidedBy: string | null;
  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true }) decidedAt: Date | null;
  @Column({ type: 'varchar', length: 200, nullable: true }) reason: string | null;
  @Column({ name: 'auto_approved', type: 'boolean', default: false }) autoApproved: boolean;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
