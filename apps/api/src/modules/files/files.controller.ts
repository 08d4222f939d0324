import { Body, Controller, Get, HttpCode, Param, Post, Req, Res, UseInterceptors } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiCreatedResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { CommunityAccess, EVERYONE_IN_COMMUNITY } from '../../common/access.js';
import { ApiErrors } from '../../common/api-errors.js';
import { communityOf, CurrentUser, type Actor } from '../../common/current-user.js';
import { FileDto } from './dto/file.dto.js';
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
