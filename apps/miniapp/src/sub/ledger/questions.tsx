import { Text, View } from '@tarojs/components';
import { Button, Loading } from '@nutui/nutui-react-taro';
import Taro, { useDidShow } from '@tarojs/taro';
import { useState } from 'react';
import { ErrorPanel } from '../../components/ErrorPanel';
import { QuestionItem } from '../../features/ledger/components/Questions';
import { periodKeyLabel } from '../../features/ledger/format';
import type { Question } from '../../features/ledger/types';
import { useQuestions } from '../../features/ledger/useLedger';
import { useLedgerRoles } from '../../features/ledger/useLedgerRoles';
import '../../features/ledger/ledger.scss';
import { pageClass } from '../../features/settings/largeText';

function openTarget(q: Question) {
  const url =
    q.targetType === 'entry' ? `/sub/ledger/entry?id=${q.targetRef}` : `/sub/ledger/statement?key=${q.targetRef}`;
  void Taro.navigateTo({ url });
}

/** All questions in the community and the committee's answers; the committee answers open ones here. */
export default function Questions() {
  const roles = useLedgerRoles();
  const [onlyOpen, setOnlyOpen] = useState(false);
  const list = useQuestions(undefined, onlyOpen ? 'open' : undefined);
  useDidShow(() => void list.reload());
  const s = list.state;
  return (
    <View className={pageClass()}>
      <View className="card">
        <Text className="subtitle">提问与答复</Text>
        <Text className="muted">
          对某笔账或某期公示有疑问，请在那一页点“提问”。提问不显示姓名，答复所有人都能看到。
        </Text>
        <View className="ledger-chips">
          <View className={`ledger-chip ${!onlyOpen ? 'ledger-chip--on' : ''}`} onClick={() => setOnlyOpen(false)}>
            全部
          </View>
          <View
            className={`ledger-chip ${onlyOpen ? 'ledger-chip--on' : ''}`}
            data-testid="questions-open"
            onClick={() => setOnlyOpen(true)}
          >
            待答复
          </View>
        </View>
      </View>
      {s.status === 'loading' || s.status === 'idle' ? <Loading type="circular" /> : null}
      {s.status === 'error' ? (
        <ErrorPanel error={s.error} httpStatus={s.httpStatus} doing="读取提问" onRetry={() => void list.reload()} />
      ) : null}
      {s.status === 'ok' && s.data.length === 0 ? (
        <View className="card">
          <Text className="text">{onlyOpen ? '没有待答复的提问。' : '还没有人提问。'}</Text>
        </View>
      ) : null}
      {s.status === 'ok'
        ? s.data.map((q) => (
            <View key={q.id} className="card">
              <Text className="muted">
                {q.targetType === 'entry' ? '关于一笔账目' : `关于${periodKeyLabel(q.targetRef)}收支公示`}
              </Text>
              <QuestionItem q={q} canAnswer={roles.isCommittee} onChanged={() => void list.reload()} />
              <Button className="big-button" size="large" block onClick={() => openTarget(q)}>
                {q.targetType === 'entry' ? '查看这笔账目' : '查看这期公示'}
              </Button>
            </View>
          ))
        : null}
    </View>
  );
}
