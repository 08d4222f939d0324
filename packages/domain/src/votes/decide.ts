import { DomainError } from '../domain-error.js';
import { ErrorCode } from '../errors.js';
import { MATTER_LABELS, isMajorMatter, isMatterType, type MatterType } from './matters.js';
import type { ElectorateTotals, Tally, VoteSettings } from './types.js';

export type RuleId = 'R1' | 'R2' | 'R3' | 'R5';

export interface FollowMajorityFigures {
  /** Heads and area that cast no ballot at all. */
  nonVoterArea: bigint;
  nonVoterHeads: bigint;
  /** Which side the non-voters were counted with. */
  followed: 'yes' | 'no';
  effectivePArea: bigint;
  effectivePHeads: bigint;
  effectiveYesArea: bigint;
  effectiveYesHeads: bigint;
  /** Zhejiang 2009 Art. 10: actual yes > ½ of total area AND > ½ of total heads. */
  absoluteMajorityMet: boolean;
}

export interface ItemDecision extends Tally {
  matterType: MatterType;
  matterLabel: string;
  major: boolean;
  /** The threshold rule for this matter type. */
  thresholdRule: 'R2' | 'R3';
  totalArea: bigint;
  totalHeads: bigint;
  /** Participation: yes + no + abstain (+ invalid when the rules say so). */
  pArea: bigint;
  pHeads: bigint;
  /** R1 on actual participation. */
  quorumMet: boolean;
  /** R2/R3 on actual participation. */
  thresholdMet: boolean;
  passed: boolean;
  /** The rule that decided the outcome. */
  decidedBy: RuleId;
  /** True when the contested "non-voters follow the majority" clause (R5) was applied. */
  contested: boolean;
  followMajority: FollowMajorityFigures | null;
  /** Chinese explanation with the figures. */
  reason: string;
}

const bad = (message: string) => new DomainError(ErrorCode.VALIDATION_FAILED, message);

function m2(hundredths: bigint): string {
  const s = (hundredths % 100n).toString().padStart(2, '0');
  return `${(hundredths / 100n).toString()}.${s}㎡`;
}

const quorum = (pArea: bigint, pHeads: bigint, t: ElectorateTotals) =>
  3n * pArea >= 2n * t.totalArea && 3n * pHeads >= 2n * t.totalHeads;

function threshold(major: boolean, yesArea: bigint, yesHeads: bigint, pArea: bigint, pHeads: bigint): boolean {
  return major
    ? 4n * yesArea >= 3n * pArea && 4n * yesHeads >= 3n * pHeads
    : 2n * yesArea > pArea && 2n * yesHeads > pHeads;
}

/**
 * Decides one item under Civil Code Art. 278 (domain-rules.md §2, rules R1-R5).
 * Exact integer arithmetic only: every ratio is compared by cross-multiplying bigints.
 */
export function decideItem(
  totals: ElectorateTotals,
  tally: Tally,
  matterType: MatterType,
  settings: VoteSettings,
): ItemDecision {
  if (!isMatterType(matterType)) throw bad(`表决事项类型 ${String(matterType)} 无效，应为 1-9`);
  const { totalArea, totalHeads } = totals;
  const fields = Object.entries(tally) as [keyof Tally, bigint][];
  for (const [k, v] of fields) {
    if (typeof v !== 'bigint' || v < 0n) throw bad(`计票数据 ${k} 必须是非负整数`);
  }
  if (totalArea < 0n || totalHeads < 0n) throw bad('总面积和总人数不能为负数');
  const castArea = tally.yesArea + tally.noArea + tally.abstainArea + tally.invalidArea;
  const castHeads = tally.yesHeads + tally.noHeads + tally.abstainHeads + tally.invalidHeads;
  if (castArea > totalArea || castHeads > totalHeads) throw bad('已投票的面积或人数超过了表决范围内的总数，请核对计票');

  const major = isMajorMatter(matterType);
  const thresholdRule = major ? 'R2' : 'R3';
  const countInvalid = settings.invalidCountsAsParticipation;
  const pArea = tally.yesArea + tally.noArea + tally.abstainArea + (countInvalid ? tally.invalidArea : 0n);
  const pHeads = tally.yesHeads + tally.noHeads + tally.abstainHeads + (countInvalid ? tally.invalidHeads : 0n);
  const quorumMet = quorum(pArea, pHeads, totals);
  const thresholdMet = threshold(major, tally.yesArea, tally.yesHeads, pArea, pHeads);

  const base = {
    ...tally,
    matterType,
    matterLabel: MATTER_LABELS[matterType],
    major,
    thresholdRule,
    totalArea,
    totalHeads,
    pArea,
    pHeads,
    quorumMet,
    thresholdMet,
  } as const;

  const figures =
    `参与表决面积 ${m2(pArea)} / 总面积 ${m2(totalArea)}，参与人数 ${pHeads} / 总人数 ${totalHeads}；` +
    `同意面积 ${m2(tally.yesArea)}，同意人数 ${tally.yesHeads}`;
  const need = major ? '参与表决面积和人数的四分之三以上' : '参与表决面积和人数的过半数';

  if (totalHeads === 0n || totalArea === 0n) {
    return {
      ...base,
      passed: false,
      decidedBy: 'R1',
      contested: false,
      followMajority: null,
      reason: '表决范围内没有业主或面积为零，无法形成决定',
    };
  }

  if (!settings.followMajority) {
    if (!quorumMet) {
      return {
        ...base,
        passed: false,
        decidedBy: 'R1',
        contested: false,
        followMajority: null,
        reason: `未通过：参与表决的面积和人数未同时达到总数的三分之二以上（R1）。${figures}`,
      };
    }
    return {
      ...base,
      passed: thresholdMet,
      decidedBy: thresholdRule,
      contested: false,
      followMajority: null,
      reason: `${thresholdMet ? '通过' : '未通过'}：参与表决达到三分之二以上；同意${thresholdMet ? '达到' : '未达到'}${need}（${thresholdRule}）。${figures}`,
    };
  }

  // R5: non-voters follow the majority of those who voted (contested clause).
  const nonVoterArea = totalArea - castArea;
  const nonVoterHeads = totalHeads - castHeads;
  const yesIsMajority = 2n * tally.yesArea > pArea && 2n * tally.yesHeads > pHeads;
  const followed = yesIsMajority ? 'yes' : 'no';
  const effectivePArea = pArea + nonVoterArea;
  const effectivePHeads = pHeads + nonVoterHeads;
  const effectiveYesArea = tally.yesArea + (yesIsMajority ? nonVoterArea : 0n);
  const effectiveYesHeads = tally.yesHeads + (yesIsMajority ? nonVoterHeads : 0n);
  const absoluteMajorityMet = 2n * tally.yesArea > totalArea && 2n * tally.yesHeads > totalHeads;
  const effQuorum = quorum(effectivePArea, effectivePHeads, totals);
  const effThreshold = threshold(major, effectiveYesArea, effectiveYesHeads, effectivePArea, effectivePHeads);
  const passed = effQuorum && effThreshold && absoluteMajorityMet;
  let why: string;
  if (!absoluteMajorityMet) why = '实际同意的面积和人数未同时超过总面积和总人数的一半';
  else if (!effQuorum) why = '计入未投票业主后参与表决仍未达到三分之二以上';
  else if (!effThreshold) why = `计入未投票业主后同意仍未达到${need}`;
  else why = `未投票业主计入多数意见后，同意达到${need}，且实际同意超过总面积和总人数的一半`;
  return {
    ...base,
    passed,
    decidedBy: 'R5',
    contested: true,
    followMajority: {
      nonVoterArea,
      nonVoterHeads,
      followed,
      effectivePArea,
      effectivePHeads,
      effectiveYesArea,
      effectiveYesHeads,
      absoluteMajorityMet,
    },
    reason:
      `${passed ? '通过' : '未通过'}（适用“未投票业主视为同意多数意见”条款，该条款效力存在争议，R5）：${why}。` +
      `未投票面积 ${m2(nonVoterArea)}、人数 ${nonVoterHeads} 计入${followed === 'yes' ? '同意' : '不同意'}一方。${figures}`,
  };
}
