/**
 * The 物业管理委员会 (Hangzhou Arts. 38–39; Beijing Art. 8): where no owners' committee can be elected, the
 * subdistrict office forms one. Members: one representative each of the subdistrict office, the neighbourhood
 * committee and (until the owners' assembly exists) the developer, plus owner representatives; 7–11 members, an odd
 * number, owners at least half. The list is publicised at least 7 days before it is confirmed; its chair is the
 * subdistrict's representative. It acts as the committee until an elected committee's filing is confirmed.
 */
export const MANAGEMENT_AFFILIATIONS = ['subdistrict', 'neighbourhood', 'developer', 'owner'] as const;
export type ManagementAffiliation = (typeof MANAGEMENT_AFFILIATIONS)[number];

export const MANAGEMENT_AFFILIATION_LABELS: Readonly<Record<ManagementAffiliation, string>> = Object.freeze({
  subdistrict: '街道办事处代表',
  neighbourhood: '居民委员会代表',
  developer: '建设单位代表',
  owner: '业主代表',
});

export const MANAGEMENT_MIN_MEMBERS = 7;
export const MANAGEMENT_MAX_MEMBERS = 11;
export const MANAGEMENT_PUBLICITY_DAYS = 7;

export function isManagementAffiliation(v: unknown): v is ManagementAffiliation {
  return typeof v === 'string' && (MANAGEMENT_AFFILIATIONS as readonly string[]).includes(v);
}

/** Why a proposed membership breaks the rules, or null when it is lawful. */
export function managementCompositionProblem(affiliations: readonly ManagementAffiliation[]): string | null {
  const n = affiliations.length;
  if (n < MANAGEMENT_MIN_MEMBERS || n > MANAGEMENT_MAX_MEMBERS || n % 2 === 0)
    return `物业管理委员会成员须为 ${MANAGEMENT_MIN_MEMBERS}–${MANAGEMENT_MAX_MEMBERS} 人的单数（现为 ${n} 人）`;
  const count = (a: ManagementAffiliation) => affiliations.filter((x) => x === a).length;
  if (count('subdistrict') !== 1) return '须有且只有一名街道办事处代表（担任主任）';
  if (count('neighbourhood') !== 1) return '须有且只有一名居民委员会代表';
  if (count('developer') > 1) return '建设单位最多指派一名代表';
  if (count('owner') * 2 < n) return `业主代表不得少于成员总数的一半（现为 ${count('owner')} / ${n}）`;
  return null;
}
