import fc from 'fast-check';
import { ErrorCode } from '../errors.js';
import {
  COMMITTEE_PROFILES,
  TERM_ACTIONS,
  TERM_STATUSES,
  committeeProfile,
  decideElection,
  managementCompositionProblem,
  officerElected,
  seatsProblem,
  termMove,
  type CandidateResult,
  type ManagementAffiliation,
} from './index.js';

const P = COMMITTEE_PROFILES.default;
const c = (id: string, passed: boolean, heads: number, area = heads * 100): CandidateResult => ({
  candidateId: id,
  passed,
  yesHeads: BigInt(heads),
  yesArea: BigInt(area),
});

describe('committee election', () => {
  it('more candidates than seats: the best ranked who passed are elected, the rest who passed are alternates', () => {
    const d = decideElection({
      candidates: [c('a', true, 50), c('b', true, 70), c('c', true, 60), c('d', true, 40), c('e', false, 90)],
      seats: 3,
      households: 80,
      profile: P,
    });
    expect(d.elected).toEqual(['b', 'c', 'a']);
    expect(d.alternates).toEqual(['d']);
    expect(d.outcomes.find((o) => o.candidateId === 'e')?.outcome).toBe('not_elected');
    expect(d.formed).toBe(true);
  });

  it('ranks by yes heads, then yes area', () => {
    const d = decideElection({
      candidates: [c('a', true, 50, 100), c('b', true, 50, 200), c('c', true, 10)],
      seats: 1,
      households: 10,
      profile: { ...P, minimumMembers: () => 1 },
    });
    expect(d.elected).toEqual(['b']);
  });

  it('a tie for the last seat elects none of the tied; the seat waits for a by-election', () => {
    const d = decideElection({
      candidates: [c('a', true, 60), c('b', true, 55), c('c', true, 50), c('d', true, 50), c('e', true, 40)],
      seats: 3,
      households: 80,
      profile: P,
    });
    expect(d.elected).toEqual(['a', 'b']);
    expect(d.tied.sort()).toEqual(['c', 'd']);
    expect(d.alternates).toEqual(['e']);
    expect(d.formed).toBe(false); // 2 < minimum 3
    expect(d.reason).toContain('得票相同');
  });

  it('too few elected: not formed below the minimum or at half of the planned seats', () => {
    const few = decideElection({
      candidates: [c('a', true, 60), c('b', true, 55), c('c', false, 50), c('d', false, 50), c('e', false, 40)],
      seats: 5,
      households: 300,
      profile: P,
    });
    expect(few).toMatchObject({ formed: false, minimum: 5 });
    expect(few.reason).toContain('不足最低人数 5 人');
    // 5 of 11 planned reaches the minimum but not more than half.
    const half = decideElection({
      candidates: ['a', 'b', 'c', 'd', 'e'].map((id, i) => c(id, true, 90 - i)),
      seats: 11,
      households: 300,
      profile: P,
    });
    expect(half.formed).toBe(false);
    expect(half.reason).toContain('未超过计划席位 11 席的半数');
    const six = decideElection({
      candidates: ['a', 'b', 'c', 'd', 'e', 'f'].map((id, i) => c(id, true, 90 - i)),
      seats: 11,
      households: 300,
      profile: P,
    });
    expect(six.formed).toBe(true);
  });

  it('Beijing keeps no alternates', () => {
    const d = decideElection({
      candidates: [c('a', true, 3), c('b', true, 2), c('c', true, 1), c('d', true, 0)],
      seats: 3,
      households: 50,
      profile: COMMITTEE_PROFILES.beijing,
    });
    expect(d.alternates).toEqual([]);
  });

  it('never elects more than the seats, never one whose item failed, and formed follows the rule', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.boolean(), fc.integer({ min: 0, max: 5 })), { maxLength: 14 }),
        fc.constantFrom(3, 5, 7, 9, 11),
        (rows, seats) => {
          const cands = rows.map(([p, h], i) => c(`k${i}`, p, h));
          const d = decideElection({ candidates: cands, seats, households: 200, profile: P });
          expect(d.elected.length).toBeLessThanOrEqual(seats);
          for (const id of d.elected) expect(cands.find((x) => x.candidateId === id)?.passed).toBe(true);
          expect(d.formed).toBe(d.elected.length >= 5 && d.elected.length * 2 > seats);
          expect(new Set([...d.elected, ...d.alternates, ...d.tied]).size).toBe(
            d.elected.length + d.alternates.length + d.tied.length,
          );
        },
      ),
    );
  });

  it('planned seats: odd, within the minimum and eleven', () => {
    expect(seatsProblem(5, 300, P)).toBeNull();
    expect(seatsProblem(3, 80, P)).toBeNull();
    expect(seatsProblem(3, 300, P)).toContain('5–11');
    expect(seatsProblem(6, 300, P)).not.toBeNull();
    expect(seatsProblem(13, 300, P)).not.toBeNull();
  });

  it('officers need more than half of ALL members', () => {
    expect(officerElected(3, 5)).toBe(true);
    expect(officerElected(2, 5)).toBe(false);
    expect(officerElected(2, 4)).toBe(false);
    expect(officerElected(0, 0)).toBe(false);
  });

  it('profiles: Zhejiang files with the subdistrict and the district; unknown ids fall back to the default', () => {
    expect(committeeProfile('zhejiang').filingAuthorities).toEqual(['subdistrict', 'regulator']);
    expect(committeeProfile('nowhere').id).toBe('default');
  });
});

describe('物业管理委员会 composition', () => {
  const base: ManagementAffiliation[] = [
    'subdistrict',
    'neighbourhood',
    'developer',
    'owner',
    'owner',
    'owner',
    'owner',
  ];
  it('accepts the lawful seven', () => expect(managementCompositionProblem(base)).toBeNull());
  it('refuses an even or too small membership', () => {
    expect(managementCompositionProblem(base.slice(0, 6))).toContain('单数');
    expect(managementCompositionProblem([...base, 'owner'])).toContain('单数');
  });
  it('refuses without exactly one subdistrict and one neighbourhood representative', () => {
    expect(managementCompositionProblem(['neighbourhood', 'developer', ...Array(5).fill('owner')])).toContain('街道');
    expect(managementCompositionProblem(['subdistrict', 'developer', ...Array(5).fill('owner')])).toContain(
      '居民委员会',
    );
  });
  it('refuses fewer owners than half', () => {
    expect(
      managementCompositionProblem([
        'subdistrict',
        'neighbourhood',
        'developer',
        'owner',
        'owner',
        'owner',
        'subdistrict',
      ]),
    ).not.toBeNull();
    expect(
      managementCompositionProblem([
        'subdistrict',
        'neighbourhood',
        'developer',
        'developer',
        'owner',
        'owner',
        'owner',
      ]),
    ).toContain('建设单位');
  });
});

describe('committee term workflow', () => {
  const allowed = new Set([
    'pending decide',
    'formed elect_officers',
    'officers file',
    'refused file',
    'filed confirm',
    'filed refuse',
    'publicised confirm',
    'publicised refuse',
    'confirmed supersede',
    'recorded supersede',
  ]);
  it('allows exactly the listed moves; every other answers an illegal transition in Chinese', () => {
    for (const s of TERM_STATUSES)
      for (const a of TERM_ACTIONS) {
        const m = termMove(s, a);
        expect(m.ok).toBe(allowed.has(`${s} ${a}`));
        if (!m.ok) {
          expect(m.code).toBe(ErrorCode.ILLEGAL_TRANSITION);
          expect(m.message).toMatch(/当前状态：/);
        }
      }
  });
  it('a refused filing is filed again; a confirmed term is only superseded', () => {
    expect(termMove('refused', 'file')).toMatchObject({ ok: true, to: ['filed'] });
    expect(termMove('confirmed', 'refuse').ok).toBe(false);
  });
});
