/** What each role can do from the home page. Entries whose page does not exist yet open the 「即将上线」 page. */
export type RoleGroup = 'resident' | 'property' | 'committee' | 'regulator';

export interface HomeEntry {
  key: string;
  label: string;
  hint: string;
  /** A page that exists; absent → placeholder. */
  url?: string;
}

const ENTRIES: Record<RoleGroup, HomeEntry[]> = {
  resident: [
    { key: 'repair', label: '报修', hint: '家里或楼里坏了' },
    { key: 'my-tickets', label: '我的工单', hint: '查看报修进度' },
    { key: 'votes', label: '业主表决', hint: '参与投票' },
    { key: 'income', label: '公共收益', hint: '收支明细' },
    { key: 'notices', label: '通知', hint: '小区公告' },
    { key: 'bind-unit', label: '绑定房屋', hint: '认证业主身份' },
  ],
  property: [{ key: 'ticket-queue', label: '工单队列', hint: '待处理的报修' }],
  committee: [
    { key: 'approvals', label: '审批', hint: '待委员会决定' },
    { key: 'vote-admin', label: '表决管理', hint: '发起和计票' },
    { key: 'ledger-approval', label: '台账审批', hint: '公共收益入账' },
  ],
  regulator: [{ key: 'district', label: '辖区概览', hint: '各小区情况' }],
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

export const ROLE_LABELS: Record<string, string> = {
  resident: '住户',
  owner: '业主',
  committee_member: '业委会委员',
  committee_chair: '业委会主任',
  property_manager: '物业经理',
  property_staff: '物业人员',
  neighbourhood_officer: '社区工作人员',
  regulator: '监管部门',
  platform_admin: '平台管理员',
};

export function roleLabel(role: string): string {
  return ROLE_LABELS[role] ?? role;
}

/** The entries for a person's roles, in a stable order, without duplicates. */
export function entriesFor(roles: readonly string[]): HomeEntry[] {
  const groups = new Set(roles.map(groupOf).filter((g): g is RoleGroup => g !== undefined));
  const order: RoleGroup[] = ['resident', 'property', 'committee', 'regulator'];
  return order.filter((g) => groups.has(g)).flatMap((g) => ENTRIES[g]);
}
