import { Text, View } from '@tarojs/components';
import { Button, Loading } from '@nutui/nutui-react-taro';
import Taro, { useDidShow, useRouter } from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { ErrorPanel } from '../../components/ErrorPanel';
import { PhotoGrid } from '../../features/repairs/components/Photos';
import { RatingForm } from '../../features/repairs/components/RatingForm';
import { StatusBadge } from '../../features/repairs/components/TicketCard';
import { TicketActions } from '../../features/repairs/components/TicketActions';
import { Timeline } from '../../features/repairs/components/Timeline';
import { quoteLabel, timeLabel } from '../../features/repairs/format';
import type { TicketDetail } from '../../features/repairs/types';
import { sendMeToo, useMutation, useTicket } from '../../features/repairs/useRepairs';
import { RATING_TAG_LABELS, type RatingTag } from '@gongzhi/domain/client';
import '../../features/repairs/repairs.scss';
import { pageClass } from '../../features/settings/largeText';
import { PrivacyPopup } from '../../components/PrivacyPopup';

const CLOSED = ['confirmed', 'closed_unconfirmed', 'closed_not_fixed', 'cancelled'];

function Summary({ t, isNew }: { t: TicketDetail; isNew: boolean }) {
  const meToo = useMutation();
  const [count, setCount] = useState({ n: t.meTooCount, mine: t.meTooByMe });
  useEffect(() => setCount({ n: t.meTooCount, mine: t.meTooByMe }), [t.meTooCount, t.meTooByMe]);
  return (
    <View className="card" data-testid="rp-summary">
      {isNew ? <Text className="status status--ok">报修已提交，物业会尽快处理。</Text> : null}
      <View className="rp-ticket__head">
        <Text className="title">
          {t.categoryName}
          {t.urgency === 'urgent' ? <Text className="rp-tag-urgent"> · 紧急</Text> : null}
        </Text>
        <StatusBadge status={t.status} label={t.statusLabel} />
      </View>
      <Text className="text">
        位置：{t.unit ? `${t.unit.label} · ` : t.areaKind === 'common' ? '公共区域 · ' : ''}
        {t.location}
      </Text>
      <Text className="text">{t.description}</Text>
      {t.preferredTime ? <Text className="muted">方便上门：{t.preferredTime}</Text> : null}
      <Text className="muted">
        报修人：{t.reporter.name}
        {t.reporter.phone ? ` · ${t.reporter.phone}` : ''} · {timeLabel(t.createdAt)}
      </Text>
      {t.reporter.phone && !t.isMine ? (
        <Button
          className="big-button"
          size="large"
          block
          onClick={() => void Taro.makePhoneCall({ phoneNumber: t.reporter.phone! }).catch(() => undefined)}
        >
          打电话给报修人
        </Button>
      ) : null}
      {t.assigneeName ? <Text className="muted">维修人员：{t.assigneeName}</Text> : null}
      {!CLOSED.includes(t.status) ? (
        <Text className="muted">
          {t.respondedAt ? '' : `应在 ${timeLabel(t.respondDueAt)} 前响应；`}应在 {timeLabel(t.resolveDueAt)} 前修好
        </Text>
      ) : null}
      {t.overdue.any && !CLOSED.includes(t.status) ? <Text className="rp-overdue">已超过处理时限</Text> : null}
      {t.reopenCount > 0 ? <Text className="muted">已返工 {t.reopenCount} 次</Text> : null}
      {t.quoteAmountFen ? (
        <Text className="muted">
          有偿服务报价：{quoteLabel(t.quoteAmountFen)}
          {t.quoteAcceptedAt ? '（已接受）' : ''}
        </Text>
      ) : null}
      {t.declineReasonLabel ? <Text className="text">不予维修原因：{t.declineReasonLabel}</Text> : null}
      <PhotoGrid photos={t.photos} />
      {t.areaKind === 'common' ? (
        <View>
          <Text className="muted" data-testid="rp-metoo-count">
            {count.n} 位邻居也遇到了{count.mine ? '（包括您）' : ''}
          </Text>
          {t.canMeToo && !count.mine ? (
            <Button
              className="big-button"
              size="large"
              block
              data-testid="rp-metoo"
              loading={meToo.state.status === 'working'}
              onClick={async () => {
                const r = await meToo.run(() => sendMeToo(t.id));
                if (r) setCount({ n: r.meTooCount, mine: r.meTooByMe });
              }}
            >
              我也遇到
            </Button>
          ) : null}
          {meToo.state.status === 'error' ? (
            <ErrorPanel error={meToo.state.error} httpStatus={meToo.state.httpStatus} doing="我也遇到" />
          ) : null}
        </View>
      ) : null}
    </View>
  );
}

function RatingView({ t }: { t: TicketDetail }) {
  if (!t.rating) return null;
  return (
    <View className="card" data-testid="rp-rating">
      <Text className="subtitle">
        评价：{'★'.repeat(t.rating.score)}
        {'☆'.repeat(5 - t.rating.score)}（{t.rating.score} 分）
      </Text>
      {t.rating.tags.length ? (
        <Text className="text">{t.rating.tags.map((x) => RATING_TAG_LABELS[x as RatingTag] ?? x).join('、')}</Text>
      ) : null}
      {t.rating.comment ? <Text className="text">“{t.rating.comment}”</Text> : null}
    </View>
  );
}

/** One ticket: what, where, status, the next step for this person, and the whole timeline. */
export default function TicketPage() {
  const { params } = useRouter();
  const id = params.id ?? '';
  const query = useTicket(id);
  const [ticket, setTicket] = useState<TicketDetail>();
  const [shown, setShown] = useState(false);
  useEffect(() => {
    if (query.state.status === 'ok') setTicket(query.state.data);
  }, [query.state]);
  useDidShow(() => {
    if (shown) void query.reload();
    setShown(true);
  });

  if (!ticket) {
    return (
      <View className={pageClass()}>
        {query.state.status === 'error' ? (
          <ErrorPanel
            error={query.state.error}
            httpStatus={query.state.httpStatus}
            doing="读取工单"
            onRetry={() => void query.reload()}
          />
        ) : (
          <View className="card">
            <Loading type="circular" />
            <Text className="muted">正在读取工单…</Text>
          </View>
        )}
      </View>
    );
  }
  const changed = (next: TicketDetail) => {
    setTicket(next);
    void Taro.pageScrollTo({ scrollTop: 0, duration: 0 }).catch(() => undefined);
  };
  return (
    <View className={pageClass()} data-testid="rp-detail">
      <Summary t={ticket} isNew={params.new === '1'} />
      <TicketActions t={ticket} onChanged={changed} />
      {ticket.canRate ? <RatingForm t={ticket} onDone={changed} /> : null}
      <RatingView t={ticket} />
      <Timeline events={ticket.timeline} />
      <PrivacyPopup />
    </View>
  );
}
