import Taro from '@tarojs/taro';
import { useCallback, useState } from 'react';

/**
 * 大字模式 (large-text mode) for older residents: text ≥ 20 px, tap targets ≥ 60×60 px, line height ≥ 1.3 and
 * contrast ≥ 4.5:1 on every page — the figures of the national app 适老化 norm and WeChat's 小程序适老化 guide. The
 * styles are in app.scss (`.page--large`); every page root takes its class from pageClass().
 *
 * The person's own choice (home → 显示设置) wins; without one, weapp follows the phone: WeChat's font scale
 * (`fontSizeScaleFactor` > 1, set in 微信 → 设置 → 通用 → 字体大小) turns it on.
 */
const KEY = 'gongzhi.largeText';

let cached: boolean | undefined;

function phoneWantsLargeText(): boolean {
  if (process.env.TARO_ENV !== 'weapp') return false;
  try {
    const info = (Taro.getAppBaseInfo?.() ?? Taro.getSystemInfoSync()) as { fontSizeScaleFactor?: number };
    return (info.fontSizeScaleFactor ?? 1) > 1;
  } catch {
    return false;
  }
}

export function isLargeText(): boolean {
  if (cached === undefined) {
    let stored: unknown;
    try {
      stored = Taro.getStorageSync(KEY);
    } catch {
      stored = '';
    }
    cached = stored === '1' ? true : stored === '0' ? false : phoneWantsLargeText();
  }
  return cached;
}

export function setLargeText(on: boolean): void {
  cached = on;
  try {
    Taro.setStorageSync(KEY, on ? '1' : '0');
  } catch {
    // Storage full or refused: the choice still holds until the mini-program is closed.
  }
}

/** The class of every page root: `page`, plus `page--large` in large-text mode. */
export function pageClass(): string {
  return isLargeText() ? 'page page--large' : 'page';
}

/** The switch on home: the current mode and a toggle (the page re-renders with the new class). */
export function useLargeText(): { on: boolean; toggle: () => void } {
  const [on, setOn] = useState(isLargeText);
  const toggle = useCallback(() => {
    setLargeText(!isLargeText());
    setOn(isLargeText());
  }, []);
  return { on, toggle };
}
