import type { NoticeCiteKind, NoticeType } from '@gongzhi/domain';
import { Column, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';

/**
 * A published notice. APPEND-ONLY: the API's database role may only SELECT and INSERT here (the migration revokes
 * UPDATE, DELETE and TRUNCATE). Each row links to the previous notice of its community by hash
 * (`hash = linkHash(prev_hash, canonical content)`, sequence numbers 1, 2, 3… per community). Pinning and extending
 * are `notice_events`; a correction or withdrawal is a new notice with `cites_notice_id`.
 */
@Entity('notices')
@Unique('uq_notice_seq', ['communityId', 'seq'])
@Unique('uq_notice_draft', ['draftId'])
@Index('ix_notices_community_published', ['communityId', 'publishedAt'])
@Index('ix_notices_cites', ['citesNoticeId'])
export class Notice {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'community_id', type: 'uuid' }) communityId: string;
  @Column({ type: 'bigint' }) seq: string;
  @Column({ name: 'draft_id', type: 'uuid' }) draftId: string;
  @Column({ type: 'varchar', length: 16 }) type: NoticeType;
  @Column({ type: 'varchar', length: 60 }) title: string;
  @Column({ type: 'text' }) body: string;
  @Column({ name: 'building_ids', type: 'uuid', array: true, nullable: true }) buildingIds: string[] | null;
  @Column({ name: 'display_until', type: 'timestamptz' }) displayUntil: Date;
  @Column({ type: 'jsonb', nullable: true }) outage: { startsAt: string; endsAt: string; callerText: string } | null;
  @Column({ name: 'attachment_file_ids', type: 'uuid', array: true }) attachmentFileIds: string[];
  @Column({ name: 'consent_file_id', type: 'uuid', nullable: true }) consentFileId: string | null;
  @Column({ name: 'speaks_for_committee', type: 'boolean' }) speaksForCommittee: boolean;
  /** The committee members whose approvals make the decision this notice cites (empty unless it speaks for the committee). */
  @Column({ name: 'approver_ids', type: 'uuid', array: true }) approverIds: string[];
  @Column({ name: 'cites_notice_id', type: 'uuid', nullable: true }) citesNoticeId: string | null;
  @Column({ name: 'cite_kind', type: 'varchar', length: 12, nullable: true }) citeKind: NoticeCiteKind | null;
  @Column({ name: 'author_id', type: 'uuid' }) authorId: string;
  /** The role the author published in (shown: 「业委会」「物业」「社区」). */
  @Column({ name: 'author_role', type: 'varchar', length: 32 }) authorRole: string;
  @Column({ name: 'published_at', type: 'timestamptz' }) publishedAt: Date;
  @Column({ name: 'prev_hash', type: 'char', length: 64 }) prevHash: string;
  @Column({ type: 'char', length: 64 }) hash: string;
}

/** Pin, unpin or extend the display of a published notice. APPEND-ONLY (like `notices`). */
@Entity('notice_events')
@Index('ix_notice_events_notice', ['noticeId', 'createdAt'])
export class NoticeEvent {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'community_id', type: 'uuid' }) communityId: string;
  @Column({ name: 'notice_id', type: 'uuid' }) noticeId: string;
  @Column({ type: 'varchar', length: 10 }) kind: 'pin' | 'unpin' | 'extend';
  /** For `extend`: the new display end. */
  @Column({ name: 'display_until', type: 'timestamptz', nullable: true }) displayUntil: Date | null;
  @Column({ name: 'actor_id', type: 'uuid' }) actorId: string;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt: Date;
}

/** A person's read (and 「我已知晓」) of a notice. Reach is counted from these in households (bound units). */
@Entity('notice_reads')
@Index('ix_notice_reads_person', ['personId'])
export class NoticeRead {
  @Column({ name: 'notice_id', type: 'uuid', primary: true }) noticeId: string;
  @Column({ name: 'person_id', type: 'uuid', primary: true }) personId: string;
  @Column({ name: 'community_id', type: 'uuid' }) communityId: string;
  @Column({ name: 'read_at', type: 'timestamptz', default: () => 'now()' }) readAt: Date;
  @Column({ name: 'acknowledged_at', type: 'timestamptz', nullable: true }) acknowledgedAt: Date | null;
}

/** Proof that a notice hangs on the physical board: who posted it (a named role), where, when, with a photo. APPEND-ONLY. */
@Entity('notice_board_postings')
@Index('ix_notice_board_postings_notice', ['noticeId'])
export class NoticeBoardPosting {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'community_id', type: 'uuid' }) communityId: string;
  @Column({ name: 'notice_id', type: 'uuid' }) noticeId: string;
  @Column({ name: 'poster_id', type: 'uuid' }) posterId: string;
  @Column({ name: 'poster_role', type: 'varchar', length: 32 }) posterRole: string;
  @Column({ name: 'photo_file_id', type: 'uuid' }) photoFileId: string;
  @Column({ type: 'varchar', length: 60 }) place: string;
  @Column({ name: 'posted_at', type: 'timestamptz', default: () => 'now()' }) postedAt: Date;
}
