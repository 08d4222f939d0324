/**
 * Reach in households (domain-rules.md §11): counted against the roster's units and their area, never in accounts.
 * Per-building counts follow the small-group rule: a group of fewer than SMALL_GROUP_MIN households is not shown
 * (its reads would point at a family).
 */
export const SMALL_GROUP_MIN = 5;

export interface ReachCounts {
  households: number;
  read: number;
  acknowledged: number;
  /** Areas in hundredths of m² (integers, as the roster keeps them). */
  areaHundredths: bigint;
  readAreaHundredths: bigint;
}

/** Whole percent, rounded down (65.9 → 65: never claims more reach than there is); 0 of 0 is 0. */
export function percent(part: bigint | number, whole: bigint | number): number {
  const p = BigInt(part);
  const w = BigInt(whole);
  return w === 0n ? 0 : Number((p * 100n) / w);
}

/** 「已读 312 / 480 户（65%，面积 68%）」 */
export function reachText(c: ReachCounts): string {
  return `已读 ${c.read} / ${c.households} 户（${percent(c.read, c.households)}%，面积 ${percent(c.readAreaHundredths, c.areaHundredths)}%）`;
}

/** Whether a group's counts may be shown (the small-group rule). */
export function showGroup(households: number): boolean {
  return households >= SMALL_GROUP_MIN;
}
