import fc from 'fast-check';
import {
  DEFAULT_ASSESSMENT_WEIGHTS,
  assessmentScore,
  complaintFigures,
  holdBackRelease,
  inspectionScore,
  listFor,
  peerGroup,
  rankWithinPeers,
  serviceFiguresScore,
  surveyResult,
  weightsProblem,
  type SurveyFrameRow,
} from './scoring.js';

const frame = (n: number, area = (_i: number) => 10000, flagged = (_i: number) => false): SurveyFrameRow[] =>
  Array.from({ length: n }, (_, i) => ({ unitId: `u${i}`, areaHundredths: area(i), flagged: flagged(i) }));

describe('inspection score', () => {
  it('met 1, partly ½, not met 0, in tenths of a point', () => {
    expect(inspectionScore(['met', 'met', 'partly', 'not_met'])).toBe(625);
    expect(inspectionScore(['met'])).toBe(1000);
    expect(inspectionScore(['not_met'])).toBe(0);
    expect(inspectionScore([])).toBe(0);
  });
  it('is always between 0 and 100 and never falls when one result improves', () => {
    const r = fc.constantFrom('met' as const, 'partly' as const, 'not_met' as const);
    fc.assert(
      fc.property(fc.array(r, { minLength: 1, maxLength: 50 }), fc.nat(), (rs, k) => {
        const s = inspectionScore(rs);
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(1000);
        const better = [...rs];
        better[k % rs.length] = 'met';
        expect(inspectionScore(better)).toBeGreaterThanOrEqual(s);
      }),
    );
  });
});

describe('household survey', () => {
  const settings = { weighting: 'household' as const, minResponses: 3, minResponseRatePermille: 200 };

  it('counts one answer per household from the frame; answers from outside the frame are ignored', () => {
    const r = surveyResult(
      frame(10),
      [
        { unitId: 'u0', ratings: [5, 5] },
        { unitId: 'u0', ratings: [1, 1] },
        { unitId: 'u1', ratings: [3] },
        { unitId: 'u2', ratings: [1] },
        { unitId: 'x', ratings: [1] },
      ],
      settings,
    );
    expect(r.responses).toBe(3);
    expect(r.responseRatePermille).toBe(300);
    expect(r.score).toBe(500); // (100 + 50 + 0) / 3
    expect(r.satisfiedPermille).toBe(333);
    expect(r.publishable).toBe(true);
  });

  it('weights by area when the setting says so', () => {
    const f = frame(4, (i) => (i === 0 ? 30000 : 10000));
    const answers = [
      { unitId: 'u0', ratings: [5] },
      { unitId: 'u1', ratings: [1] },
    ];
    expect(surveyResult(f, answers, { ...settings, minResponses: 1 }).score).toBe(500);
    expect(surveyResult(f, answers, { ...settings, minResponses: 1, weighting: 'area' }).score).toBe(750);
    expect(surveyResult(f, answers, { ...settings, minResponses: 1, weighting: 'area' }).marginTenths).toBeNull();
  });

  it('withholds the result at the boundary: n one below the minimum, rate one below the minimum', () => {
    const two = [0, 1].map((i) => ({ unitId: `u${i}`, ratings: [4] }));
    expect(surveyResult(frame(10), two, settings)).toMatchObject({ publishable: false, responses: 2 });
    expect(surveyResult(frame(10), two, settings).withheldReason).toContain('不足 3 户');
    const three = [0, 1, 2].map((i) => ({ unitId: `u${i}`, ratings: [4] }));
    expect(surveyResult(frame(15), three, settings).publishable).toBe(true); // 200 ‰ exactly
    expect(surveyResult(frame(16), three, settings)).toMatchObject({ publishable: false, responseRatePermille: 187 });
  });

  it('the margin uses the finite-population correction: zero when every household answered', () => {
    const all = [0, 1, 2, 3].map((i) => ({ unitId: `u${i}`, ratings: [i + 1] }));
    expect(surveyResult(frame(4), all, settings).marginTenths).toBe(0);
    const r = surveyResult(frame(100), all, settings);
    expect(r.marginTenths).toBeGreaterThan(0);
  });

  it('flags answers from staff and committee households', () => {
    const r = surveyResult(
      frame(5, undefined, (i) => i === 1),
      [0, 1, 2].map((i) => ({ unitId: `u${i}`, ratings: [3] })),
      settings,
    );
    expect(r.flaggedResponses).toBe(1);
  });

  it('property: the score stays in 0–100 and the response rate never exceeds 100 %', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }),
        fc.array(
          fc.record({ u: fc.nat(60), r: fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 4 }) }),
        ),
        fc.boolean(),
        (n, raw, byArea) => {
          const res = surveyResult(
            frame(n, (i) => 5000 + i * 100),
            raw.map((a) => ({ unitId: `u${a.u}`, ratings: a.r })),
            { ...settings, weighting: byArea ? 'area' : 'household' },
          );
          expect(res.responseRatePermille).toBeLessThanOrEqual(1000);
          expect(res.responses).toBeLessThanOrEqual(n);
          if (res.score !== null) {
            expect(res.score).toBeGreaterThanOrEqual(0);
            expect(res.score).toBeLessThanOrEqual(1000);
          }
        },
      ),
    );
  });
});

describe('annual assessment', () => {
  it('weights must be whole numbers adding to 100', () => {
    expect(weightsProblem(DEFAULT_ASSESSMENT_WEIGHTS)).toBeNull();
    expect(weightsProblem({ ...DEFAULT_ASSESSMENT_WEIGHTS, survey: 31 })).toBe('各项权重之和应为 100（现在是 101）');
    expect(weightsProblem({ ...DEFAULT_ASSESSMENT_WEIGHTS, survey: 29.5 })).toContain('整数');
  });

  it('the seed example: 40/30/20/10', () => {
    const r = assessmentScore(DEFAULT_ASSESSMENT_WEIGHTS, {
      inspections: 800,
      survey: 700,
      serviceFigures: 900,
      disclosure: 1000,
    });
    expect(r).toEqual({ total: 810, missing: [] });
  });

  it('a withheld survey is listed as missing and its weight spread over the rest', () => {
    const r = assessmentScore(DEFAULT_ASSESSMENT_WEIGHTS, {
      inspections: 800,
      survey: null,
      serviceFigures: 900,
      disclosure: 1000,
    });
    expect(r).toEqual({ total: 857, missing: ['survey'] }); // (320 + 180 + 100) / 70
  });

  it('property: the total lies between the lowest and highest component', () => {
    const t = fc.integer({ min: 0, max: 1000 });
    fc.assert(
      fc.property(t, t, t, t, (a, b, c, d) => {
        const { total } = assessmentScore(DEFAULT_ASSESSMENT_WEIGHTS, {
          inspections: a,
          survey: b,
          serviceFigures: c,
          disclosure: d,
        });
        expect(total).toBeGreaterThanOrEqual(Math.min(a, b, c, d));
        expect(total).toBeLessThanOrEqual(Math.max(a, b, c, d));
      }),
    );
  });

  it('repair and complaint figures: rates averaged, 2 points off per complaint per 100 households, at most 20', () => {
    expect(
      serviceFiguresScore({
        repairOnTimePermille: 900,
        complaintOnTimePermille: 800,
        complaintsPer100HouseholdsTenths: 10,
      }),
    ).toBe(830);
    expect(
      serviceFiguresScore({
        repairOnTimePermille: null,
        complaintOnTimePermille: null,
        complaintsPer100HouseholdsTenths: 500,
      }),
    ).toBe(800);
    expect(complaintFigures(200, [{ answeredOnTime: true }, { answeredOnTime: false }])).toEqual({
      per100HouseholdsTenths: 10,
      onTimePermille: 500,
    });
  });

  it('peer groups by fee grade, age and size; ties share a rank', () => {
    expect(peerGroup({ grade: 2, builtYear: 2010, households: 299 }, 2026)).toBe('2-middle-small');
    expect(peerGroup({ grade: 2, builtYear: 2017, households: 300 }, 2026)).toBe('2-new-medium');
    expect(peerGroup({ grade: 1, builtYear: null, households: 1000 }, 2026)).toBe('1-unknown-large');
    const ranked = rankWithinPeers([
      { id: 'a', peerGroup: 'g', total: 900 },
      { id: 'b', peerGroup: 'g', total: 900 },
      { id: 'c', peerGroup: 'g', total: 700 },
      { id: 'd', peerGroup: 'h', total: 100 },
    ]);
    expect(ranked.map((r) => [r.id, r.rank, r.groupSize])).toEqual([
      ['a', 1, 3],
      ['b', 1, 3],
      ['c', 3, 3],
      ['d', 1, 1],
    ]);
  });
});

describe('red and black list rules at their boundaries', () => {
  it('black below 60.0; 60.0 is not black', () => {
    expect(listFor({ total: 599, rank: 5, groupSize: 5 })?.list).toBe('black');
    expect(listFor({ total: 600, rank: 5, groupSize: 5 })).toBeNull();
  });
  it('red at 90.0 within the top tenth of the peer group (at least the first)', () => {
    expect(listFor({ total: 900, rank: 1, groupSize: 1 })?.list).toBe('red');
    expect(listFor({ total: 899, rank: 1, groupSize: 1 })).toBeNull();
    expect(listFor({ total: 950, rank: 2, groupSize: 11 })?.list).toBe('red'); // ceil(1.1) = 2
    expect(listFor({ total: 950, rank: 2, groupSize: 10 })).toBeNull();
    expect(listFor({ total: 950, rank: 1, groupSize: 10 })!.reason).toContain('同类小区第 1 名');
  });
});

describe('fee hold-back', () => {
  const bands = [
    { minTenths: 900, releasePermille: 1000 },
    { minTenths: 800, releasePermille: 700 },
    { minTenths: 600, releasePermille: 300 },
  ];
  it('the highest band reached applies; below every band nothing is released', () => {
    expect(holdBackRelease(100000n, bands, 900)).toBe(100000n);
    expect(holdBackRelease(100000n, bands, 899)).toBe(70000n);
    expect(holdBackRelease(100000n, bands, 600)).toBe(30000n);
    expect(holdBackRelease(100000n, bands, 599)).toBe(0n);
  });
  it('property: never releases more than is held, and more score never releases less', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 12n }), fc.integer({ min: 0, max: 1000 }), (held, s) => {
        const r = holdBackRelease(held, bands, s);
        expect(r <= held && r >= 0n).toBe(true);
        expect(holdBackRelease(held, bands, Math.min(1000, s + 50)) >= r).toBe(true);
      }),
    );
  });
});
