import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';

/** Append-only: one confirmation of a roster proposal by one person (two committee members apply it). */
@Entity('roster_confirmations')
@Unique('uq_roster_confirmation', ['importId', 'personId'])
export class RosterConfirmation {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'community_id', type: 'uuid' }) communityId: string;
  @Column({ name: 'import_id', type: 'uuid' }) importId: string;
  @Column({ name: 'person_id', type: 'uuid' }) personId: string;
  @Column({ type: 'varchar', length: 30 }) role: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}

/**
 * Append-only activity record of the roster: one row per changed field of a unit (old → new, personal data masked),
 * with who proposed and who confirmed it, and the persons it affects (owners before and after, who may object).
 */
@Entity('roster_changes')
@Index('ix_roster_change_community', ['communityId', 'createdAt'])
export class RosterChange {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' }) id: string;
  @Column({ name: 'community_id', type: 'uuid' }) communityId: string;
  @Column({ name: 'import_id', type: 'uuid' }) importId: string;
  @Column({ name: 'unit_id', type: 'uuid' }) unitId: string;
  @Column({ name: 'unit_label', type: 'varchar', length: 120 }) unitLabel: string;
  @Column({ type: 'varchar', length: 30 }) field: string;
  @Column({ name: 'old_value', type: 'varchar', length: 600, nullable: true }) oldValue: string | null;
  @Column({ name: 'new_value', type: 'varchar', length: 600, nullable: true }) newValue: string | null;
  @Column({ name: 'proposed_by', type: 'uuid' }) proposedBy: string;
  @Column({ name: 'confirmed_by', type: 'uuid', array: true }) confirmedBy: string[];
  @Column({ name: 'affected_person_ids', type: 'uuid', array: true })
  affectedPersonIds: string[];
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}

export type RosterObjectionStatus = 'open' | 'upheld' | 'dismissed';

/** An affected owner's objection to a confirmed change of their unit; open until a confirmer answers it. */
@Entity('roster_objections')
@Index('ix_roster_objection_open', ['communityId', 'status'])
export class RosterObjection {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'community_id', type: 'uuid' }) communityId: string;
  @Column({ name: 'import_id', type: 'uuid' }) importId: string;
  @Column({ name: 'unit_id', type: 'uuid' }) unitId: string;
  @Column({ name: 'person_id', type: 'uuid' }) personId: string;
  @Column({ type: 'varchar', length: 500 }) reason: string;
  @Column({ type: 'varchar', length: 10, default: 'open' }) status: RosterObjectionStatus;
  @Column({ type: 'varchar', length: 500, nullable: true }) answer: string | null;
  @Column({ name: 'answered_by', type: 'uuid', nullable: true }) answeredBy: string | null;
  @Column({ name: 'answered_at', type: 'timestamptz', nullable: true }) answeredAt: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
