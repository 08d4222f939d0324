import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { TICKET_ACTIONS, TICKET_STATUSES } from '@gongzhi/domain';
import { CategoryDto } from './categories.dto.js';

export class PersonRefDto {
  @ApiProperty({ description: '其他住户看到的是打码后的姓名（张**）' }) name: string;
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: '只有物业看到完整号码；业委会看到打码号码；其他住户看不到',
  })
  phone: string | null;
}

export class UnitRefDto {
  @ApiProperty() id: string;
  @ApiProperty({ example: '1幢1单元101' }) label: string;
}

/** A member of the property company of the community (for the manager's 「派单」 list). */
export class StaffRefDto {
  @ApiProperty({ description: '人员编号（派单时的 assigneeId）' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: ['property_manager', 'property_staff'] }) role: string;
}

export class PhotoDto {
  @ApiProperty() id: string;
  @ApiProperty({ example: '/api/v1/files/…/content' }) url: string;
  @ApiPropertyOptional({ example: '/api/v1/files/…/thumbnail?size=small', description: '列表用缩略图（240 像素）' })
  thumbnailUrl?: string;
}

export class RatingViewDto {
  @ApiProperty() score: number;
  @ApiProperty({ type: [String] }) tags: string[];
  @ApiPropertyOptional({ type: String, nullable: true }) comment: string | null;
  @ApiProperty() ratedAt: string;
}

export class OverdueDto {
  @ApiProperty() respond: boolean;
  @ApiProperty() resolve: boolean;
  @ApiProperty() any: boolean;
}

export class TimelineEventDto {
  @ApiProperty() id: string;
  @ApiProperty({ description: 'submit、rate 或状态机动作' }) action: string;
  @ApiProperty() actionLabel: string;
  @ApiPropertyOptional({ type: String, nullable: true }) fromStatus: string | null;
  @ApiProperty() toStatus: string;
  @ApiProperty() toStatusLabel: string;
  @ApiProperty({ description: 'reporter、staff、manager 或 system' }) actorRole: string;
  @ApiProperty({ description: '报修人（其他住户看到打码姓名）、物业人员姓名或“系统”' }) actorName: string;
  @ApiPropertyOptional({ type: String, nullable: true }) note: string | null;
  @ApiProperty({ type: [PhotoDto] }) photos: PhotoDto[];
  @ApiProperty({ type: Object }) details: Record<string, unknown>;
  @ApiProperty() at: string;
}

export class RepairTicketDto {
  @ApiProperty() id: string;
  @ApiProperty({ enum: ['unit', 'common'] }) areaKind: string;
  @ApiPropertyOptional({ type: UnitRefDto, nullable: true }) unit: UnitRefDto | null;
  @ApiProperty() categoryCode: string;
  @ApiProperty() categoryName: string;
  @ApiProperty({ enum: ['urgent', 'normal'] }) urgency: string;
  @ApiProperty() description: string;
  @ApiProperty() location: string;
  @ApiPropertyOptional({ type: String, nullable: true }) preferredTime: string | null;
  @ApiProperty({ enum: TICKET_STATUSES }) status: string;
  @ApiProperty() statusLabel: string;
  @ApiProperty({ type: PersonRefDto }) reporter: PersonRefDto;
  @ApiProperty({ description: '是否是我报的' }) isMine: boolean;
  @ApiPropertyOptional({ type: String, nullable: true, description: '维修人员姓名' }) assigneeName: string | null;
  @ApiProperty() assignedToMe: boolean;
  @ApiProperty() createdAt: string;
  @ApiProperty() respondDueAt: string;
  @ApiProperty() resolveDueAt: string;
  @ApiPropertyOptional({ type: String, nullable: true }) respondedAt: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) resolvedAt: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) closedAt: string | null;
  @ApiProperty({ type: OverdueDto }) overdue: OverdueDto;
  @ApiProperty() reopenCount: number;
  @ApiPropertyOptional({ type: String, nullable: true, description: '有偿服务报价（分）' }) quoteAmountFen:
    string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) quoteAcceptedAt: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) declineReason: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) declineReasonLabel: string | null;
  @ApiPropertyOptional({ type: RatingViewDto, nullable: true }) rating: RatingViewDto | null;
  @ApiProperty() meTooCount: number;
  @ApiProperty() meTooByMe: boolean;
  @ApiProperty({ type: [PhotoDto], description: '报修时的照片' }) photos: PhotoDto[];
  @ApiProperty({ enum: TICKET_ACTIONS, isArray: true, description: '当前用户可以执行的操作（用于显示按钮）' })
  actions: string[];
  @ApiProperty({ description: '当前用户可以评价' }) canRate: boolean;
  @ApiProperty({ description: '当前用户可以 +1（我也遇到了）' }) canMeToo: boolean;
}

export class RepairTicketDetailDto extends RepairTicketDto {
  @ApiProperty({ type: [TimelineEventDto] }) timeline: TimelineEventDto[];
}

export class RepairListDto {
  @ApiProperty({ type: [RepairTicketDto] }) items: RepairTicketDto[];
  @ApiProperty() total: number;
}

export class QueueCountsDto {
  @ApiProperty({ type: Object, description: '各状态工单数' }) byStatus: Record<string, number>;
  @ApiProperty() open: number;
  @ApiProperty() overdue: number;
  @ApiProperty() unassigned: number;
  @ApiProperty({ description: '待回访任务数' }) openFollowUps: number;
}

export class RepairQueueDto extends RepairListDto {
  @ApiProperty({ type: QueueCountsDto }) counts: QueueCountsDto;
}

export class CategoryListDto {
  @ApiProperty({ type: [CategoryDto] }) categories: CategoryDto[];
  @ApiProperty({ description: '小区是否使用默认类别' }) isDefault: boolean;
}

export class MeTooDto {
  @ApiProperty() meTooCount: number;
  @ApiProperty() meTooByMe: boolean;
}

export class FollowUpDto {
  @ApiProperty() id: string;
  @ApiProperty() ticketId: string;
  @ApiProperty() categoryName: string;
  @ApiProperty() location: string;
  @ApiProperty() rating: number;
  @ApiPropertyOptional({ type: String, nullable: true }) ratingComment: string | null;
  @ApiProperty({ enum: ['open', 'done'] }) status: string;
  @ApiPropertyOptional({ type: String, nullable: true }) note: string | null;
  @ApiProperty() createdAt: string;
  @ApiPropertyOptional({ type: String, nullable: true }) doneAt: string | null;
}

export class StatsHeadlineDto {
  @ApiProperty() total: number;
  @ApiProperty({ description: '物业已完成的（待确认、已确认、超时自动关闭）' }) completed: number;
  @ApiProperty({ description: '报修人确认已解决的' }) confirmed: number;
  @ApiPropertyOptional({ type: Number, nullable: true, description: '响应时间中位数（分钟）' }) responseMedianMinutes:
    number | null;
  @ApiPropertyOptional({ type: Number, nullable: true, description: '解决时间中位数（分钟）' })
  resolutionMedianMinutes: number | null;
  @ApiPropertyOptional({ type: Number, nullable: true, description: '按时率（0–1）' }) onTimeShare: number | null;
  @ApiPropertyOptional({ type: Number, nullable: true, description: '平均评分（1–5）' }) averageRating: number | null;
}

export class StatsCategoryDto {
  @ApiProperty() code: string;
  @ApiProperty() name: string;
  @ApiProperty() total: number;
  @ApiProperty() open: number;
  @ApiProperty() confirmed: number;
  @ApiProperty() closedUnconfirmed: number;
  @ApiProperty() closedNotFixed: number;
  @ApiProperty() cancelled: number;
}

export class StatsDetailDto {
  @ApiProperty({ type: [StatsCategoryDto] }) byCategory: StatsCategoryDto[];
  @ApiProperty({ type: Object, description: '按结果：open、confirmed、closedUnconfirmed、closedNotFixed、cancelled' })
  byOutcome: Record<string, number>;
  @ApiPropertyOptional({ type: Number, nullable: true }) responseP90Minutes: number | null;
  @ApiPropertyOptional({ type: Number, nullable: true }) resolutionP90Minutes: number | null;
  @ApiProperty() responded: number;
  @ApiProperty({ description: '按时（响应与解决都未超时）的工单数' }) onTime: number;
  @ApiProperty({ description: '计入按时率的工单数（未取消的）' }) onTimeBase: number;
  @ApiProperty() reopened: number;
  @ApiProperty({ description: '曾完成过的工单数（返工率的分母）' }) everCompleted: number;
  @ApiPropertyOptional({ type: Number, nullable: true }) reopenRate: number | null;
  @ApiProperty() rated: number;
  @ApiProperty({ description: '评分 4–5 的工单数' }) satisfied: number;
  @ApiPropertyOptional({ type: Number, nullable: true, description: '满意率（评分 4–5 / 已评分）' }) satisfactionShare:
    number | null;
}

export class RepairStatsDto {
  @ApiProperty() from: string;
  @ApiProperty() to: string;
  @ApiProperty({ type: StatsHeadlineDto }) headline: StatsHeadlineDto;
  @ApiPropertyOptional({
    type: StatsDetailDto,
    nullable: true,
    description: '业委会、物业和监管人员可见；住户只看到概要',
  })
  detail: StatsDetailDto | null;
}

export class FollowUpListDto {
  @ApiProperty({ type: [FollowUpDto] }) items: FollowUpDto[];
  @ApiProperty() total: number;
}
