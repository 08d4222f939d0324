import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { ResolutionStatus } from '@gongzhi/domain';

/** The vote settings frozen at opening (from the community settings), used by the tally and by the ballot trigger. */
export interface FrozenVoteSettings {
  parkingCounts: boolean;
  invalidCountsAsParticipation: boolean;
  followMajority: boolean;
  allowBallotChange: boolean;
}

/** An owners' joint decision (业主共同决定): one notice, one agenda of items, one ballot per voter covering all items. */
@Entity('resolutions')
@Index('ix_resolution_community_status', ['communityId', 'status'])
export class Resolution {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'community_id', type: 'uuid' }) communityId: string;
  @Column({ type: 'varchar', length: 100 }) title: string;
  @Column({ type: 'text', default: '' }) explanation: string;
  @Column({ type: 'varchar', length: 12 }) status: ResolutionStatus;
  /** Bumped by every edit of the draft; approvals count only for the current revision. */
  @Column({ type: 'int', default: 1 }) revision: number;
  /** 临时会议: 7 days of notice instead of the community's noticeDays. */
  @Column({ type: 'boolean', default: false }) extraordinary: boolean;
  @Column({ name: 'scope_kind', type: 'varchar', length: 12 }) scopeKind: 'community' | 'buildings';
  @Column({ name: 'scope_building_ids', type: 'uuid', array: true, default: () => "'{}'" }) scopeBuildingIds: string[];
  @Column({ name: 'document_file_ids', type: 'uuid', array: true, default: () => "'{}'" }) documentFileIds: string[];
  @Column({ name: 'voting_opens_at', type: 'timestamptz' }) votingOpensAt: Date;
  @Column({ name: 'voting_days', type: 'int' }) votingDays: number;
  @Column({ name: 'voting_closes_at', type: 'timestamptz' }) votingClosesAt: Date;
  @Column({ type: 'boolean', default: false }) extended: boolean;
  @Column({ name: 'objection_days', type: 'int', default: 7 }) objectionDays: number;
  @Column({ name: 'notice_published_at', type: 'timestamptz', nullable: true }) noticePublishedAt: Date | null;
  @Column({ name: 'approved_at', type: 'timestamptz', nullable: true }) approvedAt: Date | null;
  @Column({ name: 'opened_at', type: 'timestamptz', nullable: true }) openedAt: Date | null;
  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true }) closedAt: Date | null;
  @Column({ name: 'objection_ends_at', type: 'timestamptz', nullable: true }) objectionEndsAt: Date | null;
  @Column({ name: 'finalized_at', type: 'timestamptz', nullable: true }) finalizedAt: Date | null;
  /** Official-system mode (community setting officialVotingSystem at notice time). */
  @Column({ name: 'official_mode', type: 'boolean', default: false }) officialMode: boolean;
  @Column({ name: 'official_notice_file_id', type: 'uuid', nullable: true }) officialNoticeFileId: string | null;
  @Column({ name: 'vote_settings', type: 'jsonb', nullable: true }) voteSettings: FrozenVoteSettings | null;
  @Column({ name: 'electorate_fingerprint', type: 'char', length: 64, nullable: true }) electorateFingerprint:
    string | null;
  @Column({ name: 'total_area', type: 'bigint', nullable: true }) totalArea: string | null;
  @Column({ name: 'total_heads', type: 'int', nullable: true }) totalHeads: number | null;
  @Column({ name: 'created_by', type: 'uuid' }) createdBy: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
