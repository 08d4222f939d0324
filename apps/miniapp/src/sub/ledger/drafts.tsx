import { Text, View } from '@tarojs/components';
import { Button, Loading } from '@nutui/nutui-react-taro';
import Taro, { useDidShow } from '@tarojs/taro';
import { ErrorPanel } from '../../components/ErrorPanel';
import { EntryItem } from '../../features/ledger/components/EntryItem';
import type { EntryStatus } from '../../features/ledger/types';
import { usePagedEntries } from '../../features/ledger/useLedger';
import { LoadMore } from '../../components/LoadMore';
import '../../features/ledger/ledger.scss';
import { pageClass } from '../../features/settings/largeText';

const SECTIONS: Array<{ status: EntryStatus; title: string; empty: string }> = [
  { status: 'rejected', title: '被退回的（请修改后重新提交）', empty: '没有被退回的账目。' },
  { status: 'draft', title: '草稿（还没提交）', empty: '没有草稿。' },
  { status: 'submitted', title: '等待审批', empty: '没有等待审批的账目。' },
];

function Section({ status, title, empty }: (typeof SECTIONS)[number]) {
  const list = usePagedEntries({ status, mine: true });
  useDidShow(() => void list.reload());
  const s = list.state;
  const mine = s.status === 'ok' ? s.data.items : [];
  return (
    <View data-testid={`drafts-${status}`}>
      <Text className="subtitle">{title}</Text>
      {s.status === 'loading' || s.status === 'idle' ? <Loading type="circular" /> : null}
      {s.status === 'error' ? (
        <ErrorPanel error={s.error} httpStatus={s.httpStatus} doing="读取账目" onRetry={() => void list.reload()} />
      ) : null}
      {s.status === 'ok' && mine.length === 0 ? <Text className="muted">{empty}</Text> : null}
      {mine.map((e) => (
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
    </View>
  );
}

/** My entries not yet posted: returned ones first (they need me), then drafts, then those waiting for approval. */
export default function Drafts() {
  return (
    <View className={pageClass()}>
      <Button
        className="big-button"
        type="primary"
        size="large"
        block
        onClick={() => void Taro.navigateTo({ url: '/sub/ledger/form' })}
      >
        记一笔账
      </Button>
      {SECTIONS.map((sec) => (
        <Section key={sec.status} {...sec} />
      ))}
    </View>
  );
}
