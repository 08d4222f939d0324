import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import Taro from '@tarojs/taro';
import type { ApiError } from '@gongzhi/api-client';
import { describeError } from '../services/errors';

interface Props {
  error: ApiError;
  /** HTTP status (0 = no answer). */
  httpStatus?: number;
  /** What the page is trying to do, e.g. 「连接服务」. */
  doing?: string;
  onRetry?: () => void;
}

/** An API error in plain Chinese with one clear next step. */
export function ErrorPanel({ error, httpStatus, doing, onRetry }: Props) {
  const text = describeError(error);
  const showServerDetail = text.detail && text.detail !== text.title;
  return (
    <View className="card" role="alert">
      <View className="status status--bad">
        <View className="dot dot--bad" />
        <Text>{doing ? `${doing}失败：${text.title}` : text.title}</Text>
      </View>
      <Text className="text">{text.action}</Text>
      {showServerDetail ? <Text className="muted">{text.detail}</Text> : null}
      <Text className="error-code">
        错误代码：{text.code}
        {httpStatus ? `（${httpStatus}）` : ''}
      </Text>
      {text.next === 'login' ? (
        <Button
          className="big-button"
          type="primary"
          size="large"
          block
          onClick={() => Taro.navigateTo({ url: '/pages/login/index' })}
        >
          去登录
        </Button>
      ) : onRetry ? (
        <Button className="big-button" type="primary" size="large" block onClick={onRetry}>
          重试
        </Button>
      ) : null}
    </View>
  );
}
