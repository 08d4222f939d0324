import { ApiProperty } from '@nestjs/swagger';
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
  @ApiProperty() createdAt: string;
}
