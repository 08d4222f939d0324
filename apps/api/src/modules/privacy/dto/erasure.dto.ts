import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Equals, IsIn, IsOptional } from 'class-validator';

/** Why the person leaves (optional; a choice, never free text, so the audit log holds no personal data). */
export const ERASURE_REASONS = ['moved_out', 'not_needed', 'privacy', 'other'] as const;
export type ErasureReason = (typeof ERASURE_REASONS)[number];

export class ErasureRequestDto {
  @ApiProperty({ enum: [true], description: '本人确认注销：必须为 true（注销后不能恢复）' })
  @Equals(true, { message: '请确认注销（注销后不能恢复）' })
  confirm: true;

  @ApiPropertyOptional({
    enum: ERASURE_REASONS,
    description: '注销原因（可不填）：moved_out 已搬离、not_needed 不再使用、privacy 个人信息顾虑、other 其他',
  })
  @IsOptional()
  @IsIn(ERASURE_REASONS, { message: '不是允许的选项' })
  reason?: ErasureReason;
}

export class ErasureResultDto {
  @ApiProperty({ description: '注销完成的时间' }) erasedAt: Date;
  @ApiProperty({ description: '撤回的待审核绑定申请数' }) withdrawnBindings: number;
  @ApiProperty({ description: '结束的已绑定房屋数' }) endedBindings: number;
  @ApiProperty({
    type: [String],
    description: '依法保留、但不再显示姓名和手机号的记录',
    example: ['已投出的选票', '公共收益台账', '操作记录', '报修工单'],
  })
  kept: string[];
}
