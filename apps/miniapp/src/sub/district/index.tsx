import { Button, Text, View } from '@tarojs/components';
import { Button as BigButton, Loading } from '@nutui/nutui-react-taro';
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import { useMemo, useState } from 'react';
import { ErrorPanel } from '../../components/ErrorPanel';
import { chinaDateTime } from '../../features/votes/format';
import { describeError } from '../../services/errors';
import {
  RANKED_METRICS,
  barPercent,
  basisLabel,
  definitions,
  figureLabel,
  figureOf,
} from '../../features/district/format';
import {
  exportDashboard,
  useDistrictDashboard,
  type Dashboard,
  type MetricDefinition,
} from '../../features/district/useDistrictDashboard';
import './district.scss';
import { pageClass } from '../../features/settings/largeText';

const FAMILIES: Array<[string, string]> = [
  ['service', '物业服务'],
  ['transparency', '信息公开'],
  ['governance', '业主自治'],
  ['coverage', '组织覆盖'],
];

const openCommunity = (id: string, metric?: string) =>
  void Taro.navigateTo({
    url: `/sub/district/community?id=${encodeURIComponent(id)}${metric ? `&metric=${encodeURIComponent(metric)}` : ''}`,
  });

function NeedsAttention({ d, defs }: { d: Dashboard; defs: Map<string, MetricDefinition> }) {
  const [all, setAll] = useState(false);
  const items = all ? d.needsAttention : d.needsAttention.slice(0, 8);
  return (
    <View className="card" data-testid="dx-attention">
      <Text className="subtitle">需要关注（{d.needsAttention.length}）</Text>
      {d.needsAttention.length === 0 ? <Text className="muted">没有超过关注线的数字。</Text> : null}
      {items.map((i) => {
        const def = defs.get(i.metric);
        const c = d.communities.find((x) => x.communityId === i.communityId);
        const f = c ? figureOf(c.figures, i.metric) : undefined;
        return (
          <View
            key={`${i.communityId}-${i.metric}`}
            className="list-item dx-attention"
            hoverClass="list-item--hover"
            data-testid="dx-attention-item"
            onClick={() => openCommunity(i.communityId, i.metric)}
          >
            <Text className="dx-attention__name">{i.name}</Text>
            <Text className="dx-attention__what">
              {def?.label}：{figureLabel(def, f)}
            </Text>
            <Text className="muted">{i.why}</Text>
          </View>
        );
      })}
      {d.needsAttention.length > items.length || all ? (
        <Button className="dx-link" onClick={() => setAll(!all)}>
          {all ? '收起' : `查看全部 ${d.needsAttention.length} 项`}
        </Button>
      ) : null}
    </View>
  );
}

function Rankings({ d, defs }: { d: Dashboard; defs: Map<string, MetricDefinition> }) {
  const [metric, setMetric] = useState(RANKED_METRICS[0]!);
  const def = defs.get(metric);
  return (
    <View className="card" data-testid="dx-rankings">
      <Text className="subtitle">同类小区排名</Text>
      <Text className="muted">只和户数相近的小区比；样本太少的不排名。</Text>
      <View className="dx-chips">
        {RANKED_METRICS.map((m) => (
          <Button
            key={m}
            className={`dx-chip${m === metric ? ' dx-chip--on' : ''}`}
            data-testid="dx-rank-metric"
            onClick={() => setMetric(m)}
          >
            {defs.get(m)?.label}
          </Button>
        ))}
      </View>
      <Text className="text">
        {def?.label}
        {def?.better === 'lower' ? '：越小越好' : '：越高越好'}
      </Text>
      {d.peerGroups
        .filter((g) => g.communities > 0)
        .map((g) => {
          const rows = d.communities
            .filter((c) => c.peerGroup === g.code)
            .map((c) => ({ c, f: figureOf(c.figures, metric)! }))
            .sort((a, b) => (a.f.rank ?? 1e9) - (b.f.rank ?? 1e9) || a.c.name.localeCompare(b.c.name, 'zh-CN'));
          const max = Math.max(0, ...rows.map((r) => r.f.value ?? 0));
          const ranked = rows.filter((r) => r.f.rank !== null).length;
          return (
            <View key={g.code} data-testid="dx-rank-group">
              <Text className="dx-section" data-testid="dx-rank-n">
                {g.label}：{ranked} 个小区参与排名（共 {rows.length} 个）
              </Text>
              {rows.map(({ c, f }) => (
                <View
                  key={c.communityId}
                  className="dx-bar-row"
                  hoverClass="list-item--hover"
                  data-testid="dx-rank-row"
                  onClick={() => openCommunity(c.communityId, metric)}
                >
                  <View className="dx-bar-row__head">
                    <Text className="dx-bar-row__name">
                      {f.rank !== null ? `第 ${f.rank}/${f.rankOf} 名　` : '不排名　'}
                      {c.name}
                    </Text>
                    <Text className="dx-bar-row__value">{figureLabel(def, f)}</Text>
                  </View>
                  <View className="dx-bar">
                    <View
                      className={`dx-bar__fill${f.attention ? ' dx-bar__fill--warn' : ''}`}
                      style={{ width: `${barPercent(def, f.value, max)}%` }}
                    />
                  </View>
                  <Text className="muted">{basisLabel(def, f)}</Text>
                </View>
              ))}
            </View>
          );
        })}
    </View>
  );
}

function Totals({ d, defs }: { d: Dashboard; defs: Map<string, MetricDefinition> }) {
  return (
    <View className="card" data-testid="dx-district">
      <Text className="subtitle">全区（{d.district.communities} 个小区）</Text>
      {FAMILIES.map(([family, label]) => (
        <View key={family}>
          <Text className="dx-section">{label}</Text>
          {d.metrics
            .filter((m) => m.family === family && m.available)
            .map((m) => {
              const f = figureOf(d.district.figures, m.code);
              return (
                <View key={m.code} className="dx-figure">
                  <Text className="dx-figure__label">{m.label}</Text>
                  <View className="dx-figure__right">
                    <Text className="dx-figure__value">{figureLabel(m, f)}</Text>
                    <Text className="dx-figure__basis">{basisLabel(m, f)}</Text>
                  </View>
                </View>
              );
            })}
        </View>
      ))}
      {d.subdistricts.length > 1 ? (
        <>
          <Text className="dx-section">各街道</Text>
          {d.subdistricts.map((s) => (
            <View key={s.name} className="dx-figure" data-testid="dx-subdistrict">
              <Text className="dx-figure__label">
                {s.name}（{s.communities} 个小区）
              </Text>
              <View className="dx-figure__right">
                <Text className="dx-figure__value">
                  按时 {figureLabel(defs.get('service.on_time'), figureOf(s.figures, 'service.on_time'))}
                </Text>
                <Text className="dx-figure__basis">
                  超时未处理{' '}
                  {figureLabel(defs.get('service.overdue_open'), figureOf(s.figures, 'service.overdue_open'))} 件
                </Text>
              </View>
            </View>
          ))}
        </>
      ) : null}
    </View>
  );
}

function Dictionary({ d }: { d: Dashboard }) {
  const [open, setOpen] = useState(false);
  return (
    <View className="card">
      <Button className="dx-link" onClick={() => setOpen(!open)} data-testid="dx-dictionary-toggle">
        {open ? '收起指标说明' : '指标怎么算（指标说明）'}
      </Button>
      {open
        ? d.metrics.map((m) => (
            <View key={m.code} className="dx-def" data-testid="dx-definition">
              <Text className="dx-def__name">
                {m.label}
                {m.available ? '' : '（暂未提供）'}
              </Text>
              {m.available ? (
                <>
                  <Text className="text">{m.formula}</Text>
                  <Text className="muted">
                    少于 {m.minCount} 不显示；来源：{m.source}；{m.freshness}
                  </Text>
                </>
              ) : (
                <Text className="muted">{m.awaiting}</Text>
              )}
              <Text className="muted">依据：{m.legalBasis}</Text>
            </View>
          ))
        : null}
    </View>
  );
}

/** 辖区看板 (区住建局): needs attention first, then rankings within peer groups, the district's figures, export. */
export default function DistrictDashboardPage() {
  const { state, reload } = useDistrictDashboard();
  const [exporting, setExporting] = useState(false);
  const [exportError, setExportError] = useState<string | null>(null);
  usePullDownRefresh(() => void reload());
  const defs = useMemo(() => (state.status === 'ok' ? definitions(state.data.metrics) : new Map()), [state]);
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
          doing="读取辖区看板"
          onRetry={() => void reload()}
        />
      </View>
    );
  }
  const d = state.data;
  const overdue = figureOf(d.district.figures, 'service.overdue_open')?.value ?? 0;
  const onExport = async () => {
    setExporting(true);
    setExportError(null);
    const r = await exportDashboard();
    setExporting(false);
    if (r.error) {
      const e = describeError(r.error);
      setExportError(`${e.title}：${e.action}`);
    }
  };
  return (
    <View className={pageClass()}>
      <View className="card">
        <Text className="subtitle">{d.districtName}</Text>
        <Text className="text" data-testid="district-summary">
          共 {d.communities.length} 个小区；超时未处理的报修 {overdue} 件；需要关注 {d.needsAttention.length} 项。
        </Text>
        <Text className="muted" data-testid="district-as-of">
          数据统计于 {chinaDateTime(d.asOf)}（约每 30 秒更新一次）；报修统计 {d.fromMonth} 至 {d.toMonth}
        </Text>
        <BigButton
          className="big-button"
          type="primary"
          size="large"
          block
          loading={exporting}
          disabled={exporting}
          data-testid="dx-export"
          onClick={() => void onExport()}
        >
          导出表格（Excel）
        </BigButton>
        {exportError ? <Text className="dx-error">{exportError}</Text> : null}
      </View>
      <NeedsAttention d={d} defs={defs} />
      <Rankings d={d} defs={defs} />
      <Totals d={d} defs={defs} />
      <Dictionary d={d} />
    </View>
  );
}
