import { ErrorCode } from '@gongzhi/domain';
import { AppError } from '../../common/app-error.js';
import { log } from '../../common/logger.js';

/** DI token of the second provider (a TextModerationClient, or null when CONTENT_MODERATION_URL is not set). */
export const TEXT_MODERATION = Symbol('TEXT_MODERATION');

/** The verdict of the second moderation provider, in WeChat's words so callers treat both alike. */
export interface ModerationVerdict {
  suggest: 'pass' | 'review' | 'risky';
  label: string | null;
}

/**
 * The second content-moderation provider, for authors WeChat cannot check (no openid, or not in the mini-program in
 * the last two hours: officials on H5). A generic HTTP API configured by CONTENT_MODERATION_URL (+ _TOKEN):
 *
 *   POST <url>   Authorization: Bearer <token>   { "type": "text", "text": "…", "scene": "comment" }
 *                                                { "type": "image", "url": "https://…signed…", "scene": "comment" }
 *   200          { "verdict": "pass" | "review" | "block", "label": "…" }
 *
 * Any other answer (HTTP error, timeout, unknown verdict) throws COMMON.UNAVAILABLE so callers fail closed. A thin
 * adapter in front of a commercial service (Aliyun, Tencent Cloud, Shumei …) maps its answer to this shape.
 * Texts are not logged.
 */
export class TextModerationClient {
  constructor(private readonly cfg: { url: string; token: string; timeoutMs: number }) {}

  async check(input: { type: 'text'; text: string; scene: string } | { type: 'image'; url: string; scene: string }) {
    let res: Response;
    try {
      res = await fetch(this.cfg.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(this.cfg.token ? { authorization: `Bearer ${this.cfg.token}` } : {}),
        },
        body: JSON.stringify(input),
        signal: AbortSignal.timeout(this.cfg.timeoutMs),
      });
    } catch (e) {
      throw unavailable(`request: ${(e as Error).name}`);
    }
    if (!res.ok) throw unavailable(`HTTP ${res.status}`);
    let body: { verdict?: unknown; label?: unknown };
    try {
      body = (await res.json()) as typeof body;
    } catch {
      throw unavailable('not JSON');
    }
    const map = { pass: 'pass', review: 'review', block: 'risky' } as const;
    const suggest = typeof body.verdict === 'string' ? map[body.verdict as keyof typeof map] : undefined;
    if (!suggest) throw unavailable('no verdict');
    return { suggest, label: typeof body.label === 'string' ? body.label : null } satisfies ModerationVerdict;
  }
}

function unavailable(reason: string): AppError {
  log('warn', 'moderation provider unavailable', { reason });
  return new AppError(ErrorCode.UNAVAILABLE, '内容安全检查暂时不可用，请稍后再提交');
}
