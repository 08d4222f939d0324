/** Roles of the platform, their Chinese labels and the scope each is granted in. */
export const ROLES = [
  'resident',
  'owner',
  'committee_member',
  'committee_chair',
  'property_manager',
  'property_staff',
  'neighbourhood_officer',
  'subdistrict_officer',
  'regulator',
  'platform_admin',
] as const;
export type Role = (typeof ROLES)[number];

/**
 * community: granted within one community (小区); subdistrict: the officer of a subdistrict office (街道办事处), who
 * acts in every community of that subdistrict (committee filings, the first roster, the 物业管理委员会); district: oversees many communities of a
 * district or neighbourhood area; platform: operates the platform itself.
 */
export type RoleScope = 'community' | 'subdistrict' | 'district' | 'platform';

export const ROLE_LABELS: Readonly<Record<Role, string>> = Object.freeze({
  resident: '住户',
  owner: '业主',
  committee_member: '业委会委员',
  committee_chair: '业委会主任',
  property_manager: '物业经理',
  property_staff: '物业工作人员',
  neighbourhood_officer: '社区居委会工作人员',
  subdistrict_officer: '街道办事处工作人员',
  regulator: '区住建局监管人员',
  platform_admin: '平台管理员',
});

const ROLE_SCOPES: Readonly<Record<Role, RoleScope>> = Object.freeze({
  resident: 'community',
  owner: 'community',
  committee_member: 'community',
  committee_chair: 'community',
  property_manager: 'community',
  property_staff: 'community',
  // Issue 3: the neighbourhood officer (社区) is assigned per community, like the committee and property roles.
  neighbourhood_officer: 'community',
  subdistrict_officer: 'subdistrict',
  regulator: 'district',
  platform_admin: 'platform',
});

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

export function roleScope(role: Role): RoleScope {
  return ROLE_SCOPES[role];
}

export function isCommunityScoped(role: Role): boolean {
  return ROLE_SCOPES[role] === 'community';
}

export function isDistrictScoped(role: Role): boolean {
  return ROLE_SCOPES[role] === 'district';
}
