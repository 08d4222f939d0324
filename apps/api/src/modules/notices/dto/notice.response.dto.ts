import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { NOTICE_CITE_KINDS, NOTICE_TYPES, type NoticeCiteKind, type NoticeType } from '@gongzhi/domain';

export class NoticeLinkDto {
  @ApiProperty() id: string;
  @ApiProperty() title: string;
  @ApiProperty({ enum: NOTICE_CITE_KINDS, nullable: true, type: String }) citeKind: NoticeCiteKind | null;
}

export class NoticeOutageDto {
  @ApiProperty() startsAt: string;
  @ApiProperty() endsAt: string;
  @ApiProperty() callerText: string;
}

export class BoardPostingViewDto {
  @ApiProperty() id: string;
  @ApiProperty({ description: '张贴人的身份（如 物业工作人员、业委会委员），不含姓名' }) posterRole: string;
  @ApiProperty() place: string;
  @ApiProperty() postedAt: string;
  @ApiProperty({ description: '照片（GET /api/v1/files/{id}/content；审核通过后可见）' }) photoFileId: string;
}

export class MyReadDto {
  @ApiProperty({ nullable: true, type: String }) readAt: string | null;
  @ApiProperty({ nullable: true, type: String }) acknowledgedAt: string | null;
}

export class NoticeDto {
  @ApiProperty() id: string;
  @ApiProperty({ description: '本小区的第几份通知' }) seq: string;
  @ApiProperty({ enum: NOTICE_TYPES }) type: NoticeType;
  @ApiProperty() typeLabel: string;
  @ApiProperty() title: string;
  @ApiProperty() body: string;
  @ApiProperty({ type: [String], description: '发给的楼栋（空：全小区）' }) buildingNames: string[];
  @ApiProperty({ description: '发布单位：业委会、物业、社区…' }) publisher: string;
  @ApiProperty() publishedAt: string;
  @ApiProperty() displayUntil: string;
  @ApiProperty({ description: '仍在展示期内且未撤回' }) current: boolean;
  @ApiProperty() pinned: boolean;
  @ApiProperty({ description: '紧急通知，置于最上方' }) onTop: boolean;
  @ApiProperty({ description: '需要点「我已知晓」' }) needsAcknowledgement: boolean;
  @ApiProperty({ description: '面向业主（会议、公示）' }) ownerAddressed: boolean;
  @ApiProperty({ description: '以业委会名义发布（附业委会决定）' }) speaksForCommittee: boolean;
  @ApiProperty({ description: '同意这一决定的委员人数' }) committeeApprovals: number;
  @ApiPropertyOptional({ type: NoticeOutageDto, nullable: true }) outage: NoticeOutageDto | null;
  @ApiProperty({ type: [String] }) attachmentFileIds: string[];
  @ApiPropertyOptional({ type: NoticeLinkDto, nullable: true, description: '本通知更正或撤回的原通知' })
  cites: NoticeLinkDto | null;
  @ApiProperty({ type: [NoticeLinkDto], description: '更正或撤回本通知的通知' }) citedBy: NoticeLinkDto[];
  @ApiProperty({ description: '撤回' }) withdrawn: boolean;
  @ApiProperty({ description: '哈希链上的哈希（通知发布后不能修改的凭据）' }) hash: string;
  @ApiProperty({ type: [BoardPostingViewDto] }) boardPostings: BoardPostingViewDto[];
  @ApiProperty({ type: MyReadDto }) mine: MyReadDto;
}

export class NoticePageDto {
  @ApiProperty({ type: [NoticeDto] }) items: NoticeDto[];
  @ApiProperty() total: number;
}

export class NoticeDraftDto {
  @ApiProperty() id: string;
  @ApiProperty({ enum: NOTICE_TYPES }) type: NoticeType;
  @ApiProperty() title: string;
  @ApiProperty() body: string;
  @ApiProperty() speaksForCommittee: boolean;
  @ApiProperty({ description: '已同意的委员人数（含起草的委员）' }) approvals: number;
  @ApiProperty({ description: '需要的同意人数（全体委员过半数）' }) approvalsNeeded: number;
  @ApiProperty({ description: '我是起草人' }) mine: boolean;
  @ApiProperty({ nullable: true, type: String, description: '发布后的通知' }) publishedNoticeId: string | null;
  @ApiProperty() createdAt: string;
}

export class BuildingReachDto {
  @ApiProperty() buildingId: string;
  @ApiProperty() buildingName: string;
  @ApiProperty() households: number;
  @ApiProperty({ description: '户数少于 5 户的楼栋不显示已读情况（以免指向具体住户）' }) shown: boolean;
  @ApiProperty({ nullable: true, type: Number }) read: number | null;
  @ApiProperty({ nullable: true, type: Number }) acknowledged: number | null;
  @ApiProperty({ nullable: true, type: Number }) percent: number | null;
  @ApiProperty({ nullable: true, type: String }) text: string | null;
}

export class NoticeReachDto {
  @ApiProperty({ description: '例如「已读 312 / 480 户（65%，面积 68%）」' }) text: string;
  @ApiProperty() households: number;
  @ApiProperty() read: number;
  @ApiProperty() acknowledged: number;
  @ApiProperty() percent: number;
  @ApiProperty() areaPercent: number;
  @ApiProperty({ description: '面向业主：只有业主本人读了才算这户已读' }) ownerAddressed: boolean;
  @ApiProperty() needsAcknowledgement: boolean;
  @ApiProperty({ type: [BuildingReachDto] }) buildings: BuildingReachDto[];
}

export class ReminderResultDto {
  @ApiProperty({ description: '收到提醒的人数（只发给尚未阅读或尚未确认知晓的住户）' }) recipients: number;
}

export class NoticeChainDto {
  @ApiProperty({ description: '哈希链完整（没有通知被修改、删除或插入）' }) ok: boolean;
  @ApiProperty() length: number;
  @ApiPropertyOptional({ type: String, description: '最后一份通知的哈希' }) headHash?: string;
  @ApiPropertyOptional({ type: String, description: '第一份有问题的通知的序号' }) brokenAtSeq?: string;
  @ApiPropertyOptional({ type: String }) noticeId?: string;
  @ApiPropertyOptional({ type: String }) reason?: string;
}
