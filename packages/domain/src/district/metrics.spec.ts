import fc from 'fast-check';
import { percentile } from '../repairs/sla.js';
import {
  AVAILABLE_METRICS,
  METRICS,
  MIN_TICKETS,
  STATEMENT_CADENCE_DAYS,
  availableMetric,
  metricFigure,
  needsAttention,
  peerGroupOf,
  rankFigureWithinPeers,
  rollUpInputs,
  subdistrictOf,
  type AvailableMetric,
  type MetricFigure,
  type MetricInput,
  type PeerGroup,
} from './metrics.js';

const m = (code: string): AvailableMetric => {
  const d = availableMetric(code);
  if (!d) throw new Error(`no metric ${code}`);
  return d;
};

describe('the metric dictionary', () => {
  it('has unique codes and names every part of each available metric', () => {
    expect(new Set(METRICS.map((x) => x.code)).size).toBe(METRICS.length);
    for (const d of AVAILABLE_METRICS) {
      for (const field of [d.label, d.formula, d.numerator, d.denominator, d.source, d.freshness, d.legalBasis])
        expect(field.length).toBeGreaterThan(1);
      expect(d.minCount).toBeGreaterThanOrEqual(1);
      if (d.rollUp === 'percentile') expect(d.p).toBeGreaterThan(0);
      expect(d.code.startsWith(`${d.family}.`)).toBe(true);
    }
  });

  it('lists the figures that need modules not built yet as not available, with what they wait for', () => {
    const missing = METRICS.filter((x) => !x.available).map((x) => x.code);
    expect(missing).toEqual(
      expect.arrayContaining([
        'coverage.term_expiring',
        'transparency.disclosure',
        'service.complaints',
        'service.inspection_score',
        'service.survey_score',
      ]),
    );
    for (const x of METRICS) if (!x.available) expect(x.awaiting).toMatch(/上线后提供/);
  });
});

describe('each metric’s arithmetic and small-group rule', () => {
  it('on-time share: on time ÷ not cancelled, withheld under 5 tickets, attention below 80 %', () => {
    expect(metricFigure(m('service.on_time'), { numerator: 4, denominator: 4 })).toMatchObject({
      value: null,
      withheld: 'small_group',
      n: 4,
      attention: false,
    });
    expect(metricFigure(m('service.on_time'), { numerator: 4, denominator: 5 })).toMatchObject({
      value: 0.8,
      withheld: null,
      attention: false, // exactly at the threshold is not a concern
    });
    expect(metricFigure(m('service.on_time'), { numerator: 3, denominator: 5 })).toMatchObject({
      value: 0.6,
      attention: true,
    });
    expect(metricFigure(m('service.on_time'), { numerator: 0, denominator: 0 })).toMatchObject({
      value: null,
      withheld: 'no_data',
    });
  });

  it('percentiles: p50 / p90 of the values (percentile_cont), withheld under 5 values', () => {
    const values = [10, 20, 30, 40, 3000];
    expect(metricFigure(m('service.response_p50'), { values })).toMatchObject({ value: 30, n: 5, numerator: null });
    const p90 = metricFigure(m('service.response_p90'), { values });
    expect(p90.value).toBeCloseTo(40 + 0.6 * 2960);
    expect(p90.attention).toBe(false); // 1816 min ≤ 48 h
    expect(metricFigure(m('service.resolution_p50'), { values: [1, 2, 3, 4] }).withheld).toBe('small_group');
    expect(metricFigure(m('service.resolution_p90'), { values: [5000, 6000, 7000, 20000, 20000] }).attention).toBe(
      true,
    );
    expect(metricFigure(m('service.resolution_p50'), { values: [4321, 4321, 4321, 4321, 4321] }).attention).toBe(true);
  });

  it('not fixed, reopen and satisfaction shares with their thresholds', () => {
    expect(metricFigure(m('service.not_fixed'), { numerator: 1, denominator: 10 })).toMatchObject({
      value: 0.1,
      attention: false,
    });
    expect(metricFigure(m('service.not_fixed'), { numerator: 2, denominator: 10 }).attention).toBe(true);
    expect(metricFigure(m('service.reopen'), { numerator: 2, denominator: 10 }).attention).toBe(true);
    expect(metricFigure(m('service.satisfaction'), { numerator: 7, denominator: 10 })).toMatchObject({
      value: 0.7,
      attention: true,
    });
    expect(metricFigure(m('service.satisfaction'), { numerator: 3, denominator: 3 }).withheld).toBe('small_group');
  });

  it('overdue open tickets: a count, any above 0 needs attention', () => {
    expect(metricFigure(m('service.overdue_open'), { numerator: 0, denominator: 1 })).toMatchObject({
      value: 0,
      attention: false,
    });
    expect(metricFigure(m('service.overdue_open'), { numerator: 2, denominator: 1 })).toMatchObject({
      value: 2,
      attention: true,
    });
  });

  it('turnout: heads and area below two thirds need attention; the area figure counts heads for the rule', () => {
    expect(metricFigure(m('governance.turnout_heads'), { numerator: 6, denominator: 9 }).withheld).toBe('small_group');
    expect(metricFigure(m('governance.turnout_heads'), { numerator: 20, denominator: 30 })).toMatchObject({
      attention: false, // exactly 2/3 meets the quorum (以上 includes the boundary)
    });
    expect(metricFigure(m('governance.turnout_heads'), { numerator: 19, denominator: 30 }).attention).toBe(true);
    // 100 000 hundredths of m² from 4 owners: too few owners, however large the area
    expect(
      metricFigure(m('governance.turnout_area'), { numerator: 90_000, denominator: 100_000, count: 4 }),
    ).toMatchObject({ value: null, withheld: 'small_group', n: 4 });
    expect(
      metricFigure(m('governance.turnout_area'), { numerator: 50_000, denominator: 100_000, count: 12 }),
    ).toMatchObject({ value: 0.5, attention: true, n: 12 });
  });

  it('votes held: a count that never needs attention', () => {
    expect(metricFigure(m('governance.votes_held'), { numerator: 0, denominator: 1 })).toMatchObject({
      value: 0,
      attention: false,
    });
  });

  it('days since the last statement: attention past the half-year cadence; never published is no data', () => {
    expect(STATEMENT_CADENCE_DAYS).toBe(184);
    const d = m('transparency.days_since_statement');
    expect(metricFigure(d, { numerator: 184, denominator: 1 }).attention).toBe(false);
    expect(metricFigure(d, { numerator: 185, denominator: 1 }).attention).toBe(true);
    expect(metricFigure(d, { numerator: 0, denominator: 0 }).withheld).toBe('no_data');
    expect(metricFigure(m('transparency.statement_current'), { numerator: 0, denominator: 1 }).attention).toBe(true);
  });

  it('coverage: a community without a property manager or a committee needs attention', () => {
    expect(metricFigure(m('coverage.property_company'), { numerator: 0, denominator: 1 }).attention).toBe(true);
    expect(metricFigure(m('coverage.committee'), { numerator: 1, denominator: 1 })).toMatchObject({
      value: 1,
      attention: false,
    });
  });
});

describe('roll-ups', () => {
  it('a share rolls up as a ratio of sums, not a mean of the communities’ shares', () => {
    const up = rollUpInputs(m('service.on_time'), [
      { numerator: 1, denominator: 1 },
      { numerator: 5, denominator: 9 },
    ]);
    expect(up).toEqual({ numerator: 6, denominator: 10 });
    expect(metricFigure(m('service.on_time'), up).value).toBeCloseTo(0.6); // the mean of shares would be 0.78
  });

  it('two small communities can make a shown figure together', () => {
    const parts: MetricInput[] = [
      { numerator: 2, denominator: 3 },
      { numerator: 1, denominator: 2 },
    ];
    for (const p of parts) expect(metricFigure(m('service.reopen'), p).withheld).toBe('small_group');
    expect(metricFigure(m('service.reopen'), rollUpInputs(m('service.reopen'), parts))).toMatchObject({
      value: 0.6,
      n: 5,
    });
  });

  it('percentiles pool the values (property: equal to the percentile of all values)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.integer({ min: 0, max: 100_000 }), { maxLength: 12 }), { maxLength: 6 }),
        (xs) => {
          const up = rollUpInputs(
            m('service.resolution_p90'),
            xs.map((values) => ({ values })),
          );
          const all = xs.flat();
          expect('values' in up && up.values.length).toBe(all.length);
          const f = metricFigure(m('service.resolution_p90'), up);
          if (all.length >= MIN_TICKETS) expect(f.value).toBeCloseTo(percentile(all, 0.9)!);
          else expect(f.value).toBeNull();
        },
      ),
    );
  });

  it('sums: numerators and denominators add up (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(50), fc.nat(50)), { maxLength: 20 }), (pairs) => {
        const parts = pairs.map(([a, b]) => ({ numerator: Math.min(a, b), denominator: Math.max(a, b) }));
        const up = rollUpInputs(m('service.satisfaction'), parts);
        expect(up).toEqual({
          numerator: parts.reduce((s, p) => s + p.numerator, 0),
          denominator: parts.reduce((s, p) => s + p.denominator, 0),
        });
      }),
    );
  });

  it('the area turnout carries the heads count up with it', () => {
    expect(
      rollUpInputs(m('governance.turnout_area'), [
        { numerator: 10, denominator: 20, count: 4 },
        { numerator: 5, denominator: 10, count: 7 },
      ]),
    ).toEqual({ numerator: 15, denominator: 30, count: 11 });
  });

  it('days since the statement roll up to the worst community that ever published', () => {
    expect(
      rollUpInputs(m('transparency.days_since_statement'), [
        { numerator: 30, denominator: 1 },
        { numerator: 0, denominator: 0 },
        { numerator: 200, denominator: 1 },
      ]),
    ).toEqual({ numerator: 200, denominator: 2 });
    expect(rollUpInputs(m('transparency.days_since_statement'), [{ numerator: 0, denominator: 0 }])).toEqual({
      numerator: 0,
      denominator: 0,
    });
  });
});

describe('peer groups and rankings', () => {
  it('groups communities by households: < 300, 300–999, ≥ 1000', () => {
    expect([0, 299, 300, 999, 1000, 5000].map(peerGroupOf)).toEqual([
      'small',
      'small',
      'medium',
      'medium',
      'large',
      'large',
    ]);
  });

  const fig = (code: string, value: number | null): MetricFigure => ({
    code,
    value,
    numerator: null,
    denominator: null,
    n: value === null ? 2 : 10,
    withheld: value === null ? 'small_group' : null,
    attention: false,
  });

  it('ranks only within a peer group, best first by direction, ties share a rank, n counts the ranked', () => {
    const rows: Array<{ id: string; peerGroup: PeerGroup; figure: MetricFigure }> = [
      { id: 'a', peerGroup: 'small', figure: fig('service.on_time', 0.9) },
      { id: 'b', peerGroup: 'small', figure: fig('service.on_time', 0.95) },
      { id: 'c', peerGroup: 'small', figure: fig('service.on_time', 0.9) },
      { id: 'd', peerGroup: 'small', figure: fig('service.on_time', null) },
      { id: 'e', peerGroup: 'large', figure: fig('service.on_time', 0.5) },
    ];
    const r = rankFigureWithinPeers(m('service.on_time'), rows);
    expect(r.get('b')).toEqual({ id: 'b', rank: 1, of: 3 });
    expect(r.get('a')!.rank).toBe(2);
    expect(r.get('c')!.rank).toBe(2);
    expect(r.get('d')).toEqual({ id: 'd', rank: null, of: 3 });
    expect(r.get('e')).toEqual({ id: 'e', rank: 1, of: 1 }); // the worst of all, but alone in its group
    const slow = rankFigureWithinPeers(m('service.resolution_p90'), [
      { id: 'x', peerGroup: 'medium', figure: fig('service.resolution_p90', 100) },
      { id: 'y', peerGroup: 'medium', figure: fig('service.resolution_p90', 50) },
    ]);
    expect(slow.get('y')!.rank).toBe(1); // lower is better
  });
});

describe('needs attention', () => {
  it('lists figures past their thresholds, the furthest past first; withheld figures never', () => {
    const on = m('service.on_time');
    const items = needsAttention([
      {
        id: 'A',
        figures: [
          metricFigure(on, { numerator: 7, denominator: 10 }),
          metricFigure(m('service.overdue_open'), { numerator: 3, denominator: 1 }),
        ],
      },
      { id: 'B', figures: [metricFigure(on, { numerator: 2, denominator: 10 })] },
      { id: 'C', figures: [metricFigure(on, { numerator: 0, denominator: 4 })] }, // withheld: 4 tickets
      { id: 'D', figures: [metricFigure(on, { numerator: 9, denominator: 10 })] },
    ]);
    expect(items.map((i) => [i.id, i.code])).toEqual([
      ['A', 'service.overdue_open'],
      ['B', 'service.on_time'],
      ['A', 'service.on_time'],
    ]);
    expect(items[1]!.severity).toBeCloseTo(0.75);
    // equally far past: a service figure before a coverage one
    const tie = needsAttention([
      {
        id: 'X',
        figures: [
          metricFigure(m('coverage.committee'), { numerator: 0, denominator: 1 }),
          metricFigure(m('service.overdue_open'), { numerator: 1, denominator: 1 }),
        ],
      },
    ]);
    expect(tie.map((i) => [i.code, i.severity])).toEqual([
      ['service.overdue_open', 1],
      ['coverage.committee', 1],
    ]);
    expect(items[1]!.why).toBe('按时率低于 80%');
  });
});

describe('subdistrict of an address', () => {
  it('finds the 街道, 镇 or 乡 an address names, or none', () => {
    expect(subdistrictOf('杭州市西湖区文新街道文一西路 100 号')).toBe('文新街道');
    expect(subdistrictOf('余杭区良渚镇良渚路 3 号')).toBe('良渚镇');
    expect(subdistrictOf('文一西路 100 号')).toBeNull();
  });
});
