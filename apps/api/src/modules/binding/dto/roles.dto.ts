import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsString, Length, Matches } from 'class-validator';
import { ASSIGNABLE_ROLES } from '../roles.service.js';

export class AssignRoleDto {
  @ApiProperty({ description: '被任命人的手机号（用于找到本人；对外只显示打码号码）' })
  @IsString({ message: '请填写手机号' })
  @Matches(/^(\+?86)?\s*1[3-9]\d[\s-]?\d{4}[\s-]?\d{4}$/, { message: '手机号格式不正确，请填写 11 位手机号' })
  phone: string;

  @ApiProperty({ description: '姓名（该手机号尚无账号时使用）' })
  @IsString({ message: '请填写姓名' })
  @Length(1, 50, { message: '请填写姓名（最多 50 字）' })
  name: string;

  @ApiProperty({ enum: ASSIGNABLE_ROLES })
  @IsIn(ASSIGNABLE_ROLES, { message: '只能任命业委会主任、业委会委员、物业经理或物业工作人员' })
  role: (typeof ASSIGNABLE_ROLES)[number];
}

export class RoleAssignmentDto {
  @ApiProperty() id: string;
  @ApiProperty({ enum: ASSIGNABLE_ROLES }) role: string;
  @ApiProperty() roleLabel: string;
  @ApiProperty() name: string;
  @ApiPropertyOptional({ type: String, nullable: true }) phoneMasked: string | null;
  @ApiProperty() createdAt: Date;
}
