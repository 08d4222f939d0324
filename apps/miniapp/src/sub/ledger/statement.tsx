import { Text, View } from '@tarojs/components';
import { Loading } from '@nutui/nutui-react-taro';
import { useRouter } from '@tarojs/taro';
import { ErrorPanel } from '../../components/ErrorPanel';
import { ConfirmAction } from '../../components/ConfirmAction';
import { EntryItem } from '../../features/ledger/components/EntryItem';
import { Questions } from '../../features/ledger/components/Questions';
import { dateLabel, instantLabel, shortHash, yuan } from '../../features/ledger/format';
import type { Statement } from '../../features/ledger/types';
import { ledgerActions, useAction, usePagedEntries, useStatement } from '../../features/ledger/useLedger';
import { LoadMore } from '../../components/LoadMore';
import { useLedgerRoles } from '../../features/ledger/useLedgerRoles';
import '../../features/ledger/ledger.scss';
import { pageClass } from '../../features/settings/largeText';

function Row({ label, fen, total, testId }: { label: string; fen: string; total?: boolean; testId?: string }) {
  return (
    <View className={`ledger-row ${total ? 'ledger-row--total' : ''}`} data-testid={testId}>
      <Text>{label}</Text>
      <Text>{yuan(fen)}</Text>
    </View>
  );
}

function topUpText(t: Statement['topUp']): { text: string; tone: 'ok' | 'bad' | 'muted' } {
  if (t.met === null) return { text: `无法判断：${t.reason}`, tone: 'muted' };
  if (t.required === false) return { text: `本期无需补充维修资金。${t.reason}`, tone: 'ok' };
  return t.met
    ? { text: `已达到：应补充至少 ${yuan(t.minimumFen)}，本期已补充 ${yuan(t.toppedUpFen)}。`, tone: 'ok' }
    : {
        text: `未达到：应补充至少 ${yuan(t.minimumFen)}，本期只补充了 ${yuan(t.toppedUpFen)}。${t.reason}`,
        tone: 'bad',
      };
}

function Body({ st, reload }: { st: Statement; reload: () => void }) {
  const roles = useLedgerRoles();
  const publish = useAction(ledgerActions.publish);
  const entries = usePagedEntries({ from: st.start, to: st.end, status: 'posted' });
  const topUp = topUpText(st.topUp);
  const nonZero = (rows: Statement['income']['byCategory']) => rows.filter((r) => r.amountFen !== '0');
  return (
    <>
      <View className="card">
        <Text className="title">{st.label}收支情况</Text>
        <Text className="muted">
          {dateLabel(st.start)}至{dateLabel(st.end)}
        </Text>
        {st.published ? (
          <Text className="ledger-badge ledger-badge--posted" data-testid="ledger-statement-state">
            已公示 · {instantLabel(st.publishedAt)}，公示至{instantLabel(st.displayUntil)}
          </Text>
        ) : st.ended ? (
          <Text className="ledger-badge ledger-badge--submitted" data-testid="ledger-statement-state">
            尚未公示（应在{dateLabel(st.dueBy)}前公示），以下为当前数字
          </Text>
        ) : (
          <Text className="ledger-badge ledger-badge--draft" data-testid="ledger-statement-state">
            本期尚未结束，数字会随新入账变化
          </Text>
        )}
      </View>
      <View className="card" data-testid="ledger-statement-figures">
        <Row label="期初余额" fen={st.openingBalanceFen} testId="ledger-opening" />
        <Text className="subtitle">收入</Text>
        {nonZero(st.income.byCategory).map((r) => (
          <Row key={r.category} label={r.label} fen={r.amountFen} />
        ))}
        <Row label="收入合计" fen={st.income.totalFen} total />
        <Text className="subtitle">支出</Text>
        {nonZero(st.expense.byCategory).map((r) => (
          <Row key={r.category} label={r.label} fen={r.amountFen} />
        ))}
        <Row label="支出合计" fen={st.expense.totalFen} total />
        <Row label="期末余额" fen={st.closingBalanceFen} total testId="ledger-closing" />
        <Text className="muted">本期共 {st.entryCount} 笔入账（含冲正）</Text>
      </View>
      <View className="card">
        <Text className="subtitle">补充专项维修资金</Text>
        <Text
          className={`text ${topUp.tone === 'ok' ? 'ledger-ok' : topUp.tone === 'bad' ? 'ledger-bad' : ''}`}
          data-testid="ledger-topup"
        >
          {topUp.text}
        </Text>
      </View>
      <View className="card">
        <Text className="subtitle">账本校验码</Text>
        <Text className="text">
          {st.published ? '公示时' : '目前'}账本共 {st.head.seq} 笔，最后一笔的校验码：
        </Text>
        <Text className="ledger-hash" data-testid="ledger-head-hash">
          {shortHash(st.head.hash)}
        </Text>
        <Text className="muted">可与首页“核验账本”的结果对照：如有人改动或删除已入账的记录，核验就不会通过。</Text>
      </View>
      {roles.isCommittee && st.ended && !st.published ? (
        <View className="card">
          <Text className="subtitle">公示本期收支</Text>
          <Text className="muted">公示后内容固定，不能修改；本期不能再记入新账目。</Text>
          <ConfirmAction
            tone="danger"
            cardClassName="ledger-confirm"
            label="公示"
            testId="ledger-publish"
            question={`${st.label}：收入 ${yuan(st.income.totalFen)}，支出 ${yuan(st.expense.totalFen)}，期末余额 ${yuan(st.closingBalanceFen)}。公示后不能撤回，公示期 15 天。`}
            confirmLabel="确定公示"
            loading={publish.state.status === 'working'}
            onConfirm={async () => {
              if (await publish.go(st.key)) reload();
            }}
          />
          {publish.state.status === 'error' ? (
            <ErrorPanel error={publish.state.error} httpStatus={publish.state.httpStatus} doing="公示" />
          ) : null}
        </View>
      ) : null}
      <View className="card">
        <Text className="subtitle">本期账目</Text>
        {entries.state.status === 'ok' ? (
          entries.state.data.items.length ? (
            <>
              {entries.state.data.items.map((e) => (
                <EntryItem key={e.id} entry={e} />
              ))}
              <LoadMore
                shown={entries.shown}
                total={entries.total}
                hasMore={entries.hasMore}
                more={entries.more}
                onMore={() => void entries.loadMore()}
                what="笔"
              />
            </>
          ) : (
            <Text className="muted">本期没有入账记录。</Text>
          )
        ) : entries.state.status === 'error' ? (
          <ErrorPanel
            error={entries.state.error}
            httpStatus={entries.state.httpStatus}
            doing="读取账目"
            onRetry={() => void entries.reload()}
          />
        ) : (
          <Loading type="circular" />
        )}
      </View>
      <Questions target={{ type: 'statement', ref: st.key }} canAsk={roles.canAsk} canAnswer={roles.isCommittee} />
    </>
  );
}

export default function StatementPage() {
  const { params } = useRouter();
  const statement = useStatement(params.key);
  const s = statement.state;
  return (
    <View className={pageClass()}>
      {s.status === 'ok' ? <Body st={s.data} reload={() => void statement.reload()} /> : null}
      {s.status === 'loading' || s.status === 'idle' ? <Loading type="circular" /> : null}
      {s.status === 'error' ? (
        <ErrorPanel
          error={s.error}
          httpStatus={s.httpStatus}
          doing="读取公示"
          onRetry={() => void statement.reload()}
        />
      ) : null}
    </View>
  );
}
