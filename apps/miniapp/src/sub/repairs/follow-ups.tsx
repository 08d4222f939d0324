import { Text, Textarea, View } from '@tarojs/components';
import { Button, Loading } from '@nutui/nutui-react-taro';
import { useState } from 'react';
import { ErrorPanel } from '../../components/ErrorPanel';
import { LoadMore } from '../../components/LoadMore';
import { openTicket } from '../../features/repairs/components/TicketCard';
import { timeLabel } from '../../features/repairs/format';
import type { FollowUp } from '../../features/repairs/types';
import { finishFollowUp, useFollowUps, useMutation } from '../../features/repairs/useRepairs';
import '../../features/repairs/repairs.scss';
import { pageClass } from '../../features/settings/largeText';

function Item({ f, onDone }: { f: FollowUp; onDone: () => void }) {
  const [note, setNote] = useState('');
  const [writing, setWriting] = useState(false);
  const [problem, setProblem] = useState<string>();
  const m = useMutation();
  return (
    <View className="rp-ticket" data-testid="rp-follow-up">
      <View onClick={() => openTicket(f.ticketId)}>
        <Text className="rp-ticket__title">
          {f.categoryName} · {f.rating} 分
        </Text>
        <Text className="rp-ticket__line">位置：{f.location}</Text>
        {f.ratingComment ? <Text className="rp-ticket__desc">住户评价：“{f.ratingComment}”</Text> : null}
        <Text className="rp-ticket__line">{timeLabel(f.createdAt)} 生成</Text>
        {f.status === 'done' ? <Text className="rp-ticket__desc">回访结果：{f.note}</Text> : null}
      </View>
      {f.status === 'open' ? (
        writing ? (
          <View>
            <Text className="rp-label">回访结果</Text>
            <Textarea
              className="rp-textarea"
              value={note}
              maxlength={500}
              placeholder="例如：已电话联系住户，约定明天复查"
              onInput={(e) => setNote(e.detail.value)}
            />
            {problem ? <Text className="rp-field-error">{problem}</Text> : null}
            {m.state.status === 'error' ? (
              <ErrorPanel error={m.state.error} httpStatus={m.state.httpStatus} doing="记录回访" />
            ) : null}
            <Button
              className="big-button"
              type="primary"
              size="large"
              block
              loading={m.state.status === 'working'}
              onClick={async () => {
                if (note.trim().length < 2) return setProblem('请写明回访结果（至少 2 个字）');
                if (await m.run(() => finishFollowUp(f.id, note))) onDone();
              }}
            >
              确定回访完成
            </Button>
            <Button className="big-button" size="large" block onClick={() => setWriting(false)}>
              返回
            </Button>
          </View>
        ) : (
          <Button className="big-button" type="primary" size="large" block onClick={() => setWriting(true)}>
            记录回访结果
          </Button>
        )
      ) : null}
    </View>
  );
}

/** 「回访任务」: tickets rated 2 or less, to call the resident back. */
export default function FollowUpsPage() {
  const [status, setStatus] = useState<'open' | 'done'>('open');
  const list = useFollowUps(status);
  return (
    <View className={pageClass()} data-testid="rp-follow-ups">
      <View className="card">
        <Text className="title">回访任务</Text>
        <Text className="muted">住户打 1–2 分的工单需要回访：联系住户了解情况，并记录结果。</Text>
        <View className="rp-chips">
          <Text className={`rp-chip ${status === 'open' ? 'rp-chip--on' : ''}`} onClick={() => setStatus('open')}>
            待回访
          </Text>
          <Text className={`rp-chip ${status === 'done' ? 'rp-chip--on' : ''}`} onClick={() => setStatus('done')}>
            已回访
          </Text>
        </View>
      </View>
      {list.state.status === 'ok' ? (
        list.state.data.items.length ? (
          <>
            {list.state.data.items.map((f) => (
              <Item key={f.id} f={f} onDone={() => void list.reload()} />
            ))}
            <LoadMore
              shown={list.shown}
              total={list.total}
              hasMore={list.hasMore}
              more={list.more}
              onMore={() => void list.loadMore()}
              what="个回访任务"
            />
          </>
        ) : (
          <View className="card">
            <Text className="text">{status === 'open' ? '没有待回访的工单。' : '还没有回访记录。'}</Text>
          </View>
        )
      ) : list.state.status === 'error' ? (
        <ErrorPanel
          error={list.state.error}
          httpStatus={list.state.httpStatus}
          doing="读取回访任务"
          onRetry={() => void list.reload()}
        />
      ) : (
        <View className="card">
          <Loading type="circular" />
        </View>
      )}
    </View>
  );
}
