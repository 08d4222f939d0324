import { ROLES, ROLE_LABELS, isCommunityScoped, isDistrictScoped, isRole, roleScope } from './roles.js';

describe('roles', () => {
  it('lists the ten roles, each with a Chinese label', () => {
    expect(ROLES).toHaveLength(10);
    for (const r of ROLES) expect(ROLE_LABELS[r]).toMatch(/^[\u4e00-\u9fff]+$/);
    expect(ROLE_LABELS.committee_chair).toBe('业委会主任');
    expect(ROLE_LABELS.owner).toBe('业主');
  });

  it('scopes committee, property and neighbourhood-office roles to a community, regulators to a district', () => {
    expect(ROLES.filter(isCommunityScoped)).toEqual([
      'resident',
      'owner',
      'committee_member',
      'committee_chair',
      'property_manager',
      'property_staff',
      'neighbourhood_officer',
    ]);
    expect(ROLES.filter(isDistrictScoped)).toEqual(['regulator']);
    expect(roleScope('subdistrict_officer')).toBe('subdistrict');
    expect(roleScope('platform_admin')).toBe('platform');
  });

  it('recognises role names and nothing else', () => {
    expect(isRole('regulator')).toBe(true);
    expect(isRole('admin')).toBe(false);
    expect(isRole(undefined)).toBe(false);
  });
});
