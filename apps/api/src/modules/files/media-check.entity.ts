import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { StoredFile } from './stored-file.entity.js';

/**
 * Where the content check of one image others will see stands (media_check_async, domain-rules §9):
 *  - queued     waiting to be sent to WeChat (or the second provider); WeChat was down or has not been asked yet
 *  - submitted  WeChat took it (a trace id); its verdict arrives by push
 *  - pass       WeChat (or the second provider) passed it: everyone allowed to see the record sees it
 *  - review / risky  held back for good; the uploader was told in an in-app message
 *  - unchecked  nobody could check it (the uploader is outside WeChat and no second provider is configured)
 * Only `pass` shows the image to anyone but its uploader.
 */
export type MediaCheckStatus = 'queued' | 'submitted' | 'pass' | 'review' | 'risky' | 'unchecked';
export const MEDIA_DECIDED: MediaCheckStatus[] = ['pass', 'review', 'risky', 'unchecked'];

@Entity('media_checks')
@Check('ck_media_checks_status', `"status" IN ('queued', 'submitted', 'pass', 'review', 'risky', 'unchecked')`)
@Index('ix_media_checks_due', ['status', 'submittedAt'])
export class MediaCheck {
  @PrimaryColumn({ name: 'file_id', type: 'uuid' }) fileId: string;
  @ManyToOne(() => StoredFile, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'file_id', foreignKeyConstraintName: 'fk_media_checks_file' })
  file?: StoredFile;
  @Column({ name: 'community_id', type: 'uuid' }) communityId: string;
  @Column({ name: 'uploader_id', type: 'uuid' }) uploaderId: string;
  @Column({ type: 'varchar', length: 16 }) status: MediaCheckStatus;
  /** Who gave the verdict: wechat | second. */
  @Column({ type: 'varchar', length: 16, nullable: true }) checker: string | null;
  /** The checker's label of the problem (WeChat: 20002 porn …), for the operator; never shown to others. */
  @Column({ type: 'varchar', length: 32, nullable: true }) label: string | null;
  @Column({ type: 'int', default: 0 }) attempts: number;
  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true }) submittedAt: Date | null;
  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true }) decidedAt: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}

/** Every trace id WeChat gave for an image (a resubmission gets a new one; a late push of an old one still counts). */
@Entity('media_check_traces')
@Index('ix_media_check_traces_file', ['fileId'])
export class MediaCheckTrace {
  @PrimaryColumn({ name: 'trace_id', type: 'varchar', length: 64 }) traceId: string;
  @Column({ name: 'file_id', type: 'uuid' }) fileId: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
