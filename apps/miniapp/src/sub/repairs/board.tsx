import { Text, View } from '@tarojs/components';
import { Button, Loading } from '@nutui/nutui-react-taro';
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro';
import { useRef, useState } from 'react';
import type { ApiError } from '@gongzhi/api-client';
import { ErrorPanel } from '../../components/ErrorPanel';
import { TicketCard } from '../../features/repairs/components/TicketCard';
import type { Ticket } from '../../features/repairs/types';
import { sendMeToo, useBoard } from '../../features/repairs/useRepairs';
import { LoadMore } from '../../components/LoadMore';
import '../../features/repairs/repairs.scss';
import { pageClass } from '../../features/settings/largeText';

function MeToo({ t }: { t: Ticket }) {
  const [state, setState] = useState({ n: t.meTooCount, mine: t.meTooByMe, busy: false });
  const [error, setError] = useState<ApiError>();
  return (
    <View>
      <Text className="rp-ticket__line" data-testid="rp-metoo-count">
        {state.n} 位邻居也遇到了{state.mine ? '（包括您）' : ''}
      </Text>
      {t.canMeToo && !state.mine ? (
        <Button
          className="big-button"
          size="large"
          block
          loading={state.busy}
          data-testid="rp-metoo"
          onClick={async () => {
            if (state.busy) return;
            setState((s) => ({ ...s, busy: true }));
            const r = await sendMeToo(t.id);
            if (r.error) {
              setError(r.error);
              setState((s) => ({ ...s, busy: false }));
            } else setState({ n: r.data.meTooCount, mine: r.data.meTooByMe, busy: false });
          }}
        >
          我也遇到
        </Button>
      ) : null}
      {error ? <ErrorPanel error={error} doing="我也遇到" /> : null}
    </View>
  );
}

/** 「小区公共报修」: common-area problems everyone can see; 「我也遇到」 instead of reporting the same thing again. */
export default function BoardPage() {
  const board = useBoard();
  const first = useRef(true);
  useDidShow(() => {
    if (first.current) first.current = false;
    else void board.reload();
  });
  usePullDownRefresh(async () => {
    await board.reload();
    Taro.stopPullDownRefresh();
  });
  return (
    <View className={pageClass()} data-testid="rp-board">
      <View className="card">
        <Text className="title">小区公共报修</Text>
        <Text className="muted">楼道、电梯、花园等公共区域的报修。遇到同样的问题，点“我也遇到”，不用重复报修。</Text>
      </View>
      {board.state.status === 'ok' ? (
        board.state.data.items.length ? (
          <>
            {board.state.data.items.map((t) => (
              <TicketCard key={t.id} t={t} showReporter>
                <MeToo t={t} />
              </TicketCard>
            ))}
            <LoadMore
              shown={board.shown}
              total={board.total}
              hasMore={board.hasMore}
              more={board.more}
              onMore={() => void board.loadMore()}
              what="张公共报修"
            />
          </>
        ) : (
          <View className="card">
            <Text className="text">目前没有公共区域的报修。</Text>
            <Text className="muted">发现楼道灯、电梯等坏了，请点“我要报修”并选择“公共区域”。</Text>
            <Button
              className="big-button"
              type="primary"
              size="large"
              block
              onClick={() => void Taro.navigateTo({ url: '/sub/repairs/report' })}
            >
              我要报修
            </Button>
          </View>
        )
      ) : board.state.status === 'error' ? (
        <ErrorPanel
          error={board.state.error}
          httpStatus={board.state.httpStatus}
          doing="读取公共报修"
          onRetry={() => void board.reload()}
        />
      ) : (
        <View className="card">
          <Loading type="circular" />
        </View>
      )}
    </View>
  );
}
