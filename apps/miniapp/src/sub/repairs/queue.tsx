import { Text, View } from '@tarojs/components';
import { Loading } from '@nutui/nutui-react-taro';
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro';
import { useRef, useState } from 'react';
import {
  TICKET_PRIORITY_LABELS,
  TICKET_STATUS_LABELS,
  type TicketPriority,
  type TicketStatus,
} from '@gongzhi/domain/client';
import { ErrorPanel } from '../../components/ErrorPanel';
import { LoadMore } from '../../components/LoadMore';
import { TicketCard } from '../../features/repairs/components/TicketCard';
import { useCategories, useQueue, type QueueFilters } from '../../features/repairs/useRepairs';
import '../../features/repairs/repairs.scss';
import { pageClass } from '../../features/settings/largeText';

const STATUSES: TicketStatus[] = [
  'submitted',
  'assigned',
  'in_progress',
  'awaiting_quote_acceptance',
  'done',
  'confirmed',
  'closed_not_fixed',
  'closed_unconfirmed',
  'cancelled',
];
const go = (url: string) => void Taro.navigateTo({ url });

function Chip({ on, label, onClick, testId }: { on: boolean; label: string; onClick: () => void; testId?: string }) {
  return (
    <Text className={`rp-chip ${on ? 'rp-chip--on' : ''}`} data-testid={testId} onClick={onClick}>
      {label}
    </Text>
  );
}

/** 「工单队列」 for the property company (the committee reads it): counts, filters, tickets. */
export default function QueuePage() {
  const [f, setF] = useState<QueueFilters>({ status: 'open' });
  const queue = useQueue(f);
  const categories = useCategories();
  const first = useRef(true);
  useDidShow(() => {
    if (first.current) first.current = false;
    else void queue.reload();
  });
  usePullDownRefresh(async () => {
    await queue.reload();
    Taro.stopPullDownRefresh();
  });
  const set = (patch: Partial<QueueFilters>) => setF((x) => ({ ...x, ...patch }));
  const counts = queue.state.status === 'ok' ? queue.state.data.counts : undefined;
  const cats = categories.state.status === 'ok' ? categories.state.data.categories : [];
  return (
    <View className={pageClass()} data-testid="rp-queue">
      <View className="rp-counts">
        <View
          className={`rp-count ${f.status === 'open' && !f.overdue && !f.assignee ? 'rp-count--on' : ''}`}
          onClick={() => setF({ status: 'open' })}
        >
          <View className="rp-count__box">
            <Text className="rp-count__n" data-testid="rp-count-open">
              {counts?.open ?? '–'}
            </Text>
            <Text className="rp-count__label">未完成</Text>
          </View>
        </View>
        <View
          className={`rp-count rp-count--bad ${f.overdue ? 'rp-count--on' : ''}`}
          onClick={() => setF({ status: 'open', overdue: true })}
        >
          <View className="rp-count__box">
            <Text className="rp-count__n">{counts?.overdue ?? '–'}</Text>
            <Text className="rp-count__label">已超时</Text>
          </View>
        </View>
        <View
          className={`rp-count ${f.assignee === 'none' ? 'rp-count--on' : ''}`}
          onClick={() => setF({ status: 'open', assignee: 'none' })}
        >
          <View className="rp-count__box">
            <Text className="rp-count__n">{counts?.unassigned ?? '–'}</Text>
            <Text className="rp-count__label">未派单</Text>
          </View>
        </View>
        <View className="rp-count" onClick={() => go('/sub/repairs/follow-ups')}>
          <View className="rp-count__box">
            <Text className="rp-count__n">{counts?.openFollowUps ?? '–'}</Text>
            <Text className="rp-count__label">待回访</Text>
          </View>
        </View>
      </View>

      <View className="card">
        <Text className="rp-label">状态</Text>
        <View className="rp-chips">
          <Chip on={f.status === 'open'} label="全部未完成" onClick={() => set({ status: 'open' })} />
          {STATUSES.map((s) => (
            <Chip
              key={s}
              on={f.status === s}
              testId={`rp-filter-${s}`}
              label={`${TICKET_STATUS_LABELS[s]}${counts?.byStatus[s] ? ` ${counts.byStatus[s]}` : ''}`}
              onClick={() => set({ status: s })}
            />
          ))}
        </View>
        <Text className="rp-label">类别</Text>
        <View className="rp-chips">
          <Chip on={!f.category} label="全部" onClick={() => set({ category: undefined })} />
          {cats.map((c) => (
            <Chip key={c.code} on={f.category === c.code} label={c.name} onClick={() => set({ category: c.code })} />
          ))}
        </View>
        <Text className="rp-label">紧急程度与其他</Text>
        <View className="rp-chips">
          <Chip on={!f.urgency} label="全部" onClick={() => set({ urgency: undefined })} />
          {(['urgent', 'normal'] as TicketPriority[]).map((u) => (
            <Chip key={u} on={f.urgency === u} label={TICKET_PRIORITY_LABELS[u]} onClick={() => set({ urgency: u })} />
          ))}
          <Chip on={!!f.overdue} label="只看超时" onClick={() => set({ overdue: !f.overdue })} />
          <Chip
            on={f.assignee === 'me'}
            label="派给我的"
            onClick={() => set({ assignee: f.assignee === 'me' ? undefined : 'me' })}
          />
        </View>
      </View>

      <View className="rp-link-row">
        <Text className="rp-link" onClick={() => go('/sub/repairs/follow-ups')}>
          回访任务
        </Text>
        <Text className="rp-link" onClick={() => go('/sub/repairs/stats')}>
          报修统计
        </Text>
      </View>

      {queue.state.status === 'ok' ? (
        <>
          <Text className="subtitle">共 {queue.state.data.total} 张工单</Text>
          {queue.state.data.items.length ? (
            <>
              {queue.state.data.items.map((t) => (
                <TicketCard key={t.id} t={t} showReporter />
              ))}
              <LoadMore
                shown={queue.shown}
                total={queue.total}
                hasMore={queue.hasMore}
                more={queue.more}
                onMore={() => void queue.loadMore()}
                what="张工单"
              />
            </>
          ) : (
            <View className="card">
              <Text className="text">没有符合条件的工单。</Text>
              <Text className="muted">可以点“全部未完成”查看所有待处理的工单。</Text>
            </View>
          )}
        </>
      ) : queue.state.status === 'error' ? (
        <ErrorPanel
          error={queue.state.error}
          httpStatus={queue.state.httpStatus}
          doing="读取工单队列"
          onRetry={() => void queue.reload()}
        />
      ) : (
        <View className="card">
          <Loading type="circular" />
        </View>
      )}
    </View>
  );
}
