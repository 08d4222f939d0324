import { Body, Controller, Get, Header, HttpCode, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../../common/api-errors.js';
import { Public } from '../../common/access.js';
import { RateLimit } from '../../common/rate-limit.js';
import { WechatPushService } from './push.service.js';

const TEXT = { schema: { type: 'string' } } as const;

/**
 * The 消息推送 (message push) endpoint configured in the mini-program console: URL …/api/v1/wechat/push, Token =
 * WECHAT_PUSH_TOKEN, EncodingAESKey = WECHAT_PUSH_AES_KEY, 安全模式, 数据格式 JSON. Public because WeChat's servers call
 * it without a user: every request must carry a valid signature over the configured Token (and the message is
 * encrypted with the EncodingAESKey), otherwise 403 and nothing is read. Answers 404 when push is not configured.
 */
@ApiTags('wechat')
@Controller('api/v1/wechat/push')
export class WechatPushController {
  constructor(private readonly push: WechatPushService) {}

  @Get()
  @Public()
  @Header('Content-Type', 'text/plain; charset=utf-8')
  @ApiOperation({ summary: '微信消息推送：服务器地址校验（签名正确时原样返回 echostr）' })
  @ApiQuery({ name: 'signature', required: true })
  @ApiQuery({ name: 'timestamp', required: true })
  @ApiQuery({ name: 'nonce', required: true })
  @ApiQuery({ name: 'echostr', required: true })
  @ApiProduces('text/plain')
  @ApiOkResponse({ description: 'echostr', ...TEXT })
  @ApiErrors(403, 404)
  verify(@Query() q: Record<string, unknown>): string {
    return this.push.verifyUrl(q);
  }

  @Post()
  @Public()
  @RateLimit('write')
  @HttpCode(200)
  @Header('Content-Type', 'text/plain; charset=utf-8')
  @ApiOperation({
    summary:
      '微信消息推送：接收事件（安全模式，JSON；如 wxa_media_check 图片检查结果），验签、解密、去重后答复 success',
  })
  @ApiQuery({ name: 'signature', required: true })
  @ApiQuery({ name: 'timestamp', required: true })
  @ApiQuery({ name: 'nonce', required: true })
  @ApiQuery({ name: 'encrypt_type', required: true, enum: ['aes'] })
  @ApiQuery({ name: 'msg_signature', required: true })
  @ApiProduces('text/plain')
  @ApiOkResponse({ description: 'success', ...TEXT })
  @ApiErrors(400, 403, 404)
  async receive(@Query() q: Record<string, unknown>, @Body() body: unknown): Promise<string> {
    await this.push.receive(q, body);
    return 'success';
  }
}
