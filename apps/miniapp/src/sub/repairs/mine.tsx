import { Text, View } from '@tarojs/components';
import { Button, Loading } from '@nutui/nutui-react-taro';
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro';
import { useRef } from 'react';
import { ErrorPanel } from '../../components/ErrorPanel';
import { TicketCard } from '../../features/repairs/components/TicketCard';
import { useMyTickets, useUnreadMessages } from '../../features/repairs/useRepairs';
import { LoadMore } from '../../components/LoadMore';
import '../../features/repairs/repairs.scss';
import { pageClass } from '../../features/settings/largeText';

const go = (url: string) => void Taro.navigateTo({ url });

/** 「我的工单」: my reports (and my home's), newest first; the way to report, the board, messages, figures. */
export default function MyTicketsPage() {
  const list = useMyTickets();
  const messages = useUnreadMessages();
  const first = useRef(true);
  useDidShow(() => {
    if (first.current) first.current = false;
    else void Promise.all([list.reload(), messages.reload()]);
  });
  usePullDownRefresh(async () => {
    await Promise.all([list.reload(), messages.reload()]);
    Taro.stopPullDownRefresh();
  });
  const unread = messages.state.status === 'ok' ? messages.state.data.unread : 0;
  return (
    <View className={pageClass()} data-testid="rp-mine">
      <Button
        className="big-button"
        type="primary"
        size="large"
        block
        data-testid="rp-new"
        onClick={() => go('/sub/repairs/report')}
      >
        我要报修
      </Button>
      <View className="rp-link-row" style={{ marginTop: '24rpx' }}>
        <Text className="rp-link" onClick={() => go('/sub/repairs/board')}>
          小区公共报修
        </Text>
        <Text className="rp-link" data-testid="rp-messages-link" onClick={() => go('/sub/repairs/messages')}>
          消息{unread ? `（${unread} 条未读）` : ''}
        </Text>
        <Text className="rp-link" onClick={() => go('/sub/repairs/stats')}>
          报修统计
        </Text>
      </View>
      <Text className="subtitle">我的报修</Text>
      {list.state.status === 'ok' ? (
        list.state.data.items.length ? (
          <>
            {list.state.data.items.map((t) => (
              <TicketCard key={t.id} t={t} />
            ))}
            <LoadMore
              shown={list.shown}
              total={list.total}
              hasMore={list.hasMore}
              more={list.more}
              onMore={() => void list.loadMore()}
              what="张工单"
            />
          </>
        ) : (
          <View className="card">
            <Text className="text">您还没有报修过。</Text>
            <Text className="muted">家里或楼里有东西坏了，点上面的“我要报修”，一分钟就能报好。</Text>
          </View>
        )
      ) : list.state.status === 'error' ? (
        <ErrorPanel
          error={list.state.error}
          httpStatus={list.state.httpStatus}
          doing="读取我的报修"
          onRetry={() => void list.reload()}
        />
      ) : (
        <View className="card">
          <Loading type="circular" />
          <Text className="muted">正在读取…</Text>
        </View>
      )}
    </View>
  );
}
