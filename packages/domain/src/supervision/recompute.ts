import {
  assessmentScore,
  complaintFigures,
  inspectionScore,
  meanTenths,
  serviceFiguresScore,
  surveyResult,
  type AssessmentInputs,
  type AssessmentWeights,
  type InspectionResult,
  type SurveyWeighting,
  type Tenths,
} from './scoring.js';

/**
 * What an annual assessment publishes beside its score (GET …/assessments/:id/export): every input, down to each
 * inspection item's result and each survey answer (households anonymised). `recomputeAssessment` rebuilds the score
 * from it alone; `scripts/recompute-assessments.mjs` runs it over every published assessment.
 */
export interface AssessmentExport {
  year: number;
  weights: AssessmentWeights;
  figures: {
    inspections: Array<{ month: string; results: InspectionResult[] }>;
    survey: {
      weighting: SurveyWeighting;
      minResponses: number;
      minResponseRatePermille: number;
      frameHouseholds: number;
      answers: Array<{ areaHundredths: number; ratings: number[] }>;
    } | null;
    repairs: { tickets: number; onTime: number };
    complaints: { households: number; onTime: boolean[] };
    disclosure: Tenths | null;
  };
  inputs: AssessmentInputs;
  total: Tenths | null;
}

export function assessmentInputs(f: AssessmentExport['figures']): AssessmentInputs {
  const inspections = meanTenths(f.inspections.map((i) => inspectionScore(i.results)));
  let survey: Tenths | null = null;
  if (f.survey) {
    const frame = Array.from({ length: f.survey.frameHouseholds }, (_, i) => ({
      unitId: String(i),
      areaHundredths: f.survey!.answers[i]?.areaHundredths ?? 0,
      flagged: false,
    }));
    const r = surveyResult(
      frame,
      f.survey.answers.map((a, i) => ({ unitId: String(i), ratings: a.ratings })),
      {
        weighting: f.survey.weighting,
        minResponses: f.survey.minResponses,
        minResponseRatePermille: f.survey.minResponseRatePermille,
      },
    );
    survey = r.publishable ? r.score : null;
  }
  const c = complaintFigures(
    f.complaints.households,
    f.complaints.onTime.map((answeredOnTime) => ({ answeredOnTime })),
  );
  const serviceFigures = serviceFiguresScore({
    repairOnTimePermille: f.repairs.tickets ? Math.floor((f.repairs.onTime * 1000) / f.repairs.tickets) : null,
    complaintOnTimePermille: c.onTimePermille,
    complaintsPer100HouseholdsTenths: c.per100HouseholdsTenths,
  });
  return { inspections, survey, serviceFigures, disclosure: f.disclosure };
}

/** The score an export proves: inputs from the figures, the total from the weights. */
export function recomputeAssessment(e: Pick<AssessmentExport, 'weights' | 'figures'>): {
  inputs: AssessmentInputs;
  total: Tenths | null;
} {
  const inputs = assessmentInputs(e.figures);
  return { inputs, total: assessmentScore(e.weights, inputs).total };
}
