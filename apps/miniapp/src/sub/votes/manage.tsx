import { Text, Textarea, View } from '@tarojs/components';
import { Button, Loading } from '@nutui/nutui-react-taro';
import Taro, { useDidShow, useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { ErrorPanel } from '../../components/ErrorPanel';
import { ConfirmAction } from '../../components/ConfirmAction';
import { ActionError, StatusBadge, TurnoutCard } from '../../features/votes/components/VoteBits';
import { openDownload } from '../../features/votes/files';
import { chinaDateTime } from '../../features/votes/format';
import type { ChainReport, Objection } from '../../features/votes/types';
import {
  answerObjection,
  approveDraft,
  extendVoting,
  publishNotice,
  useAction,
  useObjections,
  useResolution,
  useTurnout,
  verifyChain,
} from '../../features/votes/useVotes';
import '../../features/votes/votes.scss';
import { pageClass } from '../../features/settings/largeText';

function Answer({ id, o, onDone }: { id: string; o: Objection; onDone: () => void }) {
  const [text, setText] = useState('');
  const send = useAction(answerObjection);
  return (
    <View className="card" data-testid="objection">
      <Text className="text">异议：{o.reasons}</Text>
      <Text className="muted">提出时间：{chinaDateTime(o.createdAt)}</Text>
      {o.answer ? (
        <Text className="vote-ok">已答复：{o.answer}</Text>
      ) : (
        <>
          <View data-testid="answer-input">
            <Textarea
              className="vote-input"
              value={text}
              placeholder="业委会答复（至少 2 个字）"
              onInput={(e) => setText(e.detail.value)}
            />
          </View>
          {send.state.status === 'error' ? <ActionError error={send.state.error} /> : null}
          <ConfirmAction
            label="答复此异议"
            testId="answer"
            disabled={text.trim().length < 2}
            confirmLabel="确定答复"
            loading={send.state.status === 'working'}
            question="答复发出后不能修改，所有业主都能看到。"
            onConfirm={async () => {
              if (await send.go(id, o.id, text.trim())) onDone();
            }}
          />
        </>
      )}
    </View>
  );
}

/** Committee: approve, publish the notice, watch turnout, enter paper ballots, answer objections, export. */
export default function Manage() {
  const { params } = useRouter();
  const id = params.id ?? '';
  const q = useResolution(id);
  const r = q.state.status === 'ok' ? q.state.data : undefined;
  const turnout = useTurnout(id, r?.status === 'open');
  const objections = useObjections(id, r?.status === 'objection' || r?.status === 'final');
  const approve = useAction(approveDraft);
  const publish = useAction(publishNotice);
  const extend = useAction(extendVoting);
  const [chain, setChain] = useState<ChainReport>();
  const [exportError, setExportError] = useState(false);
  useDidShow(() => void q.reload());
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
  const need = Math.floor(r.committeeSize / 2) + 1;
  const after = async (p: Promise<unknown>) => {
    if (await p) void q.reload();
  };
  return (
    <View className={pageClass()}>
      <View className="card">
        <StatusBadge status={r.status} label={r.statusLabel} />
        <Text className="title">{r.title}</Text>
        <Text className="text">
          投票时间：{chinaDateTime(r.votingOpensAt, true)} 至 {chinaDateTime(r.votingClosesAt)}（{r.votingDays} 天）
        </Text>
        <Button
          className="big-button"
          size="large"
          block
          onClick={() => Taro.navigateTo({ url: `/sub/votes/detail?id=${r.id}` })}
        >
          查看业主看到的内容
        </Button>
      </View>

      {r.status === 'draft' ? (
        <View className="card" data-testid="approvals">
          <Text className="subtitle">业委会审议</Text>
          <Text className="text" data-testid="approval-count">
            已同意 {r.approvals} / {r.committeeSize} 人，需 {need} 人（过半数）
          </Text>
          {r.approvedByMe ? (
            <Text className="vote-ok">✓ 您已审议同意</Text>
          ) : (
            <ConfirmAction
              label="我审议同意"
              testId="approve"
              confirmLabel="确定同意"
              loading={approve.state.status === 'working'}
              question="同意后议程将不能再由您撤回；过半数委员同意后即可发布公告。"
              onConfirm={() => after(approve.go(r.id))}
            />
          )}
          {approve.state.status === 'error' ? <ActionError error={approve.state.error} /> : null}
        </View>
      ) : null}

      {r.status === 'approved' ? (
        <View className="card">
          <Text className="subtitle">发布表决公告</Text>
          <Text className="text">
            业委会已过半数同意。发布后全体业主可以看到公告，投票将于 {chinaDateTime(r.votingOpensAt, true)} 自动开始。
          </Text>
          <ConfirmAction
            label="发布公告"
            testId="publish"
            confirmLabel="确定发布"
            loading={publish.state.status === 'working'}
            question={`公告发布后议程不能修改。投票开始：${chinaDateTime(r.votingOpensAt, true)}。`}
            onConfirm={() => after(publish.go(r.id))}
          />
          {publish.state.status === 'error' ? <ActionError error={publish.state.error} /> : null}
        </View>
      ) : null}

      {r.status === 'notice' ? (
        <View className="card">
          <Text className="text">公告已发布，投票将于 {chinaDateTime(r.votingOpensAt, true)} 自动开始。</Text>
        </View>
      ) : null}

      {r.status === 'open' ? (
        <>
          {turnout.state.status === 'ok' ? <TurnoutCard t={turnout.state.data} /> : <Loading type="circular" />}
          <Button
            className="big-button"
            type="primary"
            size="large"
            block
            data-testid="enter-paper"
            onClick={() => Taro.navigateTo({ url: `/sub/votes/paper?id=${r.id}` })}
          >
            录入纸质票 / 委托票
          </Button>
          <View className="card">
            <Text className="subtitle">提醒未投票业主</Text>
            <Text className="text">截止前 3 天，系统会自动给尚未投票的业主发送站内提醒（每人一次）。</Text>
          </View>
          {!r.extended ? (
            <View className="card">
              <Text className="subtitle">延长投票期</Text>
              <ConfirmAction
                label="延长 7 天"
                testId="extend"
                confirmLabel="确定延长 7 天"
                loading={extend.state.status === 'working'}
                question="投票期只能延长一次，延长后总投票期不超过 60 天。"
                onConfirm={() => after(extend.go(r.id, 7))}
              />
              {extend.state.status === 'error' ? <ActionError error={extend.state.error} /> : null}
            </View>
          ) : null}
        </>
      ) : null}

      {r.status === 'objection' || r.status === 'final' ? (
        <>
          <Button
            className="big-button"
            type="primary"
            size="large"
            block
            onClick={() => Taro.navigateTo({ url: `/sub/votes/result?id=${r.id}` })}
          >
            查看表决结果
          </Button>
          <Text className="subtitle">业主异议</Text>
          {objections.state.status === 'ok' && objections.state.data.length === 0 ? (
            <View className="card">
              <Text className="text">没有业主提出异议。</Text>
            </View>
          ) : null}
          {objections.state.status === 'ok'
            ? objections.state.data.map((o) => (
                <Answer key={o.id} id={r.id} o={o} onDone={() => void objections.reload()} />
              ))
            : null}
          <Text className="muted">询异期结束且每条异议都已答复后，系统自动公布最终结果。</Text>
          <View className="card">
            <Text className="subtitle">下载和打印</Text>
            <Button
              className="big-button"
              size="large"
              block
              onClick={async () =>
                setExportError(!(await openDownload(`/api/v1/resolutions/${r.id}/export.html`, '表决结果公告.html')))
              }
            >
              表决结果公告（可打印）
            </Button>
            <Button
              className="big-button"
              size="large"
              block
              onClick={async () =>
                setExportError(!(await openDownload(`/api/v1/resolutions/${r.id}/tally.xlsx`, '计票表.xlsx', 'xlsx')))
              }
            >
              计票表（Excel）
            </Button>
            {exportError ? <Text className="vote-error">文件没有打开，请稍后再试。</Text> : null}
          </View>
        </>
      ) : null}

      {r.status === 'open' || r.status === 'objection' || r.status === 'final' ? (
        <View className="card">
          <Text className="subtitle">选票链核验</Text>
          <Button
            className="big-button"
            size="large"
            block
            data-testid="verify"
            onClick={async () => {
              const v = await verifyChain(r.id);
              if (v.data) setChain(v.data);
            }}
          >
            核验全部选票
          </Button>
          {chain ? (
            chain.ok ? (
              <Text className="vote-ok">✓ {chain.length} 张选票完整，无篡改</Text>
            ) : (
              <Text className="vote-error">✗ {chain.reason}</Text>
            )
          ) : null}
        </View>
      ) : null}
    </View>
  );
}
