import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import {
  fitSubscribeData,
  formatSubscribeTime,
  householdReach,
  inQuietHours,
  broadcastClass,
  quietHoursEnd,
  shouldTry,
  type AttemptOutcome,
  type HouseholdReach,
  type BroadcastChannel,
} from '@gongzhi/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { AppError } from '../../common/app-error.js';
import { FieldCipher } from '../../common/crypto.js';
import { log } from '../../common/logger.js';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig } from '../../config/config.js';
import { SmsClient } from '../../integrations/sms/sms.client.js';
import { WechatClient } from '../../integrations/wechat/wechat.client.js';
import { InboxService } from '../inbox/inbox.service.js';
import { JobsService } from '../jobs/jobs.service.js';
import { Broadcast, BroadcastAttempt, BroadcastRecipient } from './entities/broadcast.entity.js';

export const BROADCAST_LADDER_JOB = 'notifications.broadcast-ladder';

/** A broadcast for households of one community, sent with the caller's transaction. */
export interface NewBroadcast {
  communityId: string;
  /** e.g. vote.opened, roster.change (its class: packages/domain broadcast-ladder.ts). */
  kind: string;
  title: string;
  body: string;
  subjectId?: string | null;
  /** The households (units) it is for: their owners (or the accounts linked to them) are told. */
  unitIds: readonly string[];
  /** The inbox text of one person, when it names their own rooms (the other channels carry `title`). */
  bodyOf?: ReadonlyMap<string, string>;
  /** More people to tell for a household (unit id → person ids), e.g. the owners before a roster change. */
  alsoTell?: ReadonlyMap<string, readonly string[]>;
}

export interface HouseholdReachRow {
  unitId: string;
  unitLabel: string;
  reach: HouseholdReach;
  /** People told in the in-app inbox for this household. */
  told: number;
  attempts: Array<{ channel: BroadcastChannel; outcome: AttemptOutcome; code: string | null; at: Date }>;
}

/** The subscribe message opens the in-app inbox. */
const INBOX_PAGE = 'sub/repairs/messages';
const NOT_SUBSCRIBED = 43101;

/**
 * The channel ladder (docs/notifications.md): every broadcast goes to the inbox in the caller's transaction; a job then
 * walks each household — a WeChat subscribe message to each person told, then, for a legal broadcast no subscribe
 * message of the household got through, one SMS to the household's designated voter's roster phone (per-number
 * daily cap, quiet hours). Each attempt is recorded (channel, outcome code, time) as evidence of an attempt; a
 * household counts as read only when someone told opened the message. Phones, openids and texts are never logged.
 */
@Injectable()
export class BroadcastsService implements OnModuleInit {
  private readonly cipher: FieldCipher;

  constructor(
    private readonly ds: DataSource,
    private readonly inbox: InboxService,
    private readonly jobs: JobsService,
    private readonly wechat: WechatClient,
    private readonly sms: SmsClient,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.cipher = new FieldCipher(config.dataKey);
  }

  async onModuleInit(): Promise<void> {
    await this.jobs.work<{ broadcastId: string }>(BROADCAST_LADDER_JOB, async (job) => {
      await this.runLadder(job.broadcastId);
    });
  }

  /** Writes the broadcast, its inbox messages and recipients with `m`, and queues the ladder. Returns the broadcast id. */
  async notify(m: EntityManager, n: NewBroadcast): Promise<string> {
    const rows: Array<{ unit_id: string; label: string; person_id: string | null }> = await m.query(
      `SELECT u.id AS unit_id, concat_ws(' ', b.name, NULLIF(u.entrance, ''), u.room) AS label, r.person_id
         FROM units u JOIN buildings b ON b.id = u.building_id
         LEFT JOIN LATERAL (
           SELECT DISTINCT COALESCE(l.person_id, o.person_id) AS person_id FROM ownerships o
             LEFT JOIN owner_links l ON l.roster_person_id = o.person_id
              AND NOT EXISTS (SELECT 1 FROM owner_link_revocations x WHERE x.link_id = l.id)
            WHERE o.unit_id = u.id AND o.community_id = u.community_id) r ON true
        WHERE u.community_id = $1 AND u.id = ANY($2::uuid[])
        ORDER BY label, r.person_id`,
      [n.communityId, [...n.unitIds]],
    );
    for (const [unitId, extra] of n.alsoTell ?? []) {
      const unit = rows.filter((r) => r.unit_id === unitId);
      if (!unit.length) continue;
      for (const p of extra)
        if (!unit.some((r) => r.person_id === p)) rows.push({ unit_id: unitId, label: unit[0]!.label, person_id: p });
    }
    const [broadcast] = (await m.query(
      `INSERT INTO broadcasts (community_id, kind, class, title, body, subject_id) VALUES ($1,$2,$3,$4,$5,$6) RETURNING id`,
      [
        n.communityId,
        n.kind,
        broadcastClass(n.kind),
        [...n.title].slice(0, 60).join(''),
        [...n.body].slice(0, 300).join(''),
        n.subjectId ?? null,
      ],
    )) as Array<{ id: string }>;
    const people = [...new Set(rows.map((r) => r.person_id).filter((p): p is string => p !== null))];
    const byBody = new Map<string, string[]>();
    for (const p of people) {
      const body = n.bodyOf?.get(p) ?? n.body;
      byBody.set(body, [...(byBody.get(body) ?? []), p]);
    }
    const messageOf = new Map<string, string>();
    for (const [body, personIds] of byBody) {
      const sent = await this.inbox.send(m, {
        communityId: n.communityId,
        personIds,
        kind: n.kind,
        title: n.title,
        body,
      });
      for (const s of sent) messageOf.set(s.personId, s.id);
    }
    if (rows.length)
      await m.insert(
        BroadcastRecipient,
        rows.map((r) => ({
          broadcastId: broadcast!.id,
          communityId: n.communityId,
          unitId: r.unit_id,
          unitLabel: r.label.slice(0, 120),
          personId: r.person_id,
          messageId: r.person_id ? (messageOf.get(r.person_id) ?? null) : null,
        })),
      );
    await this.jobs.enqueueInTransaction(m, BROADCAST_LADDER_JOB, { broadcastId: broadcast!.id });
    return broadcast!.id;
  }

  /**
   * Walks the ladder for every household of the broadcast not yet tried (the job's worker; tests call it with a clock).
   * Safe to run again: a channel already tried for a household is not tried twice. In quiet hours SMS waits: the
   * attempt is recorded as `quiet_hours` and the job runs again when they end.
   */
  async runLadder(broadcastId: string, now = new Date()): Promise<void> {
    const broadcast = await this.ds.manager.findOneBy(Broadcast, { id: broadcastId });
    if (!broadcast) return;
    const cls = broadcastClass(broadcast.kind);
    const recipients = await this.ds.manager.find(BroadcastRecipient, {
      where: { broadcastId },
      order: { unitLabel: 'ASC' },
    });
    const earlier = await this.ds.manager.find(BroadcastAttempt, { where: { broadcastId } });
    const units = new Map<string, BroadcastRecipient[]>();
    for (const r of recipients) units.set(r.unitId, [...(units.get(r.unitId) ?? []), r]);
    let deferred = false;
    for (const [unitId, told] of units) {
      const before = earlier.filter((a) => a.unitId === unitId);
      const outcomes: AttemptOutcome[] = before.map((a) => a.outcome).filter((o) => o !== 'quiet_hours');
      const tried = (ch: BroadcastChannel) => before.some((a) => a.channel === ch && a.outcome !== 'quiet_hours');
      if (!tried('wechat') && shouldTry(cls, 'wechat', outcomes))
        for (const r of told) {
          if (!r.personId) continue;
          const outcome = await this.wechatAttempt(broadcast, r.personId);
          await this.record(broadcast, unitId, r.personId, 'wechat', outcome, now);
          outcomes.push(outcome.outcome);
        }
      if (!tried('sms') && shouldTry(cls, 'sms', outcomes)) {
        if (inQuietHours(now, this.config.smsBroadcasts.quiet)) {
          deferred = true;
          if (!before.some((a) => a.outcome === 'quiet_hours'))
            await this.record(broadcast, unitId, null, 'sms', { outcome: 'quiet_hours' }, now);
          continue;
        }
        const { personId, ...outcome } = await this.smsAttempt(broadcast, unitId, now);
        await this.record(broadcast, unitId, personId, 'sms', outcome, now);
      }
    }
    if (deferred)
      await this.jobs.send(
        BROADCAST_LADDER_JOB,
        { broadcastId },
        { startAfter: quietHoursEnd(now, this.config.smsBroadcasts.quiet) },
      );
  }

  /** How far the broadcast got to each household, and the door-to-door list (households no channel reached). */
  async reach(communityId: string, broadcastId: string) {
    const broadcast = await this.ds.manager.findOneBy(Broadcast, { id: broadcastId, communityId });
    if (!broadcast) throw AppError.notFound('群发通知');
    const recipients = await this.ds.manager.find(BroadcastRecipient, {
      where: { broadcastId, communityId },
      order: { unitLabel: 'ASC' },
    });
    const attempts = await this.ds.manager.find(BroadcastAttempt, {
      where: { broadcastId, communityId },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    const read = await this.inbox.readOf(recipients.map((r) => r.messageId).filter((x): x is string => x !== null));
    const households = new Map<string, HouseholdReachRow>();
    for (const r of recipients) {
      const h = households.get(r.unitId) ?? {
        unitId: r.unitId,
        unitLabel: r.unitLabel,
        reach: 'not_reached',
        told: 0,
        attempts: [],
      };
      if (r.messageId) h.told++;
      households.set(r.unitId, h);
    }
    for (const a of attempts)
      households
        .get(a.unitId)
        ?.attempts.push({ channel: a.channel, outcome: a.outcome, code: a.code, at: a.createdAt });
    for (const h of households.values()) {
      const opened = recipients.some((r) => r.unitId === h.unitId && r.messageId !== null && read.has(r.messageId));
      h.reach = householdReach({ opened, outcomes: h.attempts.map((a) => a.outcome) });
    }
    const list = [...households.values()];
    return {
      id: broadcast.id,
      kind: broadcast.kind,
      broadcastClass: broadcast.broadcastClass,
      title: broadcast.title,
      createdAt: broadcast.createdAt,
      households: list,
      counts: {
        households: list.length,
        read: list.filter((h) => h.reach === 'read').length,
        attempted: list.filter((h) => h.reach === 'attempted').length,
        notReached: list.filter((h) => h.reach === 'not_reached').length,
      },
      doorToDoor: list
        .filter((h) => h.reach === 'not_reached')
        .map((h) => ({ unitId: h.unitId, unitLabel: h.unitLabel })),
    };
  }

  /** The community's latest broadcasts, newest first. */
  async list(communityId: string) {
    const broadcasts = await this.ds.manager.find(Broadcast, {
      where: { communityId },
      order: { createdAt: 'DESC' },
      take: 20,
    });
    return broadcasts.map((n) => ({
      id: n.id,
      kind: n.kind,
      broadcastClass: n.broadcastClass,
      title: n.title,
      createdAt: n.createdAt,
    }));
  }

  /** The person's part of the evidence (my-data export): the broadcasts sent to them, by which channel, what came of it. */
  async attemptsOf(personId: string) {
    const rows: Array<{ title: string; kind: string; channel: BroadcastChannel; outcome: AttemptOutcome; at: Date }> =
      await this.ds.query(
        `SELECT b.title, b.kind, a.channel, a.outcome, a.created_at AS at FROM broadcast_attempts a
           JOIN broadcasts b ON b.id = a.broadcast_id WHERE a.person_id = $1 ORDER BY a.created_at, a.id`,
        [personId],
      );
    return rows;
  }

  private async wechatAttempt(
    broadcast: Broadcast,
    personId: string,
  ): Promise<{ outcome: AttemptOutcome; code?: string }> {
    const template = this.config.wechat.templates.broadcast;
    if (!template) return { outcome: 'no_template' };
    const [p]: Array<{ openid: string | null; community: string | null }> = await this.ds.query(
      `SELECT p.openid, c.name AS community FROM persons p LEFT JOIN communities c ON c.id = $2 WHERE p.id = $1`,
      [personId, broadcast.communityId],
    );
    if (!p?.openid) return { outcome: 'no_openid' };
    const source: Record<string, string> = {
      title: broadcast.title,
      community: p.community ?? '',
      body: broadcast.body,
      time: formatSubscribeTime(broadcast.createdAt),
    };
    const fitted = fitSubscribeData(
      Object.fromEntries(Object.entries(template.fields).map(([key, name]) => [key, source[name] ?? ''])),
    );
    if (!fitted.ok) {
      log('error', 'broadcast subscribe message refused before sending', {
        kind: broadcast.kind,
        reasons: fitted.reasons,
      });
      return { outcome: 'refused', code: 'invalid_data' };
    }
    try {
      const errcode = await this.wechat.sendSubscribeMessage({
        openid: p.openid,
        templateId: template.id,
        page: INBOX_PAGE,
        data: fitted.data,
        miniprogramState: this.config.wechat.miniprogramState,
      });
      if (errcode === 0) return { outcome: 'accepted' };
      if (errcode === NOT_SUBSCRIBED) return { outcome: 'not_subscribed', code: String(errcode) };
      return { outcome: 'refused', code: String(errcode) };
    } catch {
      return { outcome: 'failed' };
    }
  }

  private async smsAttempt(
    broadcast: Broadcast,
    unitId: string,
    now: Date,
  ): Promise<{ personId: string | null; outcome: AttemptOutcome; code?: string }> {
    const [voter]: Array<{ person_id: string; phone_enc: string | null; community: string }> = await this.ds.query(
      `SELECT o.person_id, p.phone_enc, c.name AS community FROM ownerships o
         JOIN persons p ON p.id = o.person_id JOIN communities c ON c.id = o.community_id
        WHERE o.unit_id = $1 AND o.community_id = $2 AND p.erased_at IS NULL
        ORDER BY o.is_designated_voter DESC, o.created_at, o.person_id LIMIT 1`,
      [unitId, broadcast.communityId],
    );
    if (!this.sms.configured || !this.config.smsBroadcasts.enabled)
      return { personId: voter?.person_id ?? null, outcome: 'sms_off' };
    if (!voter?.phone_enc) return { personId: voter?.person_id ?? null, outcome: 'no_phone' };
    const [{ n }] = (await this.ds.query(
      `SELECT count(*)::int AS n FROM broadcast_attempts
        WHERE person_id = $1 AND channel = 'sms' AND outcome = 'accepted' AND created_at > $2`,
      [voter.person_id, new Date(now.getTime() - 86_400_000)],
    )) as Array<{ n: number }>;
    if (n >= this.config.smsBroadcasts.perPhonePerDay) return { personId: voter.person_id, outcome: 'daily_cap' };
    try {
      const sent = await this.sms.send({
        phone: this.cipher.decrypt(voter.phone_enc),
        template: this.config.sms!.broadcastTemplate,
        params: { community: voter.community.slice(0, 20), title: broadcast.title.slice(0, 30) },
      });
      return sent.sent
        ? { personId: voter.person_id, outcome: 'accepted' }
        : { personId: voter.person_id, outcome: 'refused', code: sent.code };
    } catch {
      return { personId: voter.person_id, outcome: 'failed' };
    }
  }

  private async record(
    broadcast: Broadcast,
    unitId: string,
    personId: string | null,
    channel: BroadcastChannel,
    o: { outcome: AttemptOutcome; code?: string },
    at: Date,
  ): Promise<void> {
    await this.ds.manager.insert(BroadcastAttempt, {
      broadcastId: broadcast.id,
      communityId: broadcast.communityId,
      unitId,
      personId,
      channel,
      outcome: o.outcome,
      code: o.code ?? null,
      createdAt: at,
    });
  }
}
