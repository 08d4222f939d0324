import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { COMMITTEE, type RoleName } from '../../common/access.js';
import { communityOf, type Actor } from '../../common/current-user.js';
import { InboxService } from '../inbox/inbox.service.js';

/** One kind of pending action of the caller, with how many and the page that handles it. */
export interface Todo {
  kind: string;
  title: string;
  count: number;
  page: string;
}

interface TodoRule {
  kind: string;
  title: string;
  page: string;
  /** Who has this to do (any of these roles in the active community). */
  roles: readonly RoleName[];
  /** The count: $1 community, $2 the caller. */
  sql: string;
}

const LIVE_LINK = `NOT EXISTS (SELECT 1 FROM owner_link_revocations x WHERE x.link_id = l.id)`;

/**
 * 「待我处理」: each rule names who has it (roles) and how it is counted, in one list. Only kinds with something
 * pending are answered; the home page shows them and the badges.
 */
export const TODO_RULES: readonly TodoRule[] = [
  {
    kind: 'vote.cast',
    title: '待投票的表决',
    page: '/sub/votes/index',
    roles: ['owner'],
    sql: `SELECT count(DISTINCT v.resolution_id)::int AS n FROM electorate_voters v
            JOIN resolutions r ON r.id = v.resolution_id AND r.community_id = $1 AND r.status = 'open'
            LEFT JOIN owner_links l ON l.roster_person_id = v.cast_by AND ${LIVE_LINK}
           WHERE COALESCE(l.person_id, v.cast_by) = $2
             AND NOT EXISTS (SELECT 1 FROM ballots b WHERE b.resolution_id = v.resolution_id AND b.voter_key = v.voter_key)`,
  },
  {
    kind: 'repair.confirm',
    title: '待确认修好的报修',
    page: '/sub/repairs/mine',
    roles: ['resident', 'owner'],
    sql: `SELECT count(*)::int AS n FROM repair_tickets WHERE community_id = $1 AND reporter_id = $2 AND status = 'done'`,
  },
  {
    kind: 'repair.quote',
    title: '待您同意报价的报修',
    page: '/sub/repairs/mine',
    roles: ['resident', 'owner'],
    sql: `SELECT count(*)::int AS n FROM repair_tickets
           WHERE community_id = $1 AND reporter_id = $2 AND status = 'awaiting_quote_acceptance'`,
  },
  {
    kind: 'repair.dispatch',
    title: '待派单的报修',
    page: '/sub/repairs/queue',
    roles: ['property_manager'],
    sql: `SELECT count(*)::int AS n FROM repair_tickets WHERE community_id = $1 AND status = 'submitted' AND $2::uuid IS NOT NULL`,
  },
  {
    kind: 'binding.review',
    title: '待审核的房屋绑定',
    page: '/sub/identity/approvals/index',
    roles: COMMITTEE,
    sql: `SELECT count(*)::int AS n FROM residencies r WHERE r.community_id = $1 AND r.status = 'pending'
             AND NOT EXISTS (SELECT 1 FROM binding_approvals a WHERE a.residency_id = r.id AND a.person_id = $2)`,
  },
  {
    kind: 'binding.review_tenant',
    title: '待审核的租户绑定',
    page: '/sub/identity/approvals/index',
    roles: ['property_manager'],
    sql: `SELECT count(*)::int AS n FROM residencies r
           WHERE r.community_id = $1 AND r.status = 'pending' AND r.relation <> 'owner' AND $2::uuid IS NOT NULL`,
  },
  {
    kind: 'roster.confirm',
    title: '待确认的名册变更',
    page: '/sub/identity/roster/index',
    roles: COMMITTEE,
    sql: `SELECT count(*)::int AS n FROM roster_imports i WHERE i.community_id = $1 AND i.status = 'proposed'
             AND i.proposed_by IS DISTINCT FROM $2
             AND NOT EXISTS (SELECT 1 FROM roster_confirmations c WHERE c.import_id = i.id AND c.person_id = $2)`,
  },
  {
    kind: 'roster.objection',
    title: '待答复的名册异议',
    page: '/sub/identity/roster/index',
    roles: COMMITTEE,
    sql: `SELECT count(*)::int AS n FROM roster_objections WHERE community_id = $1 AND status = 'open' AND $2::uuid IS NOT NULL`,
  },
  {
    kind: 'vote.approve',
    title: '待审议的表决草案',
    page: '/sub/votes/index',
    roles: COMMITTEE,
    sql: `SELECT count(*)::int AS n FROM resolutions r WHERE r.community_id = $1 AND r.status = 'draft'
             AND NOT EXISTS (SELECT 1 FROM resolution_approvals a
                              WHERE a.resolution_id = r.id AND a.revision = r.revision AND a.person_id = $2)`,
  },
  {
    kind: 'ledger.question',
    title: '待答复的公共收益质询',
    page: '/sub/ledger/index',
    roles: COMMITTEE,
    sql: `SELECT count(*)::int AS n FROM ledger_questions WHERE community_id = $1 AND answered_at IS NULL AND $2::uuid IS NOT NULL`,
  },
];

@Injectable()
export class TodosService {
  constructor(
    private readonly ds: DataSource,
    private readonly inbox: InboxService,
  ) {}

  /** The caller's pending actions in the active community, and the unread messages (the 「消息」 badge). */
  async mine(actor: Actor): Promise<{ items: Todo[]; total: number; unreadMessages: number }> {
    const communityId = communityOf(actor);
    const items: Todo[] = [];
    for (const rule of TODO_RULES) {
      if (!rule.roles.some((r) => actor.roles.includes(r))) continue;
      const [row]: Array<{ n: number }> = await this.ds.query(rule.sql, [communityId, actor.personId]);
      if (row && row.n > 0) items.push({ kind: rule.kind, title: rule.title, count: row.n, page: rule.page });
    }
    const unreadMessages = await this.inbox.unreadCount(communityId, actor.personId);
    return { items, total: items.reduce((s, i) => s + i.count, 0), unreadMessages };
  }
}
