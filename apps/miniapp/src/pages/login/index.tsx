import { Text, View } from '@tarojs/components';
import { Button, Loading } from '@nutui/nutui-react-taro';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { ErrorPanel } from '../../components/ErrorPanel';
import { useDevSignIn, useWechatSignIn } from '../../features/auth/useSignIn';
import { roleLabel } from '../../features/home/entries';
import { PhoneAuthorize } from '../../features/identity/PhoneAuthorize';
import { pageClass } from '../../features/settings/largeText';

const isWeapp = process.env.TARO_ENV === 'weapp';

function backHome() {
  // reLaunch: the home page re-reads the session and /me.
  void Taro.reLaunch({ url: '/pages/index/index' });
}

function WechatSignIn() {
  const { state, signIn } = useWechatSignIn();
  const [signedIn, setSignedIn] = useState(false);
  if (signedIn) {
    // Second, optional step: the phone number (only on the person's tap), which binds roster units at once.
    return (
      <View>
        <View className="card">
          <Text className="subtitle">登录成功</Text>
          <Text className="text">
            业主可以再授权手机号，系统按业主名册自动绑定您的房屋。也可以以后在“绑定房屋”中授权。
          </Text>
        </View>
        <PhoneAuthorize />
        <Button className="big-button" size="large" block onClick={backHome}>
          进入首页
        </Button>
      </View>
    );
  }
  return (
    <View className="card">
      <Text className="subtitle">微信登录</Text>
      <Text className="text">使用您的微信身份登录，无需输入密码。</Text>
      <Button
        className="big-button"
        type="primary"
        size="large"
        block
        loading={state.status === 'working'}
        onClick={async () => {
          if (await signIn()) setSignedIn(true);
        }}
      >
        微信一键登录
      </Button>
      {state.status === 'error' ? <ErrorPanel error={state.error} httpStatus={state.httpStatus} doing="登录" /> : null}
    </View>
  );
}

/** Development sign-in (H5 only): pick one of the seeded people. */
function DevSignIn() {
  const { accounts, state, signInAs } = useDevSignIn(true);
  const list = accounts.state;
  return (
    <View>
      <View className="card">
        <Text className="subtitle">测试登录（开发环境）</Text>
        <Text className="text">请选择一位测试人员登录。正式使用请在微信中打开小程序。</Text>
      </View>
      {list.status === 'loading' || list.status === 'idle' ? (
        <View className="card">
          <Loading type="circular" />
          <Text className="muted">正在读取测试人员…</Text>
        </View>
      ) : list.status === 'error' ? (
        <ErrorPanel
          error={list.error}
          httpStatus={list.httpStatus}
          doing="读取测试人员"
          onRetry={() => void accounts.reload()}
        />
      ) : list.data.length === 0 ? (
        <View className="card">
          <Text className="text">还没有测试人员。请先运行数据初始化（seed），然后点“重试”。</Text>
          <Button className="big-button" type="primary" size="large" block onClick={() => void accounts.reload()}>
            重试
          </Button>
        </View>
      ) : (
        list.data.map((person) => (
          <View
            key={person.personId}
            className="list-item"
            hoverClass="list-item--hover"
            onClick={async () => {
              if (state.status !== 'working' && (await signInAs(person.personId))) backHome();
            }}
          >
            <Text className="subtitle">{person.name}</Text>
            <Text className="text">{person.communityName ?? '未加入小区'}</Text>
            <Text className="muted">{person.roles.map(roleLabel).join('、') || '暂无身份'}</Text>
          </View>
        ))
      )}
      {state.status === 'working' ? <Text className="muted">正在登录…</Text> : null}
      {state.status === 'error' ? <ErrorPanel error={state.error} httpStatus={state.httpStatus} doing="登录" /> : null}
    </View>
  );
}

export default function Login() {
  return <View className={pageClass()}>{isWeapp ? <WechatSignIn /> : <DevSignIn />}</View>;
}
