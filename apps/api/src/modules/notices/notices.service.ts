import { Injectable } from '@nestjs/common';
import {
  ErrorCode,
  NOTICE_TYPE_RULES,
  ROLE_LABELS,
  committeeApprovalsNeeded,
  committeeDecisionPassed,
  extendDisplayEnd,
  findPersonalInfo,
  mayPublishNotice,
  noticeMove,
  noticePublishersText,
  speaksForCommittee,
  type NoticeAction,
  type NoticeType,
} from '@gongzhi/domain';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import { AppError } from '../../common/app-error.js';
import { COMMITTEE, EVERYONE_IN_COMMUNITY, PROPERTY } from '../../common/access.js';
import { communityOf, hasRole, type Actor } from '../../common/current-user.js';
import { requireId } from '../../common/ids.js';
import { validationError } from '../../common/validation.js';
import { AuditService } from '../audit/audit.service.js';
import { FileAccessRegistry } from '../files/file-access.registry.js';
import { FilesService } from '../files/files.service.js';
import { InboxService } from '../inbox/inbox.service.js';
import type { CreateNoticeDto } from './dto/notice.dto.js';
import { NoticeApproval, NoticeDraft } from './entities/notice-draft.entity.js';
import { Notice, NoticeEvent } from './entities/notice.entity.js';
import { nextNoticeHash, noticePayload } from './notice-chain.js';
import { NoticesRepository } from './notices.repository.js';

export const NOTICE_DRAFT_FILES = 'notice_draft';
/** The PIPL consent scan: personal, so only the community's insiders see it (never residents). */
export const NOTICE_CONSENT_FILES = 'notice_consent';
const DAY_MS = 86_400_000;

/**
 * Notices (通知公告): drafting, the committee's approvals, publication into the community's hash chain, and the only
 * acts allowed after it (pin, unpin, extend — each an event row). Corrections and withdrawals are new drafts citing a
 * published notice. Reads, reach and reminders: NoticeReadsService; the board: NoticeBoardService.
 */
@Injectable()
export class NoticesService {
  constructor(
    private readonly ds: DataSource,
    private readonly repo: NoticesRepository,
    private readonly audit: AuditService,
    private readonly files: FilesService,
    private readonly inbox: InboxService,
    fileAccess: FileAccessRegistry,
  ) {
    // A notice's attachments: insiders always; everyone in the community once the notice is published.
    fileAccess.register(NOTICE_DRAFT_FILES, async (user, draftId, communityId) => {
      const d = await this.ds.getRepository(NoticeDraft).findOneBy({ id: draftId, communityId });
      if (!d) return false;
      return hasRole(user, ...COMMITTEE, ...PROPERTY, 'neighbourhood_officer') || d.publishedNoticeId !== null;
    });
    fileAccess.register(NOTICE_CONSENT_FILES, async (user) =>
      hasRole(user, ...COMMITTEE, ...PROPERTY, 'neighbourhood_officer'),
    );
  }

  /** The role `actor` publishes `type` in (the first of theirs that may), or a refusal naming who may. */
  private publisherRole(actor: Actor, type: NoticeType): string {
    if (!mayPublishNotice(type, actor.roles))
      throw AppError.forbidden(`${NOTICE_TYPE_RULES[type].label}只能由${noticePublishersText(type)}发布`);
    return NOTICE_TYPE_RULES[type].publishers.find((r) => actor.roles.includes(r))!;
  }

  async createDraft(m: EntityManager, actor: Actor, dto: CreateNoticeDto): Promise<NoticeDraft> {
    const communityId = communityOf(actor);
    this.publisherRole(actor, dto.type);
    const rule = NOTICE_TYPE_RULES[dto.type];
    const voice = dto.speaksForCommittee === true || speaksForCommittee(`${dto.title}\n${dto.body}`);
    if (voice && !hasRole(actor, ...COMMITTEE))
      throw AppError.forbidden('以业委会名义发布的通知（如「业委会决定…」）只能由业委会委员起草，并须过半数委员同意');
    if (rule.needsOutage && !dto.outage)
      throw validationError([{ field: 'outage', messages: ['停水停电通知须写明开始、结束时间和接听说明'] }]);
    if (dto.outage && Date.parse(dto.outage.endsAt) <= Date.parse(dto.outage.startsAt))
      throw validationError([{ field: 'outage.endsAt', messages: ['结束时间必须晚于开始时间'] }]);
    const now = Date.now();
    const until = dto.displayUntil ? new Date(dto.displayUntil) : new Date(now + rule.defaultDisplayDays * DAY_MS);
    if (until.getTime() <= now)
      throw validationError([{ field: 'displayUntil', messages: ['展示结束时间必须晚于现在'] }]);
    if (!!dto.citesNoticeId !== !!dto.citeKind)
      throw validationError([{ field: 'citeKind', messages: ['更正或撤回须同时写明原通知和关系（更正或撤回）'] }]);
    if (dto.citesNoticeId && !(await m.getRepository(Notice).existsBy({ id: dto.citesNoticeId, communityId })))
      throw AppError.notFound('被更正或撤回的通知');
    const buildingIds = dto.buildingIds?.length ? [...new Set(dto.buildingIds)] : null;
    if (buildingIds && (await this.repo.buildingIds(m, communityId, buildingIds)).length !== buildingIds.length)
      throw validationError([{ field: 'buildingIds', messages: ['有楼栋不属于本小区，请重新选择'] }]);
    // PIPL Art. 25: a chained notice can never be scrubbed, so personal numbers need the person's consent on file.
    const hits = findPersonalInfo([dto.title, dto.body, dto.outage?.callerText ?? ''].join('\n'));
    if (hits.length && !dto.consentFileId)
      throw new AppError(
        ErrorCode.NOTICE_PERSONAL_INFO,
        `通知里有${hits[0]!.kind === 'mobile' ? '手机号' : '身份证号'}（${hits[0]!.masked}）。发布后不能再删改，请删去；确需公开的，请附上本人单独同意公开的书面记录`,
        { found: hits },
      );
    const repo = m.getRepository(NoticeDraft);
    const draft = await repo.save(
      repo.create({
        communityId,
        type: dto.type,
        title: dto.title.trim(),
        body: dto.body.trim(),
        buildingIds,
        displayUntil: until,
        outage: dto.outage
          ? {
              startsAt: new Date(dto.outage.startsAt).toISOString(),
              endsAt: new Date(dto.outage.endsAt).toISOString(),
              callerText: dto.outage.callerText.trim(),
            }
          : null,
        attachmentFileIds: [],
        consentFileId: dto.consentFileId ?? null,
        speaksForCommittee: voice,
        citesNoticeId: dto.citesNoticeId ?? null,
        citeKind: dto.citeKind ?? null,
        authorId: actor.personId,
      }),
    );
    const attached = await this.files.attach(
      m,
      communityId,
      dto.attachmentFileIds ?? [],
      NOTICE_DRAFT_FILES,
      draft.id,
      actor.personId,
      { purposes: ['notice_attachment'] },
    );
    if (dto.consentFileId)
      await this.files.attach(m, communityId, [dto.consentFileId], NOTICE_CONSENT_FILES, draft.id, actor.personId, {
        purposes: ['notice_attachment'],
      });
    draft.attachmentFileIds = attached.map((f) => f.id);
    await repo.update({ id: draft.id }, { attachmentFileIds: draft.attachmentFileIds });
    await this.audit.record(
      {
        communityId,
        actorId: actor.personId,
        action: 'notice.draft',
        targetType: 'notice_draft',
        targetId: draft.id,
        details: { type: dto.type, speaksForCommittee: voice, cites: dto.citesNoticeId ?? null },
      },
      m,
    );
    return draft;
  }

  private async lockDraft(m: EntityManager, communityId: string, id: string): Promise<NoticeDraft> {
    requireId(id, '通知草稿');
    const d = await m
      .getRepository(NoticeDraft)
      .findOne({ where: { id, communityId }, lock: { mode: 'pessimistic_write' } });
    if (!d) throw AppError.notFound('通知草稿');
    return d;
  }

  private requireMove(actor: Actor, status: 'draft' | 'published', action: NoticeAction, authorId: string): void {
    const r = noticeMove(status, action, authorId === actor.personId);
    if (!r.ok) throw new AppError(r.code, r.message, { currentStatus: status });
  }

  /** The committee members who approved a draft: its author (when a member) and each recorded approval. */
  async approvers(m: EntityManager, d: NoticeDraft, authorIsMember: boolean): Promise<string[]> {
    const rows = await m.getRepository(NoticeApproval).find({ where: { draftId: d.id, communityId: d.communityId } });
    return [...new Set([...(authorIsMember ? [d.authorId] : []), ...rows.map((r) => r.personId)])];
  }

  async approve(actor: Actor, id: string): Promise<NoticeDraft> {
    const communityId = communityOf(actor);
    return this.ds.transaction(async (m) => {
      const d = await this.lockDraft(m, communityId, id);
      this.requireMove(actor, d.publishedNoticeId ? 'published' : 'draft', 'approve', d.authorId);
      if (!d.speaksForCommittee) throw AppError.conflict('这份通知不是以业委会名义发布的，不需要委员同意');
      await m.query(
        `INSERT INTO notice_approvals (community_id, draft_id, person_id) VALUES ($1, $2, $3) ON CONFLICT (draft_id, person_id) DO NOTHING`,
        [communityId, d.id, actor.personId],
      );
      await this.audit.record(
        { communityId, actorId: actor.personId, action: 'notice.approve', targetType: 'notice_draft', targetId: d.id },
        m,
      );
      return d;
    });
  }

  /**
   * Publishes a draft: the draft is locked (a second publish answers the state error), a committee-voice notice
   * must have the approvals of more than half of all members, then the community's chain is locked and the notice
   * appended with the next sequence number and hash; every addressed household is told in the inbox.
   */
  async publish(actor: Actor, id: string): Promise<Notice> {
    const communityId = communityOf(actor);
    return this.ds.transaction(async (m) => {
      const d = await this.lockDraft(m, communityId, id);
      this.requireMove(actor, d.publishedNoticeId ? 'published' : 'draft', 'publish', d.authorId);
      const role = this.publisherRole(actor, d.type);
      let approverIds: string[] = [];
      if (d.speaksForCommittee) {
        const members = await this.repo.committeeSize(m, communityId);
        approverIds = await this.approvers(m, d, hasRole(actor, ...COMMITTEE));
        if (!committeeDecisionPassed(approverIds.length, members))
          throw new AppError(
            ErrorCode.NOTICE_DECISION_REQUIRED,
            `以业委会名义发布须全体 ${members} 位委员中过半数（至少 ${committeeApprovalsNeeded(members)} 位）同意，现在 ${approverIds.length} 位同意；请等其他委员同意后再发布`,
            { approvals: approverIds.length, needed: committeeApprovalsNeeded(members) },
          );
      }
      await this.repo.lockChain(m, communityId);
      const head = await this.repo.chainHead(m, communityId);
      const row: Omit<Notice, 'id' | 'prevHash' | 'hash'> = {
        communityId,
        seq: (head.seq + 1n).toString(),
        draftId: d.id,
        type: d.type,
        title: d.title,
        body: d.body,
        buildingIds: d.buildingIds,
        displayUntil: d.displayUntil,
        outage: d.outage,
        attachmentFileIds: d.attachmentFileIds,
        consentFileId: d.consentFileId,
        speaksForCommittee: d.speaksForCommittee,
        approverIds: approverIds.sort(),
        citesNoticeId: d.citesNoticeId,
        citeKind: d.citeKind,
        authorId: d.authorId,
        authorRole: role,
        publishedAt: new Date(),
      };
      const hash = nextNoticeHash(head.hash, noticePayload(row));
      const saved = await m
        .getRepository(Notice)
        .save(m.getRepository(Notice).create({ ...row, prevHash: head.hash, hash }));
      await m.getRepository(NoticeDraft).update({ id: d.id }, { publishedNoticeId: saved.id });
      const rule = NOTICE_TYPE_RULES[d.type];
      const recipients = await this.repo.audiencePersons(m, communityId, d.buildingIds, rule.ownerAddressed);
      await this.inbox.send(m, {
        communityId,
        personIds: recipients,
        kind: 'notice.published',
        title: `【${rule.label}】${d.title}`,
        body: `${ROLE_LABELS[role as keyof typeof ROLE_LABELS] ?? ''}发布：${d.body}`,
      });
      await this.audit.record(
        {
          communityId,
          actorId: actor.personId,
          action: 'notice.publish',
          targetType: 'notice',
          targetId: saved.id,
          details: { seq: row.seq, type: d.type, recipients: recipients.length, cites: d.citesNoticeId },
        },
        m,
      );
      return saved;
    });
  }

  async published(communityId: string, id: string): Promise<Notice> {
    requireId(id, '通知');
    const n = await this.ds.getRepository(Notice).findOneBy({ id, communityId });
    if (!n) throw AppError.notFound('通知');
    return n;
  }

  /** Pin or unpin: an event row; the notice itself never changes. */
  async pin(actor: Actor, id: string, pinned: boolean): Promise<Notice> {
    const n = await this.published(communityOf(actor), id);
    this.requireMove(actor, 'published', pinned ? 'pin' : 'unpin', n.authorId);
    this.publisherRole(actor, n.type);
    await this.event(actor, n, pinned ? 'pin' : 'unpin', null);
    return n;
  }

  /** Extend the display end (only later): an event row. */
  async extend(actor: Actor, id: string, until: Date): Promise<Notice> {
    const communityId = communityOf(actor);
    const n = await this.published(communityId, id);
    this.requireMove(actor, 'published', 'extend', n.authorId);
    this.publisherRole(actor, n.type);
    const current = (await this.repo.states(communityId, [n.id])).get(n.id)!.displayUntil;
    const ok = extendDisplayEnd(current, until);
    if (!ok.ok) throw validationError([{ field: 'displayUntil', messages: [ok.message] }]);
    await this.event(actor, n, 'extend', until);
    return n;
  }

  private async event(actor: Actor, n: Notice, kind: NoticeEvent['kind'], until: Date | null): Promise<void> {
    await this.ds.transaction(async (m) => {
      await m.getRepository(NoticeEvent).insert({
        communityId: n.communityId,
        noticeId: n.id,
        kind,
        displayUntil: until,
        actorId: actor.personId,
      });
      await this.audit.record(
        {
          communityId: n.communityId,
          actorId: actor.personId,
          action: `notice.${kind}`,
          targetType: 'notice',
          targetId: n.id,
          details: until ? { displayUntil: until.toISOString() } : undefined,
        },
        m,
      );
    });
  }

  /** Drafts not yet published, newest first (insiders). */
  async drafts(actor: Actor) {
    const communityId = communityOf(actor);
    const rows = await this.ds.getRepository(NoticeDraft).find({
      where: { communityId, publishedNoticeId: IsNull() },
      order: { createdAt: 'DESC' },
      take: 100,
    });
    const members = await this.repo.committeeSize(this.ds.manager, communityId);
    const out = [];
    for (const d of rows) {
      const approvals = d.speaksForCommittee
        ? (await this.approvers(this.ds.manager, d, await this.repo.isCommitteeMember(d.communityId, d.authorId)))
            .length
        : 0;
      out.push({ draft: d, approvals, approvalsNeeded: d.speaksForCommittee ? committeeApprovalsNeeded(members) : 0 });
    }
    return out;
  }
}

/** Everyone who may read notices: the community and the district regulator. */
export const NOTICE_READERS = [...EVERYONE_IN_COMMUNITY, 'regulator'] as const;
