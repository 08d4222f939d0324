import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Authenticated, COMMITTEE, CommunityAccess } from '../../common/access.js';
import { communityOf, CurrentUser, type Actor } from '../../common/current-user.js';
import { AuditPageDto, AuditQueryDto, PersonalDataDto } from './dto/personal-data.dto.js';
import { AuditReadService, PersonalDataService } from './personal-data.service.js';

@ApiTags('privacy')
@ApiBearerAuth()
@Controller('api/v1')
export class PersonalDataController {
  constructor(
    private readonly data: PersonalDataService,
    private readonly auditRead: AuditReadService,
  ) {}

  /** Everything held about the caller: person, memberships, bindings, ownerships, roles and audit entries about them. */
  @Get('me/data')
  @Authenticated()
  @ApiOkResponse({ type: PersonalDataDto })
  mine(@CurrentUser() me: Actor): Promise<PersonalDataDto> {
    return this.data.collect(me.personId);
  }

  /** The same as a JSON file to download and keep. */
  @Get('me/data.json')
  @Authenticated()
  @ApiProduces('application/json')
  @ApiOkResponse({ type: PersonalDataDto })
  async export(@CurrentUser() me: Actor, @Res({ passthrough: true }) res: Response): Promise<PersonalDataDto> {
    const data = await this.data.collect(me.personId);
    const day = data.generatedAt.toISOString().slice(0, 10).replace(/-/g, '');
    res.setHeader('Content-Disposition', `attachment; filename="gongzhi-my-data-${day}.json"`);
    res.setHeader('Cache-Control', 'no-store');
    return data;
  }

  /** The community's audit log (who did what, when), newest first; for the committee and the district regulator. */
  @Get('audit')
  @CommunityAccess(...COMMITTEE, 'regulator')
  @ApiOkResponse({ type: AuditPageDto })
  audit(@CurrentUser() actor: Actor, @Query() q: AuditQueryDto): Promise<AuditPageDto> {
    return this.auditRead.page(communityOf(actor), actor.personId, q.limit ?? 50, q.before);
  }
}
