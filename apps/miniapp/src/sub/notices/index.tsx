import { Text, View } from '@tarojs/components';
import { Button, Loading } from '@nutui/nutui-react-taro';
import Taro, { useDidShow } from '@tarojs/taro';
import { ErrorPanel } from '../../components/ErrorPanel';
import { shortTime, useNoticeList, useIsPublisher } from '../../features/notices/useNotices';
import '../../features/notices/notices.scss';
import { pageClass } from '../../features/settings/largeText';

/** 通知公告: notices on display first (emergencies on top, then pinned, newest); older ones below. */
export default function Notices() {
  const list = useNoticeList();
  const publisher = useIsPublisher();
  useDidShow(() => void list.reload());
  const s = list.state;
  return (
    <View className={pageClass()}>
      {publisher ? (
        <Button
          className="big-button"
          type="primary"
          size="large"
          block
          data-testid="notice-new"
          onClick={() => void Taro.navigateTo({ url: '/sub/notices/publish' })}
        >
          发布新通知
        </Button>
      ) : null}
      {s.status === 'loading' || s.status === 'idle' ? <Loading type="circular" /> : null}
      {s.status === 'error' ? (
        <ErrorPanel error={s.error} httpStatus={s.httpStatus} doing="读取通知" onRetry={() => void list.reload()} />
      ) : null}
      {s.status === 'ok' && s.data.items.length === 0 ? (
        <View className="card">
          <Text className="text">还没有通知。</Text>
        </View>
      ) : null}
      {s.status === 'ok'
        ? s.data.items.map((n) => (
            <View
              key={n.id}
              className={`card notice-card ${n.onTop ? 'notice-card--urgent' : ''} ${n.current ? '' : 'notice-card--past'}`}
              data-testid="notice-item"
              onClick={() => void Taro.navigateTo({ url: `/sub/notices/detail?id=${n.id}` })}
            >
              <Text className="notice-tag">
                {n.typeLabel}
                {n.pinned ? ' · 置顶' : ''}
                {n.withdrawn ? ' · 已撤回' : n.current ? '' : ' · 已过期'}
                {n.mine.readAt ? '' : ' · 未读'}
              </Text>
              <Text className="subtitle">{n.title}</Text>
              <Text className="muted">
                {n.publisher} · {shortTime(n.publishedAt)}
              </Text>
            </View>
          ))
        : null}
    </View>
  );
}
