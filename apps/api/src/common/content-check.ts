/**
 * Content security for user text (WeChat msgSecCheck v2, domain-rules §9). The repairs module calls `check` before it
 * stores any text a resident or worker typed. `config.wechat.contentCheck` (CONTENT_CHECK) chooses the
 * implementation: `NoopContentCheck` when off, `WechatContentCheck` (modules/wechat/wechat-content-check.ts) when on.
 */
export interface ContentCheck {
  /**
   * Resolves when every text may be published; throws AppError(CONTENT.REJECTED, naming the field) when WeChat holds
   * one back, AppError(COMMON.UNAVAILABLE) when the check cannot be made (fail closed). A labelled text names its
   * field in the refusal; a bare string is called 「您填写的内容」.
   */
  check(
    texts: Array<CheckedText | string | null | undefined>,
    ctx: { personId: string; scene: 'comment' | 'forum' | 'profile' },
  ): Promise<void>;
}

/** A text with the field it came from: `field` is the request field, `label` its Chinese name shown to the user. */
export interface CheckedText {
  field: string;
  label: string;
  text: string | null | undefined;
}

export const CONTENT_CHECK = Symbol('CONTENT_CHECK');

/** CONTENT_CHECK=off (default in development and tests): every text passes. */
export class NoopContentCheck implements ContentCheck {
  async check(): Promise<void> {}
}
