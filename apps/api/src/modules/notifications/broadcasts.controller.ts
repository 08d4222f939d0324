import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../../common/api-errors.js';
import { COMMITTEE, CommunityAccess } from '../../common/access.js';
import { communityOf, CurrentUser, type Actor } from '../../common/current-user.js';
import { IdPipe } from '../../common/ids.js';
import { BroadcastReachDto, BroadcastSummaryDto } from './dto/broadcasts.dto.js';
import { BroadcastsService } from './broadcasts.service.js';

/** Broadcasts on the channel ladder and how far each got to each household (the committee and the neighbourhood). */
@ApiTags('broadcasts')
@Controller('api/v1/broadcasts')
export class BroadcastsController {
  constructor(private readonly broadcasts: BroadcastsService) {}

  @Get()
  @CommunityAccess(...COMMITTEE, 'neighbourhood_officer')
  @ApiOkResponse({ type: [BroadcastSummaryDto] })
  list(@CurrentUser() actor: Actor): Promise<BroadcastSummaryDto[]> {
    return this.broadcasts.list(communityOf(actor));
  }

  /** Per household: read, attempted (a channel accepted it) or not reached; and the door-to-door list. */
  @Get(':id/reach')
  @CommunityAccess(...COMMITTEE, 'neighbourhood_officer')
  @ApiOkResponse({ type: BroadcastReachDto })
  @ApiErrors(404)
  reach(@CurrentUser() actor: Actor, @Param('id', new IdPipe('群发通知')) id: string): Promise<BroadcastReachDto> {
    return this.broadcasts.reach(communityOf(actor), id);
  }
}
