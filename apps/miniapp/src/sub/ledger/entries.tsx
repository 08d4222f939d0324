import { Text, View } from '@tarojs/components';
import { Loading } from '@nutui/nutui-react-taro';
import {
  EXPENSE_CATEGORIES,
  EXPENSE_CATEGORY_LABELS,
  INCOME_CATEGORIES,
  INCOME_CATEGORY_LABELS,
} from '@gongzhi/domain/client';
import { useState } from 'react';
import { ErrorPanel } from '../../components/ErrorPanel';
import { EntryItem } from '../../features/ledger/components/EntryItem';
import { monthLabel, todayInChina } from '../../features/ledger/format';
import type { EntryDraft, EntryKind } from '../../features/ledger/types';
import { usePagedEntries } from '../../features/ledger/useLedger';
import { LoadMore } from '../../components/LoadMore';
import '../../features/ledger/ledger.scss';
import { pageClass } from '../../features/settings/largeText';

function Chip({ on, label, onTap, testId }: { on: boolean; label: string; onTap: () => void; testId?: string }) {
  return (
    <View className={`ledger-chip ${on ? 'ledger-chip--on' : ''}`} data-testid={testId} onClick={onTap}>
      {label}
    </View>
  );
}

/** The last 12 months, newest first: 'YYYY-MM'. */
function recentMonths(): string[] {
  const today = todayInChina();
  let y = Number(today.slice(0, 4));
  let m = Number(today.slice(5, 7));
  const out: string[] = [];
  for (let i = 0; i < 12; i++) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    if (--m === 0) {
      m = 12;
      y--;
    }
  }
  return out;
}

/** Every posted entry, with filters: income/expense, category, month. */
export default function Entries() {
  const [kind, setKind] = useState<EntryKind>();
  const [category, setCategory] = useState<EntryDraft['category']>();
  const [month, setMonth] = useState<string>();
  const [showMonths, setShowMonths] = useState(false);
  const list = usePagedEntries({ kind, category, month, status: 'posted' });
  const categories: Array<[EntryDraft['category'], string]> =
    kind === 'expense'
      ? EXPENSE_CATEGORIES.map((c) => [c, EXPENSE_CATEGORY_LABELS[c]])
      : kind === 'income'
        ? INCOME_CATEGORIES.map((c) => [c, INCOME_CATEGORY_LABELS[c]])
        : [];
  const s = list.state;
  return (
    <View className={pageClass()}>
      <View className="card">
        <Text className="subtitle">筛选</Text>
        <View className="ledger-chips">
          <Chip
            on={!kind}
            label="全部"
            onTap={() => {
              setKind(undefined);
              setCategory(undefined);
            }}
          />
          <Chip
            on={kind === 'income'}
            label="收入"
            testId="filter-income"
            onTap={() => {
              setKind('income');
              setCategory(undefined);
            }}
          />
          <Chip
            on={kind === 'expense'}
            label="支出"
            testId="filter-expense"
            onTap={() => {
              setKind('expense');
              setCategory(undefined);
            }}
          />
        </View>
        {categories.length ? (
          <View className="ledger-chips">
            <Chip on={!category} label="全部类别" onTap={() => setCategory(undefined)} />
            {categories.map(([c, label]) => (
              <Chip key={c} on={category === c} label={label} onTap={() => setCategory(c)} />
            ))}
          </View>
        ) : (
          <Text className="muted">先选“收入”或“支出”，可再按类别筛选。</Text>
        )}
        <View className="ledger-chips">
          <Chip
            on={!month}
            label="全部月份"
            onTap={() => {
              setMonth(undefined);
              setShowMonths(false);
            }}
          />
          {month ? <Chip on label={monthLabel(month)} onTap={() => setShowMonths(!showMonths)} /> : null}
          <Chip
            on={false}
            label={showMonths ? '收起月份' : '按月份'}
            testId="filter-month"
            onTap={() => setShowMonths(!showMonths)}
          />
        </View>
        {showMonths ? (
          <View className="ledger-chips">
            {recentMonths().map((m) => (
              <Chip
                key={m}
                on={month === m}
                label={monthLabel(m)}
                onTap={() => {
                  setMonth(m);
                  setShowMonths(false);
                }}
              />
            ))}
          </View>
        ) : null}
      </View>
      {s.status === 'loading' || s.status === 'idle' ? <Loading type="circular" /> : null}
      {s.status === 'error' ? (
        <ErrorPanel error={s.error} httpStatus={s.httpStatus} doing="读取账目" onRetry={() => void list.reload()} />
      ) : null}
      {s.status === 'ok' ? (
        <>
          <Text className="muted">共 {s.data.total} 笔</Text>
          {s.data.items.length === 0 ? (
            <View className="card">
              <Text className="text">没有符合条件的账目。</Text>
              <Text className="muted">可以点“全部”“全部月份”看所有账目。</Text>
            </View>
          ) : (
            <>
              {s.data.items.map((e) => (
                <EntryItem key={e.id} entry={e} />
              ))}
              <LoadMore
                shown={list.shown}
                total={list.total}
                hasMore={list.hasMore}
                more={list.more}
                onMore={() => void list.loadMore()}
                what="笔"
              />
            </>
          )}
        </>
      ) : null}
    </View>
  );
}
