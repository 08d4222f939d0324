import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { ErrorPanel } from '../../../components/ErrorPanel';
import { useErasure } from '../../../features/identity/useErasure';

const DELETED = [
  '姓名（改为“已注销用户”）、手机号、证件号',
  '与微信的关联（以后用微信登录会是一个新账号）',
  '房屋绑定和还在审核的绑定申请，以及申请时填写的姓名和手机号',
  '所有手机上的登录（立即退出）',
];
const KEPT = ['已投出的选票：表决结果依法保留', '公共收益台账：小区账目依法保留', '操作记录和您提交过的报修工单'];

/**
 * 申请注销 (PIPL Art. 47) in two steps: what is deleted and what stays, then a last confirmation; on success the app
 * signs out and starts again at the home page.
 */
export function ErasureRequest() {
  const [step, setStep] = useState<'closed' | 'explain' | 'confirm'>('closed');
  const { state, erase } = useErasure();
  const cancel = () => setStep('closed');

  if (step === 'closed') {
    return (
      <View className="card erasure" data-testid="erasure">
        <Text className="subtitle">注销账号</Text>
        <Text className="muted">不再使用共治时，可以申请删除您的个人信息。</Text>
        <Button
          className="big-button"
          size="large"
          block
          onClick={() => setStep('explain')}
          data-testid="erasure-start"
        >
          申请注销并删除我的个人信息
        </Button>
      </View>
    );
  }

  if (step === 'explain') {
    return (
      <View className="card erasure" data-testid="erasure-explain">
        <Text className="subtitle">注销后会删除</Text>
        {DELETED.map((t) => (
          <Text key={t} className="text">
            · {t}
          </Text>
        ))}
        <Text className="subtitle">依法保留，但不再显示您的姓名和手机号</Text>
        {KEPT.map((t) => (
          <Text key={t} className="text">
            · {t}
          </Text>
        ))}
        <Text className="subtitle">请注意</Text>
        <Text className="text">
          · 担任业委会或物业职务的，需先请业委会主任移除职务；业委会主任本人请联系平台管理员。
        </Text>
        <Text className="text">· 正在进行的表决将不能在线投票，可联系业委会领取纸质表决票。</Text>
        <Text className="text">· 注销后不能恢复。再次使用需要重新登录并绑定房屋。</Text>
        <Button
          className="big-button"
          type="primary"
          size="large"
          block
          onClick={() => setStep('confirm')}
          data-testid="erasure-next"
        >
          我已了解，下一步
        </Button>
        <Button className="big-button" size="large" block onClick={cancel}>
          不注销了
        </Button>
      </View>
    );
  }

  return (
    <View className="card erasure" data-testid="erasure-confirm">
      <Text className="subtitle">最后确认：注销后不能恢复</Text>
      <Text className="text">确认后，您的个人信息将被删除，并立即退出登录。</Text>
      {state.status === 'error' ? <ErrorPanel error={state.error} httpStatus={state.httpStatus} doing="注销" /> : null}
      <Button
        className="big-button"
        type="danger"
        fill="solid"
        size="large"
        block
        loading={state.status === 'working' || state.status === 'done'}
        disabled={state.status === 'working' || state.status === 'done'}
        onClick={() => void erase()}
        data-testid="erasure-confirm-button"
      >
        确认注销
      </Button>
      <Button
        className="big-button"
        size="large"
        block
        onClick={cancel}
        disabled={state.status === 'working' || state.status === 'done'}
      >
        不注销了
      </Button>
    </View>
  );
}
