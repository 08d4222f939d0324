import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsString, IsUUID, Length, Matches } from 'class-validator';

export class DevLoginDto {
  @ApiProperty({ description: '要登录的演示用户编号' })
  @IsUUID('4', { message: '请选择一个演示账号' })
  personId: string;
}

export class RefreshDto {
  @ApiProperty()
  @IsString({ message: '必须是文本' })
  @Length(20, 200, { message: '登录凭证格式不正确' })
  refreshToken: string;
}

export class WechatLoginDto {
  @ApiProperty({ description: 'wx.login 返回的 code（一次性）' })
  @IsString({ message: '必须是文本' })
  @Matches(/^[\w-]{8,128}$/, { message: '登录码格式不正确，请重新进入小程序' })
  code: string;
}

export class TokenPairDto {
  @ApiProperty() accessToken: string;
  @ApiProperty() refreshToken: string;
  @ApiProperty({ description: '访问令牌有效秒数' }) expiresIn: number;
}

export class DevAccountDto {
  @ApiProperty() personId: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: [String] }) roles: string[];
  @ApiPropertyOptional({ type: String, nullable: true }) communityName: string | null;
}

export class MembershipDto {
  @ApiProperty() communityId: string;
  @ApiProperty() communityName: string;
  @ApiProperty() districtId: string;
  @ApiProperty({ type: [String] }) roles: string[];
}

export class DistrictRoleDto {
  @ApiProperty() role: string;
  @ApiPropertyOptional({ type: String, nullable: true }) districtId: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) districtName: string | null;
}

export class MeDto {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiPropertyOptional({ type: String, nullable: true, description: '本人完整手机号（仅本人可见）' }) phone:
    string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) phoneMasked: string | null;
  @ApiProperty({ type: [MembershipDto] }) communities: MembershipDto[];
  @ApiProperty({ type: [DistrictRoleDto] }) districtRoles: DistrictRoleDto[];
}

export class OkDto {
  @ApiProperty({ example: true }) ok: boolean;
}

const PHONE = /^1[3-9]\d{9}$/;

export class SmsCodeRequestDto {
  @ApiProperty({ description: '手机号（11 位）' })
  @IsString({ message: '必须是文本' })
  @Matches(PHONE, { message: '请输入 11 位手机号' })
  phone: string;
}

export class SmsLoginDto {
  @ApiProperty({ description: '手机号（11 位）' })
  @IsString({ message: '必须是文本' })
  @Matches(PHONE, { message: '请输入 11 位手机号' })
  phone: string;

  @ApiProperty({ description: '短信验证码（6 位数字）' })
  @IsString({ message: '必须是文本' })
  @Matches(/^\d{6}$/, { message: '请输入短信里的 6 位数字验证码' })
  code: string;
}

export class SmsCodeSentDto {
  @ApiProperty({ example: true }) ok: boolean;
  @ApiProperty({ description: '验证码有效秒数' }) expiresIn: number;
  @ApiProperty({ description: '多少秒后可以重新获取' }) resendAfter: number;
}
