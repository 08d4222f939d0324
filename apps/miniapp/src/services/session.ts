import Taro from '@tarojs/taro';

/** Tokens and the active community, kept in Taro storage (wx storage in weapp, localStorage in H5). */
const SESSION_KEY = 'gongzhi.session';
const COMMUNITY_KEY = 'gongzhi.activeCommunityId';

export interface Session {
  accessToken: string;
  refreshToken: string;
}

export function getSession(): Session | null {
  const value: unknown = Taro.getStorageSync(SESSION_KEY);
  if (typeof value === 'object' && value !== null && typeof (value as Session).accessToken === 'string')
    return value as Session;
  return null;
}

export function saveSession(session: Session): void {
  Taro.setStorageSync(SESSION_KEY, { accessToken: session.accessToken, refreshToken: session.refreshToken });
}

export function clearSession(): void {
  Taro.removeStorageSync(SESSION_KEY);
  Taro.removeStorageSync(COMMUNITY_KEY);
}

export function getActiveCommunityId(): string | undefined {
  const value: unknown = Taro.getStorageSync(COMMUNITY_KEY);
  return typeof value === 'string' && value !== '' ? value : undefined;
}

export function setActiveCommunityId(id: string | null | undefined): void {
  if (id) Taro.setStorageSync(COMMUNITY_KEY, id);
  else Taro.removeStorageSync(COMMUNITY_KEY);
}
