import { Injectable } from '@nestjs/common';
import {
  DEFAULT_OBJECTION_DAYS,
  DEFAULT_VOTING_DAYS,
  ErrorCode,
  addDays,
  buildElectorate,
  committeeMajority,
  extendWindow,
  noticeDaysFor,
  noticeLongEnough,
  type Ownership as DomainOwnership,
  type Unit as DomainUnit,
  type VoteScope,
} from '@gongzhi/domain';
import { DataSource, In, type EntityManager } from 'typeorm';
import { AppError } from '../../common/app-error.js';
import { hasRole, type Actor } from '../../common/current-user.js';
import { COMMITTEE } from '../../common/access.js';
import { log } from '../../common/logger.js';
import { AuditService } from '../audit/audit.service.js';
import { InboxService } from '../inbox/inbox.service.js';
import { BroadcastsService } from '../notifications/broadcasts.service.js';
import { JobsService } from '../jobs/jobs.service.js';
import { FilesService } from '../files/files.service.js';
import { Community, type CommunitySettings } from '../identity/entities/community.entity.js';
import { assertNoOpenRosterObjections } from '../roster/roster-objections.repository.js';
import { Clock } from './clock.js';
import type {
  DraftResolutionDto,
  ExtendDto,
  ObjectionDto,
  OfficialResultDto,
  PublishNoticeDto,
} from './dto/resolution.dto.js';
import { ElectorateUnit } from './entities/electorate-unit.entity.js';
import { ElectorateVoter } from './entities/electorate-voter.entity.js';
import { castsHead, REMINDER_RECIPIENTS } from './heads.repository.js';
import { Objection } from './entities/objection.entity.js';
import { ResolutionApproval } from './entities/resolution-approval.entity.js';
import { ResolutionItem } from './entities/resolution-item.entity.js';
import { Resolution, type FrozenVoteSettings } from './entities/resolution.entity.js';
import { VoteReminder } from './entities/vote-reminder.entity.js';
import { chinaTime, findResolution, fromDomain, requireMove } from './votes.common.js';

export const VOTES_REMIND_JOB = 'votes.remind';

export interface ScopeBuilding {
  id: string;
  name: string;
  units: number;
  area: string;
}

export interface ResolutionView {
  resolution: Resolution;
  items: ResolutionItem[];
  approvals: number;
  committeeSize: number;
  approvedByMe: boolean;
  myBallot: { channel: string; castAt: Date; receipt: string } | null;
  /** scope=buildings: the buildings covered, in roster order, with their units (frozen electorate once voting opened). */
  scopeBuildings: Array<{ id: string; name: string; units: number }>;
}

const bad = (field: string, message: string) =>
  new AppError(ErrorCode.VALIDATION_FAILED, `提交的内容有误：${message}`, { fields: [{ field, messages: [message] }] });

/** Use cases of the resolution lifecycle: draft, committee approval, notice, time-driven open/close/finalize, objections. */
@Injectable()
export class ResolutionsService {
  constructor(
    private readonly ds: DataSource,
    private readonly audit: AuditService,
    private readonly files: FilesService,
    private readonly clock: Clock,
    private readonly jobs: JobsService,
    private readonly inbox: InboxService,
    private readonly broadcasts: BroadcastsService,
  ) {}

  private async settings(m: EntityManager, communityId: string): Promise<CommunitySettings> {
    const c = await m.getRepository(Community).findOneBy({ id: communityId });
    return c?.settings ?? {};
  }

  private async committeeSize(m: EntityManager, communityId: string): Promise<number> {
    const [row] = await m.query(
      `SELECT count(DISTINCT person_id)::int AS n FROM role_assignments WHERE community_id = $1 AND role IN ('committee_member', 'committee_chair')`,
      [communityId],
    );
    return row.n as number;
  }

  private async checkDraft(
    m: EntityManager,
    communityId: string,
    dto: DraftResolutionDto,
    settings: CommunitySettings,
  ) {
    const scope = dto.scope ?? 'community';
    const buildingIds = [...new Set(dto.buildingIds ?? [])];
    if (scope === 'buildings') {
      if (buildingIds.length === 0) throw bad('buildingIds', '按楼栋表决时请至少选择一栋楼');
      const found: Array<{ id: string }> = await m.query(
        `SELECT id FROM buildings WHERE community_id = $1 AND id = ANY($2::uuid[])`,
        [communityId, buildingIds],
      );
      if (found.length !== buildingIds.length) throw bad('buildingIds', '所选楼栋不属于本小区');
    } else if (buildingIds.length) {
      throw bad('buildingIds', '全体业主表决时不需要选择楼栋');
    }
    const opensAt = new Date(dto.votingOpensAt);
    const votingDays = dto.votingDays ?? settings.votingDays ?? DEFAULT_VOTING_DAYS;
    return { scope, buildingIds, opensAt, votingDays };
  }

  async create(actor: Actor, communityId: string, dto: DraftResolutionDto, m: EntityManager): Promise<ResolutionView> {
    const settings = await this.settings(m, communityId);
    const d = await this.checkDraft(m, communityId, dto, settings);
    const r = await m.getRepository(Resolution).save(
      m.getRepository(Resolution).create({
        communityId,
        title: dto.title,
        explanation: dto.explanation ?? '',
        status: 'draft',
        revision: 1,
        extraordinary: dto.extraordinary ?? false,
        scopeKind: d.scope,
        scopeBuildingIds: d.buildingIds,
        documentFileIds: [...new Set(dto.documentFileIds ?? [])],
        votingOpensAt: d.opensAt,
        votingDays: d.votingDays,
        votingClosesAt: addDays(d.opensAt, d.votingDays),
        objectionDays: dto.objectionDays ?? DEFAULT_OBJECTION_DAYS,
        createdBy: actor.personId,
      }),
    );
    await this.saveItems(m, r.id, dto);
    await this.files.attach(m, communityId, r.documentFileIds, 'resolution', r.id, actor.personId, {
      purposes: ['notice_attachment'],
    });
    await this.audit.record(
      {
        communityId,
        actorId: actor.personId,
        action: 'vote.draft_created',
        targetType: 'resolution',
        targetId: r.id,
        details: { items: dto.items.length },
      },
      m,
    );
    return this.view(m, actor, r);
  }

  private async saveItems(m: EntityManager, resolutionId: string, dto: DraftResolutionDto) {
    await m.getRepository(ResolutionItem).insert(
      dto.items.map((it, i) => ({
        resolutionId,
        position: i + 1,
        title: it.title,
        description: it.description ?? '',
        matterType: it.matterType,
      })),
    );
  }

  /** Edits a draft (the agenda is frozen from approval on). Earlier approvals no longer count: the revision moves on. */
  async update(actor: Actor, communityId: string, id: string, dto: DraftResolutionDto): Promise<ResolutionView> {
    return this.ds.transaction(async (m) => {
      const r = await findResolution(m, communityId, id, true);
      requireMove(r, 'edit', 'committee');
      const settings = await this.settings(m, communityId);
      const d = await this.checkDraft(m, communityId, dto, settings);
      const newFiles = [...new Set(dto.documentFileIds ?? [])].filter((f) => !r.documentFileIds.includes(f));
      await this.files.attach(m, communityId, newFiles, 'resolution', r.id, actor.personId, {
        purposes: ['notice_attachment'],
      });
      Object.assign(r, {
        title: dto.title,
        explanation: dto.explanation ?? '',
        extraordinary: dto.extraordinary ?? false,
        scopeKind: d.scope,
        scopeBuildingIds: d.buildingIds,
        documentFileIds: [...new Set([...r.documentFileIds, ...newFiles])],
        votingOpensAt: d.opensAt,
        votingDays: d.votingDays,
        votingClosesAt: addDays(d.opensAt, d.votingDays),
        objectionDays: dto.objectionDays ?? DEFAULT_OBJECTION_DAYS,
        revision: r.revision + 1,
      });
      await m.getRepository(Resolution).save(r);
      await m.getRepository(ResolutionItem).delete({ resolutionId: r.id });
      await this.saveItems(m, r.id, dto);
      await this.audit.record(
        {
          communityId,
          actorId: actor.personId,
          action: 'vote.draft_edited',
          targetType: 'resolution',
          targetId: r.id,
          details: { revision: r.revision },
        },
        m,
      );
      return this.view(m, actor, r);
    });
  }

  /** The votes module's "now" (the Clock; a test clock in tests), for modules whose deadlines follow a vote. */
  now(): Date {
    return this.clock.now();
  }

  /** One committee member's approval; more than half of ALL members moves the draft to approved. */
  async approve(actor: Actor, communityId: string, id: string): Promise<ResolutionView> {
    return this.ds.transaction(async (m) => {
      const r = await findResolution(m, communityId, id, true);
      requireMove(r, 'approve', 'committee');
      const inserted = await m.query(
        `INSERT INTO resolution_approvals (resolution_id, revision, person_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING id`,
        [r.id, r.revision, actor.personId],
      );
      if (!inserted.length) throw AppError.conflict('您已审议通过此草稿，无需重复操作');
      const approvals = await m.getRepository(ResolutionApproval).countBy({ resolutionId: r.id, revision: r.revision });
      const size = await this.committeeSize(m, communityId);
      if (committeeMajority(approvals, size)) {
        r.status = 'approved';
        r.approvedAt = this.clock.now();
        await m.getRepository(Resolution).save(r);
      }
      await this.audit.record(
        {
          communityId,
          actorId: actor.personId,
          action: 'vote.approved_by_member',
          targetType: 'resolution',
          targetId: r.id,
          details: { revision: r.revision, approvals, committeeSize: size, status: r.status },
        },
        m,
      );
      return this.view(m, actor, r);
    });
  }

  /** Publishes the notice (公告): opening must be at least noticeDays away (7 for an extraordinary meeting). */
  async publishNotice(actor: Actor, communityId: string, id: string, dto: PublishNoticeDto): Promise<ResolutionView> {
    return this.ds.transaction(async (m) => {
      const r = await findResolution(m, communityId, id, true);
      requireMove(r, 'publish_notice', 'committee');
      const settings = await this.settings(m, communityId);
      const now = this.clock.now();
      const opensAt = dto.votingOpensAt ? new Date(dto.votingOpensAt) : r.votingOpensAt;
      const days = noticeDaysFor(r.extraordinary, settings.noticeDays);
      if (!noticeLongEnough(now, opensAt, days)) {
        throw bad(
          'votingOpensAt',
          `投票开始时间须在公告发布 ${days} 天以后${r.extraordinary ? '（临时会议）' : ''}，请改定开始时间后再发布`,
        );
      }
      Object.assign(r, {
        status: 'notice',
        noticePublishedAt: now,
        votingOpensAt: opensAt,
        votingClosesAt: addDays(opensAt, r.votingDays),
        officialMode: settings.officialVotingSystem === true,
      });
      await m.getRepository(Resolution).save(r);
      await this.audit.record(
        {
          communityId,
          actorId: actor.personId,
          action: 'vote.notice_published',
          targetType: 'resolution',
          targetId: r.id,
          details: { noticeDays: days, officialMode: r.officialMode },
        },
        m,
      );
      return this.view(m, actor, r);
    });
  }

  async extend(actor: Actor, communityId: string, id: string, dto: ExtendDto): Promise<ResolutionView> {
    return this.ds.transaction(async (m) => {
      const r = await findResolution(m, communityId, id, true);
      requireMove(r, 'extend', 'committee');
      const res = extendWindow(r.votingOpensAt, r.votingClosesAt, r.extended, dto.days, this.clock.now());
      if (!res.ok) throw new AppError(ErrorCode.ILLEGAL_TRANSITION, res.message, { currentStatus: r.status });
      Object.assign(r, { votingClosesAt: res.closesAt, extended: true, votingDays: r.votingDays + dto.days });
      await m.getRepository(Resolution).save(r);
      await this.audit.record(
        {
          communityId,
          actorId: actor.personId,
          action: 'vote.extended',
          targetType: 'resolution',
          targetId: r.id,
          details: { days: dto.days },
        },
        m,
      );
      return this.view(m, actor, r);
    });
  }

  /** Opens every noticed resolution whose opening time has come, freezing its electorate. Returns the ids opened. */
  async openDue(now: Date): Promise<string[]> {
    const due = await this.ds
      .getRepository(Resolution)
      .find({ where: { status: 'notice', officialMode: false }, select: { id: true, votingOpensAt: true } });
    const opened: string[] = [];
    for (const { id, votingOpensAt } of due) {
      if (votingOpensAt.getTime() > now.getTime()) continue;
      try {
        const ok = await this.ds.transaction(async (m) => {
          const r = await m.getRepository(Resolution).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
          if (!r || r.status !== 'notice' || r.votingOpensAt.getTime() > now.getTime()) return false;
          requireMove(r, 'open', 'system');
          await assertNoOpenRosterObjections(m, r.communityId, r.scopeKind === 'community' ? null : r.scopeBuildingIds);
          await this.freezeElectorate(m, r, now);
          return true;
        });
        if (ok) opened.push(id);
      } catch (e) {
        log('error', 'resolution could not open', { resolutionId: id, reason: (e as Error).message });
        await this.audit.record({
          communityId: null,
          actorId: null,
          action: 'vote.open_failed',
          targetType: 'resolution',
          targetId: id,
          details: { code: (e as AppError).code ?? 'INTERNAL', ...unitsOf(e) },
        });
      }
    }
    return opened;
  }

  private async freezeElectorate(m: EntityManager, r: Resolution, now: Date): Promise<void> {
    const settings = await this.settings(m, r.communityId);
    const units: Array<{
      id: string;
      building_id: string;
      building_name: string;
      entrance: string;
      room: string;
      kind: DomainUnit['kind'];
      area_hundredths: string;
      area_source: string;
    }> = await m.query(
      `SELECT u.id, u.building_id, b.name AS building_name, u.entrance, u.room, u.kind, u.area_hundredths, u.area_source
           FROM units u JOIN buildings b ON b.id = u.building_id WHERE u.community_id = $1`,
      [r.communityId],
    );
    const owners: Array<{ unit_id: string; person_id: string; is_developer: boolean; is_designated_voter: boolean }> =
      await m.query(
        `SELECT o.unit_id, o.person_id, o.is_developer, o.is_designated_voter FROM ownerships o JOIN units u ON u.id = o.unit_id
        WHERE u.community_id = $1 AND o.community_id = $1`,
        [r.communityId],
      );
    const countByUnit = new Map<string, number>();
    for (const o of owners) countByUnit.set(o.unit_id, (countByUnit.get(o.unit_id) ?? 0) + 1);
    const domainUnits: DomainUnit[] = units.map((u) => ({
      id: u.id,
      buildingId: u.building_id,
      kind: u.kind,
      [`${u.area_source}AreaHundredths`]: BigInt(u.area_hundredths),
    }));
    const domainOwners: DomainOwnership[] = owners.map((o) => ({
      unitId: o.unit_id,
      ownerId: o.person_id,
      isDeveloper: o.is_developer,
      // The designation matters only for a co-owned unit (one owner is always the one who votes).
      designatedVoter: (countByUnit.get(o.unit_id) ?? 0) > 1 ? o.is_designated_voter : undefined,
    }));
    const scope: VoteScope =
      r.scopeKind === 'community' ? { kind: 'community' } : { kind: 'buildings', buildingIds: r.scopeBuildingIds };
    const frozen: FrozenVoteSettings = {
      parkingCounts: settings.parkingCountsInVotes === true,
      invalidCountsAsParticipation: settings.invalidBallotsCountAsParticipation === true,
      followMajority: settings.followMajorityClause === true,
      allowBallotChange: settings.allowBallotChange === true,
    };
    const electorate = fromDomain(() => buildElectorate(domainUnits, domainOwners, scope, frozen));
    const unitById = new Map(units.map((u) => [u.id, u]));
    const voterOfUnit = new Map<string, string>();
    for (const v of electorate.voters) for (const u of v.unitIds) voterOfUnit.set(u, v.voterId);
    if (electorate.voters.length) {
      await m.getRepository(ElectorateVoter).insert(
        electorate.voters.map((v) => ({
          resolutionId: r.id,
          voterKey: v.voterId,
          kind: v.kind,
          castBy: v.castBy,
          unitIds: v.unitIds,
          areaHundredths: v.areaHundredths.toString(),
        })),
      );
      await m.getRepository(ElectorateUnit).insert(
        electorate.units.map((eu) => {
          const u = unitById.get(eu.unitId)!;
          return {
            resolutionId: r.id,
            unitId: eu.unitId,
            buildingId: eu.buildingId,
            buildingName: u.building_name,
            room: `${u.entrance}${u.room}`,
            areaHundredths: eu.areaHundredths.toString(),
            areaSource: eu.areaSource,
            voterKey: voterOfUnit.get(eu.unitId)!,
          };
        }),
      );
    }
    Object.assign(r, {
      status: 'open',
      openedAt: now,
      voteSettings: frozen,
      electorateFingerprint: electorate.fingerprint,
      totalArea: electorate.totalArea.toString(),
      totalHeads: Number(electorate.totalHeads),
    });
    await m.getRepository(Resolution).save(r);
    // Remind owners who have not voted three days before the deadline (or at once for a short window).
    const remindAt = new Date(Math.max(now.getTime(), r.votingClosesAt.getTime() - 3 * 86_400_000));
    await this.jobs.enqueueInTransaction(
      m,
      VOTES_REMIND_JOB,
      { resolutionId: r.id },
      { startAfter: remindAt, singletonKey: `votes:${r.id}:remind` },
    );
    // A legal broadcast on the channel ladder to every household of the electorate.
    await this.broadcasts.notify(m, {
      communityId: r.communityId,
      kind: 'vote.opened',
      title: '业主表决已开始投票',
      body: `“${r.title.slice(0, 60)}”已开始投票，${chinaTime(r.votingClosesAt)} 截止。请在小程序中查看议题并投票。`,
      subjectId: r.id,
      unitIds: electorate.units.map((u) => u.unitId),
    });
    await this.audit.record(
      {
        communityId: r.communityId,
        actorId: null,
        action: 'vote.opened',
        targetType: 'resolution',
        targetId: r.id,
        details: { fingerprint: electorate.fingerprint, heads: electorate.voters.length },
      },
      m,
    );
  }

  /** Closes every open resolution whose deadline has passed: preliminary result and the objection period begin. */
  async closeDue(now: Date): Promise<string[]> {
    const due = await this.ds
      .getRepository(Resolution)
      .find({ where: { status: 'open' }, select: { id: true, votingClosesAt: true } });
    const closed: string[] = [];
    for (const { id, votingClosesAt } of due) {
      if (votingClosesAt.getTime() > now.getTime()) continue;
      const ok = await this.ds.transaction(async (m) => {
        const r = await m.getRepository(Resolution).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
        if (!r || r.status !== 'open' || r.votingClosesAt.getTime() > now.getTime()) return false;
        requireMove(r, 'close', 'system');
        Object.assign(r, { status: 'objection', closedAt: now, objectionEndsAt: addDays(now, r.objectionDays) });
        await m.getRepository(Resolution).save(r);
        await this.audit.record(
          {
            communityId: r.communityId,
            actorId: null,
            action: 'vote.closed',
            targetType: 'resolution',
            targetId: r.id,
          },
          m,
        );
        return true;
      });
      if (ok) closed.push(id);
    }
    return closed;
  }

  /** Publishes the final result once the objection period is over and every objection has been answered. */
  async finalizeDue(now: Date): Promise<string[]> {
    const due = await this.ds.getRepository(Resolution).find({ where: { status: 'objection' }, select: { id: true } });
    const done: string[] = [];
    for (const { id } of due) {
      const ok = await this.ds.transaction(async (m) => {
        const r = await m.getRepository(Resolution).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
        if (!r || r.status !== 'objection' || !r.objectionEndsAt || r.objectionEndsAt.getTime() > now.getTime())
          return false;
        const [{ n }] = await m.query(
          `SELECT count(*)::int AS n FROM resolution_objections WHERE resolution_id = $1 AND answered_at IS NULL`,
          [id],
        );
        if (n > 0) return false;
        requireMove(r, 'finalize', 'system');
        Object.assign(r, { status: 'final', finalizedAt: now });
        await m.getRepository(Resolution).save(r);
        await this.audit.record(
          {
            communityId: r.communityId,
            actorId: null,
            action: 'vote.finalized',
            targetType: 'resolution',
            targetId: r.id,
          },
          m,
        );
        return true;
      });
      if (ok) done.push(id);
    }
    return done;
  }

  /**
   * In-app reminders (站内消息) to every voter of an open resolution who has not voted yet; at most one per person and
   * resolution. Returns how many were sent. Co-owners who designated nobody cannot vote online and get none.
   */
  async remindNonVoters(resolutionId: string): Promise<number> {
    return this.ds.transaction(async (m) => {
      const [r] = await m.query(
        `SELECT id, community_id, title, status, voting_closes_at FROM resolutions WHERE id = $1 FOR UPDATE`,
        [resolutionId],
      );
      if (!r || r.status !== 'open') return 0;
      if (await m.existsBy(VoteReminder, { resolutionId: r.id })) return 0;
      const title = '表决即将截止，您尚未投票';
      const body = `“${String(r.title).slice(0, 60)}”将于 ${chinaTime(r.voting_closes_at)} 截止投票，请在小程序中查看议题并投票。`;
      const voters: Array<{ person_id: string }> = await m.query(
        `SELECT DISTINCT rcp.person_id FROM (${REMINDER_RECIPIENTS}
          WHERE v.resolution_id = $1 AND v.cast_by IS NOT NULL
            AND NOT EXISTS (SELECT 1 FROM ballots b WHERE b.resolution_id = $1 AND b.voter_key = v.voter_key)) rcp`,
        [r.id],
      );
      const sent = await this.inbox.send(m, {
        communityId: r.community_id,
        personIds: voters.map((v) => v.person_id),
        kind: 'vote.reminder',
        title,
        body,
      });
      await m.insert(VoteReminder, { resolutionId: r.id, communityId: r.community_id, recipients: sent.length });
      await this.audit.record(
        {
          communityId: r.community_id,
          actorId: null,
          action: 'vote.reminded',
          targetType: 'resolution',
          targetId: r.id,
          details: { sent: sent.length },
        },
        m,
      );
      return sent.length;
    });
  }

  async fileObjection(actor: Actor, communityId: string, id: string, dto: ObjectionDto): Promise<Objection> {
    return this.ds.transaction(async (m) => {
      const r = await findResolution(m, communityId, id, true);
      requireMove(r, 'object', 'owner');
      if (r.objectionEndsAt && this.clock.now().getTime() >= r.objectionEndsAt.getTime()) {
        throw new AppError(ErrorCode.ILLEGAL_TRANSITION, '询异期已结束，不能再提出异议', { currentStatus: r.status });
      }
      const o = await m
        .getRepository(Objection)
        .save(
          m.getRepository(Objection).create({ resolutionId: r.id, personId: actor.personId, reasons: dto.reasons }),
        );
      await this.audit.record(
        {
          communityId,
          actorId: actor.personId,
          action: 'vote.objection_filed',
          targetType: 'resolution',
          targetId: r.id,
          details: { objectionId: o.id },
        },
        m,
      );
      return o;
    });
  }

  async answerObjection(
    actor: Actor,
    communityId: string,
    id: string,
    objectionId: string,
    answer: string,
  ): Promise<Objection> {
    return this.ds.transaction(async (m) => {
      const r = await findResolution(m, communityId, id, true);
      requireMove(r, 'answer_objection', 'committee');
      const o = /^[0-9a-f-]{36}$/i.test(objectionId)
        ? await m.getRepository(Objection).findOneBy({ id: objectionId, resolutionId: r.id })
        : null;
      if (!o) throw AppError.notFound('异议');
      if (o.answeredAt) throw AppError.conflict('该异议已经答复过了');
      Object.assign(o, { answer, answeredBy: actor.personId, answeredAt: this.clock.now() });
      await m.getRepository(Objection).save(o);
      await this.audit.record(
        {
          communityId,
          actorId: actor.personId,
          action: 'vote.objection_answered',
          targetType: 'resolution',
          targetId: r.id,
          details: { objectionId: o.id },
        },
        m,
      );
      return o;
    });
  }

  async listObjections(communityId: string, id: string): Promise<Objection[]> {
    const r = await findResolution(this.ds.manager, communityId, id);
    return this.ds
      .getRepository(Objection)
      .find({ where: { resolutionId: r.id }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  /** Official-system mode: the committee records the figures and the official notice; published like any result. */
  async recordOfficial(actor: Actor, communityId: string, id: string, dto: OfficialResultDto): Promise<ResolutionView> {
    return this.ds.transaction(async (m) => {
      const r = await findResolution(m, communityId, id, true);
      requireMove(r, 'record_official', 'committee');
      if (!r.officialMode) {
        throw new AppError(ErrorCode.ILLEGAL_TRANSITION, '本小区在本平台投票，不能录入官方系统结果', {
          currentStatus: r.status,
        });
      }
      const items = await m
        .getRepository(ResolutionItem)
        .find({ where: { resolutionId: r.id }, order: { position: 'ASC' } });
      const given = new Map(dto.items.map((i) => [i.itemId, i]));
      if (given.size !== items.length || items.some((i) => !given.has(i.id)))
        throw bad('items', '请为每个表决事项填写官方结果，且只填写本表决的事项');
      for (const it of items) {
        const g = given.get(it.id)!;
        const cast = (k: 'Area' | 'Heads') =>
          ['yes', 'no', 'abstain', 'invalid'].reduce((s, c) => s + BigInt(g[`${c}${k}` as keyof typeof g]), 0n);
        if (cast('Area') > BigInt(dto.totalArea) || cast('Heads') > BigInt(dto.totalHeads)) {
          throw bad('items', `事项“${it.title}”的投票面积或人数超过了总数，请核对`);
        }
        it.officialFigures = {
          yesArea: g.yesArea,
          yesHeads: g.yesHeads,
          noArea: g.noArea,
          noHeads: g.noHeads,
          abstainArea: g.abstainArea,
          abstainHeads: g.abstainHeads,
          invalidArea: g.invalidArea,
          invalidHeads: g.invalidHeads,
          totalArea: dto.totalArea,
          totalHeads: dto.totalHeads,
        };
      }
      await m.getRepository(ResolutionItem).save(items);
      await this.files.attach(m, communityId, [dto.noticeFileId], 'resolution', r.id, actor.personId, {
        purposes: ['notice_attachment'],
      });
      const settings = await this.settings(m, communityId);
      const now = this.clock.now();
      Object.assign(r, {
        status: 'final',
        officialNoticeFileId: dto.noticeFileId,
        closedAt: now,
        finalizedAt: now,
        totalArea: dto.totalArea,
        totalHeads: Number(dto.totalHeads),
        voteSettings: {
          parkingCounts: settings.parkingCountsInVotes === true,
          invalidCountsAsParticipation: settings.invalidBallotsCountAsParticipation === true,
          followMajority: settings.followMajorityClause === true,
          allowBallotChange: false,
        } satisfies FrozenVoteSettings,
      });
      await m.getRepository(Resolution).save(r);
      await this.audit.record(
        {
          communityId,
          actorId: actor.personId,
          action: 'vote.official_result_recorded',
          targetType: 'resolution',
          targetId: r.id,
        },
        m,
      );
      return this.view(m, actor, r);
    });
  }

  /**
   * The community's buildings a vote may be limited to (domain-rules §3, 列支范围): each with its number of units and
   * their total area (0.01 m², integer string), ordered like the roster (sort, then name). One query.
   */
  async scopeBuildings(communityId: string): Promise<ScopeBuilding[]> {
    const rows: Array<{ id: string; name: string; units: number; area: string }> = await this.ds.query(
      `SELECT b.id, b.name, count(u.id)::int AS units, COALESCE(sum(u.area_hundredths), 0)::bigint::text AS area
         FROM buildings b LEFT JOIN units u ON u.building_id = b.id AND u.community_id = b.community_id
        WHERE b.community_id = $1
        GROUP BY b.id, b.name, b.sort
        ORDER BY b.sort, b.name, b.id`,
      [communityId],
    );
    return rows.map((r) => ({ id: r.id, name: r.name, units: r.units, area: BigInt(r.area).toString() }));
  }

  async list(actor: Actor, communityId: string): Promise<ResolutionView[]> {
    const committee = hasRole(actor, ...COMMITTEE);
    const rows = await this.ds.getRepository(Resolution).find({
      where: committee ? { communityId } : { communityId, status: In(['notice', 'open', 'objection', 'final']) },
      order: { createdAt: 'DESC', id: 'DESC' },
      take: 100,
    });
    return Promise.all(rows.map((r) => this.view(this.ds.manager, actor, r)));
  }

  async get(actor: Actor, communityId: string, id: string): Promise<ResolutionView> {
    const r = await findResolution(this.ds.manager, communityId, id);
    if ((r.status === 'draft' || r.status === 'approved') && !hasRole(actor, ...COMMITTEE))
      throw AppError.notFound('表决');
    return this.view(this.ds.manager, actor, r);
  }

  async view(m: EntityManager, actor: Actor, r: Resolution): Promise<ResolutionView> {
    // Independent reads: on the pool they are sent together and run side by side; inside a transaction (one
    // connection) they are sent one after another (node-postgres refuses overlapping queries on one client in v9).
    const together = !m.queryRunner;
    const all = async <T extends unknown[]>(reads: { [K in keyof T]: () => Promise<T[K]> }): Promise<T> => {
      if (together) return Promise.all(reads.map((r) => r())) as Promise<T>;
      const out: unknown[] = [];
      for (const r of reads) out.push(await r());
      return out as T;
    };
    const [items, approvals, [mine], scopeBuildings, committeeSize] = await all<
      [
        ResolutionItem[],
        Array<{ person_id: string }>,
        Array<{ channel: string; cast_at: Date; receipt: string }>,
        Array<{ id: string; name: string; units: number }>,
        number,
      ]
    >([
      () => m.getRepository(ResolutionItem).find({ where: { resolutionId: r.id }, order: { position: 'ASC' } }),
      () =>
        m.query(`SELECT person_id FROM resolution_approvals WHERE resolution_id = $1 AND revision = $2`, [
          r.id,
          r.revision,
        ]) as Promise<Array<{ person_id: string }>>,
      () =>
        m.query(
          `SELECT b.channel, b.cast_at, b.receipt FROM ballots b JOIN electorate_voters v ON v.resolution_id = b.resolution_id AND v.voter_key = b.voter_key
          WHERE b.resolution_id = $1 AND ${castsHead('v.cast_by', '$2')} ORDER BY b.seq DESC LIMIT 1`,
          [r.id, actor.personId],
        ) as Promise<Array<{ channel: string; cast_at: Date; receipt: string }>>,
      () =>
        (r.scopeKind !== 'buildings'
          ? Promise.resolve([])
          : m.query(
              r.electorateFingerprint
                ? `SELECT b.id, b.name, (SELECT count(*)::int FROM electorate_units eu WHERE eu.resolution_id = $3 AND eu.building_id = b.id) AS units
               FROM buildings b WHERE b.community_id = $1 AND b.id = ANY($2::uuid[]) ORDER BY b.sort, b.name, b.id`
                : `SELECT b.id, b.name, (SELECT count(*)::int FROM units u WHERE u.building_id = b.id AND u.community_id = b.community_id) AS units
               FROM buildings b WHERE b.community_id = $1 AND b.id = ANY($2::uuid[]) ORDER BY b.sort, b.name, b.id`,
              r.electorateFingerprint ? [r.communityId, r.scopeBuildingIds, r.id] : [r.communityId, r.scopeBuildingIds],
            )) as Promise<Array<{ id: string; name: string; units: number }>>,
      () => this.committeeSize(m, r.communityId),
    ]);
    return {
      resolution: r,
      items,
      approvals: approvals.length,
      committeeSize,
      approvedByMe: approvals.some((a) => a.person_id === actor.personId),
      myBallot: mine ? { channel: mine.channel, castAt: mine.cast_at, receipt: mine.receipt } : null,
      scopeBuildings,
    };
  }
}

/** The units a refusal names (an open roster objection), for the open_failed record. */
function unitsOf(e: unknown): { units?: string[] } {
  const d = (e as AppError).details as { units?: unknown } | undefined;
  return Array.isArray(d?.units) ? { units: d.units as string[] } : {};
}
