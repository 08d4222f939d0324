import type { AttemptOutcome, NoticeChannel, NoticeClass } from '@gongzhi/domain';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One notice to the households of a community (a vote opened, a roster change …) on the channel ladder. */
@Entity('notices')
@Index('ix_notice_community', ['communityId', 'createdAt'])
export class Notice {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_notices' }) id: string;
  @Column({ name: 'community_id', type: 'uuid' }) communityId: string;
  @Column({ type: 'varchar', length: 30 }) kind: string;
  @Column({ name: 'class', type: 'varchar', length: 10 }) noticeClass: NoticeClass;
  @Column({ type: 'varchar', length: 60 }) title: string;
  @Column({ type: 'varchar', length: 300 }) body: string;
  /** What it is about (a resolution, a roster proposal). */
  @Column({ name: 'subject_id', type: 'uuid', nullable: true }) subjectId: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}

/** A household (unit) of a notice and one person told in the inbox for it (person null: nobody to tell in the app). */
@Entity('notice_recipients')
@Index('ix_notice_recipient_notice', ['noticeId', 'unitId'])
export class NoticeRecipient {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_notice_recipients' }) id: string;
  @Column({ name: 'notice_id', type: 'uuid' }) noticeId: string;
  @Column({ name: 'community_id', type: 'uuid' }) communityId: string;
  @Column({ name: 'unit_id', type: 'uuid' }) unitId: string;
  @Column({ name: 'unit_label', type: 'varchar', length: 120 }) unitLabel: string;
  @Index('ix_notice_recipient_person') @Column({ name: 'person_id', type: 'uuid', nullable: true }) personId:
    string | null;
  @Column({ name: 'message_id', type: 'uuid', nullable: true }) messageId: string | null;
}

/** Evidence of one attempt on one channel for one household: channel, outcome code and time. Append-only. */
@Entity('notice_attempts')
@Index('ix_notice_attempt_notice', ['noticeId', 'unitId'])
@Index('ix_notice_attempt_person', ['personId', 'createdAt'])
export class NoticeAttempt {
  @PrimaryGeneratedColumn('identity', {
    type: 'bigint',
    generatedIdentity: 'ALWAYS',
    primaryKeyConstraintName: 'PK_notice_attempts',
  })
  id: string;
  @Column({ name: 'notice_id', type: 'uuid' }) noticeId: string;
  @Column({ name: 'community_id', type: 'uuid' }) communityId: string;
  @Column({ name: 'unit_id', type: 'uuid' }) unitId: string;
  @Column({ name: 'person_id', type: 'uuid', nullable: true }) personId: string | null;
  @Column({ type: 'varchar', length: 10 }) channel: NoticeChannel;
  @Column({ type: 'varchar', length: 20 }) outcome: AttemptOutcome;
  /** The channel's own code when it refused (WeChat errcode, the SMS provider's code). */
  @Column({ type: 'varchar', length: 40, nullable: true }) code: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
