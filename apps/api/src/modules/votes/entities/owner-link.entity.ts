import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/**
 * "This roster owner identity is now this signed-in account" (append-only). Written when a verified WeChat phone
 * claims a roster placeholder (`via = 'verified_phone'`) or when two committee members approve an owner binding
 * (`via = 'binding'`, `residency_id` = the approved request). A frozen electorate names the roster identity
 * (`electorate_voters.cast_by`); the head is cast online by whoever that identity is linked to, resolved at cast time,
 * so the frozen record (and its fingerprint) never changes.
 */
@Entity('owner_links')
@Index('ix_owner_link_person', ['personId'])
@Index('ix_owner_link_roster_person', ['rosterPersonId'])
export class OwnerLink {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'community_id', type: 'uuid', nullable: true }) communityId: string | null;
  /** The roster's person (a placeholder that never signed in). */
  @Column({ name: 'roster_person_id', type: 'uuid' }) rosterPersonId: string;
  /** The signed-in account verified as that owner. */
  @Column({ name: 'person_id', type: 'uuid' }) personId: string;
  @Column({ type: 'varchar', length: 20 }) via: 'verified_phone' | 'binding';
  @Column({ name: 'residency_id', type: 'uuid', nullable: true }) residencyId: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}

/**
 * A binding link withdrawn (append-only): the committee removed the owner binding it came from (a mistaken approval).
 * The link no longer lets the account cast the head; the ownership went back to the roster identity.
 */
@Entity('owner_link_revocations')
export class OwnerLinkRevocation {
  @PrimaryColumn({ name: 'link_id', type: 'uuid' }) linkId: string;
  @Column({ name: 'community_id', type: 'uuid' }) communityId: string;
  @Column({ name: 'revoked_by', type: 'uuid' }) revokedBy: string;
  @Column({ name: 'residency_id', type: 'uuid' }) residencyId: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
