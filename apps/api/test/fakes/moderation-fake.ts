import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the fake answers to one check (scripted in order; then by the words in the text). */
export type ModerationBehaviour = { verdict: 'pass' | 'review' | 'block' } | { httpStatus: number } | { garbage: true };

/**
 * A local stand-in for the second content-moderation provider (the generic HTTP API of TextModerationClient):
 * POST / with `{ type, text | url, scene }` and a bearer token; answers `{ verdict }`. Texts containing `BLOCK-TEXT`
 * are blocked, `REVIEW-TEXT` sent to review, the rest pass; a wrong token gets 401.
 */
export class ModerationFake {
  readonly token = 'moderation-test-token';
  readonly requests: Array<{ type: string; text?: string; url?: string; scene: string }> = [];
  private readonly queue: ModerationBehaviour[] = [];
  private server!: Server;

  async start(): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/moderate`;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  next(...b: ModerationBehaviour[]): this {
    this.queue.push(...b);
    return this;
  }

  reset(): void {
    this.queue.length = 0;
    this.requests.length = 0;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const send = (status: number, body: string) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(body);
    };
    if (req.method !== 'POST' || req.url !== '/moderate') return send(404, '{}');
    if (req.headers.authorization !== `Bearer ${this.token}`) return send(401, '{"error":"unauthorized"}');
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as (typeof this.requests)[number];
    this.requests.push(body);
    const b: ModerationBehaviour = this.queue.shift() ?? {
      verdict: (body.text ?? '').includes('BLOCK-TEXT')
        ? 'block'
        : (body.text ?? '').includes('REVIEW-TEXT')
          ? 'review'
          : 'pass',
    };
    if ('httpStatus' in b) return send(b.httpStatus, '{"error":"down"}');
    if ('garbage' in b) return send(200, '{"ok":true}');
    send(200, JSON.stringify({ verdict: b.verdict, label: b.verdict === 'pass' ? 'normal' : 'abuse' }));
  }
}
