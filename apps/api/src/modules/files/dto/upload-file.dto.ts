import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { FILE_PURPOSES, type FilePurpose } from '../stored-file.entity.js';

export class UploadFileDto {
  @ApiProperty({ enum: FILE_PURPOSES, description: '用途：决定允许的文件类型，之后只能附加到对应的记录' })
  @IsIn(FILE_PURPOSES, { message: `用途必须是以下之一：${FILE_PURPOSES.join('、')}` })
  purpose: FilePurpose;
}

/** Request body as documented in OpenAPI (multipart/form-data). */
export class UploadFileBodyDoc {
  @ApiProperty({
    type: 'string',
    format: 'binary',
    description: 'JPEG/PNG/WebP 图片（≤10 MB）或 PDF（≤20 MB），类型按文件内容判断',
  })
  file: unknown;
  @ApiProperty({ enum: FILE_PURPOSES })
  purpose: FilePurpose;
}
