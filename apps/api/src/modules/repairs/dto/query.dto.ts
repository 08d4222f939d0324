import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  CATEGORY_CODE,
  REPAIR_AREA_KINDS,
  TICKET_PRIORITIES,
  TICKET_STATUSES,
  type RepairAreaKind,
  type TicketPriority,
  type TicketStatus,
} from '@gongzhi/domain';
import { IsIn, IsISO8601, IsOptional, Matches } from 'class-validator';
import { PageQueryDto } from '../../../common/page-query.dto.js';

export { PageQueryDto };

export class MineQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: ['1', '0'], description: '1：只看我报的；否则为我报的和我绑定房屋的报修' })
  @IsOptional()
  @IsIn(['1', '0'], { message: '不是允许的选项' })
  mine?: '1' | '0';
}

export class QueueQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: [...TICKET_STATUSES, 'open'], description: 'open：所有未结束的工单' })
  @IsOptional()
  @IsIn([...TICKET_STATUSES, 'open'], { message: '不是允许的工单状态' })
  status?: TicketStatus | 'open';

  @ApiPropertyOptional()
  @IsOptional()
  @Matches(CATEGORY_CODE, { message: '报修类别格式不正确' })
  category?: string;

  @ApiPropertyOptional({ enum: TICKET_PRIORITIES })
  @IsOptional()
  @IsIn(TICKET_PRIORITIES, { message: '不是允许的紧急程度' })
  urgency?: TicketPriority;

  @ApiPropertyOptional({ enum: ['1', '0'], description: '1：只看超时的' })
  @IsOptional()
  @IsIn(['1', '0'], { message: '不是允许的选项' })
  overdue?: '1' | '0';

  @ApiPropertyOptional({ enum: REPAIR_AREA_KINDS })
  @IsOptional()
  @IsIn(REPAIR_AREA_KINDS, { message: '不是允许的位置类型' })
  areaKind?: RepairAreaKind;

  @ApiPropertyOptional({ enum: ['me', 'none'], description: 'me：派给我的；none：未派单的' })
  @IsOptional()
  @IsIn(['me', 'none'], { message: '不是允许的选项' })
  assignee?: 'me' | 'none';
}

export class StatsQueryDto {
  @ApiPropertyOptional({ description: '统计起点（含），ISO 8601；默认 30 天前', example: '2026-11-01T00:00:00+08:00' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: '日期时间格式不正确（例如 2026-11-01T00:00:00+08:00）' })
  from?: string;

  @ApiPropertyOptional({ description: '统计终点（不含），ISO 8601；默认现在' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: '日期时间格式不正确（例如 2026-12-01T00:00:00+08:00）' })
  to?: string;
}
