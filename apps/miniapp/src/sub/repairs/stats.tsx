import { Text, View } from '@tarojs/components';
import { Loading } from '@nutui/nutui-react-taro';
import { useState } from 'react';
import { ErrorPanel } from '../../components/ErrorPanel';
import { minutesLabel, shareLabel, timeLabel } from '../../features/repairs/format';
import type { Stats } from '../../features/repairs/types';
import { useStats } from '../../features/repairs/useRepairs';
import '../../features/repairs/repairs.scss';
import { pageClass } from '../../features/settings/largeText';

const PERIODS = [
  { days: 30, label: '近 30 天' },
  { days: 90, label: '近 90 天' },
  { days: 365, label: '近一年' },
];

const OUTCOMES: Array<[string, string]> = [
  ['open', '处理中'],
  ['confirmed', '已确认解决'],
  ['closedUnconfirmed', '超时自动关闭'],
  ['closedNotFixed', '未修复关闭'],
  ['cancelled', '已取消'],
];

function Figure({ label, value, testId }: { label: string; value: string | number; testId?: string }) {
  return (
    <View className="rp-figure" data-testid={testId}>
      <Text className="rp-figure__label">{label}</Text>
      <Text className="rp-figure__value">{value}</Text>
    </View>
  );
}

function Detail({ d }: { d: NonNullable<Stats['detail']> }) {
  return (
    <>
      <View className="card" data-testid="rp-stats-detail">
        <Text className="subtitle">质量</Text>
        <Figure
          label="返工率（没修好退回）"
          value={`${shareLabel(d.reopenRate)}（${d.reopened}/${d.everCompleted}）`}
          testId="rp-stat-reopen"
        />
        <Figure
          label="满意率（4–5 分）"
          value={`${shareLabel(d.satisfactionShare)}（${d.satisfied}/${d.rated}）`}
          testId="rp-stat-satisfaction"
        />
        <Figure label="按时处理" value={`${d.onTime}/${d.onTimeBase}`} />
        <Figure label="响应时间（90% 在此之内）" value={minutesLabel(d.responseP90Minutes)} />
        <Figure label="修好时间（90% 在此之内）" value={minutesLabel(d.resolutionP90Minutes)} />
      </View>
      <View className="card">
        <Text className="subtitle">结果</Text>
        {OUTCOMES.map(([k, label]) => (
          <Figure key={k} label={label} value={d.byOutcome[k] ?? 0} />
        ))}
      </View>
      <View className="card">
        <Text className="subtitle">按类别</Text>
        <View className="rp-table-row rp-table-row--head">
          <Text className="rp-table-cell rp-table-cell--name">类别</Text>
          <Text className="rp-table-cell">总数</Text>
          <Text className="rp-table-cell">处理中</Text>
          <Text className="rp-table-cell">已解决</Text>
          <Text className="rp-table-cell">未修复</Text>
        </View>
        {d.byCategory.length === 0 ? <Text className="muted">这段时间没有报修。</Text> : null}
        {d.byCategory.map((c) => (
          <View key={c.code} className="rp-table-row">
            <Text className="rp-table-cell rp-table-cell--name">{c.name}</Text>
            <Text className="rp-table-cell">{c.total}</Text>
            <Text className="rp-table-cell">{c.open}</Text>
            <Text className="rp-table-cell">{c.confirmed}</Text>
            <Text className="rp-table-cell">{c.closedNotFixed}</Text>
          </View>
        ))}
      </View>
    </>
  );
}

/** 「报修统计」: residents see the headline; committee, property and regulator also the detail. */
export default function StatsPage() {
  const [days, setDays] = useState(30);
  const stats = useStats(days);
  const s = stats.state;
  return (
    <View className={pageClass()} data-testid="rp-stats">
      <View className="card">
        <Text className="title">报修统计</Text>
        <View className="rp-chips">
          {PERIODS.map((p) => (
            <Text
              key={p.days}
              className={`rp-chip ${days === p.days ? 'rp-chip--on' : ''}`}
              onClick={() => setDays(p.days)}
            >
              {p.label}
            </Text>
          ))}
        </View>
        {s.status === 'ok' ? (
          <Text className="muted">
            统计 {timeLabel(s.data.from)} 至 {timeLabel(s.data.to)} 之间报修的工单
          </Text>
        ) : null}
      </View>
      {s.status === 'ok' ? (
        <>
          <View className="card" data-testid="rp-stats-headline">
            <Text className="subtitle">概况</Text>
            <Figure label="报修总数" value={s.data.headline.total} testId="rp-stat-total" />
            <Figure label="物业已完成" value={s.data.headline.completed} />
            <Figure label="住户确认修好" value={s.data.headline.confirmed} testId="rp-stat-confirmed" />
            <Figure label="一般多久响应" value={minutesLabel(s.data.headline.responseMedianMinutes)} />
            <Figure label="一般多久修好" value={minutesLabel(s.data.headline.resolutionMedianMinutes)} />
            <Figure label="按时率" value={shareLabel(s.data.headline.onTimeShare)} />
            <Figure
              label="平均评分"
              value={
                s.data.headline.averageRating === null || s.data.headline.averageRating === undefined
                  ? '暂无'
                  : `${Number(s.data.headline.averageRating).toFixed(1)} 分`
              }
              testId="rp-stat-rating"
            />
          </View>
          {s.data.detail ? (
            <Detail d={s.data.detail} />
          ) : (
            <Text className="muted">更详细的数据由业委会、物业和监管部门查看。</Text>
          )}
        </>
      ) : s.status === 'error' ? (
        <ErrorPanel
          error={s.error}
          httpStatus={s.httpStatus}
          doing="读取报修统计"
          onRetry={() => void stats.reload()}
        />
      ) : (
        <View className="card">
          <Loading type="circular" />
        </View>
      )}
    </View>
  );
}
