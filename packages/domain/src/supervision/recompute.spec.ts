import { DEFAULT_ASSESSMENT_WEIGHTS } from './scoring.js';
import { recomputeAssessment, type AssessmentExport } from './recompute.js';

const figures: AssessmentExport['figures'] = {
  inspections: [
    { month: '2026-10', results: ['met', 'met', 'partly', 'not_met'] }, // 62.5
    { month: '2026-11', results: ['met', 'met', 'met', 'met'] }, // 100
  ],
  survey: {
    weighting: 'household',
    minResponses: 2,
    minResponseRatePermille: 100,
    frameHouseholds: 10,
    answers: [
      { areaHundredths: 9000, ratings: [5, 5] },
      { areaHundredths: 12000, ratings: [3, 3] },
    ],
  },
  repairs: { tickets: 10, onTime: 9 },
  complaints: { households: 10, onTime: [true, false] },
  disclosure: 800,
};

describe('recomputing an assessment from its export', () => {
  it('rebuilds every input and the total from the figures alone', () => {
    const r = recomputeAssessment({ weights: DEFAULT_ASSESSMENT_WEIGHTS, figures });
    // inspections (625 + 1000) / 2 = 813; survey (1000 + 500) / 2 = 750;
    // figures (900 + 500) / 2 − min(200, 2 × 200) = 500; disclosure 800
    expect(r.inputs).toEqual({ inspections: 813, survey: 750, serviceFigures: 500, disclosure: 800 });
    expect(r.total).toBe(Math.round((813 * 40 + 750 * 30 + 500 * 20 + 800 * 10) / 100));
  });

  it('a survey below its threshold counts as missing, as it did when published', () => {
    const r = recomputeAssessment({
      weights: DEFAULT_ASSESSMENT_WEIGHTS,
      figures: { ...figures, survey: { ...figures.survey!, minResponses: 3 } },
    });
    expect(r.inputs.survey).toBeNull();
  });

  it('area weighting uses the answering households’ areas', () => {
    const r = recomputeAssessment({
      weights: DEFAULT_ASSESSMENT_WEIGHTS,
      figures: { ...figures, survey: { ...figures.survey!, weighting: 'area' } },
    });
    expect(r.inputs.survey).toBe(Math.round((9000 * 1000 + 12000 * 500) / 21000));
  });
});
