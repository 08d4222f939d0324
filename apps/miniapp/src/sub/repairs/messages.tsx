import { Text, View } from '@tarojs/components';
import { Loading } from '@nutui/nutui-react-taro';
import Taro, { useDidShow } from '@tarojs/taro';
import { useRef } from 'react';
import { ErrorPanel } from '../../components/ErrorPanel';
import { LoadMore } from '../../components/LoadMore';
import { timeLabel } from '../../features/repairs/format';
import type { Message } from '../../features/repairs/types';
import { markMessageRead, useMessages } from '../../features/repairs/useRepairs';
import '../../features/repairs/repairs.scss';
import { pageClass } from '../../features/settings/largeText';

async function open(m: Message) {
  if (!m.readAt) await markMessageRead(m.id);
  if (m.ticketId) void Taro.navigateTo({ url: `/sub/repairs/detail?id=${m.ticketId}` });
}

/** 「消息」: what happened to my reports (站内消息), newest first. */
export default function MessagesPage() {
  const list = useMessages();
  const first = useRef(true);
  useDidShow(() => {
    if (first.current) first.current = false;
    else void list.reload();
  });
  const s = list.state;
  return (
    <View className={pageClass()} data-testid="rp-messages">
      {s.status === 'ok' ? (
        <>
          <View className="card">
            <Text className="title">消息</Text>
            <Text className="muted">
              {s.data.unread ? `${s.data.unread} 条未读，点一条查看工单。` : '没有未读消息。'}
            </Text>
          </View>
          {s.data.items.length === 0 ? (
            <View className="card">
              <Text className="text">还没有消息。</Text>
              <Text className="muted">您的报修有进展时，会在这里通知您。</Text>
            </View>
          ) : (
            <>
              {s.data.items.map((m) => (
                <View
                  key={m.id}
                  className={`rp-ticket ${m.readAt ? '' : 'rp-message--unread'}`}
                  hoverClass="rp-ticket--hover"
                  data-testid="rp-message"
                  onClick={() => void open(m)}
                >
                  <Text className="rp-ticket__title">{m.title}</Text>
                  <Text className="rp-ticket__desc">{m.body}</Text>
                  <Text className="rp-ticket__line">{timeLabel(m.createdAt)}</Text>
                </View>
              ))}
              <LoadMore
                shown={list.shown}
                total={list.total}
                hasMore={list.hasMore}
                more={list.more}
                onMore={() => void list.loadMore()}
                what="条消息"
              />
            </>
          )}
        </>
      ) : s.status === 'error' ? (
        <ErrorPanel error={s.error} httpStatus={s.httpStatus} doing="读取消息" onRetry={() => void list.reload()} />
      ) : (
        <View className="card">
          <Loading type="circular" />
        </View>
      )}
    </View>
  );
}
