import { ROLE_LABELS, isRole } from '@gongzhi/domain';

/** What each role can do from the home page. Entries whose page does not exist yet open the 「即将上线」 page. */
export type RoleGroup = 'resident' | 'property' | 'committee' | 'regulator';

export interface HomeEntry {
  key: string;
  label: string;
  hint: string;
  /** A page that exists; absent → placeholder. */
  url?: string;
  /** Only for these roles within the group (e.g. the property manager, not the staff). */
  roles?: string[];
}

const BINDING_APPROVALS: HomeEntry = {
  key: 'binding-approvals',
  label: '房屋审核',
  hint: '住户绑定申请',
  url: '/sub/identity/approvals/index',
  roles: ['committee_member', 'committee_chair', 'property_manager'],
};
const ROSTER: HomeEntry = {
  key: 'roster',
  label: '业主名册',
  hint: '变更提议、确认和异议',
  url: '/sub/identity/roster/index',
  roles: ['committee_member', 'committee_chair', 'property_manager'],
};
/** For everyone signed in, after the role entries. */
export const BIND_UNIT: HomeEntry = {
  key: 'bind-unit',
  label: '绑定房屋',
  hint: '我的房屋和申请',
  url: '/sub/identity/units/index',
};
export const MY_DATA: HomeEntry = {
  key: 'my-data',
  label: '我的数据',
  hint: '查看和导出',
  url: '/sub/identity/my-data/index',
};

const ENTRIES: Record<RoleGroup, HomeEntry[]> = {
  resident: [
    { key: 'repair', label: '报修', hint: '家里或楼里坏了', url: '/sub/repairs/report' },
    { key: 'my-tickets', label: '我的工单', hint: '查看报修进度', url: '/sub/repairs/mine' },
    { key: 'votes', label: '业主表决', hint: '参与投票', url: '/sub/votes/index' },
    { key: 'income', label: '公共收益', hint: '收支明细', url: '/sub/ledger/index' },
    { key: 'notices', label: '通知', hint: '小区公告' },
    BIND_UNIT,
  ],
  property: [
    { key: 'ticket-queue', label: '工单队列', hint: '待处理的报修', url: '/sub/repairs/queue' },
    { key: 'ledger', label: '公共收益台账', hint: '记账和草稿', url: '/sub/ledger/index', roles: ['property_manager'] },
    BINDING_APPROVALS,
    ROSTER,
  ],
  committee: [
    { key: 'approvals', label: '审批', hint: '待委员会决定' },
    { key: 'vote-admin', label: '表决管理', hint: '发起和计票', url: '/sub/votes/index' },
    { key: 'repair-stats', label: '报修统计', hint: '响应、返工、满意度', url: '/sub/repairs/stats' },
    { key: 'ledger-approval', label: '台账审批', hint: '公共收益入账', url: '/sub/ledger/approvals' },
    BINDING_APPROVALS,
    ROSTER,
  ],
  regulator: [{ key: 'district', label: '辖区概览', hint: '需关注、排名、导出', url: '/sub/district/index' }],
};

/** Role names as the API sends them (apps/api common/access.ts RoleName). */
export function groupOf(role: string): RoleGroup | undefined {
  switch (role) {
    case 'resident':
    case 'owner':
      return 'resident';
    case 'property_manager':
    case 'property_staff':
      return 'property';
    case 'committee_member':
    case 'committee_chair':
      return 'committee';
    case 'regulator':
      return 'regulator';
    default:
      return undefined;
  }
}

/** Role names in Chinese (ROLE_LABELS of @gongzhi/domain); an unknown name from a newer server is shown as sent. */
export function roleLabel(role: string): string {
  return isRole(role) ? ROLE_LABELS[role] : role;
}

/** The entries for a person's roles, in a stable order, without duplicates. */
export function entriesFor(roles: readonly string[]): HomeEntry[] {
  const groups = new Set(roles.map(groupOf).filter((g): g is RoleGroup => g !== undefined));
  const order: RoleGroup[] = ['resident', 'property', 'committee', 'regulator'];
  const seen = new Set<string>();
  return [...order.filter((g) => groups.has(g)).flatMap((g) => ENTRIES[g]), BIND_UNIT, MY_DATA].filter((e) => {
    if (seen.has(e.key) || (e.roles && !e.roles.some((r) => roles.includes(r)))) return false;
    seen.add(e.key);
    return true;
  });
}
