import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * What happened to the WeChat subscribe message of one in-app message (at most one row per message). A retried job
 * finds the row and sends nothing twice. No openid, no text: only the outcome.
 *  - sent            WeChat accepted it
 *  - not_subscribed  43101: the person gave no (or no remaining) one-time subscription; not an error
 *  - no_openid       the person never signed in through WeChat (dev sign-in)
 *  - no_template     the template of this kind is not configured
 *  - invalid_data    a value broke its field's limit and could not be shortened (checked before sending)
 *  - refused         WeChat refused it for good (bad template id, page or openid): a configuration problem
 */
export type SubscribeSendOutcome = 'sent' | 'not_subscribed' | 'no_openid' | 'no_template' | 'invalid_data' | 'refused';

@Entity('subscribe_message_sends')
@Index('ix_subscribe_send_person', ['personId', 'createdAt'])
export class SubscribeMessageSend {
  @PrimaryColumn({ name: 'message_id', type: 'uuid' }) messageId: string;
  @Column({ name: 'person_id', type: 'uuid' }) personId: string;
  /** The message kind, e.g. repair.status. */
  @Column({ type: 'varchar', length: 30 }) kind: string;
  @Column({ type: 'varchar', length: 20 }) outcome: SubscribeSendOutcome;
  /** WeChat's errcode when it refused (43101, 47003 …). */
  @Column({ type: 'int', nullable: true }) errcode: number | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
