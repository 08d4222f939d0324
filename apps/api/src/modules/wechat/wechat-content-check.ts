import { ErrorCode } from '@gongzhi/domain';
import type { DataSource } from 'typeorm';
import { AppError } from '../../common/app-error.js';
import { log } from '../../common/logger.js';
import type { CheckedText, ContentCheck } from '../../common/content-check.js';
import type { ModerationVerdict, TextModerationClient } from '../../integrations/wechat/text-moderation.client.js';
import type { WechatClient } from '../../integrations/wechat/wechat.client.js';

/** msgSecCheck scenes: 1 资料, 2 评论, 3 论坛, 4 社交日志. */
const SCENES = { profile: 1, comment: 2, forum: 3 } as const;
/** WeChat checks at most 2,500 characters per call; longer texts go in pieces. */
const MAX_CHARS = 2500;
/** msgSecCheck errcode: the person has not opened the mini-program in the last two hours. */
const NOT_RECENTLY_ACTIVE = 61010;

/**
 * CONTENT_CHECK=on: every non-empty text goes through WeChat msgSecCheck v2 before it is stored (domain-rules §9).
 * Only `suggest: 'pass'` passes; 'review' and 'risky' are refused with CONTENT.REJECTED naming the field. When
 * WeChat cannot answer the check fails closed (COMMON.UNAVAILABLE, 503) and says so.
 *
 * Version 2 requires the openid of the writer (who must have opened the mini-program in the last two hours). A
 * person WeChat cannot check — no openid (signed in on H5), or WeChat answers 61010 (not in the mini-program in the
 * last two hours) — is checked by the second provider (`TextModerationClient`, CONTENT_MODERATION_URL) under the same
 * rule (only pass passes, fail closed); without a second provider they are refused with a clear message, never
 * published unchecked. Texts are sent to the checker; they are not logged here.
 */
export class WechatContentCheck implements ContentCheck {
  constructor(
    private readonly client: WechatClient,
    private readonly ds: DataSource,
    private readonly second: TextModerationClient | null = null,
  ) {}

  async check(
    texts: Array<CheckedText | string | null | undefined>,
    ctx: { personId: string; scene: keyof typeof SCENES },
  ): Promise<void> {
    const items = texts
      .map((t) => (typeof t === 'object' && t !== null ? t : { field: null, label: '您填写的内容', text: t }))
      .filter((t): t is { field: string | null; label: string; text: string } => !!t.text?.trim());
    if (!items.length) return;
    const [person]: Array<{ openid: string | null }> = await this.ds.query(`SELECT openid FROM persons WHERE id = $1`, [
      ctx.personId,
    ]);
    const openid = person?.openid ?? null;
    let verdicts: Array<Array<{ suggest: string; label: number | string | null }>>;
    try {
      verdicts = openid
        ? await Promise.all(
            items.map((item) =>
              Promise.all(
                pieces(item.text).map((content) =>
                  this.client.msgSecCheck({ content, openid, scene: SCENES[ctx.scene] }),
                ),
              ),
            ),
          )
        : await this.bySecond(items, ctx.scene, 'no-openid');
    } catch (e) {
      if (e instanceof AppError && (e.details as { errcode?: number } | undefined)?.errcode === NOT_RECENTLY_ACTIVE) {
        verdicts = await this.bySecond(items, ctx.scene, 'not-recent');
      } else if (e instanceof AppError && (e.code === ErrorCode.FORBIDDEN || e.code === ErrorCode.UNAVAILABLE)) {
        throw e;
      } else {
        log('warn', 'content check unavailable', { reason: e instanceof AppError ? e.code : (e as Error).name });
        throw new AppError(ErrorCode.UNAVAILABLE, '内容安全检查暂时不可用，请稍后再提交');
      }
    }
    const refused = items.findIndex((_, i) => verdicts[i].some((v) => v.suggest !== 'pass'));
    if (refused >= 0) {
      const item = items[refused];
      const verdict = verdicts[refused].find((v) => v.suggest !== 'pass')!;
      log('info', 'content refused', { field: item.field, suggest: verdict.suggest, label: verdict.label });
      throw new AppError(ErrorCode.CONTENT_REJECTED, `「${item.label}」含有不适合发布的内容，请修改后再提交`, {
        field: item.field,
      });
    }
  }

  /** The second provider's verdicts, or a clear refusal when none is configured (never unchecked). */
  private async bySecond(
    items: Array<{ text: string }>,
    scene: string,
    why: 'no-openid' | 'not-recent',
  ): Promise<ModerationVerdict[][]> {
    if (!this.second) {
      throw why === 'no-openid'
        ? new AppError(
            ErrorCode.FORBIDDEN,
            '提交文字内容需要通过微信小程序登录（内容安全检查需要微信身份，本平台未配置其他检查服务），请在微信中打开小程序后再提交',
          )
        : new AppError(ErrorCode.UNAVAILABLE, '内容安全检查需要您刚刚打开过小程序，请重新进入小程序后再提交');
    }
    const second = this.second;
    return Promise.all(
      items.map((item) => Promise.all(pieces(item.text).map((text) => second.check({ type: 'text', text, scene })))),
    );
  }
}

function pieces(text: string): string[] {
  const cs = Array.from(text);
  const out: string[] = [];
  for (let i = 0; i < cs.length; i += MAX_CHARS) out.push(cs.slice(i, i + MAX_CHARS).join(''));
  return out;
}
