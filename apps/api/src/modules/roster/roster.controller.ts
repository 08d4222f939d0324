import { Controller, Get, HttpCode, Param, Post, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes, ApiCreatedResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { ApiErrors } from '../../common/api-errors.js';
import { COMMITTEE, CommunityAccess } from '../../common/access.js';
import { communityOf, CurrentUser, type Actor } from '../../common/current-user.js';
import { RosterImportDto, RosterUploadDoc } from './dto/roster.dto.js';
import { MAX_ROSTER_BYTES } from './roster-file.js';
import { RosterService } from './roster.service.js';
import { RateLimit } from '../../common/rate-limit.js';

const ROSTER_KEEPERS = [...COMMITTEE, 'property_manager' as const];

@ApiTags('roster')
@Controller('api/v1/roster')
export class RosterController {
  constructor(private readonly roster: RosterService) {}

  /** Checks an owners' roster file and keeps it as a preview: every bad row with its reason; nothing else is written. */
  @Post('imports')
  @CommunityAccess(...ROSTER_KEEPERS)
  @RateLimit('upload')
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_ROSTER_BYTES, files: 1, fields: 2 } }))
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: RosterUploadDoc })
  @ApiCreatedResponse({ type: RosterImportDto })
  @ApiErrors(400, 413)
  preview(
    @CurrentUser() actor: Actor,
    @UploadedFile() file: Express.Multer.File | undefined,
  ): Promise<RosterImportDto> {
    return this.roster.preview(communityOf(actor), actor.personId, file);
  }

  @Get('imports/:id')
  @CommunityAccess(...ROSTER_KEEPERS)
  @ApiOkResponse({ type: RosterImportDto })
  @ApiErrors(404)
  get(@CurrentUser() actor: Actor, @Param('id') id: string): Promise<RosterImportDto> {
    return this.roster.get(communityOf(actor), id);
  }

  /** Applies a previewed file, all or nothing; a file identical to the roster changes nothing. */
  @Post('imports/:id/commit')
  @HttpCode(200)
  @CommunityAccess(...ROSTER_KEEPERS)
  @RateLimit('write')
  @ApiOkResponse({ type: RosterImportDto })
  @ApiErrors(404, 409)
  commit(@CurrentUser() actor: Actor, @Param('id') id: string): Promise<RosterImportDto> {
    return this.roster.commit(communityOf(actor), actor.personId, id);
  }

  /** The roster as an Excel file (phones masked). */
  @Get('export.xlsx')
  @CommunityAccess(...ROSTER_KEEPERS)
  @ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @ApiOkResponse({ description: '业主名册 Excel 文件', schema: { type: 'string', format: 'binary' } })
  async export(@CurrentUser() actor: Actor, @Res() res: Response): Promise<void> {
    const body = await this.roster.exportXlsx(communityOf(actor));
    res.setHeader('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    res.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent('业主名册.xlsx')}`);
    res.setHeader('Cache-Control', 'no-store');
    res.end(body);
  }
}
