import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class MenuItemViewDto {
  @ApiProperty() code: string;
  @ApiProperty() group: string;
  @ApiProperty() title: string;
  @ApiProperty() level: number;
  @ApiProperty() frequency: string;
  @ApiProperty() indicator: string;
  @ApiProperty() evidence: string;
  @ApiProperty() verifier: string;
  @ApiProperty({ description: '证明材料（中文）' }) evidenceLabel: string;
  @ApiProperty({ description: '核查方式（中文）' }) verifierLabel: string;
}
export class MenuGroupDto {
  @ApiProperty() group: string;
  @ApiProperty({ description: '分类名称' }) label: string;
  @ApiProperty({ type: [MenuItemViewDto] }) items: MenuItemViewDto[];
}
export class MenuTemplateDto {
  @ApiProperty() grade: number;
  @ApiProperty({ type: [MenuGroupDto] }) groups: MenuGroupDto[];
}
export class FileRefDto {
  @ApiProperty() id: string;
  @ApiProperty() contentUrl: string;
}
class FeeViewDto {
  @ApiProperty() unitKind: string;
  @ApiProperty() fenPerM2: number;
}
class BuildingFeeDto {
  @ApiProperty() building: string;
  @ApiProperty() units: number;
  @ApiProperty({ description: '每月物业费合计（分，文本）' }) monthlyFen: string;
}
class HoldBackViewDto {
  @ApiProperty() sharePermille: number;
  @ApiProperty({ type: 'array', items: { type: 'object' } }) bands: Array<{
    minTenths: number;
    releasePermille: number;
  }>;
}
export class ContractDto {
  @ApiProperty() id: string;
  @ApiProperty() companyName: string;
  @ApiProperty() termStart: string;
  @ApiProperty() termEnd: string;
  @ApiProperty() grade: number;
  @ApiProperty({ enum: ['proposed', 'active', 'superseded'] }) status: string;
  @ApiProperty({ type: [FeeViewDto] }) fees: FeeViewDto[];
  @ApiPropertyOptional({ type: HoldBackViewDto, nullable: true }) holdBack: HoldBackViewDto | null;
  @ApiProperty({ type: [MenuGroupDto] }) groups: MenuGroupDto[];
  @ApiProperty({ type: [BuildingFeeDto], description: '各楼栋每月物业费（我们付钱买了什么）' })
  byBuilding: BuildingFeeDto[];
  @ApiProperty({ type: [FileRefDto] }) attachments: FileRefDto[];
  @ApiProperty() proposedByName: string;
  @ApiPropertyOptional({ type: String, nullable: true }) confirmedByName: string | null;
  @ApiPropertyOptional({ type: Date, nullable: true }) confirmedAt: Date | null;
  @ApiProperty() createdAt: Date;
}
export class CurrentContractDto {
  @ApiPropertyOptional({ type: ContractDto, nullable: true }) contract: ContractDto | null;
  @ApiProperty({ type: [ContractDto], description: '等待另一位委员确认的合同' }) pending: ContractDto[];
}
export class ChecklistDto {
  @ApiProperty() contractId: string;
  @ApiProperty({ type: [MenuGroupDto] }) groups: MenuGroupDto[];
}
class InspectionItemViewDto {
  @ApiProperty() code: string;
  @ApiProperty() title: string;
  @ApiProperty() group: string;
  @ApiProperty() indicator: string;
  @ApiProperty({ enum: ['met', 'partly', 'not_met'] }) result: string;
  @ApiProperty() resultLabel: string;
  @ApiProperty() place: string;
  @ApiProperty() note: string;
  @ApiProperty({ type: [String] }) fileIds: string[];
  @ApiProperty({ type: [FileRefDto] }) photos: FileRefDto[];
}
export class InspectionDto {
  @ApiProperty() id: string;
  @ApiProperty() month: string;
  @ApiProperty({ description: '得分（0–100）' }) score: number;
  @ApiProperty({ enum: ['awaiting_reply', 'replied', 'published'] }) status: string;
  @ApiProperty() statusLabel: string;
  @ApiProperty() inspectorName: string;
  @ApiProperty() inspectedAt: Date;
  @ApiProperty() replyDueAt: Date;
  @ApiPropertyOptional({ type: String, nullable: true }) reply: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) repliedByName: string | null;
  @ApiPropertyOptional({ type: Date, nullable: true }) repliedAt: Date | null;
  @ApiPropertyOptional({ type: Date, nullable: true }) publishedAt: Date | null;
  @ApiProperty({ type: [InspectionItemViewDto] }) items: InspectionItemViewDto[];
}
export class InspectionListDto {
  @ApiProperty({ type: [InspectionDto] }) items: InspectionDto[];
}
class SurveyResultDto {
  @ApiProperty({ description: '调查名单户数（调查开始时确定）' }) frameHouseholds: number;
  @ApiProperty({ description: '答卷户数 n' }) responses: number;
  @ApiProperty({ description: '回收率（千分比）' }) responseRatePermille: number;
  @ApiProperty({ description: '其中物业人员或业委会委员家庭的答卷' }) flaggedResponses: number;
  @ApiPropertyOptional({ type: Number, nullable: true, description: '得分 0–100；未达公布条件时不显示' }) score:
    number | null;
  @ApiPropertyOptional({ type: Number, nullable: true }) satisfiedPermille: number | null;
  @ApiPropertyOptional({ type: Number, nullable: true }) margin: number | null;
  @ApiPropertyOptional({ type: String, nullable: true }) marginNote: string | null;
  @ApiProperty() publishable: boolean;
  @ApiPropertyOptional({ type: String, nullable: true }) withheldReason: string | null;
}
export class SurveyDto {
  @ApiProperty() id: string;
  @ApiProperty() title: string;
  @ApiProperty({ type: [String] }) questions: string[];
  @ApiProperty({ enum: ['household', 'area'] }) weighting: string;
  @ApiProperty({ enum: ['open', 'closed'] }) status: string;
  @ApiProperty() minResponses: number;
  @ApiProperty() minResponseRatePermille: number;
  @ApiPropertyOptional({ type: Date, nullable: true }) closedAt: Date | null;
  @ApiProperty() createdAt: Date;
  @ApiProperty({ type: [String], description: '我已答卷的房屋' }) answeredUnitIds: string[];
  @ApiProperty({ type: [String], description: '我还可以为之答卷的房屋（在调查名单里、尚未答卷）' })
  myOpenUnitIds: string[];
  @ApiProperty({ type: SurveyResultDto }) result: SurveyResultDto;
}
export class SurveyListDto {
  @ApiProperty({ type: [SurveyDto] }) items: SurveyDto[];
}
export class SurveyAnsweredDto {
  @ApiProperty() answered: boolean;
  @ApiProperty() unitId: string;
}
export class ComplaintDto {
  @ApiProperty() id: string;
  @ApiProperty({ enum: ['property', 'committee'] }) subject: string;
  @ApiProperty() body: string;
  @ApiProperty({ description: '是否是我提出的（投诉人姓名和房号不向任何人显示）' }) mine: boolean;
  @ApiPropertyOptional({ type: String, nullable: true }) repairTicketId: string | null;
  @ApiProperty({ enum: ['open', 'answered', 'escalated'] }) status: string;
  @ApiProperty() statusLabel: string;
  @ApiProperty() dueAt: Date;
  @ApiProperty({ description: '已超过答复期限' }) late: boolean;
  @ApiPropertyOptional({ type: String, nullable: true }) answer: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) answeredByName: string | null;
  @ApiPropertyOptional({ type: Date, nullable: true }) answeredAt: Date | null;
  @ApiPropertyOptional({ type: String, nullable: true }) escalatedTo: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) escalatedToLabel: string | null;
  @ApiPropertyOptional({ type: Date, nullable: true }) escalatedAt: Date | null;
  @ApiProperty() createdAt: Date;
}
export class ComplaintListDto {
  @ApiProperty({ type: [ComplaintDto] }) items: ComplaintDto[];
}
class ComponentDto {
  @ApiProperty() component: string;
  @ApiProperty() label: string;
  @ApiProperty() weight: number;
  @ApiPropertyOptional({ type: Number, nullable: true }) score: number | null;
}
export class AssessmentDto {
  @ApiProperty() id: string;
  @ApiProperty() communityId: string;
  @ApiProperty() communityName: string;
  @ApiProperty() year: number;
  @ApiPropertyOptional({ type: Number, nullable: true }) total: number | null;
  @ApiProperty({ type: [ComponentDto] }) components: ComponentDto[];
  @ApiProperty() peerGroup: string;
  @ApiProperty() peerGroupLabel: string;
  @ApiProperty({ enum: ['awaiting_reply', 'replied', 'published'] }) status: string;
  @ApiProperty() statusLabel: string;
  @ApiProperty() computedByName: string;
  @ApiProperty() replyDueAt: Date;
  @ApiPropertyOptional({ type: String, nullable: true }) reply: string | null;
  @ApiPropertyOptional({ type: Date, nullable: true }) repliedAt: Date | null;
  @ApiPropertyOptional({ type: String, nullable: true }) publishedByName: string | null;
  @ApiPropertyOptional({ type: Date, nullable: true }) publishedAt: Date | null;
}
export class RankedAssessmentDto extends AssessmentDto {
  @ApiPropertyOptional({ type: Number, nullable: true, description: '同类小区中的名次' }) rank: number | null;
  @ApiPropertyOptional({ type: Number, nullable: true }) groupSize: number | null;
}
export class AssessmentListDto {
  @ApiProperty({ type: [AssessmentDto] }) items: AssessmentDto[];
}
export class RankedAssessmentListDto {
  @ApiProperty({ type: [RankedAssessmentDto] }) items: RankedAssessmentDto[];
}
export class AssessmentExportDto {
  @ApiProperty() id: string;
  @ApiProperty() communityId: string;
  @ApiProperty() year: number;
  @ApiProperty() peerGroup: string;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'number' } }) weights: Record<string, number>;
  @ApiProperty({ type: 'object', additionalProperties: true, description: '计算用的全部原始数据' }) figures: Record<
    string,
    unknown
  >;
  @ApiProperty({ type: 'object', additionalProperties: true, description: '各项得分（十分之一分）' }) inputs: Record<
    string,
    unknown
  >;
  @ApiPropertyOptional({ type: Number, nullable: true, description: '总分（十分之一分）' }) total: number | null;
}
export class ListEntryDto {
  @ApiProperty() id: string;
  @ApiProperty() communityId: string;
  @ApiProperty() communityName: string;
  @ApiProperty() assessmentId: string;
  @ApiProperty() year: number;
  @ApiProperty({ enum: ['red', 'black'] }) list: string;
  @ApiProperty() listLabel: string;
  @ApiProperty() reason: string;
  @ApiProperty({ enum: ['proposed', 'confirmed', 'countersigned', 'replied', 'published'] }) status: string;
  @ApiProperty() statusLabel: string;
  @ApiPropertyOptional({ type: String, nullable: true }) confirmedByName: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) countersignedByName: string | null;
  @ApiPropertyOptional({ type: Date, nullable: true }) replyDueAt: Date | null;
  @ApiPropertyOptional({ type: String, nullable: true }) reply: string | null;
  @ApiPropertyOptional({ type: Date, nullable: true }) repliedAt: Date | null;
  @ApiPropertyOptional({ type: Date, nullable: true }) publishedAt: Date | null;
}
export class ListEntryListDto {
  @ApiProperty({ type: [ListEntryDto] }) items: ListEntryDto[];
}

export class HoldbackReleaseDto {
  @ApiProperty() id: string;
  @ApiProperty() surveyId: string;
  @ApiProperty() period: string;
  @ApiProperty({ description: '预留金额（分，文本）' }) heldFen: string;
  @ApiProperty({ description: '业主评价得分' }) score: number;
  @ApiProperty({ description: '适用档次的返还比例（千分比）' }) releasePermille: number;
  @ApiProperty({ description: '返还金额（分，文本）' }) releaseFen: string;
  @ApiProperty({ enum: ['proposed', 'approved'] }) status: string;
  @ApiProperty() proposedByName: string;
  @ApiPropertyOptional({ type: String, nullable: true }) approvedByName: string | null;
  @ApiPropertyOptional({ type: Date, nullable: true }) approvedAt: Date | null;
  @ApiProperty() createdAt: Date;
}
class HoldbackPostingDto {
  @ApiProperty() id: string;
  @ApiProperty() releaseId: string;
  @ApiProperty() surveyId: string;
  @ApiProperty() amountFen: string;
  @ApiProperty() withheldFen: string;
  @ApiProperty() proposedByName: string;
  @ApiProperty() approvedByName: string;
  @ApiProperty() createdAt: Date;
}
export class HoldbackAccountDto {
  @ApiProperty({ type: [HoldbackReleaseDto] }) releases: HoldbackReleaseDto[];
  @ApiProperty({ type: [HoldbackPostingDto], description: '预留物业费账户的入账记录（只增不改）' })
  postings: HoldbackPostingDto[];
  @ApiProperty({ description: '已返还合计（分，文本）' }) releasedFen: string;
}
