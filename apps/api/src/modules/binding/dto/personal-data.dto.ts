import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { MembershipDto } from '../../identity/dto/auth.dto.js';
import { BindingDto } from './binding.dto.js';

export class PersonalDataPersonDto {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiPropertyOptional({ type: String, nullable: true, description: '本人完整手机号' }) phone: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) phoneMasked: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, description: '本人完整证件号' }) idNumber: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) idNumberMasked: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, description: '统一社会信用代码（单位业主）' }) creditCode:
    string | null;
  @ApiProperty({ description: '是否已关联微信（openid 本身从不返回）' }) wechatLinked: boolean;
  @ApiProperty() createdAt: Date;
}

export class PersonalOwnershipDto {
  @ApiProperty() communityName: string;
  @ApiProperty() building: string;
  @ApiProperty() entrance: string;
  @ApiProperty() room: string;
  @ApiProperty() kind: string;
  @ApiProperty({ example: '89.50', description: '面积（平方米，两位小数）' }) area: string;
  @ApiProperty() areaSource: string;
  @ApiProperty() designatedVoter: boolean;
  @ApiProperty() since: Date;
}

export class PersonalRoleDto {
  @ApiProperty() role: string;
  @ApiPropertyOptional({ type: String, nullable: true }) communityName: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) districtName: string | null;
  @ApiProperty() since: Date;
}

/** A roster owner identity verified as this account (who casts that owner's head in votes; docs/votes.md). */
export class PersonalOwnerLinkDto {
  @ApiPropertyOptional({ type: String, nullable: true }) communityName: string | null;
  @ApiProperty({
    enum: ['verified_phone', 'binding'],
    description: 'verified_phone 本人验证的手机号；binding 两位委员确认的业主绑定',
  })
  via: 'verified_phone' | 'binding';
  @ApiProperty() since: Date;
}

export class PersonalAuditEntryDto {
  @ApiProperty() id: string;
  @ApiPropertyOptional({ type: String, nullable: true }) communityId: string | null;
  @ApiProperty() action: string;
  @ApiProperty() targetType: string;
  @ApiPropertyOptional({ type: String, nullable: true }) targetId: string | null;
  @ApiProperty() byYou: boolean;
  @ApiProperty() createdAt: Date;
}

export class PersonalBroadcastAttemptDto {
  @ApiProperty() title: string;
  @ApiProperty() kind: string;
  @ApiProperty({ enum: ['wechat', 'sms'] }) channel: string;
  @ApiProperty() outcome: string;
  @ApiProperty() at: Date;
}

export class PersonalSmsSignInCodeDto {
  @ApiProperty() sentAt: Date;
  @ApiProperty() expiresAt: Date;
  @ApiPropertyOptional({ type: Date, nullable: true }) usedAt: Date | null;
}

export class PersonalRosterObjectionDto {
  @ApiProperty() unitId: string;
  @ApiProperty() reason: string;
  @ApiProperty({ enum: ['open', 'upheld', 'dismissed'] }) status: string;
  @ApiPropertyOptional({ type: String, nullable: true }) answer: string | null;
  @ApiProperty() createdAt: Date;
}

/** A notice the person opened (and acknowledged): the reads publishers count, by household, never by name. */
export class PersonalNoticeReadDto {
  @ApiProperty() noticeId: string;
  @ApiProperty() title: string;
  @ApiProperty() readAt: Date;
  @ApiPropertyOptional({ type: Date, nullable: true }) acknowledgedAt: Date | null;
}

export class PersonalCommitteeEntryDto {
  @ApiProperty() communityName: string;
  @ApiProperty() termId: string;
  @ApiProperty({ enum: ['elected', 'management', 'recorded'] }) kind: string;
  @ApiProperty({
    enum: ['candidate', 'member', 'alternate', 'officer_vote'],
    description: 'candidate 候选人；member 委员；alternate 候补委员；officer_vote 本人在首次会议上的推选票',
  })
  as: string;
  @ApiProperty({ type: String, nullable: true, description: '职务（主任、副主任）或推选的主任编号' }) detail:
    string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) since: Date | null;
}

export class PersonalComplaintDto {
  @ApiProperty({ enum: ['property', 'committee'] }) subject: string;
  @ApiProperty() body: string;
  @ApiProperty({ enum: ['open', 'answered', 'escalated'] }) status: string;
  @ApiPropertyOptional({ type: String, nullable: true }) answer: string | null;
  @ApiProperty() createdAt: Date;
}

export class PersonalSurveyAnswerDto {
  @ApiProperty() unitId: string;
  @ApiProperty() surveyTitle: string;
  @ApiProperty({ type: [Number] }) ratings: number[];
  @ApiProperty() createdAt: Date;
}

export class PersonalBallotDisputeDto {
  @ApiProperty() resolutionId: string;
  @ApiProperty() ballotId: string;
  @ApiProperty({ type: String, nullable: true, description: '异议理由' }) reason: string | null;
  @ApiProperty() createdAt: Date;
}

export class PersonalDataDto {
  @ApiProperty() generatedAt: Date;
  @ApiProperty({ type: PersonalDataPersonDto }) person: PersonalDataPersonDto;
  @ApiProperty({ type: [MembershipDto] }) communities: MembershipDto[];
  @ApiProperty({ type: [BindingDto] }) bindings: BindingDto[];
  @ApiProperty({ type: [PersonalOwnershipDto] }) ownerships: PersonalOwnershipDto[];
  @ApiProperty({ type: [PersonalRoleDto] }) roles: PersonalRoleDto[];
  @ApiProperty({ type: [PersonalOwnerLinkDto] }) ownerLinks: PersonalOwnerLinkDto[];
  @ApiProperty({ type: [PersonalRosterObjectionDto] }) rosterObjections: PersonalRosterObjectionDto[];
  @ApiProperty({ type: [PersonalNoticeReadDto] }) noticeReads: PersonalNoticeReadDto[];
  @ApiProperty({ type: [PersonalSmsSignInCodeDto], description: '发到本人手机号的登录验证码记录（不含验证码本身）' })
  smsSignInCodes: PersonalSmsSignInCodeDto[];
  @ApiProperty({
    type: [PersonalBroadcastAttemptDto],
    description: '向本人发送群发通知的记录（渠道与结果，不含号码）',
  })
  broadcastAttempts: PersonalBroadcastAttemptDto[];
  @ApiProperty({ type: [PersonalCommitteeEntryDto], description: '业委会选举、席位和首次会议推选（issue 16）' })
  committee: PersonalCommitteeEntryDto[];
  @ApiProperty({ type: [PersonalComplaintDto], description: '我提出的投诉建议' }) complaints: PersonalComplaintDto[];
  @ApiProperty({ type: [PersonalSurveyAnswerDto], description: '我填写的住户调查' })
  surveyAnswers: PersonalSurveyAnswerDto[];
  @ApiProperty({ type: [PersonalBallotDisputeDto], description: '本人对纸质票提出的异议' })
  ballotDisputes: PersonalBallotDisputeDto[];
  @ApiProperty({ type: [PersonalAuditEntryDto] }) auditEntries: PersonalAuditEntryDto[];
}

export class AuditQueryDto {
  @ApiPropertyOptional({ description: '只看编号小于此值的记录（翻页）' })
  @IsOptional()
  @Matches(/^\d{1,18}$/, { message: '翻页参数 before 必须是记录编号' })
  before?: string;

  @ApiPropertyOptional({ default: 50, minimum: 1, maximum: 200 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: '每页条数必须是整数' })
  @Min(1, { message: '每页至少 1 条' })
  @Max(200, { message: '每页最多 200 条' })
  limit?: number;
}

export class AuditItemDto {
  @ApiProperty() id: string;
  @ApiProperty() action: string;
  @ApiProperty() targetType: string;
  @ApiPropertyOptional({ type: String, nullable: true }) targetId: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, description: '操作人（他人姓名打码）' }) actorName:
    string | null;
  @ApiProperty() byYou: boolean;
  @ApiProperty({ type: Object }) details: Record<string, unknown>;
  @ApiProperty() createdAt: Date;
}

export class AuditPageDto {
  @ApiProperty({ type: [AuditItemDto] }) items: AuditItemDto[];
  @ApiPropertyOptional({ type: String, nullable: true, description: '下一页的 before 参数' }) nextBefore: string | null;
}
