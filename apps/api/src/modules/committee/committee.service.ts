import { Injectable } from '@nestjs/common';
import {
  committeeProfile,
  decideElection,
  ErrorCode,
  isManagementAffiliation,
  MANAGEMENT_PUBLICITY_DAYS,
  managementCompositionProblem,
  officerElected,
  seatsProblem,
  termMove,
  type FilingAuthority,
  type TermAction,
  type TermStatus,
} from '@gongzhi/domain';
import { DataSource, In, IsNull, type EntityManager } from 'typeorm';
import { AppError } from '../../common/app-error.js';
import { communityOf, hasRole, type Actor } from '../../common/current-user.js';
import { IdempotencyService } from '../../common/idempotency.js';
import { AuditService } from '../audit/audit.service.js';
import { RolesService, type CommitteeSeat } from '../binding/roles.service.js';
import { ResolutionsService } from '../votes/resolutions.service.js';
import { ResultsService } from '../votes/results.service.js';
import { committeeRepository as repo } from './committee.repository.js';
import {
  CommitteeCandidate,
  CommitteeConfirmation,
  CommitteeMember,
  CommitteeOfficerVote,
  CommitteeTerm,
  type TermFiling,
} from './entities/committee.entities.js';
import type { CreateElectionDto, CreateManagementDto, OfficerVoteDto } from './dto/committee.dto.js';

const DAY = 86_400_000;
const ACTIVE: TermStatus[] = ['pending', 'formed', 'officers', 'filed', 'refused', 'publicised'];

const bad = (field: string, message: string) =>
  new AppError(ErrorCode.VALIDATION_FAILED, `提交的内容有误：${message}`, { fields: [{ field, messages: [message] }] });

function requireMove(t: CommitteeTerm, action: TermAction): readonly TermStatus[] {
  const move = termMove(t.status, action);
  if (!move.ok) throw new AppError(move.code, move.message, { currentStatus: t.status });
  return move.to;
}

/** Which filing authority the caller acts as in this community, if any. */
function authorityOf(actor: Actor): FilingAuthority | null {
  if (hasRole(actor, 'subdistrict_officer')) return 'subdistrict';
  if (hasRole(actor, 'regulator')) return 'regulator';
  return null;
}

/**
 * Committee terms (domain-rules.md §10): elections held as owners' votes (matter type 3, one agenda item per
 * candidate, through the votes module), the first meeting's officers, the filing with the subdistrict (and in Zhejiang
 * the district) and its confirmation, the 物业管理委员会, resignations. Committee roles change only here, on a
 * confirmed filing (RolesService.installCommittee), and every step is in the audit log the community can read.
 */
@Injectable()
export class CommitteeService {
  constructor(
    private readonly ds: DataSource,
    private readonly resolutions: ResolutionsService,
    private readonly results: ResultsService,
    private readonly roles: RolesService,
    private readonly audit: AuditService,
    private readonly idempotency: IdempotencyService,
  ) {}

  /** The election: a draft resolution with one matter-type-3 item per candidate, approved and run like any vote. */
  async createElection(actor: Actor, dto: CreateElectionDto, key: string | null): Promise<CommitteeTerm> {
    const communityId = communityOf(actor);
    return this.idempotency.run({ actorId: actor.personId, route: 'committee.election', key, body: dto }, async (m) => {
      await repo.lock(m, communityId);
      await this.refuseWhileActive(m, communityId);
      const c = await repo.community(m, communityId);
      const profile = committeeProfile(c.profile);
      const seatsWrong = seatsProblem(dto.seats, c.households, profile);
      if (seatsWrong) throw bad('seats', seatsWrong);
      const ids = [...new Set(dto.candidateIds)];
      if (ids.length !== dto.candidateIds.length) throw bad('candidateIds', '候选人不能重复');
      const owners = await repo.ownersAmong(m, communityId, ids);
      if (ids.some((id) => !owners.has(id))) throw bad('candidateIds', '候选人须为本小区业主');
      const names = await repo.names(m, ids);
      const items = ids.map((id, i) => ({
        title: `选举第 ${i + 1} 号候选人 ${names.get(id) ?? ''} 为业主委员会委员`,
        description: `同意即选举该候选人；本次选举 ${dto.seats} 席，按同意人数（其次同意面积）排名当选`,
        matterType: 3,
      }));
      const view = await this.resolutions.create(
        actor,
        communityId,
        {
          title: dto.title ?? '选举业主委员会',
          explanation: `本次选举业主委员会委员 ${dto.seats} 名，每位候选人一个表决事项（民法典第二百七十八条第一款第三项）。`,
          items,
          votingOpensAt: dto.votingOpensAt,
          votingDays: dto.votingDays,
          documentFileIds: dto.documentFileIds,
        },
        m,
      );
      const term = await m.getRepository(CommitteeTerm).save(
        m.getRepository(CommitteeTerm).create({
          communityId,
          kind: 'elected',
          status: 'pending',
          profile: profile.id,
          resolutionId: view.resolution.id,
          seats: dto.seats,
          households: c.households,
          createdBy: actor.personId,
        }),
      );
      await m.getRepository(CommitteeCandidate).insert(
        ids.map((personId, i) => ({
          communityId,
          termId: term.id,
          personId,
          position: i + 1,
          itemTitle: items[i].title,
        })),
      );
      await this.record(m, actor, communityId, 'committee.election_created', term.id, {
        resolutionId: view.resolution.id,
        seats: dto.seats,
        candidates: ids.length,
      });
      return term;
    });
  }

  /** Counts the election once its result is final: who is elected, alternates, ties, whether the committee forms. */
  async decide(actor: Actor, id: string): Promise<CommitteeTerm> {
    const communityId = communityOf(actor);
    return this.ds.transaction(async (m) => {
      await repo.lock(m, communityId);
      const t = await this.find(m, communityId, id);
      requireMove(t, 'decide');
      const r = t.resolutionId ? await repo.resolution(m, communityId, t.resolutionId) : undefined;
      if (!r || r.status !== 'final')
        throw AppError.conflict('选举表决的结果尚未最终公布（询异期结束并答复全部询异后才能计算当选结果）');
      const result = await this.results.result(communityId, t.resolutionId as string);
      const candidates = await m
        .getRepository(CommitteeCandidate)
        .find({ where: { termId: t.id }, order: { position: 'ASC' } });
      const byTitle = new Map(result.items.map((i) => [i.title, i.decision]));
      const decision = decideElection({
        seats: t.seats,
        households: t.households,
        profile: committeeProfile(t.profile),
        candidates: candidates.map((c) => {
          const d = byTitle.get(c.itemTitle);
          // An agenda edited after the election was set up no longer names this candidate: counted as not passed.
          return {
            candidateId: c.personId,
            passed: d?.passed ?? false,
            yesHeads: d?.yesHeads ?? 0n,
            yesArea: d?.yesArea ?? 0n,
          };
        }),
      });
      const now = this.resolutions.now();
      t.status = decision.formed ? 'formed' : 'failed';
      t.decidedAt = now;
      t.decision = {
        ...decision,
        outcomes: decision.outcomes.map((o) => ({ ...o, yesHeads: Number(o.yesHeads), yesArea: String(o.yesArea) })),
      };
      const profile = committeeProfile(t.profile);
      if (decision.formed) {
        t.officersDueAt = new Date(now.getTime() + profile.firstMeetingDays * DAY);
        t.filingDueAt = new Date(now.getTime() + profile.filingDays * DAY);
        await m.getRepository(CommitteeMember).insert([
          ...decision.elected.map((personId) => ({ communityId, termId: t.id, personId, standing: 'member' as const })),
          ...decision.alternates.map((personId) => ({
            communityId,
            termId: t.id,
            personId,
            standing: 'alternate' as const,
          })),
        ]);
      }
      await m.getRepository(CommitteeTerm).save(t);
      await this.record(m, actor, communityId, 'committee.election_decided', t.id, {
        formed: decision.formed,
        elected: decision.elected.length,
        alternates: decision.alternates.length,
        tied: decision.tied.length,
      });
      return t;
    });
  }

  /** One member's vote at the first meeting; a candidate with more than half of ALL members becomes chair. */
  async voteOfficers(actor: Actor, id: string, dto: OfficerVoteDto): Promise<CommitteeTerm> {
    const communityId = communityOf(actor);
    return this.ds.transaction(async (m) => {
      await repo.lock(m, communityId);
      const t = await this.find(m, communityId, id);
      requireMove(t, 'elect_officers');
      const members = await m
        .getRepository(CommitteeMember)
        .find({ where: { termId: t.id, standing: 'member', leftAt: IsNull() } });
      const ids = new Set(members.map((x) => x.personId));
      if (!ids.has(actor.personId)) throw AppError.forbidden('只有本届当选委员可以推选主任、副主任');
      if (!ids.has(dto.chairId)) throw bad('chairId', '主任须从本届委员中推选');
      if (dto.viceChairId && !ids.has(dto.viceChairId)) throw bad('viceChairId', '副主任须从本届委员中推选');
      if (dto.viceChairId === dto.chairId) throw bad('viceChairId', '主任和副主任不能是同一人');
      const inserted = await m
        .createQueryBuilder()
        .insert()
        .into(CommitteeOfficerVote)
        .values({
          communityId,
          termId: t.id,
          voterId: actor.personId,
          chairId: dto.chairId,
          viceChairId: dto.viceChairId ?? null,
        })
        .orIgnore()
        .returning('id')
        .execute();
      if (!inserted.raw.length) throw AppError.conflict('您已推选过，不能重复推选');
      const now = this.resolutions.now();
      await this.record(m, actor, communityId, 'committee.officer_vote', t.id, {
        late: t.officersDueAt ? now.getTime() > t.officersDueAt.getTime() : false,
      });
      const votes = await m.getRepository(CommitteeOfficerVote).findBy({ termId: t.id });
      const tally = (pick: (v: CommitteeOfficerVote) => string | null) => {
        const n = new Map<string, number>();
        for (const v of votes) {
          const p = pick(v);
          if (p) n.set(p, (n.get(p) ?? 0) + 1);
        }
        return [...n].find(([, k]) => officerElected(k, members.length))?.[0] ?? null;
      };
      const chair = tally((v) => v.chairId);
      if (chair) {
        const vice = tally((v) => v.viceChairId);
        for (const x of members) {
          x.office = x.personId === chair ? 'chair' : x.personId === vice ? 'vice_chair' : null;
        }
        await m.getRepository(CommitteeMember).save(members);
        t.status = requireMove(t, 'elect_officers')[0];
        t.officersAt = now;
        await m.getRepository(CommitteeTerm).save(t);
        await this.record(m, actor, communityId, 'committee.officers_elected', t.id, {
          chair,
          viceChair: vice,
          votes: votes.length,
          members: members.length,
        });
      }
      return t;
    });
  }

  /** The chair files the election: the app assembles the filing from the vote, the members and the officers. */
  async file(actor: Actor, id: string): Promise<CommitteeTerm> {
    const communityId = communityOf(actor);
    return this.ds.transaction(async (m) => {
      await repo.lock(m, communityId);
      const t = await this.find(m, communityId, id);
      const to = requireMove(t, 'file');
      const members = await this.currentMembers(m, t.id);
      const chair = members.find((x) => x.office === 'chair');
      if (!chair || chair.personId !== actor.personId) throw AppError.forbidden('只有本届主任可以提交备案');
      const r = t.resolutionId ? await repo.resolution(m, communityId, t.resolutionId) : undefined;
      t.filingRound += 1;
      const filing: TermFiling = {
        round: t.filingRound,
        resolutionId: t.resolutionId,
        resolutionTitle: r?.title ?? null,
        decisionReason: t.decision?.reason ?? null,
        documentFileIds: r?.document_file_ids ?? [],
        members: members.map((x) => ({
          personId: x.personId,
          office: x.office,
          affiliation: x.affiliation,
        })),
        filedAt: this.resolutions.now().toISOString(),
      };
      t.filing = filing;
      t.status = to[0];
      t.refusedReason = null;
      await m.getRepository(CommitteeTerm).save(t);
      await this.record(m, actor, communityId, 'committee.filed', t.id, { round: t.filingRound });
      return t;
    });
  }

  /** A filing authority confirms; when every authority of the profile has, the term's roles take effect. */
  async confirm(actor: Actor, id: string): Promise<CommitteeTerm> {
    return this.decideFiling(actor, id, 'confirm', null);
  }

  async refuse(actor: Actor, id: string, reason: string): Promise<CommitteeTerm> {
    return this.decideFiling(actor, id, 'refuse', reason);
  }

  private async decideFiling(
    actor: Actor,
    id: string,
    action: 'confirm' | 'refuse',
    reason: string | null,
  ): Promise<CommitteeTerm> {
    const communityId = communityOf(actor);
    return this.ds.transaction(async (m) => {
      await repo.lock(m, communityId);
      const t = await this.find(m, communityId, id);
      const to = requireMove(t, action);
      const needed = this.authorities(t);
      const authority = authorityOf(actor);
      if (!authority || !needed.includes(authority))
        throw AppError.forbidden(
          t.kind === 'management'
            ? '物业管理委员会由区物业主管部门确认'
            : '备案须由街道办事处（浙江还须区物业主管部门）确认',
        );
      const now = this.resolutions.now();
      if (t.kind === 'management' && action === 'confirm' && t.publicisedUntil && t.publicisedUntil > now)
        throw AppError.conflict(`物业管理委员会名单须公示满 ${MANAGEMENT_PUBLICITY_DAYS} 日后才能确认`, {
          publicisedUntil: t.publicisedUntil,
        });
      const inserted = await m
        .createQueryBuilder()
        .insert()
        .into(CommitteeConfirmation)
        .values({
          communityId,
          termId: t.id,
          round: t.filingRound,
          authority,
          personId: actor.personId,
          decision: action,
          reason,
        })
        .orIgnore()
        .returning('id')
        .execute();
      if (!inserted.raw.length) throw AppError.conflict('本机关已经处理过这次备案');
      if (action === 'refuse') {
        t.status = to[0];
        t.refusedReason = reason;
        await m.getRepository(CommitteeTerm).save(t);
        await this.record(m, actor, communityId, 'committee.refused', t.id, { round: t.filingRound, authority });
        return t;
      }
      await this.record(m, actor, communityId, 'committee.confirmed_by', t.id, { round: t.filingRound, authority });
      const done = await m
        .getRepository(CommitteeConfirmation)
        .findBy({ termId: t.id, round: t.filingRound, decision: 'confirm' });
      if (needed.every((a) => done.some((d) => d.authority === a))) await this.takeEffect(m, actor, t);
      return t;
    });
  }

  /** Roles take effect: earlier terms in force are superseded, the committee's roles become this term's. */
  private async takeEffect(m: EntityManager, actor: Actor, t: CommitteeTerm): Promise<void> {
    const now = this.resolutions.now();
    const earlier = await m
      .getRepository(CommitteeTerm)
      .findBy({ communityId: t.communityId, status: In(['confirmed', 'recorded']) });
    for (const e of earlier) {
      e.status = requireMove(e, 'supersede')[0];
      e.supersededAt = now;
    }
    await m.getRepository(CommitteeTerm).save(earlier);
    t.status = 'confirmed';
    t.confirmedAt = now;
    await m.getRepository(CommitteeTerm).save(t);
    const seats: CommitteeSeat[] = (await this.currentMembers(m, t.id)).map((x) => ({
      personId: x.personId,
      role: x.office === 'chair' ? 'committee_chair' : 'committee_member',
    }));
    await this.roles.installCommittee(m, t.communityId, actor.personId, t.id, seats);
    await this.record(m, actor, t.communityId, 'committee.in_force', t.id, {
      kind: t.kind,
      superseded: earlier.map((e) => e.id),
    });
  }

  /** The subdistrict officer forms a 物业管理委员会: members checked, list publicised ≥ 7 days. */
  async createManagement(actor: Actor, dto: CreateManagementDto, key: string | null): Promise<CommitteeTerm> {
    const communityId = communityOf(actor);
    return this.idempotency.run(
      { actorId: actor.personId, route: 'committee.management', key, body: dto },
      async (m) => {
        await repo.lock(m, communityId);
        await this.refuseWhileActive(m, communityId);
        const ids = dto.members.map((x) => x.personId);
        if (new Set(ids).size !== ids.length) throw bad('members', '同一人不能重复列入');
        if (!dto.members.every((x) => isManagementAffiliation(x.affiliation))) throw bad('members', '成员身份无效');
        const problem = managementCompositionProblem(dto.members.map((x) => x.affiliation));
        if (problem) throw bad('members', problem);
        const owners = await repo.ownersAmong(m, communityId, ids);
        const names = await repo.names(m, ids);
        for (const x of dto.members) {
          if (!names.has(x.personId)) throw bad('members', '成员不存在');
          if (x.affiliation === 'owner' && !owners.has(x.personId))
            throw bad('members', `${names.get(x.personId)} 不是本小区业主，不能作为业主代表`);
          if (
            x.affiliation === 'subdistrict' &&
            !(await repo.rolesOf(m, communityId, x.personId)).includes('subdistrict_officer')
          )
            throw bad('members', '街道办事处代表须为本街道工作人员');
          if (
            x.affiliation === 'neighbourhood' &&
            !(await repo.rolesOf(m, communityId, x.personId)).includes('neighbourhood_officer')
          )
            throw bad('members', '居民委员会代表须为本社区居委会工作人员');
        }
        const c = await repo.community(m, communityId);
        const now = this.resolutions.now();
        const term = await m.getRepository(CommitteeTerm).save(
          m.getRepository(CommitteeTerm).create({
            communityId,
            kind: 'management',
            status: 'publicised',
            profile: committeeProfile(c.profile).id,
            seats: dto.members.length,
            households: c.households,
            publicisedUntil: new Date(now.getTime() + MANAGEMENT_PUBLICITY_DAYS * DAY),
            createdBy: actor.personId,
          }),
        );
        await m.getRepository(CommitteeMember).insert(
          dto.members.map((x) => ({
            communityId,
            termId: term.id,
            personId: x.personId,
            standing: 'member' as const,
            affiliation: x.affiliation,
            // Hangzhou Art. 39: the subdistrict's representative chairs it.
            office: x.affiliation === 'subdistrict' ? ('chair' as const) : null,
          })),
        );
        await this.record(m, actor, communityId, 'committee.management_publicised', term.id, {
          members: dto.members.length,
          publicisedUntil: term.publicisedUntil,
        });
        return term;
      },
    );
  }

  /** A member resigns: their committee roles end now; the change is recorded (re-filing within 30 days). */
  async resign(actor: Actor): Promise<void> {
    const communityId = communityOf(actor);
    await this.ds.transaction(async (m) => {
      await repo.lock(m, communityId);
      const ended = await this.roles.resignCommittee(m, communityId, actor.personId);
      if (!ended.length) throw AppError.conflict('您不是本小区业委会成员');
      const seat = await m
        .createQueryBuilder(CommitteeMember, 'x')
        .innerJoin(CommitteeTerm, 't', 't.id = x.term_id')
        .where('x.community_id = :communityId AND x.person_id = :p AND x.left_at IS NULL', {
          communityId,
          p: actor.personId,
        })
        .andWhere(`t.status IN ('confirmed', 'recorded')`)
        .getOne();
      if (seat) {
        seat.leftAt = this.resolutions.now();
        await m.getRepository(CommitteeMember).save(seat);
      }
      await this.record(m, actor, communityId, 'committee.member_resigned', seat?.termId ?? null, {
        roles: ended,
        person: actor.personId,
      });
    });
  }

  async list(communityId: string): Promise<CommitteeTerm[]> {
    return this.ds.getRepository(CommitteeTerm).find({ where: { communityId }, order: { createdAt: 'DESC' } });
  }

  async get(communityId: string, id: string): Promise<CommitteeTerm> {
    return this.find(this.ds.manager, communityId, id);
  }

  authorities(t: CommitteeTerm): FilingAuthority[] {
    return t.kind === 'management' ? ['regulator'] : [...committeeProfile(t.profile).filingAuthorities];
  }

  private async currentMembers(m: EntityManager, termId: string): Promise<CommitteeMember[]> {
    return m
      .getRepository(CommitteeMember)
      .find({ where: { termId, standing: 'member', leftAt: IsNull() }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  private async refuseWhileActive(m: EntityManager, communityId: string): Promise<void> {
    const active = await m.getRepository(CommitteeTerm).findOneBy({ communityId, status: In(ACTIVE) });
    if (active)
      throw AppError.conflict('本小区已有进行中的选举、备案或公示，请先完成', {
        termId: active.id,
        status: active.status,
      });
  }

  private async find(m: EntityManager, communityId: string, id: string): Promise<CommitteeTerm> {
    const t = await m.getRepository(CommitteeTerm).findOneBy({ id, communityId });
    if (!t) throw AppError.notFound('业委会届次');
    return t;
  }

  private record(
    m: EntityManager,
    actor: Actor,
    communityId: string,
    action: string,
    termId: string | null,
    details: Record<string, unknown>,
  ) {
    return this.audit.record(
      { communityId, actorId: actor.personId, action, targetType: 'committee_term', targetId: termId, details },
      m,
    );
  }
}
