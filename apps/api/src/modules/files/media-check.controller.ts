import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Public } from '../../common/access.js';
import { ApiErrors } from '../../common/api-errors.js';
import { MediaCheckService } from './media-check.service.js';
import { MEDIA_PATH } from './media-url.js';

/**
 * The signed URL WeChat's media_check_async (or the second provider) downloads an image from. Public because
 * WeChat's servers fetch it without a user; it serves bytes only with a valid HMAC signature that expires within
 * MEDIA_URL_TTL_SECONDS, and only while that image's check is open. Never cached.
 */
@ApiTags('files')
@Controller(MEDIA_PATH.slice(1))
export class MediaCheckController {
  constructor(private readonly checks: MediaCheckService) {}

  @Get(':id')
  @Public()
  @ApiOperation({ summary: '内容安全检查方下载待检查图片（签名链接，短时有效）' })
  @ApiQuery({ name: 'e', required: true, description: '过期时间（Unix 秒）' })
  @ApiQuery({ name: 's', required: true, description: '签名' })
  @ApiProduces('image/jpeg', 'image/webp')
  @ApiOkResponse({ description: '图片内容', schema: { type: 'string', format: 'binary' } })
  @ApiErrors(404)
  async content(
    @Param('id') id: string,
    @Query('e') e: unknown,
    @Query('s') s: unknown,
    @Res() res: Response,
  ): Promise<void> {
    const { file, stream } = await this.checks.openForChecker(id, e, s);
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Content-Type', file.mime);
    res.setHeader('Content-Length', file.sizeBytes);
    stream.on('error', () => res.destroy());
    stream.pipe(res);
  }
}
