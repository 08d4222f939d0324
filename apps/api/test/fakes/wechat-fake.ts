import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

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
 * wxa/business/getuserphonenumber, cgi-bin/message/subscribe/send, wxa/msg_sec_check), with scripted answers and
 * call counters. Unknown codes get 40029, as WeChat answers an invalid code. Subscribe sends and content checks
 * answer from a queue of scripted behaviours, then the default (sent / `pass`, or the verdict of a text containing
 * a word of `riskyWords`/`reviewWords`).
 */
export class WechatFake {
  readonly appId = 'wx-test-appid';
  readonly appSecret = 'test-app-secret-0123456789';
  readonly calls = { jscode2session: 0, stableToken: 0, phone: 0, subscribeSend: 0, msgSecCheck: 0 };
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

  /** The next msg_sec_check calls answer these, in order. */
  nextChecks(...b: ApiBehaviour[]): this {
    this.checkQueue.push(...b);
    return this;
  }

  /** Forgets scripted answers and recorded requests (counters stay). */
  resetScripts(): void {
    this.sendQueue.length = 0;
    this.checkQueue.length = 0;
    this.subscribeSends.length = 0;
    this.secChecks.length = 0;
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
    send(404, { errcode: 404, errmsg: 'not found' });
  }
}
