import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Per-community settings that come from its rules of procedure / covenant (domain-rules.md). */
export interface CommunitySettings {
  parkingCountsInVotes?: boolean;
  invalidBallotsCountAsParticipation?: boolean;
  followMajorityClause?: boolean;
  allowBallotChange?: boolean;
  noticeDays?: number;
  votingDays?: number;
  publicationFrequency?: 'quarterly' | 'half_yearly' | 'yearly';
  topUpRule?: 'none' | 'huzhou' | 'beijing';
  autoCloseDays?: number;
  officialVotingSystem?: boolean;
  expenseResolutionLimitFen?: string;
  /** Days an affected owner may object to a confirmed roster change (default 7). */
  rosterObjectionDays?: number;
  /** Committee rules of the city (packages/domain committee profiles): 'default' | 'zhejiang' | 'beijing'. */
  committeeProfile?: string;
}

@Entity('communities')
export class Community {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Index() @Column({ name: 'district_id', type: 'uuid' }) districtId: string;
  /** The subdistrict office (街道) the community belongs to; null until one is recorded. */
  @Index() @Column({ name: 'subdistrict_id', type: 'uuid', nullable: true }) subdistrictId: string | null;
  @Column({ type: 'varchar', length: 100 }) name: string;
  @Column({ type: 'varchar', length: 200, default: '' }) address: string;
  @Column({ type: 'jsonb', default: {} }) settings: CommunitySettings;
  /** A WeChat review community of synthetic data (fixed at creation by a trigger; docs/weapp-review.md). */
  @Column({ type: 'boolean', default: false }) review: boolean;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
