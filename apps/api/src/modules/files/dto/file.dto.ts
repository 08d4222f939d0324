import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { FILE_PURPOSES, type FilePurpose } from '../stored-file.entity.js';

export class FileDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: FILE_PURPOSES }) purpose: FilePurpose;
  @ApiProperty({ example: 'image/jpeg', description: '存储后的类型（图片统一转为 JPEG 或 WebP）' }) mime: string;
  @ApiProperty({ description: '存储后的字节数' }) sizeBytes: number;
  @ApiProperty({ type: Number, nullable: true }) width: number | null;
  @ApiProperty({ type: Number, nullable: true }) height: number | null;
  @ApiProperty({ type: String, nullable: true, description: '原文件名（仅用于显示）' }) originalName: string | null;
  @ApiProperty({ enum: ['pending', 'attached'] }) status: 'pending' | 'attached';
  @ApiProperty({ example: '/api/v1/files/3f0c…/content' }) contentUrl: string;
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: '/api/v1/files/3f0c…/thumbnail?size=small',
    description: '图片的缩略图（240 像素；size=medium 为 720 像素）；PDF 为 null',
  })
  thumbnailUrl?: string | null;
  @ApiProperty() createdAt: string;
}

export class ThumbnailQueryDto {
  @ApiPropertyOptional({ enum: ['small', 'medium'], default: 'small', description: 'small 240 像素，medium 720 像素' })
  @IsOptional()
  @IsIn(['small', 'medium'], { message: '缩略图大小只能是 small 或 medium' })
  size?: 'small' | 'medium';
}
