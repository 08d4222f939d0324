import { Button as TaroButton, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useEffect, useReducer, useRef } from 'react';
import { agreePrivacy, openPrivacyGuideline, refusePrivacy, registerPrivacyPopup } from '../services/privacy';

const AGREE_BUTTON_ID = 'privacy-agree';

/**
 * weapp only: WeChat's privacy guideline asked for before the first photo, chat file, phone number or clipboard use
 * (services/privacy.ts). Rendered by every page that calls such an API; nothing shows until WeChat asks. 「同意」 is
 * WeChat's agreePrivacyAuthorization button: only its tap lets the call go on.
 */
export function PrivacyPopup() {
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const handle = useRef<ReturnType<typeof registerPrivacyPopup>>();
  useEffect(() => {
    if (process.env.TARO_ENV !== 'weapp') return undefined;
    const h = registerPrivacyPopup(Taro.getCurrentInstance().router?.path, rerender);
    handle.current = h;
    rerender();
    return () => {
      h.unregister();
      handle.current = undefined;
    };
  }, []);
  if (process.env.TARO_ENV !== 'weapp' || !handle.current?.shown()) return null;
  return (
    <View className="privacy-mask" catchMove>
      <View className="privacy-popup card">
        <Text className="subtitle">隐私保护提示</Text>
        <Text className="text">
          您要使用的功能需要用到相册、相机、聊天文件、手机号或剪贴板。使用前，请阅读并同意本小程序的《用户隐私保护指引》。
        </Text>
        <Text className="privacy-link" onClick={openPrivacyGuideline}>
          查看《隐私保护指引》
        </Text>
        <TaroButton
          id={AGREE_BUTTON_ID}
          className="big-button"
          openType="agreePrivacyAuthorization"
          onAgreePrivacyAuthorization={() => agreePrivacy(AGREE_BUTTON_ID)}
        >
          同意
        </TaroButton>
        <TaroButton className="big-button privacy-refuse" onClick={refusePrivacy}>
          拒绝
        </TaroButton>
      </View>
    </View>
  );
}
