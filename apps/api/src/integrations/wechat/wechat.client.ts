import { Inject, Injectable } from '@nestjs/common';
import { ErrorCode } from '@gongzhi/domain';
import { AppError } from '../../common/app-error.js';
import { log } from '../../common/logger.js';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig } from '../../config/config.js';

export interface WechatSession {
  openid: string;
  unionid?: string;
}

export interface WechatPhone {
  /** Without country code (purePhoneNumber). */
  phone: string;
  countryCode: string;
}

export interface SubscribeMessage {
  openid: string;
  templateId: string;
  /** Mini-program page opened by a tap, without a leading slash: `sub/repairs/detail?id=…`. */
  page: string;
  data: Record<string, { value: string }>;
  miniprogramState: 'formal' | 'trial' | 'developer';
}

export interface MsgSecVerdict {
  suggest: 'pass' | 'review' | 'risky';
  /** WeChat's label of the most likely problem (100 = normal, 20001 politics, 20002 porn …). */
  label: number | null;
}

interface WechatReply {
  errcode?: number;
  errmsg?: string;
  [k: string]: unknown;
}

/** errcodes of the WeChat server API that mean "the access token is no longer good": fetch a new one and retry once. */
const TOKEN_EXPIRED = new Set([40001, 42001, 40014]);

/**
 * The WeChat server API (jscode2session, stable_token, getuserphonenumber, subscribe/send, msg_sec_check) over plain HTTPS with a timeout. Every
 * base URL comes from configuration so tests run against a local fake. The app secret and the session key never
 * leave this class; error bodies are not logged (they may echo the code).
 */
@Injectable()
export class WechatClient {
  private token: { value: string; refreshAt: number } | null = null;
  private tokenInFlight: Promise<string> | null = null;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async code2session(code: string): Promise<WechatSession> {
    const { appId, appSecret } = this.config.wechat;
    const qs = new URLSearchParams({
      appid: appId,
      secret: appSecret,
      js_code: code,
      grant_type: 'authorization_code',
    });
    const reply = await this.call('GET', `/sns/jscode2session?${qs}`);
    if (reply.errcode) throw this.mapError(reply.errcode, 'login');
    if (typeof reply.openid !== 'string' || !reply.openid) throw this.unavailable('jscode2session: no openid');
    // session_key is deliberately dropped here: nothing in this platform decrypts WeChat data with it.
    return { openid: reply.openid, ...(typeof reply.unionid === 'string' ? { unionid: reply.unionid } : {}) };
  }

  async phoneNumber(code: string): Promise<WechatPhone> {
    const reply = await this.withToken('/wxa/business/getuserphonenumber', { code });
    if (reply.errcode) throw this.mapError(reply.errcode, 'phone');
    const info = reply.phone_info as { purePhoneNumber?: string; countryCode?: string } | undefined;
    if (!info?.purePhoneNumber) throw this.unavailable('getuserphonenumber: no phone_info');
    return { phone: info.purePhoneNumber, countryCode: info.countryCode ?? '86' };
  }

  /**
   * Sends one subscribe message (cgi-bin/message/subscribe/send). Returns WeChat's errcode (0 = sent) so the caller
   * decides what a refusal means (43101: the person has no subscription left); throws WECHAT_UNAVAILABLE when WeChat
   * cannot be reached or answers with an HTTP error. The openid is never logged.
   */
  async sendSubscribeMessage(msg: SubscribeMessage): Promise<number> {
    const reply = await this.withToken('/cgi-bin/message/subscribe/send', {
      touser: msg.openid,
      template_id: msg.templateId,
      page: msg.page,
      data: msg.data,
      miniprogram_state: msg.miniprogramState,
      lang: 'zh_CN',
    });
    return reply.errcode ?? 0;
  }

  /**
   * Content security of one text (wxa/msg_sec_check, version 2). Returns WeChat's verdict (`result.suggest`);
   * throws WECHAT_UNAVAILABLE on any failure to get one, so callers can fail closed.
   */
  async msgSecCheck(input: { content: string; openid: string; scene: 1 | 2 | 3 | 4 }): Promise<MsgSecVerdict> {
    const reply = await this.withToken('/wxa/msg_sec_check', {
      content: input.content,
      version: 2,
      scene: input.scene,
      openid: input.openid,
    });
    if (reply.errcode) {
      log('warn', 'wechat api error', { op: 'msg_sec_check', errcode: reply.errcode });
      throw new AppError(ErrorCode.WECHAT_UNAVAILABLE, '微信服务暂时不可用，请稍后再试', { errcode: reply.errcode });
    }
    const suggest = (reply.result as { suggest?: unknown } | undefined)?.suggest;
    if (suggest !== 'pass' && suggest !== 'review' && suggest !== 'risky')
      throw this.unavailable('msg_sec_check: no result.suggest');
    const label = (reply.result as { label?: unknown }).label;
    return { suggest, label: typeof label === 'number' ? label : null };
  }

  /**
   * Asks WeChat to check one image asynchronously (wxa/media_check_async, version 2, media_type 2 = image). WeChat
   * downloads `mediaUrl` itself and pushes the verdict (Event wxa_media_check) to the 消息推送 endpoint within about
   * 30 minutes. Returns the trace id the push will carry; throws WECHAT_UNAVAILABLE (details.errcode when WeChat
   * answered one, e.g. 61010: the uploader has not been in the mini-program for two hours).
   */
  async mediaCheckAsync(input: { mediaUrl: string; openid: string; scene: 1 | 2 | 3 | 4 }): Promise<string> {
    const reply = await this.withToken('/wxa/media_check_async', {
      media_url: input.mediaUrl,
      media_type: 2,
      version: 2,
      scene: input.scene,
      openid: input.openid,
    });
    if (reply.errcode) {
      log('warn', 'wechat api error', { op: 'media_check_async', errcode: reply.errcode });
      throw new AppError(ErrorCode.WECHAT_UNAVAILABLE, '微信服务暂时不可用，请稍后再试', { errcode: reply.errcode });
    }
    const trace = reply.trace_id ?? reply.traceId;
    if (typeof trace !== 'string' || !trace) throw this.unavailable('media_check_async: no trace_id');
    return trace;
  }

  /**
   * A 小程序码 (wxacode.getUnlimited) opening `page` with `scene` (≤ 32 visible characters from WeChat's set). WeChat
   * answers the image's bytes, or JSON with an errcode; a token error refreshes the token once. Throws
   * WECHAT_UNAVAILABLE on any failure.
   */
  async wxacodeUnlimited(input: {
    scene: string;
    page: string;
    envVersion: 'release' | 'trial' | 'develop';
  }): Promise<Buffer> {
    if (!/^[0-9A-Za-z!#$&'()*+,/:;=?@\-._~]{1,32}$/.test(input.scene)) throw this.unavailable('wxacode: bad scene');
    for (let attempt = 0; ; attempt++) {
      const token = await this.accessToken(attempt > 0);
      const url = `${this.config.wechat.apiBase.replace(/\/$/, '')}/wxa/getwxacodeunlimit?access_token=${encodeURIComponent(token)}`;
      let res: Response;
      try {
        res = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            scene: input.scene,
            page: input.page,
            check_path: false,
            env_version: input.envVersion,
          }),
          signal: AbortSignal.timeout(this.config.wechat.timeoutMs),
        });
      } catch (e) {
        throw this.unavailable(`wxacode: ${(e as Error).name}`);
      }
      if (!res.ok) throw this.unavailable(`wxacode: HTTP ${res.status}`);
      const bytes = Buffer.from(await res.arrayBuffer());
      if (!/json/.test(res.headers.get('content-type') ?? '')) return bytes;
      let reply: WechatReply;
      try {
        reply = JSON.parse(bytes.toString('utf8')) as WechatReply;
      } catch {
        throw this.unavailable('wxacode: not JSON');
      }
      if (reply.errcode && TOKEN_EXPIRED.has(reply.errcode) && attempt === 0) continue;
      log('warn', 'wechat api error', { op: 'wxacode', errcode: reply.errcode ?? null });
      throw new AppError(ErrorCode.WECHAT_UNAVAILABLE, '微信服务暂时不可用，请稍后再试', {
        errcode: reply.errcode ?? null,
      });
    }
  }

  /** POSTs with the cached access token; a token error (40001, 42001 …) refreshes the token once and retries. */
  private async withToken(path: string, body: unknown): Promise<WechatReply> {
    for (let attempt = 0; ; attempt++) {
      const token = await this.accessToken(attempt > 0);
      const reply = await this.call('POST', `${path}?access_token=${encodeURIComponent(token)}`, body);
      if (reply.errcode && TOKEN_EXPIRED.has(reply.errcode)) {
        if (attempt === 0) continue;
        throw this.unavailable(`${path}: token refused twice`);
      }
      return reply;
    }
  }

  /** The stable access token, cached until five minutes before it expires (WeChat gives ≤ 7200 s). */
  async accessToken(forceRefresh = false): Promise<string> {
    if (!forceRefresh && this.token && Date.now() < this.token.refreshAt) return this.token.value;
    if (!this.tokenInFlight) {
      this.tokenInFlight = this.fetchToken(forceRefresh).finally(() => {
        this.tokenInFlight = null;
      });
    }
    return this.tokenInFlight;
  }

  private async fetchToken(forceRefresh: boolean): Promise<string> {
    const { appId, appSecret } = this.config.wechat;
    const reply = await this.call('POST', '/cgi-bin/stable_token', {
      grant_type: 'client_credential',
      appid: appId,
      secret: appSecret,
      ...(forceRefresh ? { force_refresh: true } : {}),
    });
    if (reply.errcode) throw this.mapError(reply.errcode, 'token');
    if (typeof reply.access_token !== 'string') throw this.unavailable('stable_token: no access_token');
    const expiresIn = Math.min(Number(reply.expires_in) || 7200, 7200);
    this.token = { value: reply.access_token, refreshAt: Date.now() + Math.max(expiresIn - 300, 0) * 1000 };
    return reply.access_token;
  }

  private async call(method: 'GET' | 'POST', pathAndQuery: string, body?: unknown): Promise<WechatReply> {
    const url = `${this.config.wechat.apiBase.replace(/\/$/, '')}${pathAndQuery}`;
    let res: Response;
    try {
      res = await fetch(url, {
        method,
        headers: body ? { 'content-type': 'application/json' } : undefined,
        body: body ? JSON.stringify(body) : undefined,
        signal: AbortSignal.timeout(this.config.wechat.timeoutMs),
      });
    } catch (e) {
      throw this.unavailable(`${pathAndQuery.split('?')[0]}: ${(e as Error).name}`);
    }
    if (!res.ok) throw this.unavailable(`${pathAndQuery.split('?')[0]}: HTTP ${res.status}`);
    try {
      return (await res.json()) as WechatReply;
    } catch {
      throw this.unavailable(`${pathAndQuery.split('?')[0]}: not JSON`);
    }
  }

  private mapError(errcode: number, op: 'login' | 'phone' | 'token'): AppError {
    switch (errcode) {
      case 40029:
      case 40163:
        return new AppError(
          ErrorCode.WECHAT_CODE_INVALID,
          op === 'phone' ? '手机号授权已失效，请重新点击获取手机号' : '登录码无效或已过期，请重新进入小程序',
        );
      case 45011:
        return new AppError(ErrorCode.WECHAT_RATE_LIMITED, '微信登录太频繁，请一分钟后再试');
      case 40226:
        return new AppError(
          ErrorCode.WECHAT_RISKY_USER,
          '微信提示该账号存在风险，暂不能登录；请在微信中完成安全验证后再试',
        );
      case -1:
        return this.unavailable(`${op}: system busy`);
      default:
        log('warn', 'wechat api error', { op, errcode });
        return this.unavailable(`${op}: errcode ${errcode}`);
    }
  }

  private unavailable(reason: string): AppError {
    log('warn', 'wechat api unavailable', { reason });
    return new AppError(ErrorCode.WECHAT_UNAVAILABLE, '微信服务暂时不可用，请稍后再试');
  }
}
