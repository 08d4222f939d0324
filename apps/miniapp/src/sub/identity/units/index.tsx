import { Text, View } from '@tarojs/components';
import { Button, Loading } from '@nutui/nutui-react-taro';
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro';
import { useRef, useState } from 'react';
import { ErrorPanel } from '../../../components/ErrorPanel';
import { formatDate, relationLabel, statusLabel, unitLabel, type Binding } from '../../../features/identity/labels';
import { PhoneAuthorize } from '../../../features/identity/PhoneAuthorize';
import { useMyBindings } from '../../../features/identity/useBindings';
import '../identity.scss';
import { pageClass } from '../../../features/settings/largeText';

function BindingCard({ b }: { b: Binding }) {
  return (
    <View className="card" data-testid={`binding-${b.status}`}>
      <Text className={`badge badge--${b.status}`}>{statusLabel(b.status)}</Text>
      <Text className="subtitle">{unitLabel(b)}</Text>
      <Text className="text">
        {b.communityName} · {relationLabel(b.relation)}
      </Text>
      {b.status === 'pending' ? (
        <Text className="muted">已于{formatDate(b.createdAt)}提交，业委会或物业审核后会在这里显示结果。</Text>
      ) : null}
      {b.status === 'approved' ? (
        <Text className="muted">{b.autoApproved ? '按业主名册自动绑定' : `${formatDate(b.decidedAt)}审核通过`}</Text>
      ) : null}
      {(b.status === 'rejected' || b.status === 'removed') && b.reason ? (
        <Text className="reason">
          {b.status === 'rejected' ? '未通过原因' : '解除原因'}：{b.reason}
        </Text>
      ) : null}
      {b.status === 'rejected' ? <Text className="muted">请按原因补充材料后重新申请。</Text> : null}
    </View>
  );
}

/** 我的房屋: bound units, then requests waiting or refused (with the reason), and the way to ask for another. */
export default function MyUnits() {
  const [refreshKey, setRefreshKey] = useState(0);
  const { state, reload } = useMyBindings(refreshKey);
  const firstShow = useRef(true);
  useDidShow(() => {
    // Coming back from the request form: read again.
    if (firstShow.current) firstShow.current = false;
    else setRefreshKey((k) => k + 1);
  });
  usePullDownRefresh(async () => {
    await reload();
    Taro.stopPullDownRefresh();
  });
  const toForm = () => Taro.navigateTo({ url: '/sub/identity/bind/index' });

  if (state.status === 'idle' || state.status === 'loading') {
    return (
      <View className={pageClass()}>
        <View className="card">
          <Loading type="circular" />
          <Text className="muted">正在读取您的房屋…</Text>
        </View>
      </View>
    );
  }
  if (state.status === 'error') {
    return (
      <View className={pageClass()}>
        <ErrorPanel
          error={state.error}
          httpStatus={state.httpStatus}
          doing="读取我的房屋"
          onRetry={() => void reload()}
        />
      </View>
    );
  }
  const bound = state.data.filter((b) => b.status === 'approved');
  const requests = state.data.filter((b) => b.status !== 'approved');
  return (
    <View className={pageClass()}>
      <Text className="section-title">已绑定的房屋</Text>
      {bound.length ? (
        bound.map((b) => <BindingCard key={b.id} b={b} />)
      ) : (
        <View className="card">
          <Text className="text">您还没有绑定房屋。</Text>
          <Text className="muted">点下面的“申请绑定房屋”，填写楼栋、单元和房号，业委会或物业审核后即可绑定。</Text>
        </View>
      )}
      {requests.length ? <Text className="section-title">我的申请</Text> : null}
      {requests.map((b) => (
        <BindingCard key={b.id} b={b} />
      ))}
      <PhoneAuthorize onDone={() => setRefreshKey((k) => k + 1)} />
      <Button className="big-button" type="primary" size="large" block onClick={toForm} data-testid="to-bind-form">
        申请绑定房屋
      </Button>
    </View>
  );
}
