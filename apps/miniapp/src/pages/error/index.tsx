import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import Taro, { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { ErrorCode } from '@gongzhi/domain/client';
import { ClientErrorCode, type ApiError } from '@gongzhi/api-client';
import { api } from '../../services/api';
import { describeError, isOffline } from '../../services/errors';
import { pageClass } from '../../features/settings/largeText';

const KNOWN = new Set<string>([...Object.values(ErrorCode), ...Object.values(ClientErrorCode)]);

/**
 * Shows one API error: /pages/error/index?code=AUTH.FORBIDDEN&status=403&message=...
 * Without a code it shows the offline state. 重试 checks the service, then goes back.
 */
export default function ErrorPage() {
  const { params } = useRouter();
  const code = params.code && KNOWN.has(params.code) ? (params.code as ApiError['code']) : ClientErrorCode.OFFLINE;
  const error: ApiError = { code, message: params.message ? decodeURIComponent(params.message) : '' };
  const text = describeError(error);
  const offline = isOffline(error);
  const [checking, setChecking] = useState(false);
  const [stillDown, setStillDown] = useState(false);

  const retry = async () => {
    setChecking(true);
    const result = await api.GET('/healthz');
    setChecking(false);
    if (result.error) {
      setStillDown(true);
      return;
    }
    if (Taro.getCurrentPages().length > 1) void Taro.navigateBack();
    else void Taro.reLaunch({ url: '/pages/index/index' });
  };

  return (
    <View className={pageClass()}>
      <View className="card" role="alert">
        <View className="status status--bad">
          <View className="dot dot--bad" />
          <Text>{text.title}</Text>
        </View>
        <Text className="text">{text.action}</Text>
        {text.detail && text.detail !== text.title ? <Text className="muted">{text.detail}</Text> : null}
        <Text className="error-code">
          错误代码：{text.code}
          {params.status && params.status !== '0' ? `（${params.status}）` : ''}
        </Text>
        {stillDown ? <Text className="text">仍然无法连接，请稍后再试。</Text> : null}
      </View>
      {text.next === 'login' ? (
        <Button
          className="big-button"
          type="primary"
          size="large"
          block
          onClick={() => Taro.redirectTo({ url: '/pages/login/index' })}
        >
          去登录
        </Button>
      ) : offline || text.next === 'retry' ? (
        <Button className="big-button" type="primary" size="large" block loading={checking} onClick={retry}>
          重试
        </Button>
      ) : null}
      <Button className="big-button" size="large" block onClick={() => Taro.reLaunch({ url: '/pages/index/index' })}>
        返回首页
      </Button>
    </View>
  );
}
