import { Button, Text, View } from '@tarojs/components';
import { Loading } from '@nutui/nutui-react-taro';
import Taro, { useRouter } from '@tarojs/taro';
import { useMemo, useState } from 'react';
import { ErrorPanel } from '../../components/ErrorPanel';
import { timeLabel } from '../../features/repairs/format';
import { basisLabel, definitions, figureLabel, figureOf, urgencyLabel } from '../../features/district/format';
import {
  useDistrictDashboard,
  useMetricRecords,
  type MetricDefinition,
  type MetricRecords,
} from '../../features/district/useDistrictDashboard';
import './district.scss';
import { pageClass } from '../../features/settings/largeText';

const FAMILIES: Array<[string, string]> = [
  ['service', '物业服务'],
  ['transparency', '信息公开'],
  ['governance', '业主自治'],
  ['coverage', '组织覆盖'],
];

const RECORD_TITLES: Record<string, string> = {
  late_tickets: '超时的报修',
  overdue_tickets: '超时未处理的报修',
  not_fixed_tickets: '未修复即关闭的报修',
  reopened_tickets: '返工过的报修',
  unsatisfied_tickets: '评价 3 星及以下的报修',
  slowest_tickets: '用时最长的报修',
  resolutions: '近一年的表决',
  statements: '公示过的收支报表',
};

function Records({ communityId, def }: { communityId: string; def: MetricDefinition }) {
  const { state, reload } = useMetricRecords(communityId, def.code);
  if (state.status === 'loading' || state.status === 'idle')
    return (
      <View className="card">
        <Loading type="circular" />
        <Text className="muted">正在读取记录…</Text>
      </View>
    );
  if (state.status === 'error')
    return (
      <ErrorPanel error={state.error} httpStatus={state.httpStatus} doing="读取记录" onRetry={() => void reload()} />
    );
  const r: MetricRecords = state.data;
  const title = RECORD_TITLES[r.records] ?? '相关记录';
  return (
    <View className="card" data-testid="dx-records">
      <Text className="subtitle">
        {title}（{r.total}）
      </Text>
      {r.total > r.limit ? <Text className="muted">只列出前 {r.limit} 条；全部请导出表格。</Text> : null}
      {r.records === 'none' ? <Text className="muted">这个数字没有可以列出的记录。</Text> : null}
      {r.total === 0 && r.records !== 'none' ? <Text className="muted">没有记录。</Text> : null}
      {r.tickets.map((t) => (
        <View
          key={t.id}
          className="list-item"
          hoverClass="list-item--hover"
          data-testid="dx-ticket"
          onClick={() =>
            void Taro.navigateTo({
              url: `/sub/district/ticket?community=${encodeURIComponent(communityId)}&id=${encodeURIComponent(t.id)}`,
            })
          }
        >
          <Text className="dx-attention__name">
            {t.categoryName}（{urgencyLabel(t.urgency)}）· {t.statusLabel}
          </Text>
          <Text className="text">报修于 {timeLabel(t.createdAt)}</Text>
          <Text className={t.overdue ? 'dx-error' : 'muted'}>
            {t.overdue ? '已超时' : '未超时'}
            {t.reopenCount ? `；返工 ${t.reopenCount} 次` : ''}
            {t.rating ? `；评价 ${t.rating} 星` : ''}
          </Text>
        </View>
      ))}
      {r.resolutions.map((v) => (
        <View key={v.id} className="list-item" data-testid="dx-resolution">
          <Text className="dx-attention__name">{v.title}</Text>
          <Text className="text">
            {v.officialMode ? '在官方系统表决（不计参与率）' : `参与 ${v.votedHeads} / ${v.heads} 人`}
          </Text>
          <Text className="muted">{v.closedAt ? `截止于 ${timeLabel(v.closedAt)}` : ''}</Text>
        </View>
      ))}
      {r.statements.map((s) => (
        <View key={s.periodKey} className="list-item" data-testid="dx-statement">
          <Text className="dx-attention__name">
            {s.periodStart} 至 {s.periodEnd}
          </Text>
          <Text className="text">公示于 {timeLabel(s.publishedAt)}</Text>
        </View>
      ))}
    </View>
  );
}

/** One community on the district dashboard: its figures with rank and n; tap a figure for the records behind it. */
export default function DistrictCommunityPage() {
  const { params } = useRouter();
  const id = params.id ?? '';
  const { state, reload } = useDistrictDashboard();
  const [metric, setMetric] = useState<string | null>(params.metric ? decodeURIComponent(params.metric) : null);
  const defs = useMemo(() => (state.status === 'ok' ? definitions(state.data.metrics) : new Map()), [state]);
  if (state.status === 'loading' || state.status === 'idle')
    return (
      <View className={pageClass()}>
        <View className="card">
          <Loading type="circular" />
        </View>
      </View>
    );
  if (state.status === 'error')
    return (
      <View className={pageClass()}>
        <ErrorPanel
          error={state.error}
          httpStatus={state.httpStatus}
          doing="读取小区情况"
          onRetry={() => void reload()}
        />
      </View>
    );
  const c = state.data.communities.find((x) => x.communityId === id);
  if (!c)
    return (
      <View className={pageClass()}>
        <View className="card">
          <Text className="text">没有找到这个小区，请返回辖区看板。</Text>
        </View>
      </View>
    );
  const peer = state.data.peerGroups.find((g) => g.code === c.peerGroup);
  const chosen = metric ? defs.get(metric) : undefined;
  return (
    <View className={pageClass()}>
      <View className="card">
        <Text className="subtitle" data-testid="dx-community-name">
          {c.name}
        </Text>
        <Text className="muted">
          {c.subdistrict}；{c.units} 户；{peer?.label}
        </Text>
        <Text className="muted">点一项数字，查看它背后的记录。</Text>
      </View>
      {chosen?.available ? <Records key={chosen.code} communityId={id} def={chosen} /> : null}
      <View className="card">
        {FAMILIES.map(([family, label]) => (
          <View key={family}>
            <Text className="dx-section">{label}</Text>
            {state.data.metrics
              .filter((m) => m.family === family && m.available)
              .map((m) => {
                const f = figureOf(c.figures, m.code);
                return (
                  <Button
                    key={m.code}
                    className={`dx-metric${metric === m.code ? ' dx-metric--on' : ''}${f?.attention ? ' dx-metric--warn' : ''}`}
                    data-testid="dx-metric"
                    onClick={() => setMetric(m.code)}
                  >
                    <View className="dx-figure">
                      <Text className="dx-figure__label">{m.label}</Text>
                      <View className="dx-figure__right">
                        <Text className="dx-figure__value">{figureLabel(m, f)}</Text>
                        <Text className="dx-figure__basis">
                          {[basisLabel(m, f), f && f.rank !== null ? `同类第 ${f.rank}/${f.rankOf}` : '']
                            .filter(Boolean)
                            .join('；')}
                        </Text>
                      </View>
                    </View>
                  </Button>
                );
              })}
          </View>
        ))}
      </View>
    </View>
  );
}
