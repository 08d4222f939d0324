import { Injectable } from '@nestjs/common';
import { NOTICE_TYPE_RULES, ROLE_LABELS, percent, reachText, showGroup } from '@gongzhi/domain';
import { DataSource } from 'typeorm';
import { communityOf, type Actor } from '../../common/current-user.js';
import { AuditService } from '../audit/audit.service.js';
import { InboxService } from '../inbox/inbox.service.js';
import type { NoticeDto, NoticePageDto, NoticeReachDto } from './dto/notice.response.dto.js';
import { Notice, NoticeBoardPosting, NoticeRead } from './entities/notice.entity.js';
import { verifyNotices, type NoticeChainReport } from './notice-chain.js';
import { toNoticeDto } from './notice.mapper.js';
import { NoticesRepository } from './notices.repository.js';
import { NoticesService } from './notices.service.js';

/**
 * Reading notices: the list and the page of one notice, each person's read and 「我已知晓」, the publisher's reach in
 * households against the roster (counts, never names) and reminders to the households not reached yet.
 */
@Injectable()
export class NoticeReadsService {
  constructor(
    private readonly ds: DataSource,
    private readonly repo: NoticesRepository,
    private readonly notices: NoticesService,
    private readonly inbox: InboxService,
    private readonly audit: AuditService,
  ) {}

  private async views(actor: Actor, rows: Notice[], withPostings: boolean): Promise<NoticeDto[]> {
    const communityId = communityOf(actor);
    const ids = rows.map((n) => n.id);
    const states = await this.repo.states(communityId, ids);
    const cited = [...new Set(rows.map((n) => n.citesNoticeId).filter((x): x is string => !!x))];
    const citedRows = cited.length
      ? await this.ds.getRepository(Notice).findBy(cited.map((id) => ({ id, communityId })))
      : [];
    const mine = ids.length
      ? await this.ds.getRepository(NoticeRead).findBy(ids.map((noticeId) => ({ noticeId, personId: actor.personId })))
      : [];
    const out: NoticeDto[] = [];
    for (const n of rows) {
      const postings = withPostings
        ? await this.ds
            .getRepository(NoticeBoardPosting)
            .find({ where: { noticeId: n.id, communityId }, order: { postedAt: 'ASC' } })
        : [];
      out.push(
        toNoticeDto(n, {
          state: states.get(n.id)!,
          cites: citedRows.find((c) => c.id === n.citesNoticeId) ?? null,
          buildingNames: n.buildingIds ? await this.repo.buildingNames(communityId, n.buildingIds) : [],
          mine: mine.find((r) => r.noticeId === n.id) ?? null,
          postings,
        }),
      );
    }
    return out;
  }

  async list(actor: Actor, limit: number, offset: number): Promise<NoticePageDto> {
    const communityId = communityOf(actor);
    const page = await this.repo.page(communityId, limit, offset);
    const rows = page.ids.length
      ? await this.ds.getRepository(Notice).findBy(page.ids.map((id) => ({ id, communityId })))
      : [];
    const ordered = page.ids.map((id) => rows.find((r) => r.id === id)!);
    return { items: await this.views(actor, ordered, false), total: page.total };
  }

  async get(actor: Actor, id: string): Promise<NoticeDto> {
    const n = await this.notices.published(communityOf(actor), id);
    return (await this.views(actor, [n], true))[0]!;
  }

  /** Records that the caller opened the notice (`ack`: and tapped 「我已知晓」). Repeats change nothing. */
  async read(actor: Actor, id: string, ack: boolean): Promise<NoticeDto> {
    const n = await this.notices.published(communityOf(actor), id);
    await this.repo.recordRead(this.ds.manager, n.id, n.communityId, actor.personId, ack);
    return (await this.views(actor, [n], true))[0]!;
  }

  /** Recomputes the community's notice chain: anyone may check that no published notice was changed. */
  async verify(actor: Actor): Promise<NoticeChainReport> {
    return verifyNotices(await this.repo.chain(communityOf(actor)));
  }

  /** 「已读 312 / 480 户（65%，面积 68%）」 and per building (hidden below five households). */
  async reach(actor: Actor, id: string): Promise<NoticeReachDto> {
    const n = await this.notices.published(communityOf(actor), id);
    const rule = NOTICE_TYPE_RULES[n.type];
    const rows = await this.repo.reachByBuilding(n.id, n.communityId, n.buildingIds, rule.ownerAddressed);
    const total = rows.reduce(
      (t, r) => ({
        households: t.households + r.households,
        read: t.read + r.read,
        acknowledged: t.acknowledged + r.acknowledged,
        areaHundredths: t.areaHundredths + BigInt(r.areaHundredths),
        readAreaHundredths: t.readAreaHundredths + BigInt(r.readAreaHundredths),
      }),
      { households: 0, read: 0, acknowledged: 0, areaHundredths: 0n, readAreaHundredths: 0n },
    );
    return {
      text: reachText(total),
      households: total.households,
      read: total.read,
      acknowledged: total.acknowledged,
      percent: percent(total.read, total.households),
      areaPercent: percent(total.readAreaHundredths, total.areaHundredths),
      ownerAddressed: rule.ownerAddressed,
      needsAcknowledgement: rule.needsAcknowledgement,
      buildings: rows.map((r) => {
        const shown = showGroup(r.households);
        const counts = {
          households: r.households,
          read: r.read,
          acknowledged: r.acknowledged,
          areaHundredths: BigInt(r.areaHundredths),
          readAreaHundredths: BigInt(r.readAreaHundredths),
        };
        return {
          buildingId: r.buildingId,
          buildingName: r.buildingName,
          households: r.households,
          shown,
          read: shown ? r.read : null,
          acknowledged: shown ? r.acknowledged : null,
          percent: shown ? percent(r.read, r.households) : null,
          text: shown ? reachText(counts) : null,
        };
      }),
    };
  }

  /**
   * Reminds the households not reached yet — those where nobody (owner-addressed: no owner) has read it, or, for
   * types that ask 「我已知晓」, nobody has acknowledged it. Households already reached get nothing.
   */
  async remind(actor: Actor, id: string): Promise<{ recipients: number }> {
    const n = await this.notices.published(communityOf(actor), id);
    const rule = NOTICE_TYPE_RULES[n.type];
    const people = await this.repo.unreachedPersons(
      n.id,
      n.communityId,
      n.buildingIds,
      rule.ownerAddressed,
      rule.needsAcknowledgement,
    );
    await this.ds.transaction(async (m) => {
      await this.inbox.send(m, {
        communityId: n.communityId,
        personIds: people,
        kind: 'notice.reminder',
        title: `提醒：请阅读【${rule.label}】${n.title}`,
        body: `${ROLE_LABELS[n.authorRole as keyof typeof ROLE_LABELS] ?? ''}发布的通知您还没有${rule.needsAcknowledgement ? '确认知晓' : '阅读'}，请打开「通知公告」查看。`,
      });
      await this.audit.record(
        {
          communityId: n.communityId,
          actorId: actor.personId,
          action: 'notice.remind',
          targetType: 'notice',
          targetId: n.id,
          details: { recipients: people.length },
        },
        m,
      );
    });
    return { recipients: people.length };
  }
}
