import { Button as TaroButton, Text, View } from '@tarojs/components';
import { ErrorPanel } from '../../components/ErrorPanel';
import { unitLabel } from './labels';
import { usePhoneVerification, type VerifiedPhone } from './usePhone';

/**
 * weapp only: 「授权手机号」 with WeChat's getPhoneNumber button. The code exists only after the person taps it,
 * so nothing is asked (or billed) without that tap. Owners whose number is in the roster get their units bound.
 */
export function PhoneAuthorize({ onDone }: { onDone?: (v: VerifiedPhone) => void }) {
  const { state, verify } = usePhoneVerification();
  if (process.env.TARO_ENV !== 'weapp') return null;
  return (
    <View className="card">
      <Text className="subtitle">授权手机号</Text>
      <Text className="text">业主授权微信绑定的手机号后，系统按业主名册自动绑定您名下的房屋，无需等待审核。</Text>
      {state.status === 'done' ? (
        <View>
          <Text className="text">已授权：{state.data.phoneMasked}</Text>
          {state.data.boundUnits.length ? (
            state.data.boundUnits.map((u) => (
              <Text key={`${u.communityId}-${u.building}-${u.entrance}-${u.room}`} className="text">
                已自动绑定：{u.communityName} {unitLabel(u)}
              </Text>
            ))
          ) : (
            <Text className="muted">名册中没有登记这个手机号的房屋。请点“申请绑定房屋”填写房屋信息。</Text>
          )}
        </View>
      ) : (
        <TaroButton
          className="big-button phone-button"
          openType="getPhoneNumber"
          disabled={state.status === 'working'}
          onGetPhoneNumber={async (e) => {
            const verified = await verify((e.detail as { code?: string }).code);
            if (verified) onDone?.(verified);
          }}
        >
          {state.status === 'working' ? '正在授权…' : '授权手机号'}
        </TaroButton>
      )}
      {state.status === 'error' ? (
        <ErrorPanel error={state.error} httpStatus={state.httpStatus} doing="授权手机号" />
      ) : null}
    </View>
  );
}
