import { Text, View } from '@tarojs/components';
import { Loading } from '@nutui/nutui-react-taro';
import { useDidShow } from '@tarojs/taro';
import { ErrorPanel } from '../../components/ErrorPanel';
import { EntryItem } from '../../features/ledger/components/EntryItem';
import { usePagedEntries } from '../../features/ledger/useLedger';
import { LoadMore } from '../../components/LoadMore';
import '../../features/ledger/ledger.scss';
import { pageClass } from '../../features/settings/largeText';

/** Committee: entries waiting for approval. Open one to check its evidence, then approve or return it. */
export default function Approvals() {
  const list = usePagedEntries({ status: 'submitted' });
  useDidShow(() => void list.reload());
  const s = list.state;
  return (
    <View className={pageClass()}>
      <View className="card">
        <Text className="subtitle">待审批的账目</Text>
        <Text className="muted">
          点开一笔，核对金额和凭证后“批准入账”或“退回修改”。自己录入的账目须由其他委员审批。
        </Text>
      </View>
      {s.status === 'loading' || s.status === 'idle' ? <Loading type="circular" /> : null}
      {s.status === 'error' ? (
        <ErrorPanel
          error={s.error}
          httpStatus={s.httpStatus}
          doing="读取待审批账目"
          onRetry={() => void list.reload()}
        />
      ) : null}
      {s.status === 'ok' && s.data.items.length === 0 ? (
        <View className="card">
          <Text className="text">没有待审批的账目。</Text>
          <Text className="muted">物业或委员提交后会出现在这里。</Text>
        </View>
      ) : null}
      {s.status === 'ok' ? (
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
      ) : null}
    </View>
  );
}
