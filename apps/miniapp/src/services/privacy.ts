import Taro from '@tarojs/taro';

/**
 * WeChat's privacy guideline (基础库 2.32.3+, services/weapp.ts): the first call of a privacy-scoped API (photos,
 * camera, chat files, phone number, clipboard) waits until the person agrees. `wx.onNeedPrivacyAuthorization` is
 * registered once at launch; the pending `resolve` is kept here and shown by <PrivacyPopup /> on the page that made
 * the call (pages that call such APIs render it). 「同意」 resolves 'agree' only from the tap on WeChat's
 * agreePrivacyAuthorization button (WeChat checks that tap); 「拒绝」 resolves 'disagree' and the call fails with the
 * privacy error that services/wxFailure.ts explains. A call from a page without the popup is answered 'disagree' at
 * once (never left waiting).
 */
export type PrivacyResolve = (option: {
  event: 'exposureAuthorization' | 'agree' | 'disagree';
  buttonId?: string;
}) => void;

let pending: PrivacyResolve | undefined;
let started = false;
const listeners = new Set<() => void>();
/** One entry per mounted popup: the page route it is on. The first on the current page shows the request. */
const popups: { route: string }[] = [];

function normalise(route: string | undefined): string {
  return (route ?? '').replace(/^\//, '').split('?')[0] ?? '';
}

function currentRoute(): string {
  try {
    const pages = Taro.getCurrentPages();
    return normalise(pages[pages.length - 1]?.route);
  } catch {
    return '';
  }
}

function notify(): void {
  listeners.forEach((l) => l());
}

/** At launch, weapp only (feature-detected: older base libraries have no such API). */
export function startPrivacyAuthorization(): void {
  if (process.env.TARO_ENV !== 'weapp' || started) return;
  const on = (Taro as { onNeedPrivacyAuthorization?: (l: (resolve: PrivacyResolve) => void) => void })
    .onNeedPrivacyAuthorization;
  if (typeof on !== 'function') return;
  started = true;
  on((resolve) => {
    const route = currentRoute();
    if (!popups.some((p) => p.route === route)) {
      resolve({ event: 'disagree' });
      return;
    }
    // A newer request replaces an unanswered one (which then fails as refused, never as agreed).
    pending?.({ event: 'disagree' });
    pending = resolve;
    notify();
    // Tells WeChat the popup is shown (its guideline asks for this before the answer).
    resolve({ event: 'exposureAuthorization' });
  });
}

/**
 * A mounted popup on the page `route`: `shown()` is true while a request waits and this is the first popup on the
 * page in front; `onChange` runs when a request arrives or is answered.
 */
export function registerPrivacyPopup(
  route: string | undefined,
  onChange: () => void,
): { shown: () => boolean; unregister: () => void } {
  const entry = { route: normalise(route) };
  popups.push(entry);
  listeners.add(onChange);
  return {
    shown: () => {
      if (!pending) return false;
      const now = currentRoute();
      return entry.route === now && popups.find((p) => p.route === now) === entry;
    },
    unregister: () => {
      const i = popups.indexOf(entry);
      if (i >= 0) popups.splice(i, 1);
      listeners.delete(onChange);
    },
  };
}

/** Only from the agreePrivacyAuthorization button's own event: WeChat checks that `buttonId` was tapped. */
export function agreePrivacy(buttonId: string): void {
  const r = pending;
  pending = undefined;
  r?.({ event: 'agree', buttonId });
  notify();
}

export function refusePrivacy(): void {
  const r = pending;
  pending = undefined;
  r?.({ event: 'disagree' });
  notify();
}

export function openPrivacyGuideline(): void {
  const open = (Taro as { openPrivacyContract?: (o: object) => void }).openPrivacyContract;
  if (open) open({});
}
