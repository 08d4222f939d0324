import { Module } from '@nestjs/common';
import { SubscribeMessagesService } from './subscribe-messages.service.js';

/** WeChat subscribe messages: the workers that send what other modules queued (WechatClient and JobsService are global). */
@Module({
  providers: [SubscribeMessagesService],
  exports: [SubscribeMessagesService],
})
export class NotificationsModule {}
