import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';

export class DistrictDashboardQueryDto {
  @ApiPropertyOptional({ description: '辖区 id；只监管一个辖区时可省略' })
  @IsOptional()
  @IsUUID('all', { message: '辖区 id 格式不正确' })
  districtId?: string;
}

export class DistrictMetricRecordsQueryDto {
  @ApiProperty({ description: '指标代码（见看板 metrics），例如 service.on_time', example: 'service.on_time' })
  @IsString({ message: '请选择指标' })
  @MaxLength(60, { message: '指标代码不正确' })
  @Matches(/^[a-z_]+\.[a-z_0-9]+$/, { message: '指标代码不正确' })
  metric: string;
}

/** One entry of the metric dictionary (packages/domain/src/district/metrics.ts). */
export class MetricDefinitionDto {
  @ApiProperty({ example: 'service.on_time' }) code: string;
  @ApiProperty({ enum: ['coverage', 'governance', 'transparency', 'service'] }) family: string;
  @ApiProperty({ description: '组织覆盖、业主自治、信息公开、物业服务' }) familyLabel: string;
  @ApiProperty() label: string;
  @ApiProperty({ description: 'false：所需功能尚未上线，不提供数字（awaiting 说明原因）' }) available: boolean;
  @ApiPropertyOptional({ description: '尚未提供时：等待的数据' }) awaiting?: string;
  @ApiPropertyOptional() formula?: string;
  @ApiPropertyOptional() numerator?: string;
  @ApiPropertyOptional() denominator?: string;
  @ApiPropertyOptional({ enum: ['share', 'minutes', 'days', 'count'] }) unit?: string;
  @ApiPropertyOptional({ enum: ['ratio', 'percentile', 'sum', 'max'], description: '汇总到街道、全区的方法' })
  rollUp?: string;
  @ApiPropertyOptional({ enum: ['higher', 'lower'] }) better?: string;
  @ApiPropertyOptional() source?: string;
  @ApiPropertyOptional() freshness?: string;
  @ApiProperty() legalBasis: string;
  @ApiPropertyOptional({ description: '小样本规则：计数不足此数时不显示数字' }) minCount?: number;
  @ApiPropertyOptional({ type: Number, nullable: true, description: '高于此值需关注' }) attentionAbove?: number | null;
  @ApiPropertyOptional({ type: Number, nullable: true, description: '低于此值需关注' }) attentionBelow?: number | null;
  @ApiPropertyOptional() attentionWhy?: string;
  @ApiPropertyOptional({ description: '数字背后的记录：工单、表决或公示' }) records?: string;
}

export class MetricFigureDto {
  @ApiProperty() code: string;
  @ApiPropertyOptional({ type: Number, nullable: true, description: '数值；不显示时为 null（见 withheld）' })
  value: number | null;
  @ApiPropertyOptional({ type: Number, nullable: true, description: '分子之和（分位数指标为 null）' })
  numerator: number | null;
  @ApiPropertyOptional({ type: Number, nullable: true, description: '分母之和（分位数指标为 null）' })
  denominator: number | null;
  @ApiProperty({ description: '数字背后的计数 n（分母或数值个数；按面积的参与率为人数）' }) n: number;
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    enum: ['small_group', 'no_data'],
    description: 'small_group：样本太少不显示；no_data：没有可统计的记录',
  })
  withheld: 'small_group' | 'no_data' | null;
  @ApiProperty({ description: '超过关注阈值' }) attention: boolean;
}

export class CommunityMetricFigureDto extends MetricFigureDto {
  @ApiPropertyOptional({ type: Number, nullable: true, description: '同类小区中的名次（1 最好；不显示的无名次）' })
  rank: number | null;
  @ApiProperty({ description: '同类小区中参与排名的小区数' }) rankOf: number;
}

export class PeerGroupDto {
  @ApiProperty({ enum: ['small', 'medium', 'large'] }) code: string;
  @ApiProperty() label: string;
  @ApiProperty() communities: number;
}

export class MetricGroupDto {
  @ApiProperty({ description: '小区数' }) communities: number;
  @ApiProperty({ type: [MetricFigureDto] }) figures: MetricFigureDto[];
}

export class SubdistrictMetricsDto extends MetricGroupDto {
  @ApiProperty({ description: '街道（由小区地址得出；地址未写明的归入“未标明街道”）' }) name: string;
}

export class CommunityMetricsDto {
  @ApiProperty() communityId: string;
  @ApiProperty() name: string;
  @ApiProperty() subdistrict: string;
  @ApiProperty({ description: '户数（专有部分数）' }) units: number;
  @ApiProperty({ enum: ['small', 'medium', 'large'] }) peerGroup: string;
  @ApiProperty({ type: [CommunityMetricFigureDto] }) figures: CommunityMetricFigureDto[];
}

export class AttentionItemDto {
  @ApiProperty() communityId: string;
  @ApiProperty() name: string;
  @ApiProperty() metric: string;
  @ApiProperty() value: number;
  @ApiProperty() why: string;
  @ApiProperty({ description: '偏离阈值的程度（越大越靠前）' }) severity: number;
}

export class DistrictDashboardDto {
  @ApiProperty() districtId: string;
  @ApiProperty() districtName: string;
  @ApiProperty({ description: '计算时间；看板最多缓存 DISTRICT_OVERVIEW_CACHE_SECONDS 秒' }) asOf: string;
  @ApiProperty({ description: '报修指标的起始月份（含）', example: '2025-12' }) fromMonth: string;
  @ApiProperty({ description: '报修指标的终止月份（含）', example: '2026-11' }) toMonth: string;
  @ApiProperty({ type: [MetricDefinitionDto], description: '指标说明（含暂未提供的指标）' })
  metrics: MetricDefinitionDto[];
  @ApiProperty({ type: [PeerGroupDto] }) peerGroups: PeerGroupDto[];
  @ApiProperty({ type: MetricGroupDto, description: '全区：由各小区的分子分母汇总（分位数为全区工单的分位数）' })
  district: MetricGroupDto;
  @ApiProperty({ type: [SubdistrictMetricsDto] }) subdistricts: SubdistrictMetricsDto[];
  @ApiProperty({ type: [CommunityMetricsDto] }) communities: CommunityMetricsDto[];
  @ApiProperty({ type: [AttentionItemDto], description: '需关注：超过阈值的数字，偏离最大的在前' })
  needsAttention: AttentionItemDto[];
}

export class DistrictTicketRecordDto {
  @ApiProperty() id: string;
  @ApiProperty() categoryName: string;
  @ApiProperty({ enum: ['urgent', 'normal'] }) urgency: string;
  @ApiProperty() status: string;
  @ApiProperty() statusLabel: string;
  @ApiProperty() createdAt: string;
  @ApiPropertyOptional({ type: String, nullable: true }) respondedAt: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) resolvedAt: string | null;
  @ApiProperty() respondTargetMinutes: number;
  @ApiProperty() resolveTargetMinutes: number;
  @ApiProperty() reopenCount: number;
  @ApiPropertyOptional({ type: Number, nullable: true }) rating: number | null;
  @ApiProperty({ description: '响应或解决已超时（按 asOf 时刻）' }) overdue: boolean;
}

export class DistrictResolutionRecordDto {
  @ApiProperty() id: string;
  @ApiProperty() title: string;
  @ApiProperty() status: string;
  @ApiProperty({ description: '在官方系统表决、此处登记结果（无选票，不计参与率）' }) officialMode: boolean;
  @ApiPropertyOptional({ type: String, nullable: true }) closedAt: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) finalizedAt: string | null;
  @ApiProperty({ description: '冻结名册中的业主人数' }) heads: number;
  @ApiProperty({ description: '参与投票的人数' }) votedHeads: number;
}

export class DistrictStatementRecordDto {
  @ApiProperty() periodKey: string;
  @ApiProperty() periodStart: string;
  @ApiProperty() periodEnd: string;
  @ApiProperty() publishedAt: string;
  @ApiProperty() displayUntil: string;
}

export class DistrictMetricRecordsDto {
  @ApiProperty() communityId: string;
  @ApiProperty() name: string;
  @ApiProperty() metric: string;
  @ApiProperty({ description: '记录的种类（见指标说明 records）' }) records: string;
  @ApiProperty() fromMonth: string;
  @ApiProperty() toMonth: string;
  @ApiProperty() asOf: string;
  @ApiProperty({ description: '符合条件的记录总数（列表最多 limit 条）' }) total: number;
  @ApiProperty() limit: number;
  @ApiProperty({ type: [DistrictTicketRecordDto] }) tickets: DistrictTicketRecordDto[];
  @ApiProperty({ type: [DistrictResolutionRecordDto] }) resolutions: DistrictResolutionRecordDto[];
  @ApiProperty({ type: [DistrictStatementRecordDto] }) statements: DistrictStatementRecordDto[];
}

export class DistrictTimelineEventDto {
  @ApiProperty() action: string;
  @ApiProperty() actionLabel: string;
  @ApiPropertyOptional({ type: String, nullable: true }) fromStatus: string | null;
  @ApiProperty() toStatus: string;
  @ApiProperty() toStatusLabel: string;
  @ApiProperty({ description: '操作者的角色（不含姓名）' }) actorRole: string;
  @ApiProperty() actorLabel: string;
  @ApiProperty() at: string;
}

export class DistrictTicketTimelineDto {
  @ApiProperty() id: string;
  @ApiProperty() communityId: string;
  @ApiProperty() categoryName: string;
  @ApiProperty() urgency: string;
  @ApiProperty() status: string;
  @ApiProperty() statusLabel: string;
  @ApiProperty({ description: '报修内容（不含报修人、房号、位置）' }) description: string;
  @ApiProperty() createdAt: string;
  @ApiPropertyOptional({ type: String, nullable: true }) respondedAt: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) resolvedAt: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) closedAt: string | null;
  @ApiProperty() respondTargetMinutes: number;
  @ApiProperty() resolveTargetMinutes: number;
  @ApiProperty() reopenCount: number;
  @ApiPropertyOptional({ type: Number, nullable: true }) rating: number | null;
  @ApiProperty() overdue: boolean;
  @ApiProperty({ type: [DistrictTimelineEventDto] }) timeline: DistrictTimelineEventDto[];
}
