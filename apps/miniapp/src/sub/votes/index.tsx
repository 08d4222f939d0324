import { Text, View } from '@tarojs/components';
import { Button, Loading } from '@nutui/nutui-react-taro';
import Taro, { useDidShow } from '@tarojs/taro';
import { useState } from 'react';
import { ErrorPanel } from '../../components/ErrorPanel';
import { StatusBadge } from '../../features/votes/components/VoteBits';
import { chinaDateTime } from '../../features/votes/format';
import type { Resolution } from '../../features/votes/types';
import { useResolutions, useVoteRoles } from '../../features/votes/useVotes';
import '../../features/votes/votes.scss';
import { pageClass } from '../../features/settings/largeText';

type Tab = 'draft' | 'upcoming' | 'open' | 'closed';
const TAB_OF: Record<string, Tab> = {
  draft: 'draft',
  approved: 'draft',
  notice: 'upcoming',
  open: 'open',
  objection: 'closed',
  final: 'closed',
};
const EMPTY: Record<Tab, string> = {
  draft: '没有草稿。点下方“发起表决”起草新的表决。',
  upcoming: '目前没有即将开始的表决。有新公告时会显示在这里。',
  open: '目前没有正在投票的表决。可以看看“即将开始”或“已结束”。',
  closed: '还没有已结束的表决。',
};

function when(r: Resolution): string {
  if (r.status === 'open') return `投票截止：${chinaDateTime(r.votingClosesAt)}`;
  if (r.status === 'notice' || r.status === 'draft' || r.status === 'approved')
    return `投票开始：${chinaDateTime(r.votingOpensAt)}`;
  return `投票已于 ${chinaDateTime(r.votingClosesAt)} 截止`;
}

/** 业主表决: list by tab (committee also sees drafts), one tap to a resolution. */
export default function Votes() {
  const roles = useVoteRoles();
  const list = useResolutions();
  const [tab, setTab] = useState<Tab>('open');
  useDidShow(() => void list.reload());
  const s = list.state;
  const tabs: Array<[Tab, string]> = [
    ['upcoming', '即将开始'],
    ['open', '投票中'],
    ['closed', '已结束'],
  ];
  if (roles.committee) tabs.unshift(['draft', '草稿']);
  const shown = s.status === 'ok' ? s.data.filter((r) => TAB_OF[r.status] === tab) : [];
  return (
    <View className={pageClass()}>
      <View className="vote-tabs">
        {tabs.map(([k, label]) => {
          const n = s.status === 'ok' ? s.data.filter((r) => TAB_OF[r.status] === k).length : 0;
          return (
            <View
              key={k}
              className={`vote-tab ${tab === k ? 'vote-tab--on' : ''}`}
              data-testid={`tab-${k}`}
              onClick={() => setTab(k)}
            >
              {label}
              {n ? `（${n}）` : ''}
            </View>
          );
        })}
      </View>
      {s.status === 'loading' || s.status === 'idle' ? <Loading type="circular" /> : null}
      {s.status === 'error' ? (
        <ErrorPanel error={s.error} httpStatus={s.httpStatus} doing="读取表决" onRetry={() => void list.reload()} />
      ) : null}
      {s.status === 'ok' && shown.length === 0 ? (
        <View className="card">
          <Text className="text">{EMPTY[tab]}</Text>
        </View>
      ) : null}
      {shown.map((r) => (
        <View
          key={r.id}
          className="list-item"
          hoverClass="list-item--hover"
          data-testid="resolution"
          onClick={() => Taro.navigateTo({ url: `/sub/votes/detail?id=${r.id}` })}
        >
          <StatusBadge status={r.status} label={r.statusLabel} />
          <Text className="subtitle">{r.title}</Text>
          <Text className="text">
            {r.items.length} 个表决事项 · {when(r)}
          </Text>
          {r.myBallot ? <Text className="vote-ok">✓ 您已投票</Text> : null}
          {r.status === 'draft' ? (
            <Text className="muted">
              业委会审议：{r.approvals}/{r.committeeSize} 人同意（需过半数）
            </Text>
          ) : null}
        </View>
      ))}
      {roles.committee ? (
        <Button
          className="big-button"
          type="primary"
          size="large"
          block
          data-testid="new-resolution"
          onClick={() => Taro.navigateTo({ url: '/sub/votes/draft' })}
        >
          发起表决
        </Button>
      ) : null}
    </View>
  );
}
