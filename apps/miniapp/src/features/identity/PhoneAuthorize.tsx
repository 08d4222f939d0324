import { Button as TaroButton, Text, View } from '@tarojs/components';
import { ErrorPanel } from '../../components/ErrorPanel';
import { PrivacyPopup } from '../../components/PrivacyPopup';
import { unitLabel } from './labels';
import { usePhoneVerification, type VerifiedPhone } from './usePhone';
import Taro from '@tarojs/taro';
import { classifyWxFailure, explainWxFailure } from '../../services/wxFailure';

/** No code from getPhoneNumber: a refusal says nothing; anything else says what to do instead (distinct from a cancel). */
async function explainPhoneFailure(detail: { errMsg?: string; errno?: number }): Promise<void> {
  if (!detail.errMsg || /deny|cancel/i.test(detail.errMsg)) return;
  if (classifyWxFailure(detail) === 'privacy') {
    await explainWxFailure(detail, '手机号');
    return;
  }
  await Taro.showModal({
    title: '没有取到手机号',
    content: '微信这次没有给出您的手机号。您可以稍后再试，或点“申请绑定房屋”手动填写房屋和手机号，等待审核。',
    showCancel: false,
    confirmText: '知道了',
  });
}

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
            const detail = e.detail as { code?: string; errMsg?: string; errno?: number };
            if (!detail.code) await explainPhoneFailure(detail);
            const verified = await verify(detail.code);
            if (verified) onDone?.(verified);
          }}
        >
          {state.status === 'working' ? '正在授权…' : '授权手机号'}
        </TaroButton>
      )}
      {state.status === 'error' ? (
        <ErrorPanel error={state.error} httpStatus={state.httpStatus} doing="授权手机号" />
      ) : null}
      <PrivacyPopup />
    </View>
  );
}
