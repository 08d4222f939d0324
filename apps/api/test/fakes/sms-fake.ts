import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the fake answers to one send (scripted in order; then `OK`). */
export type SmsBehaviour = { code: string; httpStatus?: number } | { httpStatus: number } | { delayMs: number };

/** One send the fake accepted or refused (for assertions). */
export interface SmsReceived {
  phone: string;
  template: string;
  params: Record<string, string>;
  answered: string;
}

/**
 * A local stand-in for the SMS provider (integrations/sms/sms.client.ts): `POST /v1/sms/send` with
 * `Authorization: Bearer <token>` and `{phone, template, params}`, answering `{code: 'OK', messageId}` or a scripted
 * refusal. A wrong token answers 401 `{code: 'UNAUTHORIZED'}`.
 */
export class SmsFake {
  readonly token = 'sms-test-token-0123456789';
  readonly received: SmsReceived[] = [];
  private readonly queue: SmsBehaviour[] = [];
  private server: Server | null = null;
  private base = '';
  private n = 0;

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.base = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  /** The app's configuration pointing at this fake. */
  env(): Record<string, string> {
    return { SMS_API_BASE: this.base, SMS_API_TOKEN: this.token };
  }

  /** The next sends answer these, in order. */
  script(...behaviours: SmsBehaviour[]): void {
    this.queue.push(...behaviours);
  }

  /** The code of the last sign-in text sent to `phone`. */
  lastCode(phone: string): string | undefined {
    return this.received.filter((r) => r.phone === phone && r.answered === 'OK').at(-1)?.params.code;
  }

  /** Resolves when `count` sends reached the fake (sign-in codes are sent after the answer). */
  async waitFor(count: number, timeoutMs = 3000): Promise<void> {
    const until = Date.now() + timeoutMs;
    while (this.received.length < count) {
      if (Date.now() > until) throw new Error(`sms fake: ${this.received.length} of ${count} sends arrived`);
      await new Promise((r) => setTimeout(r, 10));
    }
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let raw = '';
    for await (const chunk of req) raw += (chunk as Buffer).toString('utf8');
    const json = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (req.method !== 'POST' || req.url !== '/v1/sms/send') return json(404, { code: 'NOT_FOUND' });
    if (req.headers.authorization !== `Bearer ${this.token}`) return json(401, { code: 'UNAUTHORIZED' });
    const body = JSON.parse(raw) as { phone: string; template: string; params: Record<string, string> };
    let b = this.queue.shift();
    if (b && 'delayMs' in b) {
      await new Promise((r) => setTimeout(r, b && 'delayMs' in b ? b.delayMs : 0));
      b = undefined;
    }
    if (b && !('code' in b)) {
      this.received.push({ ...body, answered: `HTTP${b.httpStatus}` });
      res.writeHead(b.httpStatus, { 'content-type': 'text/html' });
      return void res.end('<html>error</html>');
    }
    const code = b?.code ?? 'OK';
    this.received.push({ ...body, answered: code });
    if (code === 'OK') return json(200, { code, messageId: `m-${++this.n}` });
    return json(b?.httpStatus ?? 400, { code, message: 'refused' });
  }
}
