import {
  COMMITTEE,
  EVERYONE_IN_COMMUNITY as EVERYONE,
  PROPERTY,
  RESIDENTS,
  type AccessScope,
  type RoleName,
} from '../../src/common/access.js';

/**
 * The authorization matrix: one row per route of the API, checked in and reviewed like code.
 * test/security/authz-matrix.e2e-spec.ts fails when a route found at run time is missing here, when a row names a
 * route that does not exist, or when a row's scope/roles differ from the route's access declaration. It then calls
 * every route as every actor against objects of the caller's community, of another community in the same district and
 * of a community in another district, and counts every answer that lets someone in where this table says no.
 *
 * - scope/roles: the access declaration (src/common/access.ts) the guard enforces.
 * - onlyRoles: a narrower rule the handler enforces on top (e.g. only the chair may assign roles); actors outside it
 *   must not get a 2xx either.
 * - params: which object each path parameter names (created through the API for each target community), or a
 *   literal value when the parameter is not an object id (a statement period).
 * - body: a request body that passes validation, so the request reaches the service and its community scoping.
 *   `$name` values are filled in per target community (see the spec's `vars`).
 * - upload: multipart routes: the form fields and the file to send.
 */
export type ObjectKind =
  | 'binding'
  | 'file'
  | 'ledgerEntry'
  | 'ledgerQuestion'
  | 'message'
  | 'followUp'
  | 'repair'
  | 'resolution'
  | 'objection'
  | 'receipt'
  | 'role'
  | 'rosterImport';

export interface MatrixRow {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  scope: AccessScope;
  roles: RoleName[];
  onlyRoles?: RoleName[];
  params?: Record<string, ObjectKind | { literal: string }>;
  body?: Record<string, unknown>;
  upload?: { fields: Record<string, string>; file: 'pdf' | 'csv' };
  /** The sample call cannot succeed for anyone (e.g. a made-up refresh token): every 2xx is unexpected. */
  refusesAll?: string;
  /** Tables a refused call may still write by design, and why. */
  refusalMayWrite?: { tables: string[]; why: string };
  /** Why this route may list ids of other communities (checked by the foreign-id scan). */
  crossCommunity?: string;
  /** Undoes the caller (e.g. erases their account): the matrix calls it after every other route, other suites as a throwaway person. */
  runLast?: string;
  /** Why a legitimate caller sees full phone numbers of others here (checked by the exposure scan). */
  seesPhones?: { roles: RoleName[] | 'caller'; why: string };
}

const ID = { id: 'repair' } as const;
const RES = { id: 'resolution' } as const;
const ENTRY = { id: 'ledgerEntry' } as const;
const PERIOD = { key: { literal: '2025' } };
const note = { note: '矩阵测试' };
const REPAIR_PHONES = {
  roles: [...PROPERTY],
  why: '物业需要联系报修人：报修人手机号对物业全文显示（docs/repairs.md）',
} satisfies MatrixRow['seesPhones'];
const OWN_APPLICATION_PHONE = {
  roles: 'caller',
  why: '申请人看到自己填写的手机号（审核人只见打码后的号码）',
} satisfies MatrixRow['seesPhones'];
const OWN_APPLICATION = '申请人自己的绑定申请：含所申请小区和房屋的编号（申请时本人尚不是该小区成员）';
const entryBody = { kind: 'income', category: 'advertising', grossAmountYuan: '100.00', counterparty: '矩阵传媒' };
const resolutionBody = {
  title: '矩阵测试表决',
  items: [{ title: '议题一', matterType: 4 }],
  votingOpensAt: '$votingOpensAt',
};

export const ACCESS_MATRIX: MatrixRow[] = [
  { method: 'GET', path: '/healthz', scope: 'public', roles: [] },
  { method: 'GET', path: '/readyz', scope: 'public', roles: [] },
  // identity
  {
    method: 'GET',
    path: '/api/v1/auth/dev/accounts',
    scope: 'public',
    roles: [],
    crossCommunity: '开发环境的登录选择器列出演示人员；生产环境关闭（403，见 test/auth.e2e-spec.ts）',
  },
  { method: 'POST', path: '/api/v1/auth/dev/login', scope: 'public', roles: [], body: { personId: '$strangerId' } },
  {
    method: 'POST',
    path: '/api/v1/auth/refresh',
    scope: 'public',
    roles: [],
    body: { refreshToken: 'not-a-refresh-token-0000000000' },
    refusesAll: '编造的刷新令牌',
  },
  {
    method: 'POST',
    path: '/api/v1/auth/wechat/login',
    scope: 'public',
    roles: [],
    body: { code: 'matrix-code-0001' },
    refusalMayWrite: {
      tables: ['wechat_used_codes'],
      why: '登录码只能用一次：失败的尝试也把码记为已用（防重放），再次使用时锁定该行',
    },
  },
  { method: 'POST', path: '/api/v1/auth/logout', scope: 'authenticated', roles: [] },
  { method: 'GET', path: '/api/v1/me', scope: 'authenticated', roles: [] },
  { method: 'GET', path: '/api/v1/me/data', scope: 'authenticated', roles: [] },
  { method: 'GET', path: '/api/v1/me/data.json', scope: 'authenticated', roles: [] },
  {
    method: 'POST',
    path: '/api/v1/me/phone',
    scope: 'authenticated',
    roles: [],
    body: { code: 'matrix-phone-code-01' },
  },
  {
    method: 'POST',
    path: '/api/v1/me/erasure',
    scope: 'authenticated',
    roles: [],
    body: { confirm: false },
    refusesAll: '矩阵不真的注销任何人（confirm 为 false，校验拒绝，不写入）：注销本身见 test/erasure.e2e-spec.ts',
  },
  { method: 'GET', path: '/api/v1/audit', scope: 'community', roles: [...COMMITTEE, 'regulator'] },
  // district (regulators)
  { method: 'GET', path: '/api/v1/district/overview', scope: 'district', roles: ['regulator'] },
  { method: 'GET', path: '/api/v1/district/repairs/stats', scope: 'district', roles: ['regulator'] },
  // bindings and roles
  { method: 'GET', path: '/api/v1/bindings', scope: 'community', roles: [...COMMITTEE, 'property_manager'] },
  {
    method: 'POST',
    path: '/api/v1/bindings',
    scope: 'authenticated',
    roles: [],
    body: {
      building: '1幢',
      entrance: '1单元',
      room: '106',
      name: '矩阵申请人',
      phone: '13800000000',
      relation: 'tenant',
    },
    seesPhones: OWN_APPLICATION_PHONE,
    crossCommunity: OWN_APPLICATION,
  },
  {
    method: 'GET',
    path: '/api/v1/bindings/communities',
    scope: 'authenticated',
    roles: [],
    crossCommunity: '新住户按名称查找要申请加入的小区：列出小区编号、名称、地址和所属区（无个人信息）',
  },
  {
    method: 'POST',
    path: '/api/v1/bindings/documents',
    scope: 'authenticated',
    roles: [],
    upload: { fields: {}, file: 'pdf' },
    crossCommunity: OWN_APPLICATION,
  },
  {
    method: 'GET',
    path: '/api/v1/bindings/mine',
    scope: 'authenticated',
    roles: [],
    seesPhones: OWN_APPLICATION_PHONE,
    crossCommunity: OWN_APPLICATION,
  },
  {
    method: 'POST',
    path: '/api/v1/bindings/{id}/approve',
    scope: 'community',
    roles: [...COMMITTEE, 'property_manager'],
    params: { id: 'binding' },
  },
  {
    method: 'POST',
    path: '/api/v1/bindings/{id}/reject',
    scope: 'community',
    roles: [...COMMITTEE, 'property_manager'],
    params: { id: 'binding' },
    body: { reason: '信息不符' },
  },
  {
    method: 'DELETE',
    path: '/api/v1/bindings/{id}',
    scope: 'community',
    roles: [...COMMITTEE],
    params: { id: 'binding' },
    body: { reason: '已搬离' },
  },
  { method: 'GET', path: '/api/v1/roles', scope: 'community', roles: [...COMMITTEE, 'property_manager'] },
  {
    method: 'POST',
    path: '/api/v1/roles',
    scope: 'authenticated',
    roles: [],
    onlyRoles: ['committee_chair', 'platform_admin'],
    body: { phone: '13600000001', name: '新委员', role: 'committee_member' },
  },
  {
    method: 'DELETE',
    path: '/api/v1/roles/{id}',
    scope: 'authenticated',
    roles: [],
    onlyRoles: ['committee_chair', 'platform_admin'],
    params: { id: 'role' },
  },
  // roster
  {
    method: 'POST',
    path: '/api/v1/roster/imports',
    scope: 'community',
    roles: [...COMMITTEE, 'property_manager'],
    upload: { fields: {}, file: 'csv' },
  },
  {
    method: 'GET',
    path: '/api/v1/roster/imports/{id}',
    scope: 'community',
    roles: [...COMMITTEE, 'property_manager'],
    params: { id: 'rosterImport' },
  },
  {
    method: 'POST',
    path: '/api/v1/roster/imports/{id}/propose',
    scope: 'community',
    roles: [...COMMITTEE, 'property_manager'],
    params: { id: 'rosterImport' },
  },
  {
    method: 'POST',
    path: '/api/v1/roster/imports/{id}/commit',
    scope: 'community',
    roles: [...COMMITTEE, 'property_manager'],
    params: { id: 'rosterImport' },
  },
  { method: 'GET', path: '/api/v1/roster/proposals', scope: 'community', roles: [...COMMITTEE, 'property_manager'] },
  {
    method: 'POST',
    path: '/api/v1/roster/proposals/{id}/confirm',
    scope: 'community',
    roles: [...COMMITTEE],
    params: { id: 'rosterImport' },
  },
  {
    method: 'POST',
    path: '/api/v1/roster/merges',
    scope: 'community',
    roles: [...COMMITTEE, 'property_manager'],
    body: {
      keepPersonId: '00000000-0000-4000-8000-000000000001',
      mergePersonIds: ['00000000-0000-4000-8000-000000000002'],
      evidence: '矩阵测试的合并依据',
    },
    refusesAll: '矩阵中的业主记录编号不存在：合并本身见 test/roster-proposals.e2e-spec.ts',
  },
  {
    method: 'GET',
    path: '/api/v1/roster/activity',
    scope: 'community',
    roles: [...COMMITTEE, 'property_manager', 'neighbourhood_officer'],
  },
  { method: 'GET', path: '/api/v1/roster/my-changes', scope: 'authenticated', roles: [] },
  {
    method: 'POST',
    path: '/api/v1/roster/objections',
    scope: 'authenticated',
    roles: [],
    body: {
      proposalId: '00000000-0000-4000-8000-000000000003',
      unitId: '00000000-0000-4000-8000-000000000004',
      reason: '矩阵测试',
    },
    refusesAll: '矩阵中没有影响调用者的名册变更：异议本身见 test/roster-proposals.e2e-spec.ts',
  },
  {
    method: 'GET',
    path: '/api/v1/roster/objections',
    scope: 'community',
    roles: [...COMMITTEE, 'property_manager', 'neighbourhood_officer'],
  },
  {
    method: 'POST',
    path: '/api/v1/roster/objections/{id}/answer',
    scope: 'community',
    roles: [...COMMITTEE],
    params: { id: { literal: '00000000-0000-4000-8000-000000000005' } },
    body: { decision: 'dismissed', answer: '矩阵测试' },
    refusesAll: '矩阵中没有名册异议：答复本身见 test/roster-proposals.e2e-spec.ts',
  },
  { method: 'GET', path: '/api/v1/roster/export.xlsx', scope: 'community', roles: [...COMMITTEE, 'property_manager'] },
  {
    method: 'GET',
    path: '/api/v1/roster/template.xlsx',
    scope: 'community',
    roles: [...COMMITTEE, 'property_manager'],
  },
  // files
  {
    method: 'POST',
    path: '/api/v1/files',
    scope: 'community',
    roles: [...EVERYONE],
    upload: { fields: { purpose: 'ledger_attachment' }, file: 'pdf' },
  },
  {
    method: 'GET',
    path: '/api/v1/files/{id}/content',
    scope: 'community',
    roles: [...EVERYONE],
    params: { id: 'file' },
  },
  // Public: WeChat's media_check_async (or the second moderation provider) downloads the image under check without a
  // user. Bytes only with a valid HMAC signature that expires within MEDIA_URL_TTL_SECONDS, only while the check is open.
  {
    method: 'GET',
    path: '/api/v1/media-check/{id}',
    scope: 'public',
    roles: [],
    params: { id: 'file' },
    refusesAll: '没有签名（e、s）的链接不提供任何文件',
  },
  // Public: WeChat's 消息推送 servers call it without a user. Every request must be signed with the configured Token
  // (messages AES-encrypted with the EncodingAESKey); 404 when push is not configured, 403 when the signature is wrong.
  {
    method: 'GET',
    path: '/api/v1/wechat/push',
    scope: 'public',
    roles: [],
    refusesAll: '没有微信签名的地址校验（未配置时 404）',
  },
  {
    method: 'POST',
    path: '/api/v1/wechat/push',
    scope: 'public',
    roles: [],
    body: { Encrypt: 'bm90LXNpZ25lZA==' },
    refusesAll: '没有微信签名的推送（未配置时 404）',
  },
  // ledger
  { method: 'GET', path: '/api/v1/ledger/entries', scope: 'community', roles: [...EVERYONE, 'regulator'] },
  {
    method: 'POST',
    path: '/api/v1/ledger/entries',
    scope: 'community',
    roles: [...COMMITTEE, 'property_manager'],
    body: entryBody,
  },
  {
    method: 'GET',
    path: '/api/v1/ledger/entries/{id}',
    scope: 'community',
    roles: [...EVERYONE, 'regulator'],
    params: ENTRY,
  },
  {
    method: 'PUT',
    path: '/api/v1/ledger/entries/{id}',
    scope: 'community',
    roles: [...COMMITTEE, 'property_manager'],
    params: ENTRY,
    body: entryBody,
  },
  {
    method: 'POST',
    path: '/api/v1/ledger/entries/{id}/submit',
    scope: 'community',
    roles: [...COMMITTEE, 'property_manager'],
    params: ENTRY,
  },
  {
    method: 'POST',
    path: '/api/v1/ledger/entries/{id}/approve',
    scope: 'community',
    roles: [...COMMITTEE],
    params: ENTRY,
  },
  {
    method: 'POST',
    path: '/api/v1/ledger/entries/{id}/reject',
    scope: 'community',
    roles: [...COMMITTEE],
    params: ENTRY,
    body: { reason: '金额有误' },
  },
  {
    method: 'POST',
    path: '/api/v1/ledger/entries/{id}/reverse',
    scope: 'community',
    roles: [...COMMITTEE, 'property_manager'],
    params: ENTRY,
    body: { reason: '录入错误' },
  },
  { method: 'GET', path: '/api/v1/ledger/balance', scope: 'community', roles: [...EVERYONE, 'regulator'] },
  { method: 'GET', path: '/api/v1/ledger/verify', scope: 'community', roles: [...EVERYONE, 'regulator'] },
  { method: 'GET', path: '/api/v1/ledger/statements', scope: 'community', roles: [...EVERYONE, 'regulator'] },
  { method: 'GET', path: '/api/v1/ledger/publication-status', scope: 'community', roles: [...EVERYONE, 'regulator'] },
  {
    method: 'GET',
    path: '/api/v1/ledger/statements/{key}',
    scope: 'community',
    roles: [...EVERYONE, 'regulator'],
    params: PERIOD,
  },
  {
    method: 'POST',
    path: '/api/v1/ledger/statements/{key}/publish',
    scope: 'community',
    roles: [...COMMITTEE],
    params: PERIOD,
    body: { displayDays: 30 },
  },
  {
    method: 'GET',
    path: '/api/v1/ledger/statements/{key}/export.html',
    scope: 'community',
    roles: [...EVERYONE, 'regulator'],
    params: PERIOD,
  },
  {
    method: 'GET',
    path: '/api/v1/ledger/statements/{key}/export.xlsx',
    scope: 'community',
    roles: [...EVERYONE, 'regulator'],
    params: PERIOD,
  },
  {
    method: 'POST',
    path: '/api/v1/ledger/questions',
    scope: 'community',
    roles: [...RESIDENTS],
    body: { targetType: 'entry', targetRef: '$postedEntryId', body: '这笔收入的合同在哪里可以看？' },
  },
  { method: 'GET', path: '/api/v1/ledger/questions', scope: 'community', roles: [...EVERYONE, 'regulator'] },
  {
    method: 'POST',
    path: '/api/v1/ledger/questions/{id}/answer',
    scope: 'community',
    roles: [...COMMITTEE],
    params: { id: 'ledgerQuestion' },
    body: { answer: '合同在业委会办公室可查。' },
  },
  // repairs
  { method: 'GET', path: '/api/v1/repairs/categories', scope: 'community', roles: [...EVERYONE] },
  {
    method: 'PUT',
    path: '/api/v1/repairs/categories',
    scope: 'community',
    roles: ['property_manager', 'committee_chair'],
    body: {
      categories: [
        {
          code: 'water',
          name: '水',
          targets: {
            urgent: { respondMinutes: 30, resolveHours: 24 },
            normal: { respondMinutes: 240, resolveHours: 72 },
          },
        },
      ],
    },
  },
  {
    method: 'POST',
    path: '/api/v1/repairs',
    scope: 'community',
    roles: [...RESIDENTS],
    body: {
      areaKind: 'common',
      category: 'lift',
      description: '矩阵测试：电梯按钮失灵',
      location: '1幢电梯',
      urgency: 'normal',
    },
  },
  { method: 'GET', path: '/api/v1/repairs', scope: 'community', roles: [...RESIDENTS], seesPhones: REPAIR_PHONES },
  { method: 'GET', path: '/api/v1/repairs/my-units', scope: 'community', roles: [...RESIDENTS] },
  { method: 'GET', path: '/api/v1/repairs/board', scope: 'community', roles: [...EVERYONE], seesPhones: REPAIR_PHONES },
  {
    method: 'GET',
    path: '/api/v1/repairs/queue',
    scope: 'community',
    roles: [...COMMITTEE, ...PROPERTY],
    seesPhones: REPAIR_PHONES,
  },
  {
    method: 'GET',
    path: '/api/v1/repairs/staff',
    scope: 'community',
    roles: ['property_manager'],
    seesPhones: { roles: ['property_manager'], why: '物业经理派单时看到本公司维修工的手机号' },
  },
  { method: 'GET', path: '/api/v1/repairs/stats', scope: 'community', roles: [...EVERYONE, 'regulator'] },
  {
    method: 'GET',
    path: '/api/v1/repairs/follow-ups',
    scope: 'community',
    roles: [...COMMITTEE, ...PROPERTY],
    seesPhones: REPAIR_PHONES,
  },
  {
    method: 'POST',
    path: '/api/v1/repairs/follow-ups/{id}/done',
    scope: 'community',
    roles: [...PROPERTY],
    params: { id: 'followUp' },
    body: { note: '已回访，业主表示满意' },
  },
  {
    method: 'GET',
    path: '/api/v1/repairs/{id}',
    scope: 'community',
    roles: [...EVERYONE],
    params: ID,
    seesPhones: REPAIR_PHONES,
  },
  {
    method: 'POST',
    path: '/api/v1/repairs/{id}/me-too',
    scope: 'community',
    roles: [...RESIDENTS],
    params: ID,
    seesPhones: REPAIR_PHONES,
  },
  {
    method: 'POST',
    path: '/api/v1/repairs/{id}/rating',
    scope: 'community',
    roles: [...RESIDENTS],
    params: ID,
    body: { score: 5 },
    seesPhones: REPAIR_PHONES,
  },
  {
    method: 'POST',
    path: '/api/v1/repairs/{id}/assign',
    scope: 'community',
    roles: ['property_manager'],
    params: ID,
    body: { assigneeId: '$staffId' },
    seesPhones: REPAIR_PHONES,
  },
  {
    method: 'POST',
    path: '/api/v1/repairs/{id}/take',
    scope: 'community',
    roles: ['property_staff'],
    params: ID,
    body: note,
    seesPhones: REPAIR_PHONES,
  },
  {
    method: 'POST',
    path: '/api/v1/repairs/{id}/start',
    scope: 'community',
    roles: [...PROPERTY],
    params: ID,
    body: note,
    seesPhones: REPAIR_PHONES,
  },
  {
    method: 'POST',
    path: '/api/v1/repairs/{id}/notes',
    scope: 'community',
    roles: [...RESIDENTS, ...PROPERTY],
    params: ID,
    body: note,
    seesPhones: REPAIR_PHONES,
  },
  {
    method: 'POST',
    path: '/api/v1/repairs/{id}/quote',
    scope: 'community',
    roles: [...PROPERTY],
    params: ID,
    body: { amountFen: '5000' },
    seesPhones: REPAIR_PHONES,
  },
  {
    method: 'POST',
    path: '/api/v1/repairs/{id}/accept-quote',
    scope: 'community',
    roles: [...RESIDENTS],
    params: ID,
    body: note,
    seesPhones: REPAIR_PHONES,
  },
  {
    method: 'POST',
    path: '/api/v1/repairs/{id}/reject-quote',
    scope: 'community',
    roles: [...RESIDENTS],
    params: ID,
    body: note,
    seesPhones: REPAIR_PHONES,
  },
  {
    method: 'POST',
    path: '/api/v1/repairs/{id}/complete',
    scope: 'community',
    roles: [...PROPERTY],
    params: ID,
    body: note,
    seesPhones: REPAIR_PHONES,
  },
  {
    method: 'POST',
    path: '/api/v1/repairs/{id}/confirm',
    scope: 'community',
    roles: [...RESIDENTS],
    params: ID,
    body: note,
    seesPhones: REPAIR_PHONES,
  },
  {
    method: 'POST',
    path: '/api/v1/repairs/{id}/reopen',
    scope: 'community',
    roles: [...RESIDENTS],
    params: ID,
    body: note,
    seesPhones: REPAIR_PHONES,
  },
  {
    method: 'POST',
    path: '/api/v1/repairs/{id}/decline',
    scope: 'community',
    roles: ['property_manager'],
    params: ID,
    body: { reason: 'other', note: '不属于物业维修范围' },
    seesPhones: REPAIR_PHONES,
  },
  {
    method: 'POST',
    path: '/api/v1/repairs/{id}/cancel',
    scope: 'community',
    roles: [...RESIDENTS, 'property_manager'],
    params: ID,
    body: note,
    seesPhones: REPAIR_PHONES,
  },
  { method: 'GET', path: '/api/v1/messages', scope: 'community', roles: [...EVERYONE] },
  {
    method: 'POST',
    path: '/api/v1/messages/{id}/read',
    scope: 'community',
    roles: [...EVERYONE],
    params: { id: 'message' },
  },
  // owners' votes
  { method: 'GET', path: '/api/v1/resolutions', scope: 'community', roles: [...EVERYONE] },
  { method: 'GET', path: '/api/v1/resolutions/buildings', scope: 'community', roles: [...COMMITTEE] },
  { method: 'POST', path: '/api/v1/resolutions', scope: 'community', roles: [...COMMITTEE], body: resolutionBody },
  { method: 'GET', path: '/api/v1/resolutions/{id}', scope: 'community', roles: [...EVERYONE], params: RES },
  {
    method: 'PUT',
    path: '/api/v1/resolutions/{id}',
    scope: 'community',
    roles: [...COMMITTEE],
    params: RES,
    body: resolutionBody,
  },
  { method: 'POST', path: '/api/v1/resolutions/{id}/approve', scope: 'community', roles: [...COMMITTEE], params: RES },
  {
    method: 'POST',
    path: '/api/v1/resolutions/{id}/publish-notice',
    scope: 'community',
    roles: [...COMMITTEE],
    params: RES,
    body: {},
  },
  {
    method: 'POST',
    path: '/api/v1/resolutions/{id}/extend',
    scope: 'community',
    roles: [...COMMITTEE],
    params: RES,
    body: { days: 3 },
  },
  {
    method: 'POST',
    path: '/api/v1/resolutions/{id}/ballots',
    // Any signed-in person of the community in X-Community-Id; the frozen electorate decides (a seller of a unit
    // during the vote has no role any more but still casts the frozen head: docs/votes.md "Who casts a head online").
    scope: 'authenticated',
    roles: [],
    onlyRoles: ['owner'],
    params: RES,
    body: { choices: [{ itemId: '$itemId', choice: 'yes' }], confirm: true },
  },
  {
    method: 'POST',
    path: '/api/v1/designated-voter-changes',
    scope: 'community',
    roles: ['owner'],
    body: { unitId: '$unitId' },
  },
  {
    method: 'POST',
    path: '/api/v1/designated-voter-changes/{id}/consent',
    scope: 'community',
    roles: ['owner'],
    params: { id: { literal: '00000000-0000-4000-8000-000000000000' } },
    refusesAll: '没有这份更换指定投票人的申请（404）',
  },
  {
    method: 'POST',
    path: '/api/v1/resolutions/{id}/paper-ballots',
    scope: 'community',
    roles: [...COMMITTEE],
    params: RES,
    body: {
      unitId: '$unitId',
      channel: 'paper',
      choices: [{ itemId: '$itemId', choice: 'yes' }],
      scanFileId: '$fileId',
      witnessName: '见证人',
      confirm: true,
    },
  },
  {
    method: 'GET',
    path: '/api/v1/resolutions/{id}/paper-ballots',
    scope: 'community',
    roles: [...COMMITTEE],
    params: RES,
  },
  {
    method: 'GET',
    path: '/api/v1/resolutions/{id}/paper-ballots/{ballotId}/scan',
    scope: 'community',
    roles: [...COMMITTEE],
    params: { id: 'resolution', ballotId: { literal: '00000000-0000-4000-8000-000000000000' } },
    refusesAll: '矩阵中没有这张纸质票（404）：打开与确认见 test/votes-paper-dual-control.e2e-spec.ts',
  },
  {
    method: 'POST',
    path: '/api/v1/resolutions/{id}/paper-ballots/{ballotId}/confirm',
    scope: 'community',
    roles: [...COMMITTEE],
    params: { id: 'resolution', ballotId: { literal: '00000000-0000-4000-8000-000000000000' } },
    body: { matchesScan: true },
    refusesAll: '矩阵中没有这张纸质票（404）：确认见 test/votes-paper-dual-control.e2e-spec.ts',
  },
  {
    method: 'GET',
    path: '/api/v1/resolutions/{id}/my-ballots',
    // Like casting: any signed-in person; the frozen electorate decides which ballots are theirs (none for others).
    scope: 'authenticated',
    roles: [],
    params: RES,
  },
  {
    method: 'POST',
    path: '/api/v1/resolutions/{id}/my-ballots/{ballotId}/dispute',
    scope: 'authenticated',
    roles: [],
    params: { id: 'resolution', ballotId: { literal: '00000000-0000-4000-8000-000000000000' } },
    body: { reason: '不是我投的票' },
    refusesAll: '矩阵中没有调用者的纸质票（404）：异议见 test/votes-paper-dual-control.e2e-spec.ts',
  },
  {
    method: 'GET',
    path: '/api/v1/resolutions/{id}/ballot-units',
    scope: 'community',
    roles: [...COMMITTEE],
    params: RES,
  },
  { method: 'GET', path: '/api/v1/resolutions/{id}/turnout', scope: 'community', roles: [...EVERYONE], params: RES },
  { method: 'GET', path: '/api/v1/resolutions/{id}/result', scope: 'community', roles: [...EVERYONE], params: RES },
  {
    method: 'GET',
    path: '/api/v1/resolutions/{id}/participation',
    scope: 'community',
    roles: [...EVERYONE],
    params: RES,
  },
  {
    method: 'GET',
    path: '/api/v1/resolutions/{id}/receipts/{code}',
    scope: 'community',
    roles: [...EVERYONE],
    params: { id: 'resolution', code: 'receipt' },
  },
  { method: 'GET', path: '/api/v1/resolutions/{id}/verify', scope: 'community', roles: [...EVERYONE], params: RES },
  { method: 'GET', path: '/api/v1/resolutions/{id}/objections', scope: 'community', roles: [...EVERYONE], params: RES },
  {
    method: 'POST',
    path: '/api/v1/resolutions/{id}/objections',
    scope: 'community',
    roles: ['owner'],
    params: RES,
    body: { reasons: '表决程序不符合规定' },
  },
  {
    method: 'POST',
    path: '/api/v1/resolutions/{id}/objections/{objectionId}/answer',
    scope: 'community',
    roles: [...COMMITTEE],
    params: { id: 'resolution', objectionId: 'objection' },
    body: { answer: '已核实。' },
  },
  {
    method: 'POST',
    path: '/api/v1/resolutions/{id}/official-result',
    scope: 'community',
    roles: [...COMMITTEE],
    params: RES,
    body: { totalArea: '630.00', totalHeads: '5', items: [], noticeFileId: '$fileId' },
  },
  {
    method: 'GET',
    path: '/api/v1/resolutions/{id}/export.html',
    scope: 'community',
    roles: [...EVERYONE],
    params: RES,
  },
  { method: 'GET', path: '/api/v1/resolutions/{id}/tally.xlsx', scope: 'community', roles: [...EVERYONE], params: RES },
];
