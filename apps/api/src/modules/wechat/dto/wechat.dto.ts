import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsString, Matches } from 'class-validator';

export class PhoneCodeDto {
  @ApiProperty({ description: '“获取手机号”按钮返回的一次性 code' })
  @IsString({ message: '必须是文本' })
  @Matches(/^[\w-]{8,128}$/, { message: '手机号授权码格式不正确，请重新点击获取手机号' })
  code: string;
}

export class ClaimedUnitDto {
  @ApiProperty() communityId: string;
  @ApiProperty() communityName: string;
  @ApiProperty() building: string;
  @ApiProperty() entrance: string;
  @ApiProperty() room: string;
}

export class VerifiedPhoneDto {
  @ApiProperty({ description: '本人完整手机号（仅返回给本人）' }) phone: string;
  @ApiProperty() phoneMasked: string;
  @ApiProperty({ type: [ClaimedUnitDto], description: '按名册手机号自动绑定的房屋' }) boundUnits: ClaimedUnitDto[];
}

export class RateLimitDetailsDto {
  @ApiPropertyOptional() retryAfterSeconds?: number;
}
