/**
 * Small-group privacy (issue 15, domain-rules §10/§11): the one rule for what an aggregate may show per group
 * (building). A group is shown on its own only when it has at least MIN_GROUP_HEADS heads in scope; smaller groups
 * are merged into one 「其他楼栋」 group, which is itself left out when it too has fewer. In a building of three flats a
 * live turnout of "2 of 3" says who voted. Used by vote turnout now, by notices and surveys later.
 */
export const MIN_GROUP_HEADS = 5;
export const OTHER_GROUPS_NAME = '其他楼栋';

export function discloseGroups<G extends { heads: number }>(
  groups: readonly G[],
  merge: (small: readonly G[]) => G,
  min: number = MIN_GROUP_HEADS,
): G[] {
  const shown = groups.filter((g) => g.heads >= min);
  const small = groups.filter((g) => g.heads < min);
  if (small.length === 0) return shown;
  const other = merge(small);
  return other.heads >= min ? [...shown, other] : shown;
}
