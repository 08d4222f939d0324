import { ROLE_LABELS, isRole } from '@gongzhi/domain/client';

/** What each role can do from the home page. Every entry opens a working page: no placeholder (a WeChat review rejects them). */
export type RoleGroup = 'resident' | 'property' | 'committee' | 'subdistrict' | 'regulator';

export interface HomeEntry {
  key: string;
  label: string;
  hint: string;
  /** The page it opens (it must exist: app.config.ts). */
  url: string;
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
const NOTICES_ADMIN: HomeEntry = {
  key: 'notices-admin',
  label: '发布通知',
  hint: '通知、张贴、到达情况',
  url: '/sub/notices/index',
};
const COMMITTEE_PAGE: HomeEntry = {
  key: 'committee',
  label: '业委会',
  hint: '选举、备案和履职记录',
  url: '/sub/committee/index',
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
    { key: 'supervision', label: '物业服务监督', hint: '服务清单、检查、问卷、投诉', url: '/sub/supervision/index' },
    { key: 'notices', label: '通知公告', hint: '小区通知，看过请点知晓', url: '/sub/notices/index' },
    COMMITTEE_PAGE,
    BIND_UNIT,
  ],
  property: [
    { key: 'ticket-queue', label: '工单队列', hint: '待处理的报修', url: '/sub/repairs/queue' },
    { key: 'ledger', label: '公共收益台账', hint: '记账和草稿', url: '/sub/ledger/index', roles: ['property_manager'] },
    NOTICES_ADMIN,
    BINDING_APPROVALS,
    ROSTER,
  ],
  committee: [
    { key: 'vote-admin', label: '表决管理', hint: '发起和计票', url: '/sub/votes/index' },
    { key: 'repair-stats', label: '报修统计', hint: '响应、返工、满意度', url: '/sub/repairs/stats' },
    { key: 'ledger-approval', label: '台账审批', hint: '公共收益入账', url: '/sub/ledger/approvals' },
    NOTICES_ADMIN,
    BINDING_APPROVALS,
    ROSTER,
    COMMITTEE_PAGE,
  ],
  subdistrict: [
    { ...COMMITTEE_PAGE, hint: '物业管理委员会、选举备案确认' },
    { ...ROSTER, roles: undefined, hint: '首次名册确认' },
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
    case 'subdistrict_officer':
      return 'subdistrict';
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
  const order: RoleGroup[] = ['resident', 'property', 'committee', 'subdistrict', 'regulator'];
  const seen = new Set<string>();
  return [...order.filter((g) => groups.has(g)).flatMap((g) => ENTRIES[g]), BIND_UNIT, MY_DATA].filter((e) => {
    if (seen.has(e.key) || (e.roles && !e.roles.some((r) => roles.includes(r)))) return false;
    seen.add(e.key);
    return true;
  });
}
