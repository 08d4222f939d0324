import { MANAGEMENT_AFFILIATION_LABELS, isManagementAffiliation, TERM_STATUS_LABELS } from '@gongzhi/domain';
import type { EntityManager } from 'typeorm';
import { committeeRepository as repo } from './committee.repository.js';
import type { CommitteeRecordEntryDto, CommitteeTermDto } from './dto/committee.dto.js';
import {
  CommitteeCandidate,
  CommitteeConfirmation,
  CommitteeMember,
  CommitteeOfficerVote,
  type CommitteeTerm,
} from './entities/committee.entities.js';

const KIND_LABELS: Record<CommitteeTerm['kind'], string> = {
  elected: '业主委员会',
  management: '物业管理委员会',
  recorded: '业主委员会（选举功能上线前录入，待备案确认）',
};
const OUTCOME_LABELS: Record<string, string> = {
  elected: '当选',
  alternate: '候补委员',
  tied: '得票相同，未当选',
  not_elected: '未当选',
};
const AUTHORITY_LABELS: Record<string, string> = { subdistrict: '街道办事处', regulator: '区物业主管部门' };

function memberLabel(x: CommitteeMember, kind: CommitteeTerm['kind']): string {
  const office = x.office === 'chair' ? '主任' : x.office === 'vice_chair' ? '副主任' : null;
  if (kind === 'management') {
    const a = isManagementAffiliation(x.affiliation) ? MANAGEMENT_AFFILIATION_LABELS[x.affiliation] : '成员';
    return office ? `${office}（${a}）` : a;
  }
  if (x.standing === 'alternate') return '候补委员';
  return office ?? '委员';
}

type Outcome = {
  candidateId: string;
  passed: boolean;
  yesHeads: number;
  yesArea: string;
  outcome: string;
  rank: number;
};

export async function toTermDto(m: EntityManager, t: CommitteeTerm, authorities: string[]): Promise<CommitteeTermDto> {
  const [members, candidates, confirmations, officerVotes] = await Promise.all([
    m.getRepository(CommitteeMember).find({ where: { termId: t.id }, order: { createdAt: 'ASC', id: 'ASC' } }),
    m.getRepository(CommitteeCandidate).find({ where: { termId: t.id }, order: { position: 'ASC' } }),
    m.getRepository(CommitteeConfirmation).find({ where: { termId: t.id }, order: { createdAt: 'ASC' } }),
    m.getRepository(CommitteeOfficerVote).countBy({ termId: t.id }),
  ]);
  const names = await repo.names(m, [
    ...members.map((x) => x.personId),
    ...candidates.map((x) => x.personId),
    ...confirmations.map((x) => x.personId),
    ...(t.filing?.members ?? []).map((x) => x.personId),
  ]);
  const outcomes = new Map(((t.decision?.outcomes ?? []) as Outcome[]).map((o) => [o.candidateId, o]));
  return {
    id: t.id,
    kind: t.kind,
    kindLabel: KIND_LABELS[t.kind],
    status: t.status,
    statusLabel: TERM_STATUS_LABELS[t.status],
    profile: t.profile,
    resolutionId: t.resolutionId,
    seats: t.seats,
    members: members.map((x) => ({
      personId: x.personId,
      name: names.get(x.personId) ?? '',
      standing: x.standing,
      label: memberLabel(x, t.kind),
      office: x.office,
      affiliation: x.affiliation,
      leftAt: x.leftAt,
    })),
    candidates: candidates.map((c) => {
      const o = outcomes.get(c.personId);
      return {
        personId: c.personId,
        name: names.get(c.personId) ?? '',
        outcome: o?.outcome ?? 'not_elected',
        outcomeLabel: o ? OUTCOME_LABELS[o.outcome] : '待计票',
        passed: o?.passed ?? false,
        yesHeads: o?.yesHeads ?? 0,
        yesArea: o?.yesArea ?? '0',
        rank: o?.rank ?? 0,
      };
    }),
    formed: t.decision ? t.decision.formed : null,
    decisionReason: t.decision?.reason ?? null,
    officersDueAt: t.officersDueAt,
    officerVotes,
    filing: t.filing
      ? { ...t.filing, members: t.filing.members.map((x) => ({ ...x, name: names.get(x.personId) ?? '' })) }
      : null,
    filingDueAt: t.filingDueAt,
    authorities,
    confirmations: confirmations.map((c) => ({
      round: c.round,
      authority: c.authority,
      authorityLabel: AUTHORITY_LABELS[c.authority],
      name: names.get(c.personId) ?? '',
      decision: c.decision,
      reason: c.reason,
      at: c.createdAt,
    })),
    refusedReason: t.refusedReason,
    publicisedUntil: t.publicisedUntil,
    confirmedAt: t.confirmedAt,
    createdAt: t.createdAt,
  };
}

const WHAT: Record<string, string> = {
  'committee.recorded_before_elections': '业委会为选举功能上线前录入，尚未经选举备案确认',
  'committee.election_created': '发起业主委员会选举（表决草案）',
  'committee.election_decided': '计算选举结果',
  'committee.officer_vote': '首次会议：委员推选主任、副主任',
  'committee.officers_elected': '首次会议选出主任、副主任',
  'committee.filed': '提交选举备案',
  'committee.confirmed_by': '备案机关确认备案',
  'committee.refused': '备案机关退回备案',
  'committee.in_force': '新一届生效，原有业委会角色由新名单替换',
  'committee.management_publicised': '街道办事处组建物业管理委员会，名单公示',
  'committee.member_resigned': '委员辞职',
  'role.assigned': '获得职务',
  'role.removed': '职务结束',
  'vote.approved_by_member': '委员审议通过表决草案',
  'ledger.entry.post': '委员审核批准账目入账',
  'roster.confirmed': '确认名册变更',
};

export const RECORD_ACTIONS = Object.keys(WHAT);

export interface RecordRow {
  id: string;
  actor_id: string | null;
  action: string;
  target_type: string;
  target_id: string | null;
  details: Record<string, unknown>;
  created_at: Date;
}

/** Who did what: office holders by name, owners by room only, the system as 系统. */
export async function toRecordEntries(
  m: EntityManager,
  communityId: string,
  rows: RecordRow[],
): Promise<CommitteeRecordEntryDto[]> {
  const subjectOf = (r: RecordRow) =>
    r.target_type === 'person' ? r.target_id : typeof r.details.person === 'string' ? r.details.person : null;
  const people = [
    ...rows.map((r) => r.actor_id).filter((x): x is string => !!x),
    ...rows.map(subjectOf).filter((x): x is string => !!x),
  ];
  const [names, holders, rooms] = await Promise.all([
    repo.names(m, people),
    repo.officeHolders(m, communityId, people),
    repo.rooms(m, communityId, people),
  ]);
  const show = (id: string | null, holdsOffice = false): string => {
    if (!id) return '系统';
    if (holdsOffice || holders.has(id)) return names.get(id) ?? '已注销用户';
    return rooms.has(id) ? `${rooms.get(id)}业主` : '住户';
  };
  return rows.map((r) => {
    const subject = subjectOf(r);
    return {
      id: r.id,
      action: r.action,
      what: WHAT[r.action] ?? r.action,
      // A resignation's actor and a role change's subject held an office by the very nature of the entry.
      who: show(r.actor_id, r.action === 'committee.member_resigned'),
      about: subject ? show(subject, r.action.startsWith('role.') || r.action === 'committee.member_resigned') : null,
      at: r.created_at,
    };
  });
}
