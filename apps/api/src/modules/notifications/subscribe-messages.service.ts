import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import {
  REPAIR_STATUS_PHRASES,
  TICKET_STATUSES,
  TICKET_STATUS_LABELS,
  fitSubscribeData,
  formatSubscribeTime,
  subscribeFieldType,
  type TicketStatus,
} from '@gongzhi/domain';
import { DataSource } from 'typeorm';
import { log } from '../../common/logger.js';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig, SubscribeTemplate } from '../../config/config.js';
import { JobsService } from '../jobs/jobs.service.js';
import { SUBSCRIBE_MESSAGE_JOB } from '../repairs/repairs.service.js';
import { WechatClient } from '../../integrations/wechat/wechat.client.js';
import { SubscribeMessageSend, type SubscribeSendOutcome } from './subscribe-send.entity.js';

/** Payload of `repairs.subscribe-message` (written by RepairsService with every status change). */
export interface RepairStatusJob {
  messageId: string;
  personId: string;
  ticketId: string;
  status: TicketStatus;
}

/** The user did not subscribe, or used the subscription up: nothing to retry, not an error. */
const NOT_SUBSCRIBED = 43101;
/**
 * Refusals a retry cannot change: invalid openid (40003), template id (40037), page (41030), data (47003). They are
 * recorded as `refused` and logged as errors (a configuration problem), not retried.
 */
const PERMANENT = new Set([40003, 40037, 41030, 47003]);

/**
 * Sends WeChat subscribe messages (domain-rules §9) for in-app messages queued through the outbox. One job = at most
 * one send: the outcome is recorded per message, so a retried job after an outcome sends nothing. Values are fitted
 * to their field limits before sending (packages/domain wechat-fields). Openids and texts are never logged.
 *
 * Errors: 43101 → `not_subscribed`, done; a token error → the client refreshes the token once and retries; WeChat
 * unreachable or any other errcode → the handler throws and pg-boss retries the job.
 */
@Injectable()
export class SubscribeMessagesService implements OnModuleInit {
  private readonly reportedMissing = new Set<string>();

  constructor(
    private readonly ds: DataSource,
    private readonly client: WechatClient,
    private readonly jobs: JobsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.jobs.work<RepairStatusJob>(SUBSCRIBE_MESSAGE_JOB, async (job) => {
      await this.sendRepairStatus(job);
    });
  }

  /** The worker of `repairs.subscribe-message`. Returns what happened (tests drive it directly). */
  async sendRepairStatus(job: RepairStatusJob): Promise<SubscribeSendOutcome | 'already_handled' | 'message_gone'> {
    const kind = 'repair.status';
    const done = await this.ds.manager.findOneBy(SubscribeMessageSend, { messageId: job.messageId });
    if (done) return 'already_handled';
    const [row]: Array<{
      person_id: string;
      created_at: Date;
      openid: string | null;
      ticket_id: string | null;
      category_name: string | null;
      location: string | null;
      description: string | null;
    }> = await this.ds.query(
      `SELECT m.person_id, m.created_at, p.openid, t.id AS ticket_id, t.category_name, t.location, t.description
         FROM messages m JOIN persons p ON p.id = m.person_id
         LEFT JOIN repair_tickets t ON t.id = m.ticket_id AND t.community_id = m.community_id
         WHERE m.id = $1`,
      [job.messageId],
    );
    if (!row || !row.ticket_id) {
      log('info', 'subscribe message skipped: message or ticket gone', { kind, messageId: job.messageId });
      return 'message_gone';
    }
    const template = this.config.wechat.templates.repairStatus;
    if (!template) {
      this.reportMissingOnce(kind, 'WECHAT_TEMPLATE_REPAIR_STATUS');
      return this.record(job.messageId, row.person_id, kind, 'no_template');
    }
    if (!row.openid) return this.record(job.messageId, row.person_id, kind, 'no_openid');
    if (!(TICKET_STATUSES as readonly string[]).includes(job.status)) {
      log('error', 'subscribe message refused before sending', {
        kind,
        messageId: job.messageId,
        reasons: ['unknown status'],
      });
      return this.record(job.messageId, row.person_id, kind, 'invalid_data');
    }
    const source = (name: string, key: string): string => {
      switch (name) {
        case 'status':
          return subscribeFieldType(key) === 'phrase'
            ? REPAIR_STATUS_PHRASES[job.status]
            : TICKET_STATUS_LABELS[job.status];
        case 'category':
          return row.category_name ?? '';
        case 'location':
          return row.location ?? '';
        case 'description':
          return row.description ?? '';
        case 'time':
          return formatSubscribeTime(new Date(row.created_at));
        default:
          return '';
      }
    };
    return this.send(
      template,
      kind,
      job.messageId,
      row.person_id,
      row.openid,
      `sub/repairs/detail?id=${row.ticket_id}`,
      source,
    );
  }

  private async send(
    template: SubscribeTemplate,
    kind: string,
    messageId: string,
    personId: string,
    openid: string,
    page: string,
    source: (name: string, key: string) => string,
  ): Promise<SubscribeSendOutcome> {
    const values = Object.fromEntries(Object.entries(template.fields).map(([key, name]) => [key, source(name, key)]));
    const fitted = fitSubscribeData(values);
    if (!fitted.ok) {
      // The reasons name keys and types, never the values (they may be a resident's words).
      log('error', 'subscribe message refused before sending', { kind, messageId, reasons: fitted.reasons });
      return this.record(messageId, personId, kind, 'invalid_data');
    }
    const errcode = await this.client.sendSubscribeMessage({
      openid,
      templateId: template.id,
      page,
      data: fitted.data,
      miniprogramState: this.config.wechat.miniprogramState,
    });
    if (errcode === 0) {
      log('info', 'subscribe message sent', { kind, messageId, truncated: fitted.truncated });
      return this.record(messageId, personId, kind, 'sent');
    }
    if (errcode === NOT_SUBSCRIBED) {
      log('info', 'subscribe message not sent: no subscription', { kind, messageId });
      return this.record(messageId, personId, kind, 'not_subscribed', errcode);
    }
    if (PERMANENT.has(errcode)) {
      log('error', 'subscribe message refused by WeChat', { kind, messageId, errcode });
      return this.record(messageId, personId, kind, 'refused', errcode);
    }
    // Anything else (system busy, quota …): the job fails and pg-boss retries it.
    throw new Error(`subscribe message: WeChat errcode ${errcode}`);
  }

  private async record(
    messageId: string,
    personId: string,
    kind: string,
    outcome: SubscribeSendOutcome,
    errcode: number | null = null,
  ): Promise<SubscribeSendOutcome> {
    await this.ds.query(
      `INSERT INTO subscribe_message_sends (message_id, person_id, kind, outcome, errcode) VALUES ($1,$2,$3,$4,$5) ON CONFLICT (message_id) DO NOTHING`,
      [messageId, personId, kind, outcome, errcode],
    );
    return outcome;
  }

  /** An unconfigured template is a choice, not a fault: said once per process at info. */
  private reportMissingOnce(kind: string, variable: string): void {
    if (this.reportedMissing.has(kind)) return;
    this.reportedMissing.add(kind);
    log('info', 'subscribe messages not sent: template not configured', { kind, variable });
  }
}
