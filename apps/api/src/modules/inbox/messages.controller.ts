import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../../common/api-errors.js';
import { CommunityAccess, EVERYONE_IN_COMMUNITY } from '../../common/access.js';
import { CurrentUser, type Actor } from '../../common/current-user.js';
import { IdPipe } from '../../common/ids.js';
import { MessageDto, MessageListDto, MessageQueryDto } from './messages.dto.js';
import { InboxService } from './inbox.service.js';
import { RateLimit } from '../../common/rate-limit.js';

/** In-app messages (站内消息) of the caller in the active community, newest first. */
@ApiTags('messages')
@Controller('api/v1/messages')
export class MessagesController {
  constructor(private readonly messages: InboxService) {}

  @Get()
  @CommunityAccess(...EVERYONE_IN_COMMUNITY)
  @ApiOkResponse({ type: MessageListDto })
  list(@CurrentUser() actor: Actor, @Query() q: MessageQueryDto): Promise<MessageListDto> {
    return this.messages.list(actor, { unread: q.unread === '1', limit: q.limit ?? 50, offset: q.offset ?? 0 });
  }

  @Post(':id/read')
  @HttpCode(200)
  @CommunityAccess(...EVERYONE_IN_COMMUNITY)
  @RateLimit('write')
  @ApiOkResponse({ type: MessageDto })
  @ApiErrors(404)
  read(@CurrentUser() actor: Actor, @Param('id', new IdPipe('消息')) id: string): Promise<MessageDto> {
    return this.messages.markRead(actor, id);
  }
}
