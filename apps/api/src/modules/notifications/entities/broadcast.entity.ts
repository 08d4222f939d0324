import type { AttemptOutcome, BroadcastChannel, BroadcastClass } from '@gongzhi/domain';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One broadcast to the households of a community (a vote opened, a roster change …) on the channel ladder. */
@Entity('broadcasts')
@Index('ix_broadcast_community', ['communityId', 'createdAt'])
export class Broadcast {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_broadcasts' }) id: string;
  @Column({ name: 'community_id', type: 'uuid' }) communityId: string;
  @Column({ type: 'varchar', length: 30 }) kind: string;
  @Column({ name: 'class', type: 'varchar', length: 10 }) broadcastClass: BroadcastClass;
  @Column({ type: 'varchar', length: 60 }) title: string;
  @Column({ type: 'varchar', length: 300 }) body: string;
  /** What it is about (a resolution, a roster proposal). */
  @Column({ name: 'subject_id', type: 'uuid', nullable: true }) subjectId: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}

/** A household (unit) of a broadcast and one person told in the inbox for it (person null: nobody to tell in the app). */
@Entity('broadcast_recipients')
@Index('ix_broadcast_recipient_broadcast', ['broadcastId', 'unitId'])
export class BroadcastRecipient {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_broadcast_recipients' }) id: string;
  @Column({ name: 'broadcast_id', type: 'uuid' }) broadcastId: string;
  @Column({ name: 'community_id', type: 'uuid' }) communityId: string;
  @Column({ name: 'unit_id', type: 'uuid' }) unitId: string;
  @Column({ name: 'unit_label', type: 'varchar', length: 120 }) unitLabel: string;
  @Index('ix_broadcast_recipient_person') @Column({ name: 'person_id', type: 'uuid', nullable: true }) personId:
    string | null;
  @Column({ name: 'message_id', type: 'uuid', nullable: true }) messageId: string | null;
}

/** Evidence of one attempt on one channel for one household: channel, outcome code and time. Append-only. */
@Entity('broadcast_attempts')
@Index('ix_broadcast_attempt_broadcast', ['broadcastId', 'unitId'])
@Index('ix_broadcast_attempt_person', ['personId', 'createdAt'])
export class BroadcastAttempt {
  @PrimaryGeneratedColumn('identity', {
    type: 'bigint',
    generatedIdentity: 'ALWAYS',
    primaryKeyConstraintName: 'PK_broadcast_attempts',
  })
  id: string;
  @Column({ name: 'broadcast_id', type: 'uuid' }) broadcastId: string;
  @Column({ name: 'community_id', type: 'uuid' }) communityId: string;
  @Column({ name: 'unit_id', type: 'uuid' }) unitId: string;
  @Column({ name: 'person_id', type: 'uuid', nullable: true }) personId: string | null;
  @Column({ type: 'varchar', length: 10 }) channel: BroadcastChannel;
  @Column({ type: 'varchar', length: 20 }) outcome: AttemptOutcome;
  /** The channel's own code when it refused (WeChat errcode, the SMS provider's code). */
  @Column({ type: 'varchar', length: 40, nullable: true }) code: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
