/**
 * Property tests of the Art. 278 engine against an independent reference model written differently:
 * the reference groups owners with plain string keys and compares ratios as reduced BigInt fractions
 * by a continued-fraction walk (floor + reciprocal), never by cross-multiplying.
 */
import fc from 'fast-check';
import {
  MATTER_TYPES,
  buildElectorate,
  decideItem,
  tallyBallots,
  type Ballot,
  type Choice,
  type MatterType,
  type Ownership,
  type Unit,
  type VoteScope,
  type VoteSettings,
} from '../src/index.js';

// ---------- reference model ----------
const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? a : gcd(b, a % b));
class Frac {
  readonly n: bigint;
  readonly d: bigint;
  constructor(n: bigint, d: bigint) {
    if (d <= 0n || n < 0n) throw new Error('reference fractions are non-negative with positive denominators');
    const g = gcd(n, d) || 1n;
    this.n = n / g;
    this.d = d / g;
  }
  /** -1, 0, 1 by comparing continued-fraction expansions. */
  static cmp(a: Frac, b: Frac): number {
    let [an, ad, bn, bd] = [a.n, a.d, b.n, b.d];
    let sign = 1;
    for (;;) {
      const qa = an / ad;
      const qb = bn / bd;
      if (qa !== qb) return qa < qb ? -sign : sign;
      const ra = an % ad;
      const rb = bn % bd;
      if (ra === 0n && rb === 0n) return 0;
      if (ra === 0n) return -sign; // a is an integer, b is larger
      if (rb === 0n) return sign;
      // compare reciprocals of fractional parts, order flips
      [an, ad, bn, bd] = [ad, ra, bd, rb];
      sign = -sign;
    }
  }
}
const TWO_THIRDS = new Frac(2n, 3n);
const THREE_QUARTERS = new Frac(3n, 4n);
const HALF = new Frac(1n, 2n);
const atLeast = (n: bigint, d: bigint, f: Frac) => d > 0n && Frac.cmp(new Frac(n, d), f) >= 0;
const over = (n: bigint, d: bigint, f: Frac) => d > 0n && Frac.cmp(new Frac(n, d), f) > 0;

interface RefVoter {
  key: string;
  area: bigint;
}

function refElectorate(units: Unit[], owners: Ownership[], scope: VoteScope, s: VoteSettings) {
  const voters = new Map<string, RefVoter>();
  let totalArea = 0n;
  for (const u of units) {
    if (u.kind === 'parking' && !s.parkingCounts) continue;
    if (scope.kind === 'buildings' && scope.buildingIds.indexOf(u.buildingId) < 0) continue;
    const raw = u.registeredAreaHundredths ?? u.surveyedAreaHundredths ?? u.contractAreaHundredths;
    const area = BigInt(raw!);
    totalArea += area;
    const mine = owners.filter((o) => o.unitId === u.id);
    const key = mine.some((o) => o.isDeveloper)
      ? 'developer'
      : mine
          .map((o) => o.ownerId)
          .sort()
          .join('&');
    const v = voters.get(key) ?? { key, area: 0n };
    v.area += area;
    voters.set(key, v);
  }
  return { voters, totalArea, totalHeads: BigInt(voters.size) };
}

interface RefTally {
  yes: [bigint, bigint];
  no: [bigint, bigint];
  abstain: [bigint, bigint];
  invalid: [bigint, bigint];
}

function refDecide(totalArea: bigint, totalHeads: bigint, t: RefTally, matter: MatterType, s: VoteSettings) {
  if (totalHeads === 0n || totalArea === 0n) return { passed: false, contested: false };
  const major = matter >= 6 && matter <= 8;
  const pA = t.yes[0] + t.no[0] + t.abstain[0] + (s.invalidCountsAsParticipation ? t.invalid[0] : 0n);
  const pH = t.yes[1] + t.no[1] + t.abstain[1] + (s.invalidCountsAsParticipation ? t.invalid[1] : 0n);
  const ratioOk = (yA: bigint, yH: bigint, qA: bigint, qH: bigint) =>
    major
      ? atLeast(yA, qA, THREE_QUARTERS) && atLeast(yH, qH, THREE_QUARTERS)
      : over(yA, qA, HALF) && over(yH, qH, HALF);
  if (!s.followMajority) {
    const quorum = atLeast(pA, totalArea, TWO_THIRDS) && atLeast(pH, totalHeads, TWO_THIRDS);
    // with p = 0 a major matter can only reach here when quorum failed
    return { passed: quorum && ratioOk(t.yes[0], t.yes[1], pA, pH), contested: false };
  }
  const nonA = totalArea - (t.yes[0] + t.no[0] + t.abstain[0] + t.invalid[0]);
  const nonH = totalHeads - (t.yes[1] + t.no[1] + t.abstain[1] + t.invalid[1]);
  const yesLeads = over(t.yes[0], pA, HALF) && over(t.yes[1], pH, HALF);
  const eA = pA + nonA;
  const eH = pH + nonH;
  const yA = t.yes[0] + (yesLeads ? nonA : 0n);
  const yH = t.yes[1] + (yesLeads ? nonH : 0n);
  const quorum = atLeast(eA, totalArea, TWO_THIRDS) && atLeast(eH, totalHeads, TWO_THIRDS);
  const absolute = over(t.yes[0], totalArea, HALF) && over(t.yes[1], totalHeads, HALF);
  return { passed: quorum && ratioOk(yA, yH, eA, eH) && absolute, contested: true };
}

// ---------- generators ----------
const OWNERS = ['o1', 'o2', 'o3', 'o4', 'o5', 'o6', 'o7', 'o8'];
const BUILDINGS = ['b1', 'b2', 'b3'];
const areaArb = fc.oneof(fc.integer({ min: 0, max: 30000 }), fc.constantFrom(6000, 9000, 12000));

const unitSpecArb = fc.record({
  buildingId: fc.constantFrom(...BUILDINGS),
  kind: fc.constantFrom('flat', 'flat', 'flat', 'shop', 'parking') as fc.Arbitrary<Unit['kind']>,
  registered: fc.option(areaArb, { nil: null }),
  surveyed: fc.option(areaArb.map(BigInt), { nil: undefined }),
  contract: areaArb,
  holder: fc.oneof(
    { weight: 5, arbitrary: fc.constantFrom(...OWNERS).map((o) => ({ type: 'single' as const, owners: [o] })) },
    { weight: 2, arbitrary: fc.constantFrom('devA', 'devB').map((o) => ({ type: 'developer' as const, owners: [o] })) },
    {
      weight: 2,
      arbitrary: fc
        .uniqueArray(fc.constantFrom(...OWNERS), { minLength: 2, maxLength: 3 })
        .map((os) => ({ type: 'co' as const, owners: os })),
    },
  ),
});

const settingsArb: fc.Arbitrary<VoteSettings> = fc.record({
  parkingCounts: fc.boolean(),
  invalidCountsAsParticipation: fc.boolean(),
  followMajority: fc.boolean(),
});
const scopeArb: fc.Arbitrary<VoteScope> = fc.oneof(
  fc.constant({ kind: 'community' as const }),
  fc.subarray(BUILDINGS, { minLength: 1 }).map((ids) => ({ kind: 'buildings' as const, buildingIds: ids })),
);
const choiceArb = fc.constantFrom<Choice | 'blank'>('yes', 'yes', 'yes', 'no', 'abstain', 'invalid', 'blank');

const caseArb = fc.record({
  specs: fc.array(unitSpecArb, { minLength: 1, maxLength: 24 }),
  scope: scopeArb,
  settings: settingsArb,
  // per potential voter: [takes part?, spoilt?, choice item 1, choice item 2]
  turnout: fc.array(fc.tuple(fc.integer({ min: 0, max: 9 }), fc.integer({ min: 0, max: 19 }), choiceArb, choiceArb), {
    minLength: 40,
    maxLength: 40,
  }),
  turnoutBias: fc.integer({ min: 0, max: 10 }),
  matters: fc.tuple(fc.constantFrom(...MATTER_TYPES), fc.constantFrom(...MATTER_TYPES)),
});

describe('Art. 278 engine against the reference model', () => {
  it('agrees on electorates, tallies and decisions for 10,000 generated communities and ballot sets', () => {
    let decided = 0;
    let passedCount = 0;
    fc.assert(
      fc.property(caseArb, ({ specs, scope, settings, turnout, turnoutBias, matters }) => {
        const units: Unit[] = specs.map((s, i) => ({
          id: `u${String(i).padStart(2, '0')}`,
          buildingId: s.buildingId,
          kind: s.kind,
          registeredAreaHundredths: s.registered,
          ...(s.surveyed !== undefined ? { surveyedAreaHundredths: s.surveyed } : {}),
          contractAreaHundredths: s.contract,
        }));
        const owners: Ownership[] = specs.flatMap((s, i) =>
          s.holder.owners.map((o) => ({
            unitId: `u${String(i).padStart(2, '0')}`,
            ownerId: o,
            isDeveloper: s.holder.type === 'developer',
            // co-owners designate the alphabetically first of them, so a group is consistent across units
            designatedVoter: s.holder.type === 'co' && o === [...s.holder.owners].sort()[0],
          })),
        );
        const e = buildElectorate(units, owners, scope, settings);
        const ref = refElectorate(units, owners, scope, settings);
        expect(e.totalArea).toBe(ref.totalArea);
        expect(e.totalHeads).toBe(ref.totalHeads);
        expect(e.voters.reduce((s, v) => s + v.areaHundredths, 0n)).toBe(ref.totalArea);

        // ballots: voter i takes part when its turnout draw is below the bias
        const refKeyOf = (voterId: string, ownerIds: string[]) =>
          voterId === 'developer' ? 'developer' : [...ownerIds].sort().join('&');
        const ballots: Ballot[] = [];
        const refT: Record<'i1' | 'i2', RefTally> = {
          i1: { yes: [0n, 0n], no: [0n, 0n], abstain: [0n, 0n], invalid: [0n, 0n] },
          i2: { yes: [0n, 0n], no: [0n, 0n], abstain: [0n, 0n], invalid: [0n, 0n] },
        };
        e.voters.forEach((v, i) => {
          const [draw, spoiltDraw, c1, c2] = turnout[i % turnout.length]!;
          if (draw >= turnoutBias) return;
          const spoilt = spoiltDraw === 0;
          const choices: Record<string, Choice> = {};
          if (c1 !== 'blank') choices.i1 = c1;
          if (c2 !== 'blank') choices.i2 = c2;
          ballots.push({ voterId: v.voterId, choices, spoilt });
          const area = ref.voters.get(refKeyOf(v.voterId, v.ownerIds))!.area;
          for (const [item, c] of [
            ['i1', c1],
            ['i2', c2],
          ] as const) {
            const bucket = spoilt ? 'invalid' : c === 'blank' ? 'abstain' : c;
            refT[item][bucket][0] += area;
            refT[item][bucket][1] += 1n;
          }
        });

        const tallies = tallyBallots(e, ballots, ['i1', 'i2']);
        for (const [item, matter] of [
          ['i1', matters[0]],
          ['i2', matters[1]],
        ] as const) {
          const t = tallies[item]!;
          const r = refT[item];
          expect([
            t.yesArea,
            t.yesHeads,
            t.noArea,
            t.noHeads,
            t.abstainArea,
            t.abstainHeads,
            t.invalidArea,
            t.invalidHeads,
          ]).toEqual([...r.yes, ...r.no, ...r.abstain, ...r.invalid]);
          const got = decideItem(e, t, matter, settings);
          const want = refDecide(ref.totalArea, ref.totalHeads, r, matter, settings);
          expect({ passed: got.passed, contested: got.contested }).toEqual(want);
          decided++;
          if (got.passed) passedCount++;
        }
      }),
      { numRuns: 10_000 },
    );
    // the generator must exercise both outcomes substantially
    expect(passedCount).toBeGreaterThan(decided / 20);
    expect(decided - passedCount).toBeGreaterThan(decided / 20);
  });

  it('agrees with the reference right at the 2/3, 3/4 and 1/2 boundaries (5,000 tallies)', () => {
    // totals that are multiples of 12 put exact thresholds on integers; nudges of -1, 0, +1 cross them
    const arb = fc.record({
      unitA: fc.integer({ min: 1, max: 5000 }),
      unitH: fc.integer({ min: 1, max: 60 }),
      pNudge: fc.tuple(fc.integer({ min: -1, max: 1 }), fc.integer({ min: -1, max: 1 })),
      yNudge: fc.tuple(fc.integer({ min: -1, max: 1 }), fc.integer({ min: -1, max: 1 })),
      yesTarget: fc.constantFrom<'half' | 'threeQ'>('half', 'threeQ'),
      abstainShare: fc.integer({ min: 0, max: 3 }),
      matter: fc.constantFrom(...MATTER_TYPES),
      settings: settingsArb,
    });
    fc.assert(
      fc.property(arb, ({ unitA, unitH, pNudge, yNudge, yesTarget, abstainShare, matter, settings }) => {
        const TA = BigInt(unitA) * 12n;
        const TH = BigInt(unitH) * 12n;
        const clamp = (x: bigint, hi: bigint) => (x < 0n ? 0n : x > hi ? hi : x);
        const pA = clamp((TA * 2n) / 3n + BigInt(pNudge[0]), TA);
        const pH = clamp((TH * 2n) / 3n + BigInt(pNudge[1]), TH);
        const frac = yesTarget === 'half' ? [1n, 2n] : [3n, 4n];
        const yA = clamp((pA * frac[0]!) / frac[1]! + BigInt(yNudge[0]), pA);
        const yH = clamp((pH * frac[0]!) / frac[1]! + BigInt(yNudge[1]), pH);
        const abA = ((pA - yA) * BigInt(abstainShare)) / 3n;
        const abH = ((pH - yH) * BigInt(abstainShare)) / 3n;
        const tally = {
          yesArea: yA,
          yesHeads: yH,
          abstainArea: abA,
          abstainHeads: abH,
          noArea: pA - yA - abA,
          noHeads: pH - yH - abH,
          invalidArea: 0n,
          invalidHeads: 0n,
        };
        const got = decideItem({ totalArea: TA, totalHeads: TH }, tally, matter, settings);
        const want = refDecide(
          TA,
          TH,
          {
            yes: [yA, yH],
            no: [tally.noArea, tally.noHeads],
            abstain: [abA, abH],
            invalid: [0n, 0n],
          },
          matter,
          settings,
        );
        expect({ passed: got.passed, contested: got.contested }).toEqual(want);
        expect(got.pArea).toBe(pA);
        expect(got.pHeads).toBe(pH);
      }),
      { numRuns: 5000 },
    );
  });

  it('the reference comparison itself is right on hand-checked fractions', () => {
    expect(Frac.cmp(new Frac(2n, 3n), new Frac(200n, 300n))).toBe(0);
    expect(Frac.cmp(new Frac(199n, 300n), TWO_THIRDS)).toBe(-1);
    expect(Frac.cmp(new Frac(7n, 10n), TWO_THIRDS)).toBe(1);
    expect(Frac.cmp(new Frac(3n, 4n), new Frac(5n, 7n))).toBe(1);
    expect(Frac.cmp(new Frac(1n, 1n), new Frac(3n, 4n))).toBe(1);
    expect(Frac.cmp(new Frac(0n, 5n), HALF)).toBe(-1);
    expect(Frac.cmp(new Frac(13n, 8n), new Frac(8n, 5n))).toBe(1);
    expect(Frac.cmp(new Frac(8n, 5n), new Frac(13n, 8n))).toBe(-1);
  });

  it('the same roster in a shuffled order always gives the same fingerprint (1,000 rosters)', () => {
    fc.assert(
      fc.property(fc.array(unitSpecArb, { minLength: 1, maxLength: 15 }), fc.integer(), (specs, seed) => {
        const units: Unit[] = specs.map((s, i) => ({
          id: `u${i}`,
          buildingId: s.buildingId,
          kind: s.kind,
          contractAreaHundredths: s.contract,
        }));
        const owners: Ownership[] = specs.map((s, i) => ({
          unitId: `u${i}`,
          ownerId: s.holder.owners[0]!,
          isDeveloper: s.holder.type === 'developer',
        }));
        const rot = (xs: readonly unknown[]) => {
          const k = Math.abs(seed) % xs.length;
          return [...xs.slice(k), ...xs.slice(0, k)];
        };
        const a = buildElectorate(
          units,
          owners,
          { kind: 'community' },
          { parkingCounts: true, invalidCountsAsParticipation: false, followMajority: false },
        );
        const b = buildElectorate(
          rot(units) as Unit[],
          rot(owners).reverse() as Ownership[],
          { kind: 'community' },
          { parkingCounts: true, invalidCountsAsParticipation: false, followMajority: false },
        );
        expect(b.fingerprint).toBe(a.fingerprint);
        expect(b.voters).toEqual(a.voters);
      }),
      { numRuns: 1000 },
    );
  });
});
