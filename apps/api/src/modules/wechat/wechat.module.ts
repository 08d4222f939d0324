import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig } from '../../config/config.js';
import { CONTENT_CHECK, NoopContentCheck } from '../../common/content-check.js';
import { WechatPushEvent } from './entities/wechat-push-event.entity.js';
import { WechatPushController } from './push.controller.js';
import { WechatPushHandlers } from '../../integrations/wechat/push-handlers.js';
import { WechatPushService } from './push.service.js';
import { TEXT_MODERATION, TextModerationClient } from '../../integrations/wechat/text-moderation.client.js';
import { WechatContentCheck } from './wechat-content-check.js';
import { BindingModule } from '../binding/binding.module.js';
import { WechatClient } from '../../integrations/wechat/wechat.client.js';
import { WechatController } from './wechat.controller.js';
import { WechatService } from './wechat.service.js';

/**
 * WeChat sign-in and phone number, and the content check of every published text (CONTENT_CHECK). Global so every module that stores text others see (repairs,
 * ledger, votes …) injects the same `CONTENT_CHECK`.
 */
@Global()
@Module({
  imports: [BindingModule, TypeOrmModule.forFeature([WechatPushEvent])],
  controllers: [WechatController, WechatPushController],
  providers: [
    WechatClient,
    WechatService,
    WechatPushService,
    WechatPushHandlers,
    {
      provide: TEXT_MODERATION,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) =>
        config.contentModeration ? new TextModerationClient(config.contentModeration) : null,
    },
    {
      provide: CONTENT_CHECK,
      inject: [APP_CONFIG, WechatClient, DataSource, TEXT_MODERATION],
      useFactory: (config: AppConfig, client: WechatClient, ds: DataSource, second: TextModerationClient | null) =>
        config.wechat.contentCheck ? new WechatContentCheck(client, ds, second) : new NoopContentCheck(),
    },
  ],
  exports: [WechatClient, CONTENT_CHECK, TEXT_MODERATION, WechatPushHandlers],
})
export class WechatModule {}
