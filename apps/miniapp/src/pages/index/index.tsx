import { Text, View } from '@tarojs/components';
import { Button, Loading } from '@nutui/nutui-react-taro';
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { ErrorPanel } from '../../components/ErrorPanel';
import { entriesFor, roleLabel, type HomeEntry } from '../../features/home/entries';
import { useHealth } from '../../features/home/useHealth';
import { activeMembership, activeRoles, useMe, type Me } from '../../features/home/useMe';
import { getActiveCommunityId, getSession, setActiveCommunityId } from '../../services/session';
import { pageClass, useLargeText } from '../../features/settings/largeText';

function open(entry: HomeEntry) {
  void Taro.navigateTo({ url: entry.url });
}

/** Several communities in /me: a list to switch the active one (sent as X-Community-Id on every request). */
function CommunitySwitch({
  me,
  activeId,
  onPick,
}: {
  me: Me;
  activeId: string | undefined;
  onPick: (id: string) => void;
}) {
  const [open, setOpen] = useState(false);
  if (me.communities.length < 2) return null;
  if (!open) {
    return (
      <Button className="big-button" size="large" block onClick={() => setOpen(true)} data-testid="switch-community">
        切换小区
      </Button>
    );
  }
  return (
    <View data-testid="community-list">
      <Text className="subtitle">请选择小区</Text>
      {me.communities.map((c) => (
        <View
          key={c.communityId}
          className={`list-item${c.communityId === activeId ? ' list-item--on' : ''}`}
          hoverClass="list-item--hover"
          onClick={() => {
            onPick(c.communityId);
            setOpen(false);
          }}
        >
          <Text className="subtitle">
            {c.communityName}
            {c.communityId === activeId ? '（当前）' : ''}
          </Text>
          <Text className="muted">身份：{c.roles.length ? c.roles.map(roleLabel).join('、') : '暂无'}</Text>
        </View>
      ))}
    </View>
  );
}

function SignedIn({ me }: { me: Me }) {
  const [activeId, setActiveId] = useState(() => getActiveCommunityId());
  const active = activeMembership(me, activeId);
  const roles = activeRoles(me, active);
  const entries = entriesFor(roles);
  const district = me.districtRoles.find((d) => d.districtName)?.districtName;
  return (
    <>
      <View className="card">
        <Text className="subtitle">{me.name}，您好</Text>
        <Text className="text">
          {active
            ? `所在小区：${active.communityName}`
            : district
              ? `所在辖区：${district}`
              : '尚未加入小区（请先绑定房屋）'}
        </Text>
        <Text className="muted">身份：{roles.length ? roles.map(roleLabel).join('、') : '暂无'}</Text>
        <CommunitySwitch
          me={me}
          activeId={active?.communityId}
          onPick={(id) => {
            setActiveCommunityId(id);
            setActiveId(id);
          }}
        />
      </View>
      <Text className="subtitle">您可以做什么</Text>
      <View className="grid">
        {entries.map((entry) => (
          <View key={entry.key} className="grid-item" hoverClass="grid-item--hover" onClick={() => open(entry)}>
            <Text className="grid-item__label">{entry.label}</Text>
            <Text className="grid-item__hint">{entry.hint}</Text>
          </View>
        ))}
      </View>
    </>
  );
}

export default function Home() {
  const [signedIn, setSignedIn] = useState(() => getSession() !== null);
  const [refreshKey, setRefreshKey] = useState(0);
  const health = useHealth();
  const me = useMe(signedIn, refreshKey);
  // 我的 · 显示设置: the page re-renders with the new class when it changes (every page reads it on render).
  const largeText = useLargeText();

  // Coming back from the sign-in page: pick up the new session.
  useDidShow(() => {
    const now = getSession() !== null;
    if (now !== signedIn) setSignedIn(now);
    else if (now) setRefreshKey((k) => k + 1);
  });
  usePullDownRefresh(async () => {
    await Promise.all([health.reload(), me.reload()]);
    Taro.stopPullDownRefresh();
  });

  // A 401 on /me cleared the stored session: show the signed-out state.
  const meState = me.state;
  useEffect(() => {
    if (meState.status === 'error' && meState.httpStatus === 401 && getSession() === null) setSignedIn(false);
  }, [meState]);

  return (
    <View className={pageClass()}>
      <View className="card">
        <Text className="title">共治 · 小区自治</Text>
        {health.state.status === 'loading' || health.state.status === 'idle' ? (
          <View className="status">
            <Loading type="circular" />
            <Text className="muted">正在连接服务…</Text>
          </View>
        ) : health.state.status === 'ok' ? (
          <View className="status status--ok" data-testid="health-ok">
            <View className="dot dot--ok" />
            <Text>服务正常</Text>
            <Text className="muted">（版本 {health.state.data.version}）</Text>
          </View>
        ) : null}
      </View>
      {health.state.status === 'error' ? (
        <ErrorPanel
          error={health.state.error}
          httpStatus={health.state.httpStatus}
          doing="连接服务"
          onRetry={() => void health.reload()}
        />
      ) : null}

      {!signedIn ? (
        <View className="card">
          <Text className="subtitle">您还没有登录</Text>
          <Text className="text">登录后可以报修、查看工单、参与业主表决。</Text>
          <Button
            className="big-button"
            type="primary"
            size="large"
            block
            onClick={() => Taro.navigateTo({ url: '/pages/login/index' })}
          >
            登录
          </Button>
        </View>
      ) : meState.status === 'loading' || meState.status === 'idle' ? (
        <View className="card">
          <Loading type="circular" />
          <Text className="muted">正在读取您的信息…</Text>
        </View>
      ) : meState.status === 'error' ? (
        <ErrorPanel
          error={meState.error}
          httpStatus={meState.httpStatus}
          doing="读取您的信息"
          onRetry={() => void me.reload()}
        />
      ) : (
        <SignedIn me={meState.data} />
      )}

      <View className="card" data-testid="display-settings">
        <Text className="subtitle">我的 · 显示设置</Text>
        <Text className="text">
          大字模式：{largeText.on ? '已开启' : '未开启'}。开启后所有页面的文字和按钮都会变大。
        </Text>
        <Button className="big-button" size="large" block onClick={largeText.toggle} data-testid="large-text-toggle">
          {largeText.on ? '关闭大字模式' : '开启大字模式'}
        </Button>
      </View>
    </View>
  );
}
