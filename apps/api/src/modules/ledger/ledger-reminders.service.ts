import { Injectable, type OnModuleInit } from '@nestjs/common';
import { chinaDate, publicationReminder, publicationReminderText, type PublicationReminderKind } from '@gongzhi/domain';
import { DataSource } from 'typeorm';
import type { RoleName } from '../../common/access.js';
import { log } from '../../common/logger.js';
import { AuditService } from '../audit/audit.service.js';
import { InboxService } from '../inbox/inbox.service.js';
import { JobsService } from '../jobs/jobs.service.js';
import { LedgerPublicationReminder } from './entities/ledger-publication-reminder.entity.js';
import { LedgerStatementRow } from './entities/ledger-statement.entity.js';
import { dueByOf, keyOf, LedgerStatementsService } from './ledger-statements.service.js';

/** Daily job (08:05 China time) that reminds committees of statements due for publication. */
export const PUBLICATION_REMINDER_JOB = 'ledger.publication-reminders';
export const PUBLICATION_REMINDER_CRON = '5 8 * * *';
/** Who is reminded: the committee members and the chair (not residents, not property staff). */
const RECIPIENT_ROLES: RoleName[] = ['committee_member', 'committee_chair'];
const MESSAGE_KIND: Record<PublicationReminderKind, string> = {
  due_soon: 'ledger.publication_due_soon',
  overdue: 'ledger.publication_overdue',
};

/**
 * Publication deadline reminders (公示提醒): for every community, each ended period that is not published and whose
 * due date is at most 7 days away (`due_soon`) or past (`overdue`) gets ONE in-app message per kind to every committee
 * member and the chair. The marker row (unique per community, period, kind) makes every later run a no-op for it.
 */
@Injectable()
export class LedgerRemindersService implements OnModuleInit {
  constructor(
    private readonly ds: DataSource,
    private readonly statements: LedgerStatementsService,
    private readonly audit: AuditService,
    private readonly jobs: JobsService,
    private readonly inbox: InboxService,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.jobs.work(PUBLICATION_REMINDER_JOB, async () => {
      const sent = await this.remindDuePublications(new Date());
      if (sent) log('info', 'ledger publication reminders sent', { sent });
    });
    await this.jobs.schedule(PUBLICATION_REMINDER_JOB, PUBLICATION_REMINDER_CRON);
  }

  /** Runs the reminders as of `now`; returns how many messages were written. */
  async remindDuePublications(now: Date): Promise<number> {
    const today = chinaDate(now);
    const communities: Array<{ id: string }> = await this.ds.query(`SELECT id FROM communities ORDER BY id`);
    let sent = 0;
    for (const { id } of communities) sent += await this.remindCommunity(id, today);
    return sent;
  }

  private async remindCommunity(communityId: string, today: string): Promise<number> {
    const { periods } = await this.statements.periods(this.ds.manager, communityId, today);
    const published = new Set(
      (
        await this.ds.getRepository(LedgerStatementRow).find({ where: { communityId }, select: { periodKey: true } })
      ).map((r) => r.periodKey),
    );
    const done = new Set(
      (
        await this.ds
          .getRepository(LedgerPublicationReminder)
          .find({ where: { communityId }, select: { periodKey: true, kind: true } })
      ).map((r) => `${r.periodKey}:${r.kind}`),
    );
    let sent = 0;
    for (const p of periods) {
      const key = keyOf(p);
      if (today <= p.end || published.has(key)) continue;
      const dueBy = dueByOf(p);
      const r = publicationReminder(today, dueBy);
      if (!r || done.has(`${key}:${r.kind}`)) continue;
      sent += await this.ds.transaction(async (m) => {
        // Published meanwhile: no reminder.
        if (await m.getRepository(LedgerStatementRow).existsBy({ communityId, periodStart: p.start, periodEnd: p.end }))
          return 0;
        const people: Array<{ person_id: string }> = await m.query(
          `SELECT DISTINCT person_id FROM role_assignments WHERE community_id = $1 AND role = ANY($2::varchar[]) ORDER BY person_id`,
          [communityId, RECIPIENT_ROLES],
        );
        // No committee yet: nothing is marked, so a committee elected before the deadline is still reminded.
        if (!people.length) return 0;
        const marked: unknown[] = await m.query(
          `INSERT INTO ledger_publication_reminders (community_id, period_key, kind, due_by, recipients) VALUES ($1, $2, $3, $4, $5)
           ON CONFLICT (community_id, period_key, kind) DO NOTHING RETURNING id`,
          [communityId, key, r.kind, dueBy, people.length],
        );
        if (!marked.length) return 0; // another run got there first
        const { title, body } = publicationReminderText(p.label, p.start.slice(0, 4), dueBy, r);
        await this.inbox.send(m, {
          communityId,
          personIds: people.map((x) => x.person_id),
          kind: MESSAGE_KIND[r.kind],
          title,
          body,
        });
        await this.audit.record(
          {
            communityId,
            actorId: null,
            action: 'ledger.publication_reminded',
            targetType: 'ledger_statement',
            targetId: key,
            details: { kind: r.kind, dueBy, recipients: people.length },
          },
          m,
        );
        return people.length;
      });
    }
    return sent;
  }
}
