import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { PageQueryDto } from '../../common/page-query.dto.js';

export class MessageQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: ['1', '0'], description: '1：只看未读' })
  @IsOptional()
  @IsIn(['1', '0'], { message: '不是允许的选项' })
  unread?: '1' | '0';
}

export class MessageDto {
  @ApiProperty() id: string;
  @ApiProperty({ example: 'repair.status' }) kind: string;
  @ApiProperty() title: string;
  @ApiProperty() body: string;
  @ApiPropertyOptional({ type: String, nullable: true, description: '相关报修工单' }) ticketId: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) readAt: string | null;
  @ApiProperty() createdAt: string;
}

export class MessageListDto {
  @ApiProperty({ type: [MessageDto] }) items: MessageDto[];
  @ApiProperty() total: number;
  @ApiProperty() unread: number;
}
