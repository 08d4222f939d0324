import { Text, View } from '@tarojs/components';
import { Button, Loading } from '@nutui/nutui-react-taro';
import Taro, { useDidShow, useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { ErrorPanel } from '../../components/ErrorPanel';
import { ItemCard, StatusBadge, TurnoutCard } from '../../features/votes/components/VoteBits';
import { openDownload } from '../../features/votes/files';
import { CHANNEL_LABELS, chinaDateTime, scopeWords } from '../../features/votes/format';
import { useResolution, useTurnout, useVoteRoles } from '../../features/votes/useVotes';
import '../../features/votes/votes.scss';
import { pageClass } from '../../features/settings/largeText';

/** One resolution: explanation, documents, each item with its rule; the one next step for its status. */
export default function Detail() {
  const { params } = useRouter();
  const id = params.id;
  const roles = useVoteRoles();
  const q = useResolution(id);
  const r = q.state.status === 'ok' ? q.state.data : undefined;
  const turnout = useTurnout(id, r?.status === 'open');
  const [docError, setDocError] = useState(false);
  useDidShow(() => {
    void q.reload();
  });
  if (q.state.status === 'error')
    return (
      <View className={pageClass()}>
        <ErrorPanel
          error={q.state.error}
          httpStatus={q.state.httpStatus}
          doing="读取表决"
          onRetry={() => void q.reload()}
        />
      </View>
    );
  if (!r)
    return (
      <View className={pageClass()}>
        <Loading type="circular" />
      </View>
    );
  const go = (page: string) => Taro.navigateTo({ url: `/sub/votes/${page}?id=${r.id}` });
  return (
    <View className={pageClass()}>
      <View className="card">
        <StatusBadge status={r.status} label={r.statusLabel} />
        <Text className="title" data-testid="resolution-title">
          {r.title}
        </Text>
        <Text className="text">
          投票时间：{chinaDateTime(r.votingOpensAt, true)} 至 {chinaDateTime(r.votingClosesAt)}
        </Text>
        {r.noticePublishedAt ? (
          <Text className="muted">公告发布：{chinaDateTime(r.noticePublishedAt, true)}</Text>
        ) : null}
        <Text className="text" data-testid="resolution-scope">
          {scopeWords(r)}
        </Text>
      </View>

      {r.status === 'open' && !r.myBallot ? (
        <Button
          className="big-button"
          type="primary"
          size="large"
          block
          data-testid="go-vote"
          onClick={() => go('cast')}
        >
          去投票
        </Button>
      ) : null}
      {r.myBallot ? (
        <View className="card" data-testid="my-ballot">
          <Text className="vote-ok">
            ✓ 您已投票（{CHANNEL_LABELS[r.myBallot.channel] ?? r.myBallot.channel}，{chinaDateTime(r.myBallot.castAt)}）
          </Text>
          <Button
            className="big-button"
            size="large"
            block
            data-testid="see-receipt"
            onClick={() => Taro.navigateTo({ url: `/sub/votes/receipt?id=${r.id}&code=${r.myBallot!.receipt}` })}
          >
            查看我的回执
          </Button>
        </View>
      ) : null}
      {r.status === 'objection' || r.status === 'final' ? (
        <Button
          className="big-button"
          type="primary"
          size="large"
          block
          data-testid="see-result"
          onClick={() => go('result')}
        >
          {r.status === 'final' ? '查看最终结果' : '查看表决结果（询异期）'}
        </Button>
      ) : null}
      {roles.committee ? (
        <Button className="big-button" size="large" block data-testid="manage" onClick={() => go('manage')}>
          业委会管理
        </Button>
      ) : null}

      {r.explanation ? (
        <View className="card">
          <Text className="subtitle">表决说明</Text>
          <Text className="text">{r.explanation}</Text>
        </View>
      ) : null}
      {r.documentFileIds.length ? (
        <View className="card">
          <Text className="subtitle">附件</Text>
          {r.documentFileIds.map((f, i) => (
            <Button
              key={f}
              className="big-button"
              size="large"
              block
              onClick={async () => setDocError(!(await openDownload(`/api/v1/files/${f}/content`, `附件${i + 1}`)))}
            >
              查看附件 {i + 1}
            </Button>
          ))}
          {docError ? <Text className="vote-error">附件没有打开，请稍后再试。</Text> : null}
        </View>
      ) : null}

      <Text className="subtitle">表决事项（共 {r.items.length} 项）</Text>
      {r.items.map((it) => (
        <ItemCard key={it.id} item={it} />
      ))}

      {r.status === 'open' && turnout.state.status === 'ok' ? <TurnoutCard t={turnout.state.data} /> : null}
      {r.electorateFingerprint ? (
        <Text className="muted">表决名册指纹：{r.electorateFingerprint.slice(0, 16)}…</Text>
      ) : null}
    </View>
  );
}
