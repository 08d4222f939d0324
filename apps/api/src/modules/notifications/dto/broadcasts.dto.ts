import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ATTEMPT_OUTCOMES } from '@gongzhi/domain';

export class BroadcastSummaryDto {
  @ApiProperty() id: string;
  @ApiProperty({ description: '消息类型，如 vote.opened、roster.change' }) kind: string;
  @ApiProperty({ enum: ['legal', 'service', 'info'] }) broadcastClass: string;
  @ApiProperty() title: string;
  @ApiProperty() createdAt: Date;
}

export class BroadcastAttemptDto {
  @ApiProperty({ enum: ['wechat', 'sms'] }) channel: string;
  @ApiProperty({
    enum: ATTEMPT_OUTCOMES,
    description: 'accepted 只表示渠道已接收（发送尝试的凭据），不表示已送达或已阅读',
  })
  outcome: string;
  @ApiPropertyOptional({ type: String, nullable: true }) code: string | null;
  @ApiProperty() at: Date;
}

export class HouseholdReachDto {
  @ApiProperty() unitId: string;
  @ApiProperty() unitLabel: string;
  @ApiProperty({ enum: ['read', 'attempted', 'not_reached'], description: 'read：本户有人打开了全文' }) reach: string;
  @ApiProperty({ description: '站内消息告知的人数' }) told: number;
  @ApiProperty({ type: [BroadcastAttemptDto] }) attempts: BroadcastAttemptDto[];
}

export class ReachCountsDto {
  @ApiProperty() households: number;
  @ApiProperty() read: number;
  @ApiProperty() attempted: number;
  @ApiProperty() notReached: number;
}

export class DoorToDoorDto {
  @ApiProperty() unitId: string;
  @ApiProperty() unitLabel: string;
}

export class BroadcastReachDto extends BroadcastSummaryDto {
  @ApiProperty({ type: [HouseholdReachDto] }) households: HouseholdReachDto[];
  @ApiProperty({ type: ReachCountsDto }) counts: ReachCountsDto;
  @ApiProperty({ type: [DoorToDoorDto], description: '没有任何渠道送出、也无人阅读的住户：需上门告知（可打印）' })
  doorToDoor: DoorToDoorDto[];
}
