import { Text, View } from '@tarojs/components';
import { Button, Loading } from '@nutui/nutui-react-taro';
import Taro, { useRouter } from '@tarojs/taro';
import { useMemo, useState } from 'react';
import { ErrorPanel } from '../../components/ErrorPanel';
import { newIdempotencyKey } from '../../services/api';
import { ActionError, ChoiceButtons, ItemCard } from '../../features/votes/components/VoteBits';
import { CHOICE_LABELS, chinaDateTime } from '../../features/votes/format';
import type { Choice } from '../../features/votes/types';
import { castBallot, useAction, useResolution } from '../../features/votes/useVotes';
import '../../features/votes/votes.scss';
import { pageClass } from '../../features/settings/largeText';

/** Cast a ballot: one choice per item → a confirmation screen listing every choice → submit → receipt. */
export default function Cast() {
  const { params } = useRouter();
  const id = params.id;
  const q = useResolution(id);
  const [choices, setChoices] = useState<Record<string, Choice>>({});
  const [confirming, setConfirming] = useState(false);
  const key = useMemo(() => newIdempotencyKey(), []);
  const submit = useAction(castBallot);
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
  if (q.state.status !== 'ok')
    return (
      <View className={pageClass()}>
        <Loading type="circular" />
      </View>
    );
  const r = q.state.data;
  const missing = r.items.filter((it) => !choices[it.id]).length;

  if (confirming) {
    return (
      <View className={pageClass()}>
        <View className="card" data-testid="confirm-ballot">
          <Text className="title">请核对您的选择</Text>
          <Text className="text">“{r.title}”</Text>
          {r.items.map((it) => (
            <View key={it.id} className="vote-row">
              <Text className="vote-row__label">
                第 {it.position} 项：{it.title}
              </Text>
              <Text className={`vote-picked vote-picked--${choices[it.id]}`} data-testid={`confirm-${it.position}`}>
                {CHOICE_LABELS[choices[it.id]!]}
              </Text>
            </View>
          ))}
          <Text className="text">提交后不能修改。截止时间：{chinaDateTime(r.votingClosesAt)}。</Text>
        </View>
        {submit.state.status === 'error' ? <ActionError error={submit.state.error} /> : null}
        <Button
          className="big-button"
          type="primary"
          size="large"
          block
          data-testid="submit-ballot"
          loading={submit.state.status === 'working'}
          onClick={async () => {
            const receipt = await submit.go(r.id, choices, key);
            if (receipt) void Taro.redirectTo({ url: `/sub/votes/receipt?id=${r.id}&code=${receipt.receipt}&new=1` });
          }}
        >
          确认提交选票
        </Button>
        <Button
          className="big-button"
          size="large"
          block
          data-testid="back-to-choices"
          onClick={() => {
            submit.reset();
            setConfirming(false);
          }}
        >
          返回修改
        </Button>
      </View>
    );
  }

  return (
    <View className={pageClass()}>
      <View className="card">
        <Text className="title">{r.title}</Text>
        <Text className="text">请对每一项选择“同意”“反对”或“弃权”。共 {r.items.length} 项。</Text>
      </View>
      {r.items.map((it) => (
        <ItemCard key={it.id} item={it}>
          <ChoiceButtons
            value={choices[it.id]}
            testId={`choice-${it.position}`}
            onChange={(c) => setChoices({ ...choices, [it.id]: c })}
          />
        </ItemCard>
      ))}
      {missing ? <Text className="muted">还有 {missing} 项没有选择。</Text> : null}
      <Button
        className="big-button"
        type="primary"
        size="large"
        block
        disabled={missing > 0}
        data-testid="review-ballot"
        onClick={() => setConfirming(true)}
      >
        下一步：核对选择
      </Button>
    </View>
  );
}
