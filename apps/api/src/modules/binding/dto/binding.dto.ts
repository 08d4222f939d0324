import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';

export const RELATIONS = ['owner', 'family', 'tenant'] as const;
export const BINDING_STATUSES = ['pending', 'approved', 'rejected', 'removed'] as const;

export class CreateBindingDto {
  @ApiProperty({ example: '1幢' })
  @IsString({ message: '请填写楼栋' })
  @Length(1, 50, { message: '请填写楼栋（最多 50 字）' })
  building: string;

  @ApiPropertyOptional({ example: '1单元' })
  @IsOptional()
  @IsString({ message: '必须是文本' })
  @Length(0, 20, { message: '单元最多 20 字' })
  entrance?: string;

  @ApiProperty({ example: '101' })
  @IsString({ message: '请填写房号' })
  @Length(1, 30, { message: '请填写房号（最多 30 字）' })
  room: string;

  @ApiProperty({ description: '申请人姓名（与房产证或租赁合同一致）' })
  @IsString({ message: '请填写姓名' })
  @Length(1, 50, { message: '请填写姓名（最多 50 字）' })
  name: string;

  @ApiProperty({ description: '手机号（11 位）' })
  @IsString({ message: '请填写手机号' })
  @Matches(/^(\+?86)?\s*1[3-9]\d[\s-]?\d{4}[\s-]?\d{4}$/, { message: '手机号格式不正确，请填写 11 位手机号' })
  phone: string;

  @ApiProperty({ enum: RELATIONS, description: 'owner 业主本人 / family 家庭成员 / tenant 租户' })
  @IsIn(RELATIONS, { message: '请选择与房屋的关系：业主本人、家庭成员或租户' })
  relation: (typeof RELATIONS)[number];

  @ApiPropertyOptional({ description: '证明材料（房产证、租赁合同）的文件编号' })
  @IsOptional()
  @IsUUID('4', { message: '证明材料编号格式不正确，请重新上传' })
  documentFileId?: string;
}

export class ListBindingsQueryDto {
  @ApiPropertyOptional({ enum: BINDING_STATUSES })
  @IsOptional()
  @IsIn(BINDING_STATUSES, { message: '状态只能是 pending、approved、rejected 或 removed' })
  status?: (typeof BINDING_STATUSES)[number];
}

export class RejectBindingDto {
  @ApiProperty({ description: '驳回理由（申请人可见）' })
  @IsString({ message: '请填写驳回理由' })
  @Length(2, 200, { message: '请填写驳回理由（2–200 字），申请人会看到' })
  reason: string;
}

export class RemoveBindingDto {
  @ApiPropertyOptional({ description: '解除原因' })
  @IsOptional()
  @IsString({ message: '必须是文本' })
  @Length(0, 200, { message: '解除原因最多 200 字' })
  reason?: string;
}

export class BindingDto {
  @ApiProperty() id: string;
  @ApiProperty() communityId: string;
  @ApiProperty() communityName: string;
  @ApiProperty() building: string;
  @ApiProperty() entrance: string;
  @ApiProperty() room: string;
  @ApiProperty({ enum: RELATIONS }) relation: string;
  @ApiProperty({ enum: BINDING_STATUSES }) status: string;
  @ApiProperty({ description: '按名册自动通过' }) autoApproved: boolean;
  @ApiPropertyOptional({ type: String, nullable: true, description: '驳回或解除原因' }) reason: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) applicantName: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, description: '申请人本人看到完整号码，审核人看到打码号码' })
  applicantPhone: string | null;
  @ApiProperty({
    description:
      '审核人可见：申请时填写的手机号与名册业主手机号一致。申请人本人看到的恒为 false（不向申请人确认或否认所填手机号是否在名册中）',
  })
  matchesRoster: boolean;
  @ApiPropertyOptional({ type: String, nullable: true }) documentFileId: string | null;
  @ApiProperty({ description: '已确认的委员人数（业主绑定须两位不同的业委会委员确认）' }) approvals: number;
  @ApiProperty({ description: '需要的确认人数：业主绑定 2，其他 1' }) approvalsRequired: number;
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: '待审核时还在等谁，如“等待第二位委员确认”；已决定的申请为 null',
  })
  waitingFor: string | null;
  @ApiProperty({ description: '当前账号已确认过这份申请（审核人列表中）' }) approvedByMe: boolean;
  @ApiProperty() createdAt: Date;
  @ApiPropertyOptional({ type: Date, nullable: true }) decidedAt: Date | null;
}

export class CommunitySearchQueryDto {
  @ApiProperty({ description: '小区名称中的字（至少 2 个）', example: '阳光' })
  @IsString({ message: '请输入小区名称' })
  @Length(2, 30, { message: '请输入 2–30 个字的小区名称' })
  q: string;
}

export class CommunitySearchResultDto {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty({ description: '所在道路（不含门牌号）' }) address: string;
  @ApiProperty({ type: String, nullable: true, description: '街道/镇（地址中写明时）' }) subdistrict: string | null;
  @ApiProperty() districtName: string;
  @ApiPropertyOptional({
    description: '微信审核演示小区（合成数据，可直接加入：POST /api/v1/bindings/review）；真实小区为 false',
  })
  review?: boolean;
}
