import { Inject, Injectable } from '@nestjs/common';
import { ErrorCode } from '@gongzhi/domain';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AppError } from '../../common/app-error.js';
import { log } from '../../common/logger.js';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig } from '../../config/config.js';
import { WechatPushEvent } from './entities/wechat-push-event.entity.js';
import { decryptPush, pushSignature, sameSignature } from './push-crypto.js';
import { WechatPushHandlers, type PushMessage } from '../../integrations/wechat/push-handlers.js';

type Query = Record<string, unknown>;

/**
 * The 消息推送 endpoint's logic (server configuration: URL, Token, EncodingAESKey, safe mode, JSON data format).
 * Nothing is believed before its signature is verified: the URL check by `signature` = sha1(sort(token, timestamp,
 * nonce)); a message by `msg_signature` = sha1(sort(token, timestamp, nonce, Encrypt)), then decrypted with the
 * EncodingAESKey and its appid compared with ours. Plain-text mode is refused: its signature does not cover the
 * body, so anyone who saw one push could forge a verdict. A push repeated by WeChat (same decrypted message) is
 * recognised by its sha256 and handled once.
 */
@Injectable()
export class WechatPushService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly ds: DataSource,
    private readonly handlers: WechatPushHandlers,
  ) {}

  private get push(): { token: string; aesKey: string } {
    if (!this.config.wechat.push) throw AppError.notFound('接口');
    return this.config.wechat.push;
  }

  /** The server-configuration check WeChat makes when the URL is saved: answers `echostr` if the signature holds. */
  verifyUrl(q: Query): string {
    const { token } = this.push;
    const [timestamp, nonce, echostr] = [q.timestamp, q.nonce, q.echostr].map((v) => (typeof v === 'string' ? v : ''));
    if (!timestamp || !nonce || !echostr || !sameSignature(pushSignature(token, timestamp, nonce), q.signature))
      throw forged();
    return echostr;
  }

  /** One pushed message: verified, decrypted, deduplicated, routed by its Event type. */
  async receive(q: Query, body: unknown): Promise<void> {
    const { token, aesKey } = this.push;
    const timestamp = typeof q.timestamp === 'string' ? q.timestamp : '';
    const nonce = typeof q.nonce === 'string' ? q.nonce : '';
    const encrypted = (body as { Encrypt?: unknown } | null)?.Encrypt;
    if (q.encrypt_type !== 'aes' || typeof encrypted !== 'string' || !timestamp || !nonce) {
      log('warn', 'wechat push refused', { reason: 'not safe mode' });
      throw forged();
    }
    if (!sameSignature(pushSignature(token, timestamp, nonce, encrypted), q.msg_signature)) {
      log('warn', 'wechat push refused', { reason: 'bad signature' });
      throw forged();
    }
    const plain = decryptPush(aesKey, encrypted, this.config.wechat.appId);
    if (plain === null) {
      log('warn', 'wechat push refused', { reason: 'cannot decrypt' });
      throw forged();
    }
    let msg: PushMessage & { FromUserName?: string; ToUserName?: string };
    try {
      msg = JSON.parse(plain) as typeof msg;
      if (!msg || typeof msg !== 'object' || Array.isArray(msg)) throw new Error('not an object');
    } catch {
      // A verified message we cannot read (XML data format configured): keep it out, tell the operator.
      log('warn', 'wechat push not JSON (set 数据格式 to JSON in 消息推送)', {});
      throw new AppError(ErrorCode.VALIDATION_FAILED, '推送消息须为 JSON 数据格式');
    }
    const dedupeKey = createHash('sha256').update(plain).digest('hex');
    if (await this.ds.getRepository(WechatPushEvent).existsBy({ dedupeKey })) return;
    const event = String(msg.MsgType === 'event' ? (msg.Event ?? 'unknown') : (msg.MsgType ?? 'unknown')).slice(0, 64);
    const handler = this.handlers.get(event);
    const result = handler ? await handler(msg) : { outcome: 'ignored' };
    const { FromUserName: _from, ToUserName: _to, ...payload } = msg;
    await this.ds
      .createQueryBuilder()
      .insert()
      .into(WechatPushEvent)
      .values({
        dedupeKey,
        event,
        communityId: result.communityId ?? null,
        outcome: result.outcome,
        payload: payload as never,
      })
      .orIgnore()
      .execute();
    log('info', 'wechat push', { event, outcome: result.outcome });
  }
}

function forged(): AppError {
  return new AppError(ErrorCode.FORBIDDEN, '签名无效');
}
