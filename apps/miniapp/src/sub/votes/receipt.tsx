import { Text, View } from '@tarojs/components';
import { Button, Loading } from '@nutui/nutui-react-taro';
import Taro, { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { ActionError, ReceiptCode } from '../../features/votes/components/VoteBits';
import { areaM2 } from '../../features/votes/format';
import type { ParticipationRow, ReceiptCheck } from '../../features/votes/types';
import { checkReceipt, useAction, useResolution } from '../../features/votes/useVotes';
import { api } from '../../services/api';
import '../../features/votes/votes.scss';
import { pageClass } from '../../features/settings/largeText';

type Found = { check: ReceiptCheck; row?: ParticipationRow; listPublished: boolean };

/** The receipt after voting (large, in groups of four) and 「核对回执」 against the chain and the published list. */
export default function Receipt() {
  const { params } = useRouter();
  const id = params.id ?? '';
  const code = decodeURIComponent(params.code ?? '');
  const q = useResolution(id);
  const [found, setFound] = useState<Found>();
  const check = useAction(async () => {
    const c = await checkReceipt(id, code);
    if (c.error) return c;
    const status = q.state.status === 'ok' ? q.state.data.status : '';
    let row: ParticipationRow | undefined;
    const listPublished = status === 'objection' || status === 'final';
    if (listPublished) {
      const p = await api.GET('/api/v1/resolutions/{id}/participation', { params: { path: { id } } });
      if (p.error) return p;
      row = p.data.find((x) => x.receipt === c.data.receipt);
    }
    setFound({ check: c.data, row, listPublished });
    return c;
  });
  const r = q.state.status === 'ok' ? q.state.data : undefined;
  return (
    <View className={pageClass()}>
      <View className="card">
        {params.new ? (
          <Text className="title" data-testid="vote-done">
            ✓ 投票成功
          </Text>
        ) : (
          <Text className="title">我的投票回执</Text>
        )}
        {r ? <Text className="text">“{r.title}”</Text> : <Loading type="circular" />}
        <Text className="text">您的回执码：</Text>
        <ReceiptCode code={code} />
        <Text className="muted">
          请抄下或截图保存。投票截止后公布的参与名单中，您的房屋旁会显示这个回执码，用来核对您的选票已被计入。名单不显示姓名和表决意见。
        </Text>
      </View>
      <Button
        className="big-button"
        type="primary"
        size="large"
        block
        data-testid="check-receipt"
        loading={check.state.status === 'working'}
        onClick={() => void check.go()}
      >
        核对回执
      </Button>
      {check.state.status === 'error' ? <ActionError error={check.state.error} /> : null}
      {found ? (
        <View className="card" data-testid="receipt-result">
          {found.check.found ? (
            <Text className="vote-ok">
              ✓ 回执码在本次表决的选票链中{found.check.counted ? '，是计入结果的那张选票' : '（但不是最后计入的那张）'}
            </Text>
          ) : (
            <Text className="vote-error">没有找到这个回执码，请核对后联系业委会。</Text>
          )}
          {found.listPublished ? (
            found.row ? (
              <Text className="vote-ok" data-testid="receipt-in-list">
                ✓ 已在参与名单中找到：{found.row.buildingName} {found.row.room}（{areaM2(found.row.area)}），已参与表决
              </Text>
            ) : (
              <Text className="vote-error">参与名单中没有这个回执码，请联系业委会核对。</Text>
            )
          ) : (
            <Text className="muted">参与名单在投票截止后公布，届时可再来核对。</Text>
          )}
        </View>
      ) : null}
      <Button
        className="big-button"
        size="large"
        block
        onClick={() => Taro.redirectTo({ url: `/sub/votes/detail?id=${id}` })}
      >
        返回表决详情
      </Button>
    </View>
  );
}
