import { Text, View } from '@tarojs/components';
import { Loading } from '@nutui/nutui-react-taro';
import Taro, { useDidShow } from '@tarojs/taro';
import { ErrorPanel } from '../../components/ErrorPanel';
import { dateLabel, instantLabel } from '../../features/ledger/format';
import type { StatementSummary } from '../../features/ledger/types';
import { useStatements } from '../../features/ledger/useLedger';
import '../../features/ledger/ledger.scss';
import { pageClass } from '../../features/settings/largeText';

function stateOf(p: StatementSummary): { text: string; tone: string } {
  if (p.published) return { text: `已公示（${instantLabel(p.publishedAt)}）`, tone: 'posted' };
  if (!p.ended) return { text: `本期进行中，${dateLabel(p.end)}结束`, tone: 'draft' };
  if (p.overdue) return { text: `逾期未公示（应在${dateLabel(p.dueBy)}前公示）`, tone: 'rejected' };
  return { text: `待公示（${dateLabel(p.dueBy)}前）`, tone: 'submitted' };
}

/** Each period of the community (half-yearly by default), newest first, with its publication state. */
export default function Statements() {
  const list = useStatements();
  useDidShow(() => void list.reload());
  const s = list.state;
  return (
    <View className={pageClass()}>
      <View className="card">
        <Text className="subtitle">收支公示</Text>
        <Text className="muted">业委会每期结束后公示收支情况，公示期不少于 15 天。点一期查看详情。</Text>
      </View>
      {s.status === 'loading' || s.status === 'idle' ? <Loading type="circular" /> : null}
      {s.status === 'error' ? (
        <ErrorPanel error={s.error} httpStatus={s.httpStatus} doing="读取公示" onRetry={() => void list.reload()} />
      ) : null}
      {s.status === 'ok' && s.data.length === 0 ? (
        <View className="card">
          <Text className="text">还没有公示期间。</Text>
        </View>
      ) : null}
      {s.status === 'ok'
        ? s.data.map((p) => {
            const st = stateOf(p);
            return (
              <View
                key={p.key}
                className="list-item"
                hoverClass="list-item--hover"
                data-testid={`ledger-statement-${p.key}`}
                onClick={() => void Taro.navigateTo({ url: `/sub/ledger/statement?key=${p.key}` })}
              >
                <Text className="subtitle">{p.label}</Text>
                <Text className="muted">
                  {dateLabel(p.start)}至{dateLabel(p.end)}
                </Text>
                <Text className={`ledger-badge ledger-badge--${st.tone}`}>{st.text}</Text>
              </View>
            );
          })
        : null}
    </View>
  );
}
