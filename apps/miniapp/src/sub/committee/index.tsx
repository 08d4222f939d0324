import { Text, Textarea, View } from '@tarojs/components';
import { Button, Loading } from '@nutui/nutui-react-taro';
import { usePullDownRefresh } from '@tarojs/taro';
import { useCallback, useState } from 'react';
import { ErrorPanel } from '../../components/ErrorPanel';
import { chinaDateTime } from '../../features/votes/format';
import {
  useCommittee,
  useTermActions,
  useViewer,
  type CommitteeTerm,
  type RecordEntry,
} from '../../features/committee/useCommittee';
import '../identity/identity.scss';
import { pageClass } from '../../features/settings/largeText';

function ActionButton(props: { label: string; busy: boolean; onClick: () => void; testId: string; plain?: boolean }) {
  return (
    <Button
      className="big-button"
      type={props.plain ? 'default' : 'primary'}
      size="large"
      block
      loading={props.busy}
      disabled={props.busy}
      onClick={props.onClick}
      data-testid={props.testId}
    >
      {props.label}
    </Button>
  );
}

/** One term: who sits on it, how they were elected, where its filing stands, and the next step for the viewer. */
function TermCard({
  term,
  viewer,
  actions,
}: {
  term: CommitteeTerm;
  viewer: { personId: string; authority: boolean };
  actions: ReturnType<typeof useTermActions>;
}) {
  const [chairId, setChairId] = useState('');
  const [reason, setReason] = useState('');
  const busy = actions.state.status === 'working';
  const seated = term.members.filter((m) => m.standing === 'member' && !m.leftAt);
  const isMember = seated.some((m) => m.personId === viewer.personId);
  const isChair = seated.some((m) => m.personId === viewer.personId && m.office === 'chair');
  return (
    <View className="card" data-testid="committee-term">
      <Text className="subtitle">{term.kindLabel}</Text>
      <Text className="text" data-testid="committee-term-status">
        状态：{term.statusLabel}
      </Text>
      {term.decisionReason ? <Text className="text">{term.decisionReason}</Text> : null}
      {term.members.length ? (
        <View className="table">
          {term.members.map((m) => (
            <View key={m.personId} className="table__row">
              <Text className="table__cell table__cell--wide">{m.name}</Text>
              <Text className="table__cell">{m.leftAt ? `${m.label}（已辞职）` : m.label}</Text>
            </View>
          ))}
        </View>
      ) : null}
      {term.candidates.length ? (
        <View className="table">
          <View className="table__row table__head">
            <Text className="table__cell table__cell--wide">候选人</Text>
            <Text className="table__cell">同意人数</Text>
            <Text className="table__cell">结果</Text>
          </View>
          {term.candidates.map((c) => (
            <View key={c.personId} className="table__row">
              <Text className="table__cell table__cell--wide">{c.name}</Text>
              <Text className="table__cell">{c.yesHeads}</Text>
              <Text className="table__cell">{c.outcomeLabel}</Text>
            </View>
          ))}
        </View>
      ) : null}
      {term.publicisedUntil && term.status === 'publicised' ? (
        <Text className="muted">名单公示至 {chinaDateTime(term.publicisedUntil)}，之后由区物业主管部门确认。</Text>
      ) : null}
      {term.officersDueAt && term.status === 'formed' ? (
        <Text className="muted">
          请当选委员在 {chinaDateTime(term.officersDueAt)} 前推选主任（须超过全体委员半数），已推选 {term.officerVotes}{' '}
          人。
        </Text>
      ) : null}
      {term.filingDueAt && (term.status === 'officers' || term.status === 'refused') ? (
        <Text className="muted">请主任在 {chinaDateTime(term.filingDueAt)} 前向街道办事处备案。</Text>
      ) : null}
      {term.refusedReason && term.status === 'refused' ? (
        <Text className="text">备案被退回：{term.refusedReason}</Text>
      ) : null}
      {term.confirmations.map((c, i) => (
        <Text key={i} className="muted">
          {c.authorityLabel} {c.name} {c.decision === 'confirm' ? '确认' : '退回'}（第 {c.round} 次备案，
          {chinaDateTime(c.at)}）
        </Text>
      ))}

      {term.status === 'pending' ? (
        <ActionButton
          label="选举结果已公布，计算当选名单"
          busy={busy}
          testId="committee-decide"
          onClick={() => void actions.decide(term.id)}
        />
      ) : null}
      {term.status === 'formed' && isMember ? (
        <View>
          <Text className="text">首次会议：请选择您推选的主任</Text>
          {seated.map((m) => (
            <Button
              key={m.personId}
              className="big-button"
              type={chairId === m.personId ? 'primary' : 'default'}
              size="large"
              block
              onClick={() => setChairId(m.personId)}
              data-testid="committee-chair-choice"
            >
              {m.name}
            </Button>
          ))}
          {chairId ? (
            <ActionButton
              label="提交推选"
              busy={busy}
              testId="committee-vote-chair"
              onClick={() => void actions.voteChair(term.id, chairId)}
            />
          ) : null}
        </View>
      ) : null}
      {(term.status === 'officers' || term.status === 'refused') && isChair ? (
        <ActionButton
          label="向街道办事处提交备案"
          busy={busy}
          testId="committee-file"
          onClick={() => void actions.file(term.id)}
        />
      ) : null}
      {(term.status === 'filed' || term.status === 'publicised') && viewer.authority ? (
        <View>
          <ActionButton
            label={term.kind === 'management' ? '确认物业管理委员会' : '确认备案'}
            busy={busy}
            testId="committee-confirm"
            onClick={() => void actions.confirm(term.id)}
          />
          <Textarea
            className="textarea"
            value={reason}
            maxlength={500}
            placeholder="退回时请写明须补正的内容"
            onInput={(e) => setReason(e.detail.value)}
          />
          <ActionButton
            label="退回备案"
            plain
            busy={busy}
            testId="committee-refuse"
            onClick={() => void actions.refuse(term.id, reason)}
          />
        </View>
      ) : null}
    </View>
  );
}

function RecordList({ entries }: { entries: RecordEntry[] }) {
  if (!entries.length) return <Text className="muted">还没有记录。</Text>;
  return (
    <View className="table" data-testid="committee-record">
      {entries.map((e) => (
        <View key={e.id} className="table__row">
          <Text className="table__cell">{chinaDateTime(e.at)}</Text>
          <Text className="table__cell table__cell--wide">
            {e.who}：{e.what}
            {e.about ? `（${e.about}）` : ''}
          </Text>
        </View>
      ))}
    </View>
  );
}

/** 业委会: the committee from its election to its filing, and the record every owner can read. */
export default function CommitteePage() {
  const viewer = useViewer();
  const { terms, record } = useCommittee();
  const reload = useCallback(() => {
    void terms.reload();
    void record.reload();
  }, [terms, record]);
  const actions = useTermActions(reload);
  usePullDownRefresh(reload);
  if (terms.state.status === 'error')
    return (
      <View className={pageClass()}>
        <ErrorPanel
          error={terms.state.error}
          httpStatus={terms.state.httpStatus}
          doing="读取业委会情况"
          onRetry={reload}
        />
      </View>
    );
  if (terms.state.status !== 'ok' || !viewer.ready)
    return (
      <View className={pageClass()}>
        <View className="card">
          <Loading type="circular" />
          <Text className="muted">正在读取…</Text>
        </View>
      </View>
    );
  return (
    <View className={pageClass()}>
      <View className="card">
        <Text className="text">
          业委会委员只能由业主大会选举产生，主任由委员推选，经街道办事处备案确认后才生效。每一步都记录在下方，全体业主可查。
        </Text>
      </View>
      {actions.state.status === 'error' ? (
        <ErrorPanel
          error={actions.state.error}
          httpStatus={actions.state.httpStatus}
          doing="办理"
          onRetry={actions.reset}
        />
      ) : null}
      {terms.state.data.length ? (
        terms.state.data.map((t) => <TermCard key={t.id} term={t} viewer={viewer} actions={actions} />)
      ) : (
        <View className="card">
          <Text className="muted">本小区还没有经选举备案的业委会。</Text>
        </View>
      )}
      <View className="card">
        <Text className="subtitle">履职记录</Text>
        {record.state.status === 'ok' ? (
          <RecordList entries={record.state.data.entries} />
        ) : (
          <Loading type="circular" />
        )}
      </View>
    </View>
  );
}
