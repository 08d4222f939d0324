import { Body, Controller, Get, HttpCode, Param, Post, Query, Req, Res, UseInterceptors } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiCreatedResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { CommunityAccess, EVERYONE_IN_COMMUNITY } from '../../common/access.js';
import { ApiErrors } from '../../common/api-errors.js';
import { communityOf, CurrentUser, type Actor } from '../../common/current-user.js';
import { FileDto, ThumbnailQueryDto } from './dto/file.dto.js';
import { UploadFileBodyDoc, UploadFileDto } from './dto/upload-file.dto.js';
import { toFileDto } from './file.mapper.js';
import { FilesService } from './files.service.js';
import { receivedFile, UploadInterceptor } from './upload.interceptor.js';
import { RateLimit } from '../../common/rate-limit.js';

@ApiTags('files')
@Controller('api/v1/files')
export class FilesController {
  constructor(private readonly files: FilesService) {}

  /** Upload one file to the active community; attach it to a record (repair, ballot…) with that record's request. */
  @Post()
  @CommunityAccess(...EVERYONE_IN_COMMUNITY)
  @RateLimit('upload')
  @UseInterceptors(UploadInterceptor)
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: UploadFileBodyDoc })
  @ApiCreatedResponse({ type: FileDto })
  @ApiErrors(400, 413, 415)
  async upload(@CurrentUser() actor: Actor, @Req() req: Request, @Body() body: UploadFileDto): Promise<FileDto> {
    return toFileDto(await this.files.upload(communityOf(actor), actor.personId, body.purpose, receivedFile(req)));
  }

  /**
   * A small (240 px) or medium (720 px) JPEG of an image, so lists do not download originals (up to 2560 px). The
   * same access rule as `content` (the same 404s); made once and cached. A PDF has none (404).
   */
  @Get(':id/thumbnail')
  @HttpCode(200)
  @CommunityAccess(...EVERYONE_IN_COMMUNITY)
  @ApiProduces('image/jpeg')
  @ApiOkResponse({
    description: '缩略图（JPEG；If-None-Match 与 ETag 相同时答复 304，无内容）',
    schema: { type: 'string', format: 'binary' },
  })
  @ApiErrors(400, 404)
  async thumbnail(
    @CurrentUser() actor: Actor,
    @Req() req: Request,
    @Res() res: Response,
    @Param('id') id: string,
    @Query() q: ThumbnailQueryDto,
  ): Promise<void> {
    const size = q.size ?? 'small';
    const { file, body } = await this.files.openThumbnail(actor, communityOf(actor), id, size);
    const etag = `"${file.sha256}-${size}"`;
    res.setHeader('Cache-Control', 'private, max-age=86400');
    res.setHeader('ETag', etag);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    if (req.headers['if-none-match'] === etag) {
      res.status(304).end();
      return;
    }
    res.setHeader('Content-Type', 'image/jpeg');
    res.setHeader('Content-Length', body.length);
    res.end(body);
  }

  /** The file's bytes, for people allowed to see the record it is attached to (or its uploader while unattached). */
  @Get(':id/content')
  @HttpCode(200)
  @CommunityAccess(...EVERYONE_IN_COMMUNITY)
  @ApiProduces('image/jpeg', 'image/webp', 'application/pdf')
  @ApiOkResponse({
    description: '文件内容（If-None-Match 与 ETag 相同时答复 304，无内容）',
    schema: { type: 'string', format: 'binary' },
  })
  @ApiErrors(404)
  async content(
    @CurrentUser() actor: Actor,
    @Req() req: Request,
    @Res() res: Response,
    @Param('id') id: string,
  ): Promise<void> {
    const { file, stream } = await this.files.openContent(actor, communityOf(actor), id);
    const etag = `"${file.sha256}"`;
    res.setHeader('Cache-Control', 'private, max-age=3600');
    res.setHeader('ETag', etag);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'; sandbox");
    if (req.headers['if-none-match'] === etag) {
      stream.destroy();
      res.status(304).end();
      return;
    }
    res.setHeader('Content-Type', file.mime);
    res.setHeader('Content-Length', file.sizeBytes);
    const name = file.originalName ?? `${file.id}.${file.storageKey.split('.').pop()}`;
    res.setHeader(
      'Content-Disposition',
      `${file.mime === 'application/pdf' ? 'attachment' : 'inline'}; filename*=UTF-8''${encodeURIComponent(name)}`,
    );
    stream.on('error', () => res.destroy());
    stream.pipe(res);
  }
}
