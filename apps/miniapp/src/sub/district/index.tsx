import { Text, View } from '@tarojs/components';
import { Loading } from '@nutui/nutui-react-taro';
import { usePullDownRefresh } from '@tarojs/taro';
import { ErrorPanel } from '../../components/ErrorPanel';
import { chinaDateTime } from '../../features/votes/format';
import {
  satisfactionLabel,
  sortByAttention,
  useDistrictOverview,
  type CommunityOverview,
} from '../../features/district/useDistrictOverview';
import './district.scss';
import { pageClass } from '../../features/settings/largeText';

function Figure({ label, value, warn }: { label: string; value: string | number; warn?: boolean }) {
  return (
    <View className={`dx-figure${warn ? ' dx-figure--warn' : ''}`}>
      <Text className="dx-figure__label">{label}</Text>
      <Text className="dx-figure__value">{value}</Text>
    </View>
  );
}

function CommunityCard({ c }: { c: CommunityOverview }) {
  const published = c.ledger.lastPublishedAt
    ? new Date(c.ledger.lastPublishedAt).toLocaleDateString('zh-CN')
    : '从未公示';
  return (
    <View className="card" data-testid="district-community">
      <Text className="subtitle">{c.name}</Text>
      <Text className="muted">{c.units} 户</Text>
      <Text className="dx-section">报修</Text>
      <Figure label="近 30 天新报修" value={c.repairs.opened30d} />
      <Figure label="未关闭工单" value={c.repairs.open} />
      <Figure label="其中已超时" value={c.repairs.overdue} warn={c.repairs.overdue > 0} />
      <Figure label="近 90 天满意率" value={satisfactionLabel(c)} />
      <Text className="dx-section">业主表决</Text>
      <Figure label="正在投票" value={c.votes.open} />
      <Figure label="近一年已公布结果" value={c.votes.finalLast365d} />
      <Text className="dx-section">公共收益</Text>
      <Figure label="最近一次公示" value={published} warn={!c.ledger.lastPublishedAt && c.ledger.postings > 0} />
      <Figure label="已入账笔数" value={c.ledger.postings} />
    </View>
  );
}

/** 辖区概览 (区住建局): every community of the district, the ones that need attention first. */
export default function DistrictOverviewPage() {
  const { state, reload } = useDistrictOverview();
  usePullDownRefresh(() => void reload());
  if (state.status === 'loading' || state.status === 'idle') {
    return (
      <View className={pageClass()}>
        <View className="card">
          <Loading type="circular" />
          <Text className="muted">正在汇总各小区情况…</Text>
        </View>
      </View>
    );
  }
  if (state.status === 'error') {
    return (
      <View className={pageClass()}>
        <ErrorPanel
          error={state.error}
          httpStatus={state.httpStatus}
          doing="读取辖区概览"
          onRetry={() => void reload()}
        />
      </View>
    );
  }
  return (
    <View className={pageClass()}>
      {state.data.map((d) => {
        const rows = sortByAttention(d.communities);
        const overdue = rows.reduce((n, c) => n + c.repairs.overdue, 0);
        return (
          <View key={d.districtId}>
            <View className="card">
              <Text className="subtitle">{d.districtName}</Text>
              <Text className="text" data-testid="district-summary">
                共 {rows.length} 个小区；超时未处理的报修 {overdue} 件。超时多、未公示账目的小区排在前面。
              </Text>
              <Text className="muted" data-testid="district-as-of">
                数据统计于 {chinaDateTime(d.asOf)}（约每 30 秒更新一次）
              </Text>
            </View>
            {rows.length ? (
              rows.map((c) => <CommunityCard key={c.communityId} c={c} />)
            ) : (
              <Text className="muted">本辖区还没有小区接入。</Text>
            )}
          </View>
        );
      })}
    </View>
  );
}
