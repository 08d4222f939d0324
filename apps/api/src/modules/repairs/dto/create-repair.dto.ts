import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CATEGORY_CODE,
  REPAIR_AREA_KINDS,
  TICKET_PRIORITIES,
  type RepairAreaKind,
  type TicketPriority,
} from '@gongzhi/domain';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  MaxLength,
  ValidateIf,
} from 'class-validator';

export class CreateRepairDto {
  @ApiProperty({
    enum: REPAIR_AREA_KINDS,
    description: 'unit：自家房屋；common：公共区域（电梯、楼道灯、花园、大门…）',
  })
  @IsIn(REPAIR_AREA_KINDS, { message: '请选择报修位置：自家房屋或公共区域' })
  areaKind: RepairAreaKind;

  @ApiPropertyOptional({ description: '自家房屋报修时必填：您绑定的房屋编号' })
  @ValidateIf((o: CreateRepairDto) => o.areaKind === 'unit' || o.unitId !== undefined)
  @IsUUID('4', { message: '请选择您绑定的房屋' })
  unitId?: string;

  @ApiProperty({ description: '报修类别代码，见 GET /api/v1/repairs/categories', example: 'water' })
  @IsString({ message: '请选择报修类别' })
  @Matches(CATEGORY_CODE, { message: '请选择报修类别' })
  category: string;

  @ApiProperty({ description: '问题描述', minLength: 2, maxLength: 1000 })
  @IsString({ message: '请描述问题' })
  @Length(2, 1000, { message: '问题描述需要 2 到 1000 个字' })
  description: string;

  @ApiProperty({ description: '具体位置，如“厨房水槽下”“3 号楼 2 单元电梯”', maxLength: 100 })
  @IsString({ message: '请填写具体位置' })
  @Length(1, 100, { message: '具体位置需要 1 到 100 个字' })
  location: string;

  @ApiPropertyOptional({ description: '希望上门的时间（自由填写，如“工作日晚上 7 点后”）', maxLength: 100 })
  @IsOptional()
  @IsString({ message: '必须是文本' })
  @MaxLength(100, { message: '上门时间最多 100 个字' })
  preferredTime?: string;

  @ApiProperty({ enum: TICKET_PRIORITIES, description: 'urgent：紧急（漏水、停电、电梯困人、燃气味）；normal：一般' })
  @IsIn(TICKET_PRIORITIES, { message: '请选择紧急程度：紧急或一般' })
  urgency: TicketPriority;

  @ApiPropertyOptional({ type: [String], description: '照片（POST /api/v1/files 上传后得到的编号），最多 9 张' })
  @IsOptional()
  @IsArray({ message: '照片必须是列表' })
  @ArrayMaxSize(9, { message: '最多上传 9 张照片' })
  @IsUUID('4', { each: true, message: '照片编号格式不正确' })
  photoIds?: string[];
}
