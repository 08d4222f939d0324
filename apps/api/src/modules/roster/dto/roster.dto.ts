import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class RosterUploadDoc {
  @ApiProperty({ type: 'string', format: 'binary', description: '名册文件（.xlsx 或 .csv）' }) file: unknown;
}

export class RosterRowErrorDto {
  @ApiProperty({ description: '表格中的行号（表头为第 1 行）' }) line: number;
  @ApiPropertyOptional({ type: String, nullable: true }) column: string | null;
  @ApiProperty({ description: '中文原因' }) reason: string;
}

export class RosterOwnerPreviewDto {
  @ApiProperty() name: string;
  @ApiPropertyOptional({ type: String, nullable: true }) phoneMasked: string | null;
  @ApiProperty() designatedVoter: boolean;
}

export class RosterRowPreviewDto {
  @ApiProperty() line: number;
  @ApiProperty() building: string;
  @ApiProperty() entrance: string;
  @ApiProperty() room: string;
  @ApiProperty({ enum: ['flat', 'shop', 'parking'] }) kind: string;
  @ApiProperty({ example: '89.50' }) area: string;
  @ApiProperty({ enum: ['registered', 'surveyed', 'contract'] }) areaSource: string;
  @ApiProperty({ type: [RosterOwnerPreviewDto] }) owners: RosterOwnerPreviewDto[];
  @ApiPropertyOptional({ enum: ['new', 'updated', 'unchanged'], nullable: true }) change: string | null;
}

export class RosterSummaryDto {
  @ApiProperty({ description: '新增与更新的房屋数之和；0 表示与现有名册一致' }) changes: number;
  @ApiProperty() unitsCreated: number;
  @ApiProperty() unitsUpdated: number;
  @ApiProperty() unchanged: number;
  @ApiProperty() ownersChanged: number;
  @ApiProperty({ description: '现有名册中有、本文件中没有的房屋（保留不删）' }) notInFile: number;
}

export class RosterImportDto {
  @ApiProperty() id: string;
  @ApiProperty({ enum: ['preview', 'committed', 'discarded'] }) status: string;
  @ApiProperty() fileName: string;
  @ApiProperty() totalRows: number;
  @ApiProperty() validRows: number;
  @ApiProperty() canCommit: boolean;
  @ApiProperty({ type: [RosterRowErrorDto] }) errors: RosterRowErrorDto[];
  @ApiPropertyOptional({ type: RosterSummaryDto, nullable: true }) summary: RosterSummaryDto | null;
  @ApiProperty({ type: [RosterRowPreviewDto] }) rows: RosterRowPreviewDto[];
  @ApiProperty() createdAt: Date;
  @ApiPropertyOptional({ type: Date, nullable: true }) committedAt: Date | null;
}
