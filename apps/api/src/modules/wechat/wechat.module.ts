import { Global, Module } from '@nestjs/common';
import { BindingModule } from '../binding/binding.module.js';
import { SignInRateLimiter } from './sign-in-rate-limiter.js';
import { WechatClient } from './wechat.client.js';
import { WechatController } from './wechat.controller.js';
import { WechatService } from './wechat.service.js';

/** WeChat sign-in and phone number. Global so the dev login (identity module) shares the sign-in rate limiter. */
@Global()
@Module({
  imports: [BindingModule],
  controllers: [WechatController],
  providers: [WechatClient, WechatService, SignInRateLimiter],
  exports: [WechatClient, SignInRateLimiter],
})
export class WechatModule {}
