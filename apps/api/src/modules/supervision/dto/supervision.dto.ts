import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  COMPLAINT_SUBJECTS,
  EVIDENCE_TYPES,
  INSPECTION_RESULTS,
  MENU_GRADES,
  MENU_GROUPS,
  SURVEY_WEIGHTINGS,
  VERIFIERS,
} from '@gongzhi/domain';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const text = (min: number, max: number, what: string) =>
  Length(min, max, { message: `${what}应为 ${min}–${max} 个字` });
const int = (min: number, max: number, what: string) => [
  IsInt({ message: `${what}应为整数` }),
  Min(min, { message: `${what}不能小于 ${min}` }),
  Max(max, { message: `${what}不能大于 ${max}` }),
];
function Int(min: number, max: number, what: string): PropertyDecorator {
  return (target, key) => int(min, max, what).forEach((d) => d(target, key));
}

// ---- contract and menu ----

export class MenuItemDto {
  @ApiProperty({ example: 'cleaning.roads', description: '项目编号（分类.名称）' })
  @IsString({ message: '项目编号应为文字' })
  @Matches(/^[a-z]+\.[a-z0-9_]{1,40}$/, { message: '项目编号格式不对' })
  code: string;
  @ApiProperty({ enum: MENU_GROUPS }) @IsIn(MENU_GROUPS, { message: '服务分类不对' }) group: string;
  @ApiProperty() @IsString({ message: '项目名称应为文字' }) @text(1, 40, '项目名称') title: string;
  @ApiProperty({ enum: MENU_GRADES }) @IsIn(MENU_GRADES, { message: '服务等级应为一级、二级或三级' }) level: number;
  @ApiProperty() @IsString({ message: '频次应为文字' }) @text(1, 40, '频次') frequency: string;
  @ApiProperty() @IsString({ message: '服务标准应为文字' }) @text(1, 200, '服务标准') indicator: string;
  @ApiProperty({ enum: EVIDENCE_TYPES }) @IsIn(EVIDENCE_TYPES, { message: '证明材料类型不对' }) evidence: string;
  @ApiProperty({ enum: VERIFIERS }) @IsIn(VERIFIERS, { message: '核查方式不对' }) verifier: string;
}

export class FeeDto {
  @ApiProperty({ enum: ['flat', 'shop', 'parking'] })
  @IsIn(['flat', 'shop', 'parking'], { message: '房屋类型应为住宅、商铺或车位' })
  unitKind: string;
  @ApiProperty({ description: '每平方米每月物业费（分）' }) @Int(0, 100000, '物业费') fenPerM2: number;
}

export class HoldBackBandDto {
  @ApiProperty({ description: '最低得分（十分之一分，900 = 90.0 分）' }) @Int(0, 1000, '最低得分') minTenths: number;
  @ApiProperty({ description: '返还比例（千分比）' }) @Int(0, 1000, '返还比例') releasePermille: number;
}

export class HoldBackDto {
  @ApiProperty({ description: '预留比例（千分比，例如 100 = 10%）' }) @Int(0, 300, '预留比例') sharePermille: number;
  @ApiProperty({ type: [HoldBackBandDto] })
  @IsArray({ message: '返还档次应为列表' })
  @ArrayMinSize(1, { message: '至少要有一个返还档次' })
  @ArrayMaxSize(10, { message: '返还档次最多 10 个' })
  @ValidateNested({ each: true })
  @Type(() => HoldBackBandDto)
  bands: HoldBackBandDto[];
}

export class ProposeContractDto {
  @ApiProperty()
  @IsString({ message: '物业服务企业名称应为文字' })
  @text(1, 100, '物业服务企业名称')
  companyName: string;
  @ApiProperty({ example: '2027-01-01' }) @Matches(DATE, { message: '日期格式应为 YYYY-MM-DD' }) termStart: string;
  @ApiProperty({ example: '2029-12-31' }) @Matches(DATE, { message: '日期格式应为 YYYY-MM-DD' }) termEnd: string;
  @ApiProperty({ enum: MENU_GRADES, description: '服务等级（选用的菜单模板）' })
  @IsIn(MENU_GRADES, { message: '服务等级应为一级、二级或三级' })
  grade: 1 | 2 | 3;
  @ApiProperty({ type: [FeeDto] })
  @IsArray({ message: '收费标准应为列表' })
  @ArrayMinSize(1, { message: '至少填写一项收费标准' })
  @ArrayMaxSize(3, { message: '收费标准最多 3 项' })
  @ValidateNested({ each: true })
  @Type(() => FeeDto)
  fees: FeeDto[];
  @ApiPropertyOptional({ type: [MenuItemDto], description: '调整后的服务菜单；不填则使用所选等级的模板' })
  @IsOptional()
  @IsArray({ message: '服务菜单应为列表' })
  @ArrayMaxSize(200, { message: '服务项目最多 200 项' })
  @ValidateNested({ each: true })
  @Type(() => MenuItemDto)
  menu?: MenuItemDto[];
  @ApiPropertyOptional({ type: HoldBackDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => HoldBackDto)
  holdBack?: HoldBackDto;
  @ApiPropertyOptional({ type: [String], description: '合同扫描件（已上传文件，用途 notice_attachment）' })
  @IsOptional()
  @IsArray({ message: '附件应为列表' })
  @ArrayMaxSize(10, { message: '附件最多 10 份' })
  @IsUUID('all', { each: true, message: '附件编号不对' })
  attachmentIds?: string[];
}

// ---- inspections ----

export class InspectionItemInputDto {
  @ApiProperty() @IsString({ message: '项目编号应为文字' }) @text(1, 60, '项目编号') code: string;
  @ApiProperty({ enum: INSPECTION_RESULTS })
  @IsIn(INSPECTION_RESULTS, { message: '检查结果应为达标、部分达标或未达标' })
  result: (typeof INSPECTION_RESULTS)[number];
  @ApiPropertyOptional({ description: '检查地点' })
  @IsOptional()
  @IsString({ message: '地点应为文字' })
  @text(0, 100, '地点')
  place?: string;
  @ApiPropertyOptional() @IsOptional() @IsString({ message: '说明应为文字' }) @text(0, 300, '说明') note?: string;
  @ApiPropertyOptional({ type: [String], description: '现场照片（已上传文件，用途 inspection_photo）' })
  @IsOptional()
  @IsArray({ message: '照片应为列表' })
  @ArrayMaxSize(6, { message: '每项最多 6 张照片' })
  @IsUUID('all', { each: true, message: '照片编号不对' })
  fileIds?: string[];
}

export class CreateInspectionDto {
  @ApiProperty({ example: '2026-11' }) @Matches(MONTH, { message: '月份格式应为 YYYY-MM' }) month: string;
  @ApiProperty({ type: [InspectionItemInputDto] })
  @IsArray({ message: '检查项目应为列表' })
  @ArrayMinSize(1, { message: '至少检查一项' })
  @ArrayMaxSize(200, { message: '检查项目最多 200 项' })
  @ValidateNested({ each: true })
  @Type(() => InspectionItemInputDto)
  items: InspectionItemInputDto[];
}

export class ReplyDto {
  @ApiProperty({ description: '答复（说明情况或整改措施）' })
  @IsString({ message: '答复应为文字' })
  @text(1, 1000, '答复')
  reply: string;
}

// ---- surveys ----

export class CreateSurveyDto {
  @ApiProperty() @IsString({ message: '标题应为文字' }) @text(1, 100, '标题') title: string;
  @ApiProperty({ type: [String], description: '问题（每题 1–5 分）' })
  @IsArray({ message: '问题应为列表' })
  @ArrayMinSize(1, { message: '至少一个问题' })
  @ArrayMaxSize(20, { message: '问题最多 20 个' })
  @IsString({ each: true, message: '问题应为文字' })
  @Length(1, 100, { each: true, message: '每个问题应为 1–100 个字' })
  questions: string[];
  @ApiProperty({ enum: SURVEY_WEIGHTINGS, description: '按户或按面积计算' })
  @IsIn(SURVEY_WEIGHTINGS, { message: '计算方式应为按户或按面积' })
  weighting: (typeof SURVEY_WEIGHTINGS)[number];
  @ApiProperty({ description: '至少多少户答卷才公布结果' }) @Int(1, 100000, '最少答卷户数') minResponses: number;
  @ApiProperty({ description: '回收率不低于（千分比）才公布结果' })
  @Int(0, 1000, '最低回收率')
  minResponseRatePermille: number;
}

export class AnswerSurveyDto {
  @ApiProperty({ description: '答卷的房屋（每户一份）' }) @IsUUID('all', { message: '请选择房屋' }) unitId: string;
  @ApiProperty({ type: [Number], description: '每题 1–5 分，顺序同问题' })
  @IsArray({ message: '评分应为列表' })
  @ArrayMinSize(1, { message: '请为每个问题打分' })
  @ArrayMaxSize(20, { message: '评分最多 20 个' })
  @IsInt({ each: true, message: '评分应为 1–5 分' })
  @Min(1, { each: true, message: '评分应为 1–5 分' })
  @Max(5, { each: true, message: '评分应为 1–5 分' })
  ratings: number[];
}

// ---- complaints ----

export class CreateComplaintDto {
  @ApiProperty({ enum: COMPLAINT_SUBJECTS, description: 'property 物业服务；committee 业委会' })
  @IsIn(COMPLAINT_SUBJECTS, { message: '请选择投诉对象' })
  subject: (typeof COMPLAINT_SUBJECTS)[number];
  @ApiProperty() @IsString({ message: '内容应为文字' }) @text(1, 1000, '投诉内容') body: string;
  @ApiPropertyOptional({ description: '与某张报修单有关时填写' })
  @IsOptional()
  @IsUUID('all', { message: '报修单编号不对' })
  repairTicketId?: string;
}

export class AnswerComplaintDto {
  @ApiProperty() @IsString({ message: '答复应为文字' }) @text(1, 1000, '答复') answer: string;
}

// ---- annual assessment and lists ----

export class WeightsDto {
  @ApiProperty() @Int(0, 100, '月度检查权重') inspections: number;
  @ApiProperty() @Int(0, 100, '满意度调查权重') survey: number;
  @ApiProperty() @Int(0, 100, '报修和投诉权重') serviceFigures: number;
  @ApiProperty() @Int(0, 100, '信息公开权重') disclosure: number;
}

export class ComputeAssessmentDto {
  @ApiProperty() @IsUUID('all', { message: '请选择小区' }) communityId: string;
  @ApiProperty() @Int(2000, 2100, '年度') year: number;
  @ApiProperty({ type: WeightsDto }) @ValidateNested() @Type(() => WeightsDto) weights: WeightsDto;
  @ApiPropertyOptional({ description: '信息公开得分（0–100，由区住建部门评定）；不填则不计' })
  @IsOptional()
  @Int(0, 100, '信息公开得分')
  disclosureScore?: number;
}

export class YearDto {
  @ApiProperty() @Int(2000, 2100, '年度') year: number;
}

export class YearQueryDto {
  @ApiPropertyOptional()
  @IsOptional()
  @Type(() => Number)
  @Int(2000, 2100, '年度')
  year?: number;
}

// ---- fee hold-back ----

export class ProposeHoldbackReleaseDto {
  @ApiProperty({ description: '作为依据的业主评价（已结束的住户调查）' })
  @IsUUID('all', { message: '请选择业主评价' })
  surveyId: string;
  @ApiProperty({ example: '2026', description: '预留所属期间' })
  @IsString({ message: '期间应为文字' })
  @text(1, 20, '期间')
  period: string;
  @ApiProperty({ example: '1200000', description: '本期预留的物业费（分，整数文本）' })
  @IsString({ message: '预留金额应为整数文本（分）' })
  @Matches(/^[1-9]\d{0,12}$/, { message: '预留金额应为正整数（分）' })
  heldFen: string;
}
