import { Global, Module } from '@nestjs/common';
import { BindingModule } from '../binding/binding.module.js';
import { WechatClient } from './wechat.client.js';
import { WechatController } from './wechat.controller.js';
import { WechatService } from './wechat.service.js';

/** WeChat sign-in and phone number (the sign-in rate limiter it shares with the dev login is the identity module's). */
@Global()
@Module({
  imports: [BindingModule],
  controllers: [WechatController],
  providers: [WechatClient, WechatService],
  exports: [WechatClient],
})
export class WechatModule {}
