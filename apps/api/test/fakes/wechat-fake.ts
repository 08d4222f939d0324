import { createCipheriv, createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** The image the fake answers for a 小程序码: a 1×1 PNG (tests check its bytes reach the poster). */
export const WXACODE_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

/** What the fake answers for one code. */
export type Behaviour =
  | { openid: string }
  | { phone: string; countryCode?: string }
  | { errcode: number; errmsg?: string }
  | { httpStatus: number }
  | { delayMs: number; then: Behaviour };

/** What the fake answers to one subscribe/send or msg_sec_check call (scripted in order; then the default). */
export type ApiBehaviour =
  | { errcode: number; errmsg?: string }
  | { httpStatus: number }
  | { suggest: 'pass' | 'review' | 'risky'; label?: number }
  | { expireTokenFirst: true; then: ApiBehaviour };

/** One subscribe/send request the fake received (for assertions). */
export interface SubscribeSend {
  touser: string;
  template_id: string;
  page: string;
  data: Record<string, { value: string }>;
  miniprogram_state: string;
  answeredErrcode: number | null;
}

/**
 * A local stand-in for the WeChat server APIs the platform calls (jscode2session, cgi-bin/stable_token,
 * wxa/business/getuserphonenumber, cgi-bin/message/subscribe/send, wxa/msg_sec_check, wxa/media_check_async) and
 * for the 消息推送 pushes WeChat sends back (signed and AES-encrypted like WeChat's safe mode), with scripted answers and
 * call counters. Unknown codes get 40029, as WeChat answers an invalid code. Subscribe sends and content checks
 * answer from a queue of scripted behaviours, then the default (sent / `pass`, or the verdict of a text containing
 * a word of `riskyWords`/`reviewWords`).
 */
export class WechatFake {
  readonly appId = 'wx-test-appid';
  readonly appSecret = 'test-app-secret-0123456789';
  readonly calls = {
    jscode2session: 0,
    stableToken: 0,
    phone: 0,
    subscribeSend: 0,
    msgSecCheck: 0,
    mediaCheck: 0,
    wxacode: 0,
  };
  /** Every getwxacodeunlimit request that got past the token check (scene, page, env_version). */
  readonly wxacodes: Array<{ scene: string; page: string; env_version: string; check_path: unknown }> = [];
  /** 消息推送 server configuration the app is given (pushEnv) and the fake signs and encrypts pushes with. */
  readonly pushToken = 'PushToken2026';
  readonly pushAesKey = 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG';
  /** Every media_check_async request that got past the token check, with the trace id answered. */
  readonly mediaChecks: Array<{
    media_url: string;
    media_type: number;
    version: number;
    scene: number;
    openid: string;
    trace_id: string | null;
  }> = [];
  private readonly mediaQueue: ApiBehaviour[] = [];
  /** Every subscribe/send request that got past the token check, in order. */
  readonly subscribeSends: SubscribeSend[] = [];
  /** Every msg_sec_check request (content, scene, openid), in order. */
  readonly secChecks: Array<{ content: string; scene: number; openid: string; version: number }> = [];
  /** Texts containing one of these words get `risky` / `review` by default. */
  riskyWords: string[] = ['RISKY-TEXT'];
  reviewWords: string[] = ['REVIEW-TEXT'];
  private readonly sendQueue: ApiBehaviour[] = [];
  private readonly checkQueue: ApiBehaviour[] = [];
  private readonly loginCodes = new Map<string, Behaviour>();
  private readonly phoneCodes = new Map<string, Behaviour>();
  private tokenSeq = 0;
  private validTokens = new Set<string>();
  private server!: Server;
  tokenExpiresIn = 7200;
  /** When set, getwxacodeunlimit answers this errcode (e.g. 45009: the daily limit reached). */
  wxacodeErrcode: number | null = null;

  async start(): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** The env a test app needs to talk to this fake. */
  env(base: string, extra: Record<string, string> = {}): Record<string, string> {
    return {
      WECHAT_API_BASE: base,
      WECHAT_APP_ID: this.appId,
      WECHAT_APP_SECRET: this.appSecret,
      WECHAT_TIMEOUT_MS: '500',
      ...extra,
    };
  }

  login(code: string, b: Behaviour): this {
    this.loginCodes.set(code, b);
    return this;
  }

  phone(code: string, b: Behaviour): this {
    this.phoneCodes.set(code, b);
    return this;
  }

  /** The next subscribe/send calls answer these, in order (a token error does not use up a behaviour). */
  nextSends(...b: ApiBehaviour[]): this {
    this.sendQueue.push(...b);
    return this;
  }

  /** The env that turns on image checks with this fake's 消息推送 configuration. */
  pushEnv(): Record<string, string> {
    return {
      MEDIA_CHECK: 'on',
      PUBLIC_BASE_URL: 'https://api.example.test',
      WECHAT_PUSH_TOKEN: this.pushToken,
      WECHAT_PUSH_AES_KEY: this.pushAesKey,
    };
  }

  /** The next media_check_async calls answer these, in order (`suggest` answers a trace id; the verdict is pushed). */
  nextMediaChecks(...b: ApiBehaviour[]): this {
    this.mediaQueue.push(...b);
    return this;
  }

  /**
   * The push WeChat sends with an image's verdict (Event wxa_media_check, JSON, safe mode): the query string and
   * body to POST to the app's 消息推送 URL. `forge` signs with a wrong token (what an attacker without it can do).
   */
  mediaPush(
    traceId: string,
    suggest: 'pass' | 'review' | 'risky',
    opts: { forge?: boolean; label?: number; appId?: string } = {},
  ): { query: string; body: { ToUserName: string; Encrypt: string } } {
    return this.push(
      {
        ToUserName: 'gh_test',
        FromUserName: 'openid-of-uploader',
        CreateTime: Math.floor(Date.now() / 1000),
        MsgType: 'event',
        Event: 'wxa_media_check',
        appid: this.appId,
        trace_id: traceId,
        version: 2,
        detail: [{ strategy: 'content_model', errcode: 0, suggest, label: opts.label ?? 100, prob: 90 }],
        errcode: 0,
        errmsg: 'ok',
        result: { suggest, label: String(opts.label ?? (suggest === 'pass' ? 100 : 20002)) },
      },
      opts,
    );
  }

  /** Any message as WeChat would push it in safe mode. */
  push(
    msg: Record<string, unknown>,
    opts: { forge?: boolean; appId?: string } = {},
  ): { query: string; body: { ToUserName: string; Encrypt: string } } {
    const key = Buffer.from(`${this.pushAesKey}=`, 'base64');
    const text = Buffer.from(JSON.stringify(msg));
    const len = Buffer.alloc(4);
    len.writeUInt32BE(text.length);
    const raw = Buffer.concat([randomBytes(16), len, text, Buffer.from(opts.appId ?? this.appId)]);
    const pad = 32 - (raw.length % 32);
    const cipher = createCipheriv('aes-256-cbc', key, key.subarray(0, 16));
    cipher.setAutoPadding(false);
    const encrypt = Buffer.concat([
      cipher.update(Buffer.concat([raw, Buffer.alloc(pad, pad)])),
      cipher.final(),
    ]).toString('base64');
    const timestamp = String(Math.floor(Date.now() / 1000));
    const nonce = String(Math.floor(Math.random() * 1e9));
    const token = opts.forge ? 'NotTheToken' : this.pushToken;
    const sha1 = (...p: string[]) => createHash('sha1').update(p.sort().join('')).digest('hex');
    const q = new URLSearchParams({
      signature: sha1(token, timestamp, nonce),
      timestamp,
      nonce,
      openid: 'openid-of-uploader',
      encrypt_type: 'aes',
      msg_signature: sha1(token, timestamp, nonce, encrypt),
    });
    return { query: q.toString(), body: { ToUserName: 'gh_test', Encrypt: encrypt } };
  }

  /** The server-address check WeChat makes when the URL is saved in the console. */
  verifyQuery(echostr: string, opts: { forge?: boolean } = {}): string {
    const timestamp = String(Math.floor(Date.now() / 1000));
    const nonce = '12345';
    const token = opts.forge ? 'NotTheToken' : this.pushToken;
    const signature = createHash('sha1').update([token, timestamp, nonce].sort().join('')).digest('hex');
    return new URLSearchParams({ signature, timestamp, nonce, echostr }).toString();
  }

  /** The next msg_sec_check calls answer these, in order. */
  nextChecks(...b: ApiBehaviour[]): this {
    this.checkQueue.push(...b);
    return this;
  }

  /** Forgets scripted answers and recorded requests (counters stay). */
  resetScripts(): void {
    this.sendQueue.length = 0;
    this.checkQueue.length = 0;
    this.mediaQueue.length = 0;
    this.subscribeSends.length = 0;
    this.secChecks.length = 0;
    this.mediaChecks.length = 0;
  }

  /** Makes every issued access token invalid (WeChat answers 40001), as after a token refresh elsewhere. */
  expireTokens(): void {
    this.validTokens.clear();
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://fake');
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = chunks.length ? (JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>) : {};
    const send = (status: number, json: unknown) => {
      if (res.destroyed) return;
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(json));
    };
    const answer = async (b: Behaviour | undefined, ok: (b: Behaviour) => unknown): Promise<void> => {
      if (!b) return send(200, { errcode: 40029, errmsg: 'invalid code' });
      if ('delayMs' in b) {
        await new Promise((r) => setTimeout(r, b.delayMs).unref());
        return answer(b.then, ok);
      }
      if ('httpStatus' in b) return send(b.httpStatus, { errmsg: 'server error' });
      if ('errcode' in b) return send(200, { errcode: b.errcode, errmsg: b.errmsg ?? 'error' });
      return send(200, ok(b));
    };

    if (req.method === 'GET' && url.pathname === '/sns/jscode2session') {
      this.calls.jscode2session += 1;
      const q = url.searchParams;
      if (
        q.get('appid') !== this.appId ||
        q.get('secret') !== this.appSecret ||
        q.get('grant_type') !== 'authorization_code'
      ) {
        return send(200, { errcode: 40125, errmsg: 'invalid appsecret' });
      }
      return answer(this.loginCodes.get(q.get('js_code') ?? ''), (b) => ({
        openid: (b as { openid: string }).openid,
        session_key: 'SESSION-KEY-SECRET==',
      }));
    }
    if (req.method === 'POST' && url.pathname === '/cgi-bin/stable_token') {
      this.calls.stableToken += 1;
      if (body.appid !== this.appId || body.secret !== this.appSecret || body.grant_type !== 'client_credential') {
        return send(200, { errcode: 40125, errmsg: 'invalid appsecret' });
      }
      const token = `ACCESS-TOKEN-${++this.tokenSeq}`;
      this.validTokens.add(token);
      return send(200, { access_token: token, expires_in: this.tokenExpiresIn });
    }
    if (req.method === 'POST' && url.pathname === '/wxa/business/getuserphonenumber') {
      this.calls.phone += 1;
      if (!this.validTokens.has(url.searchParams.get('access_token') ?? ''))
        return send(200, { errcode: 40001, errmsg: 'invalid credential' });
      return answer(this.phoneCodes.get(String(body.code ?? '')), (b) => {
        const p = b as { phone: string; countryCode?: string };
        const cc = p.countryCode ?? '86';
        return {
          errcode: 0,
          errmsg: 'ok',
          phone_info: {
            phoneNumber: cc === '86' ? p.phone : `+${cc}${p.phone}`,
            purePhoneNumber: p.phone,
            countryCode: cc,
          },
        };
      });
    }
    // A scripted answer; `expireTokenFirst` invalidates every token before answering (so the call gets 40001).
    const scripted = (queue: ApiBehaviour[]): ApiBehaviour | undefined => {
      const b = queue[0];
      if (b && 'expireTokenFirst' in b) {
        this.expireTokens();
        queue[0] = b.then;
      }
      if (!this.validTokens.has(url.searchParams.get('access_token') ?? ''))
        return { errcode: 40001, errmsg: 'invalid credential' };
      return queue.shift();
    };
    if (req.method === 'POST' && url.pathname === '/cgi-bin/message/subscribe/send') {
      this.calls.subscribeSend += 1;
      const b = scripted(this.sendQueue) ?? { errcode: 0 };
      const record = (errcode: number | null) =>
        this.subscribeSends.push({
          ...(body as unknown as Omit<SubscribeSend, 'answeredErrcode'>),
          answeredErrcode: errcode,
        });
      if ('httpStatus' in b) {
        record(null);
        return send(b.httpStatus, { errmsg: 'server error' });
      }
      const errcode = 'errcode' in b ? b.errcode : 0;
      if (errcode !== 40001) record(errcode);
      return send(200, { errcode, errmsg: errcode ? ('errmsg' in b && b.errmsg) || 'error' : 'ok' });
    }
    if (req.method === 'POST' && url.pathname === '/wxa/msg_sec_check') {
      this.calls.msgSecCheck += 1;
      const check = {
        content: String(body.content ?? ''),
        scene: Number(body.scene),
        openid: String(body.openid ?? ''),
        version: Number(body.version),
      };
      if (check.version !== 2 || !check.openid || ![1, 2, 3, 4].includes(check.scene))
        return send(200, { errcode: 40003, errmsg: 'invalid args' });
      const b = scripted(this.checkQueue) ?? {
        suggest: this.riskyWords.some((w) => check.content.includes(w))
          ? 'risky'
          : this.reviewWords.some((w) => check.content.includes(w))
            ? 'review'
            : 'pass',
      };
      if (!('errcode' in b && b.errcode === 40001)) this.secChecks.push(check);
      if ('httpStatus' in b) return send(b.httpStatus, { errmsg: 'server error' });
      if ('errcode' in b) return send(200, { errcode: b.errcode, errmsg: b.errmsg ?? 'error' });
      if ('suggest' in b) {
        return send(200, {
          errcode: 0,
          errmsg: 'ok',
          trace_id: `trace-${this.calls.msgSecCheck}`,
          result: { suggest: b.suggest, label: b.label ?? (b.suggest === 'pass' ? 100 : 20001) },
          detail: [{ strategy: 'content_model', errcode: 0, suggest: b.suggest, label: b.label ?? 100, prob: 90 }],
        });
      }
      return send(500, { errmsg: 'bad script' });
    }
    if (req.method === 'POST' && url.pathname === '/wxa/media_check_async') {
      this.calls.mediaCheck += 1;
      const b = scripted(this.mediaQueue) ?? { suggest: 'pass' };
      if ('errcode' in b && b.errcode === 40001) return send(200, { errcode: 40001, errmsg: 'invalid credential' });
      const check = {
        media_url: String(body.media_url ?? ''),
        media_type: Number(body.media_type),
        version: Number(body.version),
        scene: Number(body.scene),
        openid: String(body.openid ?? ''),
        trace_id: null as string | null,
      };
      this.mediaChecks.push(check);
      if (check.version !== 2 || check.media_type !== 2 || !check.openid || !/^https:\/\//.test(check.media_url))
        return send(200, { errcode: 40003, errmsg: 'invalid args' });
      if ('httpStatus' in b) return send(b.httpStatus, { errmsg: 'server error' });
      if ('errcode' in b) return send(200, { errcode: b.errcode, errmsg: b.errmsg ?? 'error' });
      check.trace_id = `trace-${this.calls.mediaCheck}-${randomBytes(4).toString('hex')}`;
      return send(200, { errcode: 0, errmsg: 'ok', trace_id: check.trace_id });
    }
    if (req.method === 'POST' && url.pathname === '/wxa/getwxacodeunlimit') {
      this.calls.wxacode += 1;
      if (!this.validTokens.has(url.searchParams.get('access_token') ?? ''))
        return send(200, { errcode: 40001, errmsg: 'invalid credential' });
      const scene = String(body.scene ?? '');
      const page = String(body.page ?? '');
      this.wxacodes.push({
        scene,
        page,
        env_version: String(body.env_version ?? 'release'),
        check_path: body.check_path,
      });
      // WeChat's rules: scene 1–32 visible characters of its set; page without a leading slash.
      if (this.wxacodeErrcode) return send(200, { errcode: this.wxacodeErrcode, errmsg: 'error' });
      if (!/^[0-9A-Za-z!#$&'()*+,/:;=?@\-._~]{1,32}$/.test(scene))
        return send(200, { errcode: 40169, errmsg: 'invalid scene' });
      if (!page || page.startsWith('/')) return send(200, { errcode: 41030, errmsg: 'invalid page' });
      if (res.destroyed) return;
      res.writeHead(200, { 'content-type': 'image/png' });
      res.end(WXACODE_PNG);
      return;
    }
    send(404, { errcode: 404, errmsg: 'not found' });
  }
}
