import { RESOLUTION_TRANSITIONS } from '@gongzhi/domain';
import { RESOLUTION_MOVES_1797000200002 } from './migrations/1797000200002-frozen-lifecycle.js';

describe('the database lifecycle guard of resolutions', () => {
  it('allows exactly the status changes of the domain lifecycle (packages/domain/src/votes/lifecycle.ts)', () => {
    const domain = RESOLUTION_TRANSITIONS.filter((t) => t.from !== t.to).map((t) => `${t.from}→${t.to}`);
    const db = RESOLUTION_MOVES_1797000200002.map(([a, b]) => `${a}→${b}`);
    expect([...new Set(db)].sort()).toEqual([...new Set(domain)].sort());
  });
});
