import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import {
  fitSubscribeData,
  formatSubscribeTime,
  householdReach,
  inQuietHours,
  noticeClass,
  quietHoursEnd,
  shouldTry,
  type AttemptOutcome,
  type HouseholdReach,
  type NoticeChannel,
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
import { Notice, NoticeAttempt, NoticeRecipient } from './entities/notice.entity.js';

export const NOTICE_LADDER_JOB = 'notifications.ladder';

/** A notice for households of one community, sent with the caller's transaction. */
export interface NewNotice {
  communityId: string;
  /** e.g. vote.opened, roster.change (its class: packages/domain notice-ladder.ts). */
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
  attempts: Array<{ channel: NoticeChannel; outcome: AttemptOutcome; code: string | null; at: Date }>;
}

/** The subscribe message opens the in-app inbox. */
const INBOX_PAGE = 'sub/repairs/messages';
const NOT_SUBSCRIBED = 43101;

/**
 * The channel ladder (docs/notifications.md): every notice goes to the inbox in the caller's transaction; a job then
 * walks each household — a WeChat subscribe message to each person told, then, for a legal notice no subscribe
 * message of the household got through, one SMS to the household's designated voter's roster phone (per-number
 * daily cap, quiet hours). Each attempt is recorded (channel, outcome code, time) as evidence of an attempt; a
 * household counts as read only when someone told opened the message. Phones, openids and texts are never logged.
 */
@Injectable()
export class NoticesService implements OnModuleInit {
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
    await this.jobs.work<{ noticeId: string }>(NOTICE_LADDER_JOB, async (job) => {
      await this.runLadder(job.noticeId);
    });
  }

  /** Writes the notice, its inbox messages and recipients with `m`, and queues the ladder. Returns the notice id. */
  async notify(m: EntityManager, n: NewNotice): Promise<string> {
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
    const [notice] = (await m.query(
      `INSERT INTO notices (community_id, kind, class, title, body, subject_id) VALUES ($1,$2,$3,$4,$5,$6) RETURNING id`,
      [
        n.communityId,
        n.kind,
        noticeClass(n.kind),
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
        NoticeRecipient,
        rows.map((r) => ({
          noticeId: notice!.id,
          communityId: n.communityId,
          unitId: r.unit_id,
          unitLabel: r.label.slice(0, 120),
          personId: r.person_id,
          messageId: r.person_id ? (messageOf.get(r.person_id) ?? null) : null,
        })),
      );
    await this.jobs.enqueueInTransaction(m, NOTICE_LADDER_JOB, { noticeId: notice!.id });
    return notice!.id;
  }

  /**
   * Walks the ladder for every household of the notice not yet tried (the job's worker; tests call it with a clock).
   * Safe to run again: a channel already tried for a household is not tried twice. In quiet hours SMS waits: the
   * attempt is recorded as `quiet_hours` and the job runs again when they end.
   */
  async runLadder(noticeId: string, now = new Date()): Promise<void> {
    const notice = await this.ds.manager.findOneBy(Notice, { id: noticeId });
    if (!notice) return;
    const cls = noticeClass(notice.kind);
    const recipients = await this.ds.manager.find(NoticeRecipient, {
      where: { noticeId },
      order: { unitLabel: 'ASC' },
    });
    const earlier = await this.ds.manager.find(NoticeAttempt, { where: { noticeId } });
    const units = new Map<string, NoticeRecipient[]>();
    for (const r of recipients) units.set(r.unitId, [...(units.get(r.unitId) ?? []), r]);
    let deferred = false;
    for (const [unitId, told] of units) {
      const before = earlier.filter((a) => a.unitId === unitId);
      const outcomes: AttemptOutcome[] = before.map((a) => a.outcome).filter((o) => o !== 'quiet_hours');
      const tried = (ch: NoticeChannel) => before.some((a) => a.channel === ch && a.outcome !== 'quiet_hours');
      if (!tried('wechat') && shouldTry(cls, 'wechat', outcomes))
        for (const r of told) {
          if (!r.personId) continue;
          const outcome = await this.wechatAttempt(notice, r.personId);
          await this.record(notice, unitId, r.personId, 'wechat', outcome, now);
          outcomes.push(outcome.outcome);
        }
      if (!tried('sms') && shouldTry(cls, 'sms', outcomes)) {
        if (inQuietHours(now, this.config.smsNotices.quiet)) {
          deferred = true;
          if (!before.some((a) => a.outcome === 'quiet_hours'))
            await this.record(notice, unitId, null, 'sms', { outcome: 'quiet_hours' }, now);
          continue;
        }
        const { personId, ...outcome } = await this.smsAttempt(notice, unitId, now);
        await this.record(notice, unitId, personId, 'sms', outcome, now);
      }
    }
    if (deferred)
      await this.jobs.send(
        NOTICE_LADDER_JOB,
        { noticeId },
        { startAfter: quietHoursEnd(now, this.config.smsNotices.quiet) },
      );
  }

  /** How far the notice got to each household, and the door-to-door list (households no channel reached). */
  async reach(communityId: string, noticeId: string) {
    const notice = await this.ds.manager.findOneBy(Notice, { id: noticeId, communityId });
    if (!notice) throw AppError.notFound('通知');
    const recipients = await this.ds.manager.find(NoticeRecipient, {
      where: { noticeId, communityId },
      order: { unitLabel: 'ASC' },
    });
    const attempts = await this.ds.manager.find(NoticeAttempt, {
      where: { noticeId, communityId },
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
      id: notice.id,
      kind: notice.kind,
      noticeClass: notice.noticeClass,
      title: notice.title,
      createdAt: notice.createdAt,
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

  /** The community's latest notices, newest first. */
  async list(communityId: string) {
    const notices = await this.ds.manager.find(Notice, {
      where: { communityId },
      order: { createdAt: 'DESC' },
      take: 20,
    });
    return notices.map((n) => ({
      id: n.id,
      kind: n.kind,
      noticeClass: n.noticeClass,
      title: n.title,
      createdAt: n.createdAt,
    }));
  }

  /** The person's part of the evidence (my-data export): the notices sent to them, by which channel, what came of it. */
  async attemptsOf(personId: string) {
    const rows: Array<{ title: string; kind: string; channel: NoticeChannel; outcome: AttemptOutcome; at: Date }> =
      await this.ds.query(
        `SELECT n.title, n.kind, a.channel, a.outcome, a.created_at AS at FROM notice_attempts a
           JOIN notices n ON n.id = a.notice_id WHERE a.person_id = $1 ORDER BY a.created_at, a.id`,
        [personId],
      );
    return rows;
  }

  private async wechatAttempt(notice: Notice, personId: string): Promise<{ outcome: AttemptOutcome; code?: string }> {
    const template = this.config.wechat.templates.notice;
    if (!template) return { outcome: 'no_template' };
    const [p]: Array<{ openid: string | null; community: string | null }> = await this.ds.query(
      `SELECT p.openid, c.name AS community FROM persons p LEFT JOIN communities c ON c.id = $2 WHERE p.id = $1`,
      [personId, notice.communityId],
    );
    if (!p?.openid) return { outcome: 'no_openid' };
    const source: Record<string, string> = {
      title: notice.title,
      community: p.community ?? '',
      body: notice.body,
      time: formatSubscribeTime(notice.createdAt),
    };
    const fitted = fitSubscribeData(
      Object.fromEntries(Object.entries(template.fields).map(([key, name]) => [key, source[name] ?? ''])),
    );
    if (!fitted.ok) {
      log('error', 'notice subscribe message refused before sending', { kind: notice.kind, reasons: fitted.reasons });
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
    notice: Notice,
    unitId: string,
    now: Date,
  ): Promise<{ personId: string | null; outcome: AttemptOutcome; code?: string }> {
    const [voter]: Array<{ person_id: string; phone_enc: string | null; community: string }> = await this.ds.query(
      `SELECT o.person_id, p.phone_enc, c.name AS community FROM ownerships o
         JOIN persons p ON p.id = o.person_id JOIN communities c ON c.id = o.community_id
        WHERE o.unit_id = $1 AND o.community_id = $2 AND p.erased_at IS NULL
        ORDER BY o.is_designated_voter DESC, o.created_at, o.person_id LIMIT 1`,
      [unitId, notice.communityId],
    );
    if (!this.sms.configured || !this.config.smsNotices.enabled)
      return { personId: voter?.person_id ?? null, outcome: 'sms_off' };
    if (!voter?.phone_enc) return { personId: voter?.person_id ?? null, outcome: 'no_phone' };
    const [{ n }] = (await this.ds.query(
      `SELECT count(*)::int AS n FROM notice_attempts
        WHERE person_id = $1 AND channel = 'sms' AND outcome = 'accepted' AND created_at > $2`,
      [voter.person_id, new Date(now.getTime() - 86_400_000)],
    )) as Array<{ n: number }>;
    if (n >= this.config.smsNotices.perPhonePerDay) return { personId: voter.person_id, outcome: 'daily_cap' };
    try {
      const sent = await this.sms.send({
        phone: this.cipher.decrypt(voter.phone_enc),
        template: this.config.sms!.noticeTemplate,
        params: { community: voter.community.slice(0, 20), title: notice.title.slice(0, 30) },
      });
      return sent.sent
        ? { personId: voter.person_id, outcome: 'accepted' }
        : { personId: voter.person_id, outcome: 'refused', code: sent.code };
    } catch {
      return { personId: voter.person_id, outcome: 'failed' };
    }
  }

  private async record(
    notice: Notice,
    unitId: string,
    personId: string | null,
    channel: NoticeChannel,
    o: { outcome: AttemptOutcome; code?: string },
    at: Date,
  ): Promise<void> {
    await this.ds.manager.insert(NoticeAttempt, {
      noticeId: notice.id,
      communityId: notice.communityId,
      unitId,
      personId,
      channel,
      outcome: o.outcome,
      code: o.code ?? null,
      createdAt: at,
    });
  }
}
