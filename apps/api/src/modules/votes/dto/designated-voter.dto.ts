import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

export class ProposeDesignatedVoterDto {
  @ApiProperty({ description: '共有房屋的编号；申请人本人成为该房屋的指定投票人' })
  @IsUUID('all', { message: '房屋编号格式不正确' })
  unitId: string;
}

export class DesignatedVoterChangeResponse {
  @ApiProperty() id: string;
  @ApiProperty() unitId: string;
  @ApiProperty({ enum: ['pending', 'applied'], description: 'pending 等待其他共有人同意；applied 已生效' })
  status: 'pending' | 'applied';
  @ApiProperty({ description: '申请人（新的指定投票人）是当前账号' }) proposedByMe: boolean;
  @ApiProperty({ description: '已同意的共有人人数' }) consents: number;
  @ApiProperty({ description: '共有人人数（全部同意才生效）' }) coOwners: number;
  @ApiProperty() consentedByMe: boolean;
  @ApiProperty() createdAt: Date;
  @ApiPropertyOptional({ type: Date, nullable: true }) appliedAt: Date | null;
}
