import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One message WeChat pushed to the 消息推送 endpoint, after its signature was verified and it was decrypted; kept so
 * a repeated push (WeChat retries when the answer is slow) is recognised and handled once. The sender's openid
 * (FromUserName) is dropped before the payload is stored. Platform-wide (a push names an app, not a community);
 * `community_id` is filled when the event concerns one (an image of that community).
 *  - outcome: handled | duplicate-verdict | unknown-trace | ignored (an event type nobody handles yet)
 */
@Entity('wechat_push_events')
@Index('ix_wechat_push_events_event', ['event', 'receivedAt'])
export class WechatPushEvent {
  @PrimaryGeneratedColumn('uuid') id: string;
  /** sha256 of the decrypted message: the same push twice has the same key. */
  @Index('uq_wechat_push_events_key', { unique: true })
  @Column({ name: 'dedupe_key', type: 'char', length: 64 })
  dedupeKey: string;
  @Column({ type: 'varchar', length: 64 }) event: string;
  @Column({ name: 'community_id', type: 'uuid', nullable: true }) communityId: string | null;
  @Column({ type: 'varchar', length: 32 }) outcome: string;
  @Column({ type: 'jsonb' }) payload: Record<string, unknown>;
  @CreateDateColumn({ name: 'received_at', type: 'timestamptz' }) receivedAt: Date;
}
