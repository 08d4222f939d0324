import Taro from '@tarojs/taro';
import { startPrivacyAuthorization } from './privacy';

/**
 * The minimum WeChat base library (基础库) the mini-program supports: 2.32.3, the first with the privacy APIs WeChat
 * requires (wx.onNeedPrivacyAuthorization, wx.getPrivacySetting); everything else we call is older (chooseMedia
 * 2.10.0, getAppBaseInfo 2.20.1). Set the same value in the admin console (设置 → 基本设置 → 基础库最低版本设置:
 * app.json has no such field); below it WeChat itself asks to update, and this check covers a console left unset.
 */
export const MIN_BASE_LIBRARY = '2.32.3';

/** Compares dotted versions: negative when a < b. */
export function compareVersion(a: string, b: string): number {
  const pa = a.split('.').map((x) => Number.parseInt(x, 10) || 0);
  const pb = b.split('.').map((x) => Number.parseInt(x, 10) || 0);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d) return d;
  }
  return 0;
}

function baseLibrary(): string {
  try {
    return (Taro.getAppBaseInfo?.() ?? Taro.getSystemInfoSync()).SDKVersion ?? '';
  } catch {
    return '';
  }
}

/**
 * At launch (weapp only): 「请升级微信」 below the minimum base library, the privacy guideline's popup wired
 * (services/privacy.ts), and new versions applied when downloaded.
 */
export function startWeapp(): void {
  if (process.env.TARO_ENV !== 'weapp') return;
  startPrivacyAuthorization();
  const sdk = baseLibrary();
  if (sdk && compareVersion(sdk, MIN_BASE_LIBRARY) < 0) {
    void Taro.showModal({
      title: '请升级微信',
      content: '您的微信版本较旧，部分功能无法使用。请在手机的应用商店把微信更新到最新版本，再打开本小程序。',
      showCancel: false,
      confirmText: '知道了',
    });
  }
  const updates = Taro.getUpdateManager?.();
  updates?.onUpdateReady(() => {
    void Taro.showModal({
      title: '有新版本',
      content: '新版本已经准备好，重新打开后即可使用。',
      confirmText: '重新打开',
      cancelText: '稍后',
      success: (r) => {
        if (r.confirm) updates.applyUpdate();
      },
    });
  });
}
