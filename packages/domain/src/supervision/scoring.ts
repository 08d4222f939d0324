/**
 * Supervision arithmetic (domain-rules §12): inspection scores, survey results with their response rate and
 * threshold, the annual assessment's weighted score, peer groups and ranks, the red and black list rules, complaint
 * figures and the fee hold-back band. Everything is pure and integer-first so that a published score can be recomputed
 * exactly from its exported inputs (scripts/recompute-assessment.mjs).
 */

/** Scores are kept in tenths of a point (0–1000 = 0.0–100.0) so that every step is an integer. */
export type Tenths = number;

export const INSPECTION_RESULTS = ['met', 'partly', 'not_met'] as const;
export type InspectionResult = (typeof INSPECTION_RESULTS)[number];
export const INSPECTION_RESULT_LABELS: Readonly<Record<InspectionResult, string>> = Object.freeze({
  met: '达标',
  partly: '部分达标',
  not_met: '未达标',
});

/** An inspection's score: met = 1, partly = ½, not met = 0, as a share of the items checked, in tenths. */
export function inspectionScore(results: readonly InspectionResult[]): Tenths {
  if (!results.length) return 0;
  const halves = results.reduce((s, r) => s + (r === 'met' ? 2 : r === 'partly' ? 1 : 0), 0);
  return Math.round((halves * 500) / results.length);
}

/** The mean of several scores in tenths (the year's inspections), rounded half up; null when there are none. */
export function meanTenths(scores: readonly Tenths[]): Tenths | null {
  if (!scores.length) return null;
  return Math.round(scores.reduce((a, b) => a + b, 0) / scores.length);
}

export const SURVEY_WEIGHTINGS = ['household', 'area'] as const;
export type SurveyWeighting = (typeof SURVEY_WEIGHTINGS)[number];

export interface SurveyFrameRow {
  unitId: string;
  areaHundredths: number;
  /** The household includes property staff or a committee member (shown beside the result). */
  flagged: boolean;
}
export interface SurveyAnswer {
  unitId: string;
  /** One rating 1–5 per question. */
  ratings: readonly number[];
}
export interface SurveySettings {
  weighting: SurveyWeighting;
  /** Nothing is published below this many answering households. */
  minResponses: number;
  /** …or below this response rate, in per mille of households. */
  minResponseRatePermille: number;
}
export const DEFAULT_SURVEY_SETTINGS: Readonly<SurveySettings> = Object.freeze({
  weighting: 'household',
  minResponses: 30,
  minResponseRatePermille: 200,
});

export interface SurveyResult {
  frameHouseholds: number;
  responses: number;
  /** Answering households per mille of the frame. */
  responseRatePermille: number;
  flaggedResponses: number;
  /** Score 0–100 in tenths (rating 1 = 0, 5 = 100), weighted by household or area; null when nobody answered. */
  score: Tenths | null;
  /** Share of answering households (weighted) whose mean rating is ≥ 4, in per mille. */
  satisfiedPermille: number | null;
  /**
   * 95 % margin of the score in tenths, with the finite-population correction, ASSUMING RANDOM RESPONSE; household
   * weighting only (null for area weighting or fewer than 2 answers).
   */
  marginTenths: Tenths | null;
  publishable: boolean;
  /** Why not publishable (Chinese), when not. */
  withheldReason: string | null;
}

function householdScore(ratings: readonly number[]): number {
  const valid = ratings.filter((r) => Number.isInteger(r) && r >= 1 && r <= 5);
  if (!valid.length) return 0;
  return ((valid.reduce((a, b) => a + b, 0) / valid.length - 1) * 1000) / 4;
}

/** The survey's result: answers outside the frame are ignored; the first answer of a household counts. */
export function surveyResult(
  frame: readonly SurveyFrameRow[],
  answers: readonly SurveyAnswer[],
  settings: SurveySettings,
): SurveyResult {
  const byUnit = new Map(frame.map((f) => [f.unitId, f]));
  const seen = new Set<string>();
  const counted: Array<{ row: SurveyFrameRow; score: number }> = [];
  for (const a of answers) {
    const row = byUnit.get(a.unitId);
    if (!row || seen.has(a.unitId)) continue;
    seen.add(a.unitId);
    counted.push({ row, score: householdScore(a.ratings) });
  }
  const N = frame.length;
  const n = counted.length;
  const rate = N ? Math.floor((n * 1000) / N) : 0;
  const w = (r: SurveyFrameRow) => (settings.weighting === 'area' ? r.areaHundredths : 1);
  const W = counted.reduce((s, c) => s + w(c.row), 0);
  const score = n && W > 0 ? Math.round(counted.reduce((s, c) => s + w(c.row) * c.score, 0) / W) : null;
  const satisfied =
    n && W > 0 ? Math.round((counted.reduce((s, c) => s + (c.score >= 750 ? w(c.row) : 0), 0) * 1000) / W) : null;
  let margin: number | null = null;
  if (settings.weighting === 'household' && n >= 2 && score !== null) {
    const mean = counted.reduce((s, c) => s + c.score, 0) / n;
    const s2 = counted.reduce((s, c) => s + (c.score - mean) ** 2, 0) / (n - 1);
    const fpc = N > 1 ? (N - n) / (N - 1) : 0;
    margin = Math.round(1.96 * Math.sqrt((s2 / n) * fpc));
  }
  const tooFew = n < settings.minResponses;
  const tooLow = rate < settings.minResponseRatePermille;
  const withheldReason = tooFew
    ? `答卷户数 ${n} 户，不足 ${settings.minResponses} 户，结果不公布`
    : tooLow
      ? `回收率 ${(rate / 10).toFixed(1)}%，低于 ${(settings.minResponseRatePermille / 10).toFixed(1)}%，结果不公布`
      : null;
  return {
    frameHouseholds: N,
    responses: n,
    responseRatePermille: rate,
    flaggedResponses: counted.filter((c) => c.row.flagged).length,
    score,
    satisfiedPermille: satisfied,
    marginTenths: margin,
    publishable: !withheldReason,
    withheldReason,
  };
}

/** Complaint figures over a year: complaints per 100 households (tenths) and the share answered on time (per mille). */
export function complaintFigures(
  households: number,
  complaints: ReadonlyArray<{ answeredOnTime: boolean }>,
): { per100HouseholdsTenths: number; onTimePermille: number | null } {
  const n = complaints.length;
  return {
    per100HouseholdsTenths: households ? Math.round((n * 1000) / households) : 0,
    onTimePermille: n ? Math.floor((complaints.filter((c) => c.answeredOnTime).length * 1000) / n) : null,
  };
}

/**
 * The repair-and-complaint component (0–100 in tenths): the mean of the repair on-time rate and the complaint on-time
 * reply rate (a missing rate counts as fully on time), less 2 points per complaint per 100 households, at most 20.
 */
export function serviceFiguresScore(f: {
  repairOnTimePermille: number | null;
  complaintOnTimePermille: number | null;
  complaintsPer100HouseholdsTenths: number;
}): Tenths {
  const a = f.repairOnTimePermille ?? 1000;
  const b = f.complaintOnTimePermille ?? 1000;
  const penalty = Math.min(200, 2 * f.complaintsPer100HouseholdsTenths);
  return Math.max(0, Math.min(1000, Math.round((a + b) / 2) - penalty));
}

export const ASSESSMENT_COMPONENTS = ['inspections', 'survey', 'serviceFigures', 'disclosure'] as const;
export type AssessmentComponent = (typeof ASSESSMENT_COMPONENTS)[number];
export const ASSESSMENT_COMPONENT_LABELS: Readonly<Record<AssessmentComponent, string>> = Object.freeze({
  inspections: '月度检查',
  survey: '住户满意度调查',
  serviceFigures: '报修和投诉数据',
  disclosure: '信息公开',
});
export type AssessmentWeights = Record<AssessmentComponent, number>;
/** The seed's example weights (the district sets its own). */
export const DEFAULT_ASSESSMENT_WEIGHTS: Readonly<AssessmentWeights> = Object.freeze({
  inspections: 40,
  survey: 30,
  serviceFigures: 20,
  disclosure: 10,
});

/** Weights are whole numbers ≥ 0 that add up to 100. */
export function weightsProblem(w: AssessmentWeights): string | null {
  for (const c of ASSESSMENT_COMPONENTS)
    if (!Number.isInteger(w[c]) || w[c] < 0 || w[c] > 100)
      return `${ASSESSMENT_COMPONENT_LABELS[c]}的权重应为 0–100 的整数`;
  const sum = ASSESSMENT_COMPONENTS.reduce((s, c) => s + w[c], 0);
  return sum === 100 ? null : `各项权重之和应为 100（现在是 ${sum}）`;
}

export type AssessmentInputs = Record<AssessmentComponent, Tenths | null>;

/**
 * The annual score in tenths: Σ weight × component / Σ weight over the components that have a value (a missing
 * component, e.g. a survey withheld below its threshold, is listed and its weight spread over the others).
 */
export function assessmentScore(
  w: AssessmentWeights,
  inputs: AssessmentInputs,
): { total: Tenths | null; missing: AssessmentComponent[] } {
  const present = ASSESSMENT_COMPONENTS.filter((c) => inputs[c] !== null && w[c] > 0);
  const missing = ASSESSMENT_COMPONENTS.filter((c) => inputs[c] === null && w[c] > 0);
  const W = present.reduce((s, c) => s + w[c], 0);
  if (!W) return { total: null, missing };
  return { total: Math.round(present.reduce((s, c) => s + w[c] * (inputs[c] as number), 0) / W), missing };
}

/** Peer groups (同类比较): fee grade, age and size of the community. */
export function ageBand(builtYear: number | null, year: number): 'new' | 'middle' | 'old' | 'unknown' {
  if (builtYear === null) return 'unknown';
  const age = year - builtYear;
  return age < 10 ? 'new' : age < 20 ? 'middle' : 'old';
}
export function sizeBand(households: number): 'small' | 'medium' | 'large' {
  return households < 300 ? 'small' : households < 1000 ? 'medium' : 'large';
}
export function peerGroup(c: { grade: number; builtYear: number | null; households: number }, year: number): string {
  return `${c.grade}-${ageBand(c.builtYear, year)}-${sizeBand(c.households)}`;
}
export const AGE_LABELS = {
  new: '房龄 10 年以内',
  middle: '房龄 10–20 年',
  old: '房龄 20 年以上',
  unknown: '房龄不详',
};
export const SIZE_LABELS = { small: '300 户以下', medium: '300–999 户', large: '1000 户以上' };
export function peerGroupLabel(key: string): string {
  const [grade, age, size] = key.split('-');
  const g = ['', '一级', '二级', '三级'][Number(grade)] ?? '';
  return `${g}收费 · ${AGE_LABELS[age as keyof typeof AGE_LABELS] ?? ''} · ${SIZE_LABELS[size as keyof typeof SIZE_LABELS] ?? ''}`;
}

/** Ranks within each peer group, highest score first; equal scores share a rank (1, 1, 3). */
export function rankWithinPeers<T extends { id: string; peerGroup: string; total: Tenths }>(
  rows: readonly T[],
): Array<T & { rank: number; groupSize: number }> {
  const groups = new Map<string, T[]>();
  for (const r of rows) groups.set(r.peerGroup, [...(groups.get(r.peerGroup) ?? []), r]);
  const out: Array<T & { rank: number; groupSize: number }> = [];
  for (const g of groups.values()) {
    const sorted = [...g].sort((a, b) => b.total - a.total || a.id.localeCompare(b.id));
    for (const r of sorted)
      out.push({ ...r, rank: 1 + sorted.filter((x) => x.total > r.total).length, groupSize: sorted.length });
  }
  return out;
}

/** The published list rules (红黑榜): red at ≥ 90.0 within the top tenth of the peer group; black below 60.0. */
export const LIST_RULES = Object.freeze({ redMinTenths: 900, redTopShare: 0.1, blackBelowTenths: 600 });
export type ListKind = 'red' | 'black';
export const LIST_LABELS: Readonly<Record<ListKind, string>> = Object.freeze({ red: '红榜', black: '黑榜' });

export function listFor(r: {
  total: Tenths;
  rank: number;
  groupSize: number;
}): { list: ListKind; reason: string } | null {
  if (r.total < LIST_RULES.blackBelowTenths)
    return { list: 'black', reason: `年度综合考评 ${(r.total / 10).toFixed(1)} 分，低于 60 分` };
  const top = Math.max(1, Math.ceil(r.groupSize * LIST_RULES.redTopShare));
  if (r.total >= LIST_RULES.redMinTenths && r.rank <= top)
    return {
      list: 'red',
      reason: `年度综合考评 ${(r.total / 10).toFixed(1)} 分（不低于 90 分），同类小区第 ${r.rank} 名（共 ${r.groupSize} 个）`,
    };
  return null;
}

/**
 * The fee hold-back band (Huzhou Art. 34, Shaoxing Art. 37): the contract's bands, each a minimum score and the share
 * of the held-back fee released (per mille). The highest band whose minimum the owners' evaluation reaches applies.
 */
export interface HoldBackBand {
  minTenths: Tenths;
  releasePermille: number;
}
export function holdBackRelease(heldFen: bigint, bands: readonly HoldBackBand[], score: Tenths): bigint {
  const band = [...bands].sort((a, b) => b.minTenths - a.minTenths).find((b) => score >= b.minTenths);
  if (!band) return 0n;
  return (heldFen * BigInt(band.releasePermille)) / 1000n;
}

/** "85.5" for 855 tenths. */
export function formatTenths(t: Tenths | null): string {
  return t === null ? '—' : (t / 10).toFixed(1);
}
