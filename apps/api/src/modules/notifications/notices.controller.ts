import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../../common/api-errors.js';
import { COMMITTEE, CommunityAccess } from '../../common/access.js';
import { communityOf, CurrentUser, type Actor } from '../../common/current-user.js';
import { IdPipe } from '../../common/ids.js';
import { NoticeReachDto, NoticeSummaryDto } from './dto/notices.dto.js';
import { NoticesService } from './notices.service.js';

/** Notices on the channel ladder and how far each got to each household (the committee and the neighbourhood). */
@ApiTags('notices')
@Controller('api/v1/notices')
export class NoticesController {
  constructor(private readonly notices: NoticesService) {}

  @Get()
  @CommunityAccess(...COMMITTEE, 'neighbourhood_officer')
  @ApiOkResponse({ type: [NoticeSummaryDto] })
  list(@CurrentUser() actor: Actor): Promise<NoticeSummaryDto[]> {
    return this.notices.list(communityOf(actor));
  }

  /** Per household: read, attempted (a channel accepted it) or not reached; and the door-to-door list. */
  @Get(':id/reach')
  @CommunityAccess(...COMMITTEE, 'neighbourhood_officer')
  @ApiOkResponse({ type: NoticeReachDto })
  @ApiErrors(404)
  reach(@CurrentUser() actor: Actor, @Param('id', new IdPipe('通知')) id: string): Promise<NoticeReachDto> {
    return this.notices.reach(communityOf(actor), id);
  }
}
