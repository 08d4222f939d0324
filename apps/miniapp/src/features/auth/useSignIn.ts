import Taro from '@tarojs/taro';
import { useCallback, useState } from 'react';
import type { ApiError } from '@gongzhi/api-client';
import { api } from '../../services/api';
import { saveSession, setActiveCommunityId } from '../../services/session';
import { useApiQuery } from '../shared/useApiQuery';

export type SignInState =
  { status: 'idle' } | { status: 'working' } | { status: 'error'; error: ApiError; httpStatus: number };

function useSignInAction() {
  const [state, setState] = useState<SignInState>({ status: 'idle' });
  const finish = useCallback(
    async (
      call: () => Promise<{ error?: ApiError; status: number; data?: { accessToken: string; refreshToken: string } }>,
    ) => {
      setState({ status: 'working' });
      const result = await call();
      const tokens = result.data;
      if (result.error || !tokens) {
        setState({
          status: 'error',
          error: result.error ?? { code: 'COMMON.INTERNAL', message: '登录没有成功。' },
          httpStatus: result.status,
        });
        return false;
      }
      saveSession({ accessToken: tokens.accessToken, refreshToken: tokens.refreshToken });
      setActiveCommunityId(undefined); // /me tells us the active community
      setState({ status: 'idle' });
      return true;
    },
    [],
  );
  return { state, finish };
}

/** weapp: Taro.login → POST /api/v1/auth/wechat/login { code }. */
export function useWechatSignIn() {
  const { state, finish } = useSignInAction();
  const signIn = useCallback(
    () =>
      finish(async () => {
        let code: string;
        try {
          code = (await Taro.login()).code;
        } catch {
          return { status: 0, error: { code: 'AUTH.WECHAT_UNAVAILABLE', message: '无法获取微信登录凭证。' } };
        }
        return api.POST('/api/v1/auth/wechat/login', { body: { code } });
      }),
    [finish],
  );
  return { state, signIn };
}

/** H5 (development): GET /api/v1/auth/dev/accounts, then POST /api/v1/auth/dev/login { personId }. */
export function useDevSignIn(enabled: boolean) {
  const accounts = useApiQuery(() => api.GET('/api/v1/auth/dev/accounts'), [], enabled);
  const { state, finish } = useSignInAction();
  const signInAs = useCallback(
    (personId: string) => finish(() => api.POST('/api/v1/auth/dev/login', { body: { personId } })),
    [finish],
  );
  return { accounts, state, signInAs };
}
