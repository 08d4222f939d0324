import { Global, Module } from '@nestjs/common';
import { BroadcastsController } from './broadcasts.controller.js';
import { BroadcastsService } from './broadcasts.service.js';
import { SubscribeMessagesService } from './subscribe-messages.service.js';

/**
 * Notifications: the channel ladder of broadcasts (inbox → WeChat subscribe message → SMS → door-to-door list) and the
 * WeChat subscribe-message workers of repairs (WechatClient, SmsClient, JobsService and InboxService are global).
 */
@Global()
@Module({
  controllers: [BroadcastsController],
  providers: [SubscribeMessagesService, BroadcastsService],
  exports: [SubscribeMessagesService, BroadcastsService],
})
export class NotificationsModule {}
