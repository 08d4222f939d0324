import { ErrorCode } from '@gongzhi/domain';
import { AppError } from '../../common/app-error.js';

/**
 * Content security for user text (WeChat msgSecCheck v2, domain-rules §9). The repairs module calls `check` before it
 * stores any text a resident or worker typed. The WeChat client that implements it belongs to the identity/WeChat
 * module; until it exists, `config.wechat.contentCheck` (CONTENT_CHECK) chooses between these two.
 */
export interface ContentCheck {
  /** Resolves when every text may be published; throws AppError(CONTENT.REJECTED) otherwise. */
  check(texts: Array<string | null | undefined>, ctx: { personId: string; scene: 'comment' | 'forum' | 'profile' }): Promise<void>;
}

export const CONTENT_CHECK = Symbol('CONTENT_CHECK');

/** CONTENT_CHECK=off (default in development and tests): every text passes. */
export class NoopContentCheck implements ContentCheck {
  async check(): Promise<void> {}
}

/**
 * CONTENT_CHECK=on but no WeChat client is wired yet: fail closed (nothing unchecked gets published) with a
 * message that tells the user to try later. Replace with the msgSecCheck client when it exists.
 */
export class UnavailableContentCheck implements ContentCheck {
  async check(texts: Array<string | null | undefined>): Promise<void> {
    if (texts.some((t) => t && t.trim())) {
      throw new AppError(ErrorCode.UNAVAILABLE, '内容安全检查暂不可用，请稍后再提交文字内容');
    }
  }
}
