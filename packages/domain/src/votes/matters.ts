/** Matter types of Civil Code Art. 278 ¶1 (domain-rules.md §2). 6, 7 and 8 are major matters (R2). */
export const MATTER_TYPES = [1, 2, 3, 4, 5, 6, 7, 8, 9] as const;
export type MatterType = (typeof MATTER_TYPES)[number];

export const MATTER_LABELS: Readonly<Record<MatterType, string>> = Object.freeze({
  1: '制定和修改业主大会议事规则',
  2: '制定和修改管理规约',
  3: '选举业主委员会或者更换业主委员会成员',
  4: '选聘和解聘物业服务企业或者其他管理人',
  5: '使用建筑物及其附属设施的维修资金',
  6: '筹集建筑物及其附属设施的维修资金',
  7: '改建、重建建筑物及其附属设施',
  8: '改变共有部分的用途或者利用共有部分从事经营活动',
  9: '有关共有和共同管理权利的其他重大事项',
});

export function isMatterType(value: unknown): value is MatterType {
  return typeof value === 'number' && (MATTER_TYPES as readonly number[]).includes(value);
}

/** Major matters (6 raise the fund, 7 rebuild, 8 change use of common parts) need ¾ of participants (R2). */
export function isMajorMatter(matterType: MatterType): boolean {
  return matterType === 6 || matterType === 7 || matterType === 8;
}
