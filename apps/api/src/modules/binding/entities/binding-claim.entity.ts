import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * What the applicant typed when asking to be bound to a unit (one per residency): the name and phone the committee
 * compares with the roster. The phone is encrypted; `phone_hash` is its blind index.
 */
@Entity('binding_claims')
export class BindingClaim {
  @PrimaryColumn({ name: 'residency_id', type: 'uuid' }) residencyId: string;
  @Index() @Column({ name: 'community_id', type: 'uuid' }) communityId: string;
  @Column({ name: 'claimed_name', type: 'varchar', length: 50 }) claimedName: string;
  /** NULL once the applicant asked for deletion (PIPL Art. 47; the name then reads 已注销用户). */
  @Column({ name: 'claimed_phone_enc', type: 'text', nullable: true }) claimedPhoneEnc: string | null;
  @Column({ name: 'claimed_phone_hash', type: 'char', length: 64, nullable: true }) claimedPhoneHash: string | null;
  /** Whether the typed phone matched a roster owner of the unit when asked (a hint for the reviewer). */
  @Column({ name: 'matches_roster', type: 'boolean', default: false }) matchesRoster: boolean;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
