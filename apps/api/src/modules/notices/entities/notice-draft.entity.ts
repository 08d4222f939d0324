import type { NoticeCiteKind, NoticeType } from '@gongzhi/domain';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';

/**
 * A notice being written. Drafts are never shown to residents; publishing copies the draft into the append-only
 * `notices` chain and records which notice it became (`published_notice_id`). There is no route that edits a draft's
 * content: a publisher who wants other words writes a new draft.
 */
@Entity('notice_drafts')
@Index('ix_notice_drafts_community', ['communityId', 'createdAt'])
export class NoticeDraft {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'community_id', type: 'uuid' }) communityId: string;
  @Column({ type: 'varchar', length: 16 }) type: NoticeType;
  @Column({ type: 'varchar', length: 60 }) title: string;
  @Column({ type: 'text' }) body: string;
  /** null: the whole community; else the buildings addressed. */
  @Column({ name: 'building_ids', type: 'uuid', array: true, nullable: true }) buildingIds: string[] | null;
  @Column({ name: 'display_until', type: 'timestamptz' }) displayUntil: Date;
  /** Outages: start, end and the text the property's phone staff read to callers. */
  @Column({ type: 'jsonb', nullable: true }) outage: { startsAt: string; endsAt: string; callerText: string } | null;
  @Column({ name: 'attachment_file_ids', type: 'uuid', array: true, default: () => "'{}'" })
  attachmentFileIds: string[];
  /** The PIPL Art. 25 consent record (a scan) that allows a mobile or ID number in the text. */
  @Column({ name: 'consent_file_id', type: 'uuid', nullable: true }) consentFileId: string | null;
  @Column({ name: 'speaks_for_committee', type: 'boolean', default: false }) speaksForCommittee: boolean;
  @Column({ name: 'cites_notice_id', type: 'uuid', nullable: true }) citesNoticeId: string | null;
  @Column({ name: 'cite_kind', type: 'varchar', length: 12, nullable: true }) citeKind: NoticeCiteKind | null;
  @Column({ name: 'author_id', type: 'uuid' }) authorId: string;
  @Column({ name: 'published_notice_id', type: 'uuid', nullable: true }) publishedNoticeId: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}

/** A committee member's approval of a draft that speaks for the committee (one per member). */
@Entity('notice_approvals')
@Unique('uq_notice_approval', ['draftId', 'personId'])
export class NoticeApproval {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'community_id', type: 'uuid' }) communityId: string;
  @Column({ name: 'draft_id', type: 'uuid' }) draftId: string;
  @Column({ name: 'person_id', type: 'uuid' }) personId: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
