import { Global, Module } from '@nestjs/common';
import { NoticesController } from './notices.controller.js';
import { NoticesService } from './notices.service.js';
import { SubscribeMessagesService } from './subscribe-messages.service.js';

/**
 * Notifications: the channel ladder of notices (inbox → WeChat subscribe message → SMS → door-to-door list) and the
 * WeChat subscribe-message workers of repairs (WechatClient, SmsClient, JobsService and InboxService are global).
 */
@Global()
@Module({
  controllers: [NoticesController],
  providers: [SubscribeMessagesService, NoticesService],
  exports: [SubscribeMessagesService, NoticesService],
})
export class NotificationsModule {}
