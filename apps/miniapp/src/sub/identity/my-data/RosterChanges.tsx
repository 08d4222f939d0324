import { Text, Textarea, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { components } from '@gongzhi/api-client';
import { useRef, useState } from 'react';
import { ErrorPanel } from '../../../components/ErrorPanel';
import { formatDate } from '../../../features/identity/labels';
import { useApiAction } from '../../../features/shared/useApiAction';
import { useApiQuery } from '../../../features/shared/useApiQuery';
import { api, newIdempotencyKey } from '../../../services/api';

type Change = components['schemas']['RosterChangeDto'];
const FIELD_LABELS: Record<string, string> = {
  kind: '类型',
  registeredArea: '登记面积',
  surveyedArea: '实测面积',
  contractArea: '合同面积',
  countedArea: '计票面积',
  developer: '开发商未售',
  owners: '业主',
};

/** One confirmed change of one of the person's units: what changed, who proposed and confirmed, and an objection. */
function ChangeCard({ items }: { items: Change[] }) {
  const first = items[0];
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const key = useRef(newIdempotencyKey());
  const { state, run } = useApiAction();
  const [sent, setSent] = useState(false);
  const canObject = new Date(first.objectionEndsAt).getTime() > Date.now();
  const send = async () => {
    if (reason.trim().length < 2) {
      setError('请写下异议理由（至少 2 个字）');
      return;
    }
    setError(null);
    const r = await run(() =>
      api.POST('/api/v1/roster/objections', {
        body: { proposalId: first.proposalId, unitId: first.unitId, reason: reason.trim() },
        idempotencyKey: key.current,
        headers: { 'X-Community-Id': first.communityId },
      }),
    );
    if (r) {
      // The list is not reloaded: this card keeps saying the objection was sent.
      setSent(true);
      setOpen(false);
    }
  };
  return (
    <View className="card" data-testid="my-roster-change">
      <Text className="subtitle">{first.unitLabel}</Text>
      <Text className="muted">
        {formatDate(first.changedAt)} 由 {first.proposedByName} 提议，{first.confirmedByNames.join('、')} 确认
      </Text>
      {items.map((c) => (
        <View key={c.id} className="kv">
          <Text className="kv__k">{FIELD_LABELS[c.field] ?? c.field}</Text>
          <Text className="kv__v">
            {c.oldValue ?? '（无）'} → {c.newValue ?? '（无）'}
          </Text>
        </View>
      ))}
      {sent ? <Text className="text">已提出异议，业委会答复后会通知您。</Text> : null}
      {!sent && canObject && !open ? (
        <Button className="big-button" size="large" block onClick={() => setOpen(true)} data-testid="roster-object">
          这不对，提出异议
        </Button>
      ) : null}
      {!canObject ? <Text className="muted">异议期已过；如仍有错误，请联系业委会。</Text> : null}
      {open ? (
        <View className="field">
          <Text className="field__label">异议理由（业委会会看到）</Text>
          <Textarea
            className="field-textarea"
            value={reason}
            maxlength={500}
            placeholder="例如：我是这套房的业主，登记面积是 89.5 平方米"
            onInput={(e) => setReason(e.detail.value)}
            data-testid="roster-object-reason"
          />
          {error ? <Text className="field__error">{error}</Text> : null}
          {state.status === 'error' ? (
            <ErrorPanel error={state.error} httpStatus={state.httpStatus} doing="提出异议" />
          ) : null}
          <Button
            className="big-button"
            type="primary"
            size="large"
            block
            loading={state.status === 'working'}
            onClick={() => void send()}
            data-testid="roster-object-send"
          >
            提交异议
          </Button>
        </View>
      ) : null}
    </View>
  );
}

/** Roster changes that affect the person (units they own or owned), each open to an objection within its window. */
export function RosterChanges() {
  const { state } = useApiQuery(() => api.GET('/api/v1/roster/my-changes'), []);
  if (state.status !== 'ok' || !state.data.items.length) return null;
  const groups = new Map<string, Change[]>();
  for (const c of state.data.items) {
    const k = `${c.proposalId}:${c.unitId}`;
    groups.set(k, [...(groups.get(k) ?? []), c]);
  }
  return (
    <View>
      <View className="card">
        <Text className="subtitle">业主名册中我的房屋的变更</Text>
        <Text className="muted">每项变更都经两位业委会委员确认；如有不对，可以在异议期内提出。</Text>
      </View>
      {[...groups].map(([k, items]) => (
        <ChangeCard key={k} items={items} />
      ))}
    </View>
  );
}
