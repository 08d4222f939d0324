import { Text, View } from '@tarojs/components';
import { Loading } from '@nutui/nutui-react-taro';
import { useRouter } from '@tarojs/taro';
import { ErrorPanel } from '../../components/ErrorPanel';
import { minutesLabel, timeLabel } from '../../features/repairs/format';
import { urgencyLabel } from '../../features/district/format';
import { useDistrictTicket } from '../../features/district/useDistrictDashboard';
import './district.scss';
import { pageClass } from '../../features/settings/largeText';

/** One ticket as the regulator sees it: what, when, the targets and every step by role — never who or where. */
export default function DistrictTicketPage() {
  const { params } = useRouter();
  const { state, reload } = useDistrictTicket(params.community ?? '', params.id ?? '');
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
          doing="读取报修单"
          onRetry={() => void reload()}
        />
      </View>
    );
  const t = state.data;
  return (
    <View className={pageClass()}>
      <View className="card" data-testid="dx-ticket-detail">
        <Text className="subtitle">
          {t.categoryName}（{urgencyLabel(t.urgency)}）
        </Text>
        <Text className="text">{t.description}</Text>
        <Text className={t.overdue ? 'dx-error' : 'text'}>
          {t.statusLabel}
          {t.overdue ? '；已超时' : ''}
        </Text>
        <Text className="muted">
          时限：{minutesLabel(t.respondTargetMinutes)}内响应，{minutesLabel(t.resolveTargetMinutes)}内解决
        </Text>
        <Text className="muted">报修人、房号和位置不向监管部门显示。</Text>
      </View>
      <View className="card" data-testid="dx-timeline">
        <Text className="subtitle">处理记录</Text>
        {t.timeline.map((e, i) => (
          <View key={i} className="dx-event" data-testid="dx-event">
            <Text className="dx-event__title">
              {e.actionLabel}
              {e.fromStatus !== e.toStatus ? ` → ${e.toStatusLabel}` : ''}
            </Text>
            <Text className="muted">
              {timeLabel(e.at)} · {e.actorLabel}
            </Text>
          </View>
        ))}
      </View>
    </View>
  );
}
