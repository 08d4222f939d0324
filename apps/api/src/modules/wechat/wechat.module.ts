import { Global, Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig } from '../../config/config.js';
import { CONTENT_CHECK, NoopContentCheck } from '../repairs/content-check.js';
import { TextModerationClient } from './text-moderation.client.js';
import { WechatContentCheck } from './wechat-content-check.js';
import { BindingModule } from '../binding/binding.module.js';
import { SignInRateLimiter } from './sign-in-rate-limiter.js';
import { WechatClient } from './wechat.client.js';
import { WechatController } from './wechat.controller.js';
import { WechatService } from './wechat.service.js';

/**
 * WeChat sign-in and phone number, and the content check of every published text (CONTENT_CHECK). Global so the dev
 * login (identity module) shares the sign-in rate limiter and every module that stores text others see (repairs,
 * ledger, votes …) injects the same `CONTENT_CHECK`.
 */
@Global()
@Module({
  imports: [BindingModule],
  controllers: [WechatController],
  providers: [
    WechatClient,
    WechatService,
    SignInRateLimiter,
    {
      provide: CONTENT_CHECK,
      inject: [APP_CONFIG, WechatClient, DataSource],
      useFactory: (config: AppConfig, client: WechatClient, ds: DataSource) =>
        config.wechat.contentCheck
          ? new WechatContentCheck(
              client,
              ds,
              config.contentModeration ? new TextModerationClient(config.contentModeration) : null,
            )
          : new NoopContentCheck(),
    },
  ],
  exports: [WechatClient, SignInRateLimiter, CONTENT_CHECK],
})
export class WechatModule {}
