import { discloseGroups, MIN_GROUP_HEADS, OTHER_GROUPS_NAME } from './small-groups.js';

type G = { name: string; heads: number; voted: number };
const merge = (small: readonly G[]): G => ({
  name: OTHER_GROUPS_NAME,
  heads: small.reduce((s, g) => s + g.heads, 0),
  voted: small.reduce((s, g) => s + g.voted, 0),
});

describe('discloseGroups (small-group privacy)', () => {
  it('shows groups of at least 5 heads as they are', () => {
    const groups = [
      { name: '1幢', heads: 5, voted: 2 },
      { name: '2幢', heads: 40, voted: 10 },
    ];
    expect(discloseGroups(groups, merge)).toEqual(groups);
    expect(MIN_GROUP_HEADS).toBe(5);
  });

  it('merges smaller groups into 其他楼栋 when together they reach 5', () => {
    const out = discloseGroups(
      [
        { name: '1幢', heads: 30, voted: 9 },
        { name: '2幢', heads: 3, voted: 2 },
        { name: '3幢', heads: 2, voted: 0 },
      ],
      merge,
    );
    expect(out).toEqual([
      { name: '1幢', heads: 30, voted: 9 },
      { name: '其他楼栋', heads: 5, voted: 2 },
    ]);
  });

  it('leaves out 其他楼栋 itself when it has fewer than 5 heads', () => {
    const out = discloseGroups(
      [
        { name: '1幢', heads: 30, voted: 9 },
        { name: '2幢', heads: 3, voted: 3 },
      ],
      merge,
    );
    expect(out).toEqual([{ name: '1幢', heads: 30, voted: 9 }]);
    expect(discloseGroups([{ name: '2幢', heads: 4, voted: 4 }], merge)).toEqual([]);
  });
});
