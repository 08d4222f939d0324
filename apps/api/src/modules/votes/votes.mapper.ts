import type { BallotChannel, BallotChoice } from './entities/ballot.entity.js';
import type { MyBallotRow, PaperState } from './paper-ballots.service.js';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  MATTER_LABELS,
  RESOLUTION_STATUS_LABELS,
  isMajorMatter,
  type ItemDecision,
  type MatterType,
} from '@gongzhi/domain';
import type { CastReceipt } from './ballots.service.js';
import type { Objection } from './entities/objection.entity.js';
import type { ResolutionView } from './resolutions.service.js';
import type { ResultView } from './results.service.js';

export class AgendaItemView {
  @ApiProperty() id: string;
  @ApiProperty() position: number;
  @ApiProperty() title: string;
  @ApiProperty() description: string;
  @ApiProperty() matterType: number;
  @ApiProperty() matterLabel: string;
  @ApiProperty({ enum: ['R2', 'R3'], description: 'R2：双四分之三（6、7、8 类）；R3：双过半' }) thresholdRule:
    'R2' | 'R3';
}

export class MyBallotView {
  @ApiProperty() channel: string;
  @ApiProperty() castAt: string;
  @ApiProperty() receipt: string;
}

export class ResolutionScopeBuildingView {
  @ApiProperty() id: string;
  @ApiProperty({ description: '楼栋名称，如 1幢' }) name: string;
  @ApiProperty({ description: '该楼栋在表决范围内的房屋数（投票开始后为冻结名册中的房屋数）' }) units: number;
}

export class ResolutionResponse {
  @ApiProperty() id: string;
  @ApiProperty() title: string;
  @ApiProperty() explanation: string;
  @ApiProperty({ enum: ['draft', 'approved', 'notice', 'open', 'objection', 'final'] }) status: string;
  @ApiProperty() statusLabel: string;
  @ApiProperty() revision: number;
  @ApiProperty() extraordinary: boolean;
  @ApiProperty({ enum: ['community', 'buildings'] }) scope: string;
  @ApiProperty({ type: [String] }) buildingIds: string[];
  @ApiProperty({ type: [ResolutionScopeBuildingView], description: '指定楼栋表决时所含楼栋（全体业主表决时为空）' })
  scopeBuildings: ResolutionScopeBuildingView[];
  @ApiProperty({ type: [String] }) documentFileIds: string[];
  @ApiProperty({ type: [AgendaItemView] }) items: AgendaItemView[];
  @ApiProperty() votingOpensAt: string;
  @ApiProperty() votingClosesAt: string;
  @ApiProperty() votingDays: number;
  @ApiProperty() extended: boolean;
  @ApiProperty() objectionDays: number;
  @ApiPropertyOptional({ type: String, nullable: true }) noticePublishedAt: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) objectionEndsAt: string | null;
  @ApiProperty() officialMode: boolean;
  @ApiPropertyOptional({ type: String, nullable: true }) officialNoticeFileId: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, description: '冻结名册的 SHA-256 指纹（投票开始时公布）' })
  electorateFingerprint: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, description: '表决范围总面积（0.01㎡）' }) totalArea:
    string | null;
  @ApiPropertyOptional({ type: Number, nullable: true }) totalHeads: number | null;
  @ApiProperty({ description: '本稿已审议通过的业委会成员数' }) approvals: number;
  @ApiProperty({ description: '业委会成员总数（须过半数通过）' }) committeeSize: number;
  @ApiProperty() approvedByMe: boolean;
  @ApiPropertyOptional({ type: MyBallotView, nullable: true }) myBallot: MyBallotView | null;
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function toResolutionResponse(v: ResolutionView): ResolutionResponse {
  const r = v.resolution;
  return {
    id: r.id,
    title: r.title,
    explanation: r.explanation,
    status: r.status,
    statusLabel: RESOLUTION_STATUS_LABELS[r.status],
    revision: r.revision,
    extraordinary: r.extraordinary,
    scope: r.scopeKind,
    buildingIds: r.scopeBuildingIds,
    scopeBuildings: v.scopeBuildings,
    documentFileIds: r.documentFileIds,
    items: v.items.map((i) => ({
      id: i.id,
      position: i.position,
      title: i.title,
      description: i.description,
      matterType: i.matterType,
      matterLabel: MATTER_LABELS[i.matterType as MatterType],
      thresholdRule: isMajorMatter(i.matterType as MatterType) ? 'R2' : 'R3',
    })),
    votingOpensAt: r.votingOpensAt.toISOString(),
    votingClosesAt: r.votingClosesAt.toISOString(),
    votingDays: r.votingDays,
    extended: r.extended,
    objectionDays: r.objectionDays,
    noticePublishedAt: iso(r.noticePublishedAt),
    objectionEndsAt: iso(r.objectionEndsAt),
    officialMode: r.officialMode,
    officialNoticeFileId: r.officialNoticeFileId,
    electorateFingerprint: r.electorateFingerprint,
    totalArea: r.totalArea,
    totalHeads: r.totalHeads,
    approvals: v.approvals,
    committeeSize: v.committeeSize,
    approvedByMe: v.approvedByMe,
    myBallot: v.myBallot
      ? { channel: v.myBallot.channel, castAt: new Date(v.myBallot.castAt).toISOString(), receipt: v.myBallot.receipt }
      : null,
  };
}

export class CastReceiptResponse {
  @ApiProperty() ballotId: string;
  @ApiProperty({ description: '回执码：截止后可在参与名单中核对' }) receipt: string;
  @ApiProperty({ enum: ['online', 'paper', 'proxy'] }) channel: string;
  @ApiProperty() castAt: string;
}

export function toCastReceipt(c: CastReceipt): CastReceiptResponse {
  return { ballotId: c.ballotId, receipt: c.receipt, channel: c.channel, castAt: new Date(c.castAt).toISOString() };
}

export class ItemResultResponse {
  @ApiProperty() itemId: string;
  @ApiProperty() position: number;
  @ApiProperty() title: string;
  @ApiProperty() matterType: number;
  @ApiProperty() matterLabel: string;
  @ApiProperty({ enum: ['R2', 'R3'] }) thresholdRule: string;
  @ApiProperty({ description: '以下面积单位均为 0.01㎡（整数字符串）' }) totalArea: string;
  @ApiProperty() totalHeads: string;
  @ApiProperty() pArea: string;
  @ApiProperty() pHeads: string;
  @ApiProperty() yesArea: string;
  @ApiProperty() yesHeads: string;
  @ApiProperty() noArea: string;
  @ApiProperty() noHeads: string;
  @ApiProperty() abstainArea: string;
  @ApiProperty() abstainHeads: string;
  @ApiProperty() invalidArea: string;
  @ApiProperty() invalidHeads: string;
  @ApiProperty() quorumMet: boolean;
  @ApiProperty() passed: boolean;
  @ApiProperty({ enum: ['R1', 'R2', 'R3', 'R5'] }) decidedBy: string;
  @ApiProperty() contested: boolean;
  @ApiProperty() reason: string;
}

export class PaperBallotCountsResponse {
  @ApiProperty({ description: '经第二名委员核对扫描件确认、已计入' }) confirmed: number;
  @ApiProperty({ description: '尚未经第二名委员确认、不计入' }) unconfirmed: number;
  @ApiProperty({ description: '业主提出异议、已搁置不计入' }) disputed: number;
}

export class ResultResponse {
  @ApiProperty() resolutionId: string;
  @ApiProperty({ enum: ['preliminary', 'final'] }) stage: string;
  @ApiProperty() official: boolean;
  @ApiPropertyOptional({ type: String, nullable: true }) objectionEndsAt: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) electorateFingerprint: string | null;
  @ApiProperty({ type: [ItemResultResponse] }) items: ItemResultResponse[];
  @ApiProperty({
    type: () => PaperBallotCountsResponse,
    description: '纸质票和委托票：已复核计入、未复核不计入、业主异议已搁置',
  })
  paperBallots: PaperBallotCountsResponse;
}

function decisionFigures(x: ItemDecision) {
  const s = (b: bigint) => b.toString();
  return {
    matterType: x.matterType,
    matterLabel: x.matterLabel,
    thresholdRule: x.thresholdRule,
    totalArea: s(x.totalArea),
    totalHeads: s(x.totalHeads),
    pArea: s(x.pArea),
    pHeads: s(x.pHeads),
    yesArea: s(x.yesArea),
    yesHeads: s(x.yesHeads),
    noArea: s(x.noArea),
    noHeads: s(x.noHeads),
    abstainArea: s(x.abstainArea),
    abstainHeads: s(x.abstainHeads),
    invalidArea: s(x.invalidArea),
    invalidHeads: s(x.invalidHeads),
    quorumMet: x.quorumMet,
    passed: x.passed,
    decidedBy: x.decidedBy,
    contested: x.contested,
    reason: x.reason,
  };
}

export function toResultResponse(v: ResultView): ResultResponse {
  return {
    resolutionId: v.resolution.id,
    stage: v.stage,
    official: v.official,
    objectionEndsAt: iso(v.resolution.objectionEndsAt),
    electorateFingerprint: v.resolution.electorateFingerprint,
    paperBallots: v.paperBallots,
    items: v.items.map((i) => ({
      itemId: i.itemId,
      position: i.position,
      title: i.title,
      ...decisionFigures(i.decision),
    })),
  };
}

export class ObjectionResponse {
  @ApiProperty() id: string;
  @ApiProperty() reasons: string;
  @ApiProperty() createdAt: string;
  @ApiProperty({ description: '是否本人提出' }) mine: boolean;
  @ApiPropertyOptional({ type: String, nullable: true }) answer: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) answeredAt: string | null;
}

/** No names: an objection is shown with its reasons and answer only. */
export function toObjectionResponse(o: Objection, viewerId: string): ObjectionResponse {
  return {
    id: o.id,
    reasons: o.reasons,
    createdAt: o.createdAt.toISOString(),
    mine: o.personId === viewerId,
    answer: o.answer,
    answeredAt: iso(o.answeredAt),
  };
}

// ---- turnout, published lists, receipts, chain: the results and ballots services build these answers; the
// controller proves (SameShape) they have exactly these fields. Areas: 0.01㎡ as integer strings.

export class BuildingTurnoutResponse {
  @ApiProperty() buildingId: string;
  @ApiProperty() buildingName: string;
  @ApiProperty({ description: '表决范围内的房屋数' }) units: number;
  @ApiProperty() unitsVoted: number;
  @ApiProperty({ description: '面积（0.01㎡，整数字符串）' }) area: string;
  @ApiProperty({ description: '已投票面积（0.01㎡，整数字符串）' }) areaVoted: string;
  @ApiProperty() heads: number;
  @ApiProperty() headsVoted: number;
}

export class TurnoutResponse {
  @ApiProperty({ description: '投票人总数' }) totalHeads: number;
  @ApiProperty({ description: '总面积（0.01㎡，整数字符串）' }) totalArea: string;
  @ApiProperty() votedHeads: number;
  @ApiProperty({ description: '已投票面积（0.01㎡，整数字符串）' }) votedArea: string;
  @ApiProperty({ type: [BuildingTurnoutResponse] }) buildings: BuildingTurnoutResponse[];
}

export class ParticipationRowResponse {
  @ApiProperty() buildingName: string;
  @ApiProperty() room: string;
  @ApiProperty({ description: '面积（0.01㎡，整数字符串）' }) area: string;
  @ApiProperty() tookPart: boolean;
  @ApiProperty({ type: String, nullable: true, description: '该房屋所计选票的回执码' }) receipt: string | null;
}

export class ScopeBuildingResponse {
  @ApiProperty() id: string;
  @ApiProperty({ description: '楼栋名称，如 1幢' }) name: string;
  @ApiProperty({ description: '该楼栋的房屋数' }) units: number;
  @ApiProperty({ description: '该楼栋房屋面积合计（0.01㎡，整数字符串）' }) area: string;
}

export class BallotUnitResponse {
  @ApiProperty() unitId: string;
  @ApiProperty() buildingName: string;
  @ApiProperty() room: string;
  @ApiProperty({ description: '面积（0.01㎡，整数字符串）' }) area: string;
  @ApiProperty({
    deprecated: true,
    description: '已停用，恒为 false：不向委员会显示哪些房屋尚未投票（已投票的房屋再录入会被拒绝）',
  })
  voted: boolean;
  @ApiProperty({ description: '名册上的业主姓名（共有人以“、”分隔），用于核对纸质票上的签名' }) ownerName: string;
}

export class ReceiptCheckResponse {
  @ApiProperty({ description: '回执码是否在本次表决的选票链中' }) found: boolean;
  @ApiProperty({ type: String, nullable: true, description: '规范化后的回执码' }) receipt: string | null;
  @ApiProperty({ description: '是否为该投票人最终计入的那张选票' }) counted: boolean;
}

export class VoteChainOkResponse {
  @ApiProperty({ type: Boolean, enum: [true] }) ok: true;
  @ApiProperty() length: number;
  @ApiProperty({ description: '链头哈希' }) head: string;
}

export class VoteChainBrokenAtResponse {
  @ApiProperty() seq: number;
  @ApiProperty() receipt: string;
  @ApiProperty() ballotId: string;
}

export class VoteChainBrokenResponse {
  @ApiProperty({ type: Boolean, enum: [false] }) ok: false;
  @ApiProperty() length: number;
  @ApiProperty({ type: VoteChainBrokenAtResponse, description: '第一张出问题的选票' })
  brokenAt: VoteChainBrokenAtResponse;
  @ApiProperty() reason: string;
}

export type VoteChainResponse = VoteChainOkResponse | VoteChainBrokenResponse;

export class BallotChoiceResponse {
  @ApiProperty() itemId: string;
  @ApiProperty({ enum: ['yes', 'no', 'abstain'] }) choice: BallotChoice;
}

export class PaperBallotResponse {
  @ApiProperty() ballotId: string;
  @ApiProperty() seq: number;
  @ApiProperty({ enum: ['paper', 'proxy'] }) channel: BallotChannel;
  @ApiProperty({ description: '房屋（楼栋 房号，多套以“、”分隔）' }) units: string;
  @ApiProperty({ description: '名册上的业主姓名，用于核对签名' }) ownerName: string;
  @ApiProperty({ type: [BallotChoiceResponse] }) choices: BallotChoiceResponse[];
  @ApiProperty() spoilt: boolean;
  @ApiProperty({ type: String, nullable: true }) witnessName: string | null;
  @ApiProperty({ type: String, nullable: true }) proxyName: string | null;
  @ApiProperty({ description: '录入委员' }) enteredByName: string;
  @ApiProperty() enteredByMe: boolean;
  @ApiProperty() castAt: string;
  @ApiProperty({
    enum: ['unconfirmed', 'confirmed', 'disputed'],
    description: '待复核（不计入）/ 已确认计入 / 业主异议已搁置',
  })
  state: PaperState;
  @ApiProperty({ type: String, nullable: true }) confirmedByName: string | null;
  @ApiProperty({ description: '我已打开过扫描件' }) scanOpenedByMe: boolean;
  @ApiProperty({ description: '我现在可以确认：不是录入人、不是见证人、已打开扫描件、尚未确认' }) canConfirm: boolean;
}

export class MyBallotResponse {
  @ApiProperty() ballotId: string;
  @ApiProperty({ enum: ['online', 'paper', 'proxy'] }) channel: BallotChannel;
  @ApiProperty({ description: '房屋（楼栋 房号）' }) units: string;
  @ApiProperty() castAt: string;
  @ApiProperty() receipt: string;
  @ApiProperty({ type: [BallotChoiceResponse] }) choices: BallotChoiceResponse[];
  @ApiProperty() spoilt: boolean;
  @ApiProperty({
    enum: ['counted', 'superseded', 'unconfirmed', 'disputed'],
    description: '计入 / 已被后一张取代 / 纸质票待第二名委员复核（暂不计入）/ 已提出异议、搁置不计入',
  })
  state: MyBallotRow['state'];
  @ApiProperty({ description: '可以提出异议（纸质票或委托票，投票截止前）' }) canDispute: boolean;
}
