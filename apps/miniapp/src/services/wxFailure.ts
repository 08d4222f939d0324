import Taro from '@tarojs/taro';

/**
 * A failed wx API call explained to the person, distinct from a cancel: a refused privacy guideline, a permission
 * turned off in settings, a use the privacy guideline does not declare, or anything else. `what` names the thing in
 * plain Chinese (「相册和相机」, 「聊天文件」). Answers true when it was a cancel (say nothing), false after explaining.
 */
export type WxFailure = 'cancel' | 'privacy' | 'denied' | 'undeclared' | 'other';

export function classifyWxFailure(err: unknown): WxFailure {
  const e = (err ?? {}) as { errMsg?: unknown; errno?: unknown };
  const msg = typeof e.errMsg === 'string' ? e.errMsg : String(err ?? '');
  const errno = typeof e.errno === 'number' ? e.errno : undefined;
  if (/cancel/i.test(msg)) return 'cancel';
  if (errno === 104 || /privacy permission is not authorized/i.test(msg)) return 'privacy';
  if (errno === 112 || /scope is not declared/i.test(msg)) return 'undeclared';
  if (errno === 103 || /auth den(y|ied)|authorize no response|permission denied/i.test(msg)) return 'denied';
  return 'other';
}

export async function explainWxFailure(err: unknown, what: string): Promise<boolean> {
  const kind = classifyWxFailure(err);
  switch (kind) {
    case 'cancel':
      return true;
    case 'privacy': {
      const r = await Taro.showModal({
        title: '需要您同意隐私保护指引',
        content: `使用${what}前，需要先同意本小程序的《用户隐私保护指引》。请再点一次，在弹出的说明中点“同意”。`,
        confirmText: '查看指引',
        cancelText: '知道了',
      });
      const open = (Taro as unknown as { openPrivacyContract?: (o: object) => void }).openPrivacyContract;
      if (r.confirm && open) open({});
      return false;
    }
    case 'denied': {
      const r = await Taro.showModal({
        title: `没有${what}的权限`,
        content: `您关闭了本小程序使用${what}的权限。请点“去设置”打开，再回来重试。`,
        confirmText: '去设置',
        cancelText: '暂不',
      });
      if (r.confirm) void Taro.openSetting();
      return false;
    }
    case 'undeclared':
      await Taro.showModal({
        title: '暂时不能使用',
        content: `本小程序暂时不能使用${what}。请稍后再试，或联系物业。`,
        showCancel: false,
        confirmText: '知道了',
      });
      return false;
    case 'other':
      await Taro.showModal({
        title: '没有完成',
        content: `打开${what}没有成功。请稍后再试；一直不行，请重新打开小程序。`,
        showCancel: false,
        confirmText: '知道了',
      });
      return false;
  }
}
