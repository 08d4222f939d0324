import { DomainError } from '../domain-error.js';
import { ErrorCode } from '../errors.js';
import {
  DEFAULT_VOTE_SETTINGS,
  MATTER_LABELS,
  MATTER_TYPES,
  buildElectorate,
  chooseArea,
  decideItem,
  emptyTally,
  isMajorMatter,
  tallyBallots,
  type Ownership,
  type Tally,
  type Unit,
  type VoteSettings,
} from './index.js';

const S = DEFAULT_VOTE_SETTINGS;
const flat = (id: string, area: number, buildingId = 'b1'): Unit => ({
  id,
  buildingId,
  kind: 'flat',
  registeredAreaHundredths: area,
});
const own = (unitId: string, ownerId: string, extra: Partial<Ownership> = {}): Ownership => ({
  unitId,
  ownerId,
  isDeveloper: false,
  ...extra,
});
const tally = (t: Partial<Record<keyof Tally, number>>): Tally =>
  Object.fromEntries(Object.entries({ ...emptyTally(), ...t }).map(([k, v]) => [k, BigInt(v)])) as unknown as Tally;
const totals = (area: number, heads: number) => ({ totalArea: BigInt(area), totalHeads: BigInt(heads) });

describe('chooseArea', () => {
  it('takes the registered area first, then surveyed, then contract, and says which', () => {
    expect(
      chooseArea({
        id: 'u',
        buildingId: 'b',
        kind: 'flat',
        registeredAreaHundredths: 8950,
        surveyedAreaHundredths: 9000n,
        contractAreaHundredths: 9100,
      }),
    ).toEqual({ areaHundredths: 8950n, source: 'registered' });
    expect(
      chooseArea({
        id: 'u',
        buildingId: 'b',
        kind: 'flat',
        registeredAreaHundredths: null,
        surveyedAreaHundredths: 9000n,
        contractAreaHundredths: 9100,
      }),
    ).toEqual({ areaHundredths: 9000n, source: 'surveyed' });
    expect(chooseArea({ id: 'u', buildingId: 'b', kind: 'flat', contractAreaHundredths: 9100 })).toEqual({
      areaHundredths: 9100n,
      source: 'contract',
    });
    // a registered area of zero is still the registered area
    expect(
      chooseArea({ id: 'u', buildingId: 'b', kind: 'flat', registeredAreaHundredths: 0, contractAreaHundredths: 9100 })
        .source,
    ).toBe('registered');
  });

  it('refuses a unit without any area, a fractional or a negative area', () => {
    expect(() => chooseArea({ id: 'u1', buildingId: 'b', kind: 'flat' })).toThrow(/u1.*面积/);
    expect(() => chooseArea({ id: 'u', buildingId: 'b', kind: 'flat', registeredAreaHundredths: 89.5 })).toThrow(
      DomainError,
    );
    expect(() => chooseArea({ id: 'u', buildingId: 'b', kind: 'flat', registeredAreaHundredths: -1n })).toThrow(
      DomainError,
    );
  });
});

describe('buildElectorate', () => {
  it('counts one owner with three units as one head with the summed area', () => {
    const e = buildElectorate(
      [flat('101', 10000), flat('102', 8000), flat('103', 6000), flat('201', 9000)],
      [own('101', 'zhang'), own('102', 'zhang'), own('103', 'zhang'), own('201', 'li')],
      { kind: 'community' },
      S,
    );
    expect(e.totalHeads).toBe(2n);
    expect(e.totalArea).toBe(33000n);
    expect(e.voters.find((v) => v.voterId === 'owner:zhang')).toMatchObject({
      unitIds: ['101', '102', '103'],
      areaHundredths: 24000n,
      castBy: 'zhang',
    });
  });

  it("counts all of the developer's stock as one head", () => {
    const e = buildElectorate(
      [flat('101', 10000), flat('102', 8000), flat('103', 6000), flat('201', 9000)],
      [
        own('101', 'dev', { isDeveloper: true }),
        own('102', 'dev', { isDeveloper: true }),
        own('103', 'dev-sub', { isDeveloper: true }),
        own('201', 'li'),
      ],
      { kind: 'community' },
      S,
    );
    expect(e.totalHeads).toBe(2n);
    expect(e.voters.find((v) => v.kind === 'developer')).toMatchObject({
      voterId: 'developer',
      areaHundredths: 24000n,
      unitIds: ['101', '102', '103'],
    });
  });

  it('counts a co-owned unit as one head cast by the designated co-owner', () => {
    const e = buildElectorate(
      [flat('101', 10000), flat('102', 8000)],
      [own('101', 'wang'), own('101', 'zhao', { designatedVoter: true }), own('102', 'wang')],
      { kind: 'community' },
      S,
    );
    expect(e.totalHeads).toBe(2n);
    expect(e.voters).toEqual([
      {
        voterId: 'co:wang+zhao',
        kind: 'co-owners',
        ownerIds: ['wang', 'zhao'],
        castBy: 'zhao',
        unitIds: ['101'],
        areaHundredths: 10000n,
      },
      {
        voterId: 'owner:wang',
        kind: 'owner',
        ownerIds: ['wang'],
        castBy: 'wang',
        unitIds: ['102'],
        areaHundredths: 8000n,
      },
    ]);
  });

  it('leaves the vote of undesignated co-owners without a caster but still counts them', () => {
    const e = buildElectorate([flat('101', 10000)], [own('101', 'a'), own('101', 'b')], { kind: 'community' }, S);
    expect(e.voters[0]).toMatchObject({ castBy: null, kind: 'co-owners' });
    expect(e.totalHeads).toBe(1n);
  });

  it('excludes parking spaces by default and includes them when the rules say so', () => {
    const units: Unit[] = [
      flat('101', 10000),
      { id: 'P1', buildingId: 'b1', kind: 'parking', contractAreaHundredths: 1250 },
    ];
    const owners = [own('101', 'a'), own('P1', 'b')];
    const def = buildElectorate(units, owners, { kind: 'community' }, S);
    expect([def.totalArea, def.totalHeads]).toEqual([10000n, 1n]);
    const withParking = buildElectorate(units, owners, { kind: 'community' }, { ...S, parkingCounts: true });
    expect([withParking.totalArea, withParking.totalHeads]).toEqual([11250n, 2n]);
    expect(withParking.fingerprint).not.toBe(def.fingerprint);
  });

  it('limits totals to the buildings in scope (maintenance-fund spending scope)', () => {
    const e = buildElectorate(
      [flat('1-101', 10000, 'b1'), flat('2-101', 9000, 'b2'), flat('3-101', 8000, 'b3')],
      [own('1-101', 'a'), own('2-101', 'b'), own('3-101', 'a')],
      { kind: 'buildings', buildingIds: ['b3', 'b1'] },
      S,
    );
    expect([e.totalArea, e.totalHeads]).toEqual([18000n, 1n]);
    expect(e.units.map((u) => u.unitId)).toEqual(['1-101', '3-101']);
  });

  it('gives the same fingerprint for the same roster in any order, and a different one when an area changes', () => {
    const units = [flat('101', 10000), flat('102', 8000), flat('103', 6000)];
    const owners = [own('101', 'a'), own('102', 'b'), own('103', 'a')];
    const a = buildElectorate(units, owners, { kind: 'buildings', buildingIds: ['b1', 'b2'] }, S);
    const b = buildElectorate(
      [...units].reverse(),
      [...owners].reverse(),
      { kind: 'buildings', buildingIds: ['b2', 'b1'] },
      S,
    );
    expect(b.fingerprint).toBe(a.fingerprint);
    expect(a.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    const c = buildElectorate(
      [flat('101', 10001), ...units.slice(1)],
      owners,
      { kind: 'buildings', buildingIds: ['b1', 'b2'] },
      S,
    );
    expect(c.fingerprint).not.toBe(a.fingerprint);
    const d = buildElectorate(
      units,
      owners,
      { kind: 'buildings', buildingIds: ['b1', 'b2'] },
      { ...S, followMajority: true },
    );
    expect(d.fingerprint).not.toBe(a.fingerprint);
  });

  it.each([
    ['a unit without an owner', [flat('101', 100)], [] as Ownership[], /没有业主/],
    ['an ownership of an unknown unit', [flat('101', 100)], [own('101', 'a'), own('999', 'a')], /不存在/],
    ['a duplicated unit', [flat('101', 100), flat('101', 100)], [own('101', 'a')], /重复/],
    [
      'a unit owned by the developer and someone else',
      [flat('101', 100)],
      [own('101', 'dev', { isDeveloper: true }), own('101', 'a')],
      /开发商/,
    ],
    [
      'two designated voters on one unit',
      [flat('101', 100)],
      [own('101', 'a', { designatedVoter: true }), own('101', 'b', { designatedVoter: true })],
      /只能指定一人/,
    ],
    [
      'conflicting designations for the same co-owners',
      [flat('101', 100), flat('102', 100)],
      [
        own('101', 'a', { designatedVoter: true }),
        own('101', 'b'),
        own('102', 'a'),
        own('102', 'b', { designatedVoter: true }),
      ],
      /不同的投票人/,
    ],
  ])('refuses a roster with %s', (_l, units, owners, msg) => {
    try {
      buildElectorate(units, owners, { kind: 'community' }, S);
      throw new Error('should have thrown');
    } catch (e) {
      expect(e).toBeInstanceOf(DomainError);
      expect((e as DomainError).code).toBe(ErrorCode.ROSTER_INVALID);
      expect((e as DomainError).message).toMatch(msg);
    }
  });
});

describe('matter types', () => {
  it('has nine types; 6, 7, 8 are major; every one has a Chinese label', () => {
    expect(MATTER_TYPES.filter(isMajorMatter)).toEqual([6, 7, 8]);
    for (const t of MATTER_TYPES) expect(MATTER_LABELS[t]).toMatch(/[\u4e00-\u9fff]/);
    expect(MATTER_LABELS[6]).toContain('筹集');
    expect(MATTER_LABELS[5]).toContain('使用');
  });
});

describe('decideItem', () => {
  it('passes with exactly two thirds participation (boundary included)', () => {
    const d = decideItem(totals(300, 3), tally({ yesArea: 200, yesHeads: 2 }), 1, S);
    expect(d).toMatchObject({ quorumMet: true, passed: true, decidedBy: 'R3', pArea: 200n, pHeads: 2n });
    expect(d.reason).toContain('通过');
  });

  it('fails with participation just under two thirds of area, even if heads are enough', () => {
    const d = decideItem(totals(30000, 3), tally({ yesArea: 19999, yesHeads: 2 }), 1, S);
    expect(d).toMatchObject({ quorumMet: false, passed: false, decidedBy: 'R1' });
    expect(d.reason).toContain('三分之二');
    // and just under two thirds of heads with full area
    expect(decideItem(totals(300, 300), tally({ yesArea: 300, yesHeads: 199 }), 1, S).passed).toBe(false);
  });

  it('passes a major matter with exactly three quarters yes', () => {
    const d = decideItem(totals(400, 4), tally({ yesArea: 300, yesHeads: 3, noArea: 100, noHeads: 1 }), 6, S);
    expect(d).toMatchObject({ passed: true, decidedBy: 'R2', major: true });
  });

  it('fails a major matter just under three quarters of participants', () => {
    expect(
      decideItem(totals(40000, 4), tally({ yesArea: 29999, yesHeads: 3, noArea: 10001, noHeads: 1 }), 7, S),
    ).toMatchObject({ passed: false, decidedBy: 'R2' });
    // the same figures pass an ordinary matter
    expect(
      decideItem(totals(40000, 4), tally({ yesArea: 29999, yesHeads: 3, noArea: 10001, noHeads: 1 }), 4, S).passed,
    ).toBe(true);
  });

  it('fails an ordinary matter with exactly half yes (过半数 is strict)', () => {
    const d = decideItem(totals(400, 4), tally({ yesArea: 200, yesHeads: 2, noArea: 200, noHeads: 2 }), 3, S);
    expect(d).toMatchObject({ passed: false, decidedBy: 'R3', thresholdMet: false });
    expect(d.reason).toContain('未通过');
  });

  it('needs both area and heads: a majority of area with a minority of heads fails', () => {
    expect(
      decideItem(totals(1000, 5), tally({ yesArea: 900, yesHeads: 2, noArea: 100, noHeads: 3 }), 2, S).passed,
    ).toBe(false);
  });

  it('counts abstentions as participation but not as yes (R4)', () => {
    const d = decideItem(totals(300, 3), tally({ yesArea: 100, yesHeads: 1, abstainArea: 100, abstainHeads: 1 }), 1, S);
    expect(d).toMatchObject({ pArea: 200n, pHeads: 2n, quorumMet: true, passed: false });
  });

  it('counts invalid ballots as participation only when the rules say so', () => {
    const t = tally({ yesArea: 150, yesHeads: 2, invalidArea: 50, invalidHeads: 1 });
    expect(decideItem(totals(300, 4), t, 1, S)).toMatchObject({
      pArea: 150n,
      pHeads: 2n,
      quorumMet: false,
      passed: false,
    });
    expect(decideItem(totals(300, 4), t, 1, { ...S, invalidCountsAsParticipation: true })).toMatchObject({
      pArea: 200n,
      pHeads: 3n,
      quorumMet: true,
      passed: true,
    });
  });

  it('flags the follow-majority clause as contested and still requires yes over half of all area and heads (R5)', () => {
    const R5: VoteSettings = { ...S, followMajority: true };
    // 50% participation, all yes: without R5 no quorum; with R5 non-voters follow yes, but actual yes = half → fails
    const half = decideItem(totals(1000, 10), tally({ yesArea: 500, yesHeads: 5 }), 1, R5);
    expect(half).toMatchObject({ contested: true, decidedBy: 'R5', passed: false });
    expect(half.followMajority).toMatchObject({
      followed: 'yes',
      nonVoterHeads: 5n,
      effectiveYesArea: 1000n,
      absoluteMajorityMet: false,
    });
    // 60% yes of everything: passes under R5, fails without it
    const sixty = tally({ yesArea: 600, yesHeads: 6 });
    expect(decideItem(totals(1000, 10), sixty, 1, R5)).toMatchObject({ contested: true, passed: true });
    expect(decideItem(totals(1000, 10), sixty, 1, S)).toMatchObject({
      contested: false,
      passed: false,
      decidedBy: 'R1',
    });
    // when no is the majority of voters, non-voters follow no
    const noSide = decideItem(totals(1000, 10), tally({ yesArea: 100, yesHeads: 1, noArea: 500, noHeads: 5 }), 1, R5);
    expect(noSide.followMajority?.followed).toBe('no');
    expect(noSide.passed).toBe(false);
    expect(noSide.reason).toContain('争议');
  });

  it('never passes an empty electorate', () => {
    for (const t of MATTER_TYPES) expect(decideItem(totals(0, 0), emptyTally(), t, S).passed).toBe(false);
  });

  it('shows all six figures and both denominators in the result and the reason', () => {
    const d = decideItem(totals(123456, 9), tally({ yesArea: 90000, yesHeads: 6, noArea: 10000, noHeads: 1 }), 6, S);
    expect(d).toMatchObject({
      totalArea: 123456n,
      totalHeads: 9n,
      pArea: 100000n,
      pHeads: 7n,
      yesArea: 90000n,
      yesHeads: 6n,
      noArea: 10000n,
      noHeads: 1n,
    });
    expect(d.reason).toContain('1234.56㎡');
    expect(d.reason).toContain('1000.00㎡');
    expect(d.reason).toContain('900.00㎡');
  });

  it('refuses inconsistent tallies and unknown matter types', () => {
    expect(() => decideItem(totals(100, 1), tally({ yesArea: 101, yesHeads: 1 }), 1, S)).toThrow(/超过/);
    expect(() => decideItem(totals(100, 1), tally({ yesArea: -1 }), 1, S)).toThrow(DomainError);
    expect(() => decideItem(totals(100, 1), emptyTally(), 10 as never, S)).toThrow(/1-9/);
  });
});

describe('tallyBallots', () => {
  const e = buildElectorate(
    [flat('101', 10000), flat('102', 8000), flat('103', 6000), flat('201', 9000), flat('202', 7000)],
    [
      own('101', 'zhang'),
      own('102', 'zhang'),
      own('103', 'li'),
      own('201', 'wang'),
      own('202', 'dev', { isDeveloper: true }),
    ],
    { kind: 'community' },
    S,
  );

  it('adds each voter once with its summed area; blank items count as abstain; spoilt ballots as invalid', () => {
    const t = tallyBallots(
      e,
      [
        { voterId: 'owner:zhang', choices: { i1: 'yes', i2: 'no' } },
        { voterId: 'owner:li', choices: { i1: 'no' } },
        { voterId: 'owner:wang', choices: {}, spoilt: true },
      ],
      ['i1', 'i2'],
    );
    expect(t.i1).toEqual({
      ...emptyTally(),
      yesArea: 18000n,
      yesHeads: 1n,
      noArea: 6000n,
      noHeads: 1n,
      invalidArea: 9000n,
      invalidHeads: 1n,
    });
    expect(t.i2).toEqual({
      ...emptyTally(),
      noArea: 18000n,
      noHeads: 1n,
      abstainArea: 6000n,
      abstainHeads: 1n,
      invalidArea: 9000n,
      invalidHeads: 1n,
    });
  });

  it('refuses a second ballot, an outsider and an item not on the agenda', () => {
    const code = (f: () => unknown) => {
      try {
        f();
      } catch (err) {
        return (err as DomainError).code;
      }
      return 'none';
    };
    expect(
      code(() =>
        tallyBallots(
          e,
          [
            { voterId: 'owner:li', choices: {} },
            { voterId: 'owner:li', choices: {} },
          ],
          ['i1'],
        ),
      ),
    ).toBe(ErrorCode.VOTE_ALREADY_CAST);
    expect(code(() => tallyBallots(e, [{ voterId: 'owner:nobody', choices: {} }], ['i1']))).toBe(
      ErrorCode.VOTE_NOT_IN_ELECTORATE,
    );
    expect(code(() => tallyBallots(e, [{ voterId: 'owner:li', choices: { i9: 'yes' } }], ['i1']))).toBe(
      ErrorCode.VALIDATION_FAILED,
    );
    expect(code(() => tallyBallots(e, [{ voterId: 'owner:li', choices: { i1: 'maybe' as never } }], ['i1']))).toBe(
      ErrorCode.VALIDATION_FAILED,
    );
  });

  it('feeds decideItem end to end', () => {
    const t = tallyBallots(
      e,
      [
        { voterId: 'owner:zhang', choices: { i1: 'yes' } },
        { voterId: 'owner:li', choices: { i1: 'yes' } },
        { voterId: 'developer', choices: { i1: 'no' } },
      ],
      ['i1'],
    );
    // area 31000 of 40000 (≥ 2/3), heads 3 of 4 (≥ 2/3); yes 24000/31000 area > half, 2/3 heads > half
    expect(decideItem(e, t.i1!, 5, S)).toMatchObject({ passed: true, decidedBy: 'R3' });
    // for a major matter, 24000/31000 < 3/4 → fails
    expect(decideItem(e, t.i1!, 8, S)).toMatchObject({ passed: false, decidedBy: 'R2' });
  });
});
