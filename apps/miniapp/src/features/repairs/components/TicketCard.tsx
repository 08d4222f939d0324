import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { ReactNode } from 'react';
import { statusTone, timeLabel } from '../format';
import type { Ticket } from '../types';

export const openTicket = (id: string) => void Taro.navigateTo({ url: `/sub/repairs/detail?id=${id}` });

export function StatusBadge({ status, label }: { status: string; label: string }) {
  return <Text className={`rp-badge rp-badge--${statusTone(status)}`}>{label}</Text>;
}

/** One ticket in a list; tap opens its detail. */
export function TicketCard({ t, children, showReporter }: { t: Ticket; children?: ReactNode; showReporter?: boolean }) {
  return (
    <View className="rp-ticket" hoverClass="rp-ticket--hover" data-testid="rp-ticket">
      <View onClick={() => openTicket(t.id)}>
        <View className="rp-ticket__head">
          <Text className="rp-ticket__title">
            {t.categoryName}
            {t.urgency === 'urgent' ? <Text className="rp-tag-urgent"> · 紧急</Text> : null}
          </Text>
          <StatusBadge status={t.status} label={t.statusLabel} />
        </View>
        <Text className="rp-ticket__line">
          位置：{t.unit ? `${t.unit.label} · ` : t.areaKind === 'common' ? '公共区域 · ' : ''}
          {t.location}
        </Text>
        <Text className="rp-ticket__desc">
          {t.description.length > 60 ? `${t.description.slice(0, 60)}…` : t.description}
        </Text>
        <Text className="rp-ticket__line">
          {timeLabel(t.createdAt)} 报修
          {showReporter ? ` · ${t.reporter.name}` : ''}
          {t.assigneeName ? ` · 维修：${t.assigneeName}` : ''}
        </Text>
        {t.overdue.any && !['confirmed', 'closed_unconfirmed', 'closed_not_fixed', 'cancelled'].includes(t.status) ? (
          <Text className="rp-overdue">已超时</Text>
        ) : null}
        {t.reopenCount > 0 ? <Text className="rp-ticket__line">返工 {t.reopenCount} 次</Text> : null}
      </View>
      {children}
    </View>
  );
}
