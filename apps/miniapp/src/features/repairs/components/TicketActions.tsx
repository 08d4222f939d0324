import { Input, Text, Textarea, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { useState } from 'react';
import {
  DECLINE_REASON_LABELS,
  DECLINE_REASONS,
  parseYuan,
  type DeclineReason,
  type TicketAction,
} from '@gongzhi/domain/client';
import { ErrorPanel } from '../../../components/ErrorPanel';
import { quoteLabel } from '../format';
import type { TicketDetail } from '../types';
import { sendMove, useMutation, useStaff, type Move } from '../useRepairs';
import { PhotoPicker, type PickedPhoto } from './Photos';

type Form = 'note' | 'reason' | 'photos' | 'staff' | 'amount' | 'decline';

interface Spec {
  /** Button text. */
  label: string;
  /** What happens, shown on the confirmation card. */
  question: string;
  confirmLabel: string;
  fields: Form[];
  /** Red confirmation button (ends or undoes something). */
  danger?: boolean;
  /** Primary (filled) button on the ticket page. */
  primary?: boolean;
}

/** Texts per move, as the person on this screen sees them. `reporter` = the resident looking at their own ticket. */
function spec(action: TicketAction, t: TicketDetail): Spec | undefined {
  switch (action) {
    case 'take':
      return {
        label: '我来接单',
        question: '接单后，这张工单由您负责维修，报修人会收到通知。',
        confirmLabel: '确定接单',
        fields: [],
        primary: true,
      };
    case 'assign':
      return {
        label: t.assigneeName ? '改派维修人员' : '派单',
        question: '请选择负责维修的人员。',
        confirmLabel: '确定派单',
        fields: ['staff', 'note'],
        primary: !t.assigneeName,
      };
    case 'start':
      return {
        label: '开始维修',
        question: '开始维修后，报修人会看到“处理中”。',
        confirmLabel: '确定开始',
        fields: ['note'],
        primary: true,
      };
    case 'add_note':
      return {
        label: t.isMine ? '补充说明或照片' : '添加备注或照片',
        question: '写下要补充的情况，可以附照片。',
        confirmLabel: '提交',
        fields: ['note', 'photos'],
      };
    case 'request_quote':
      return {
        label: '发起有偿服务报价',
        question: '这项维修需要报修人付费。报修人同意后再继续维修。',
        confirmLabel: '发送报价',
        fields: ['amount', 'note'],
      };
    case 'accept_quote':
      return {
        label: '接受报价',
        question: `您同意支付 ${quoteLabel(t.quoteAmountFen)}，物业将继续维修。`,
        confirmLabel: '确定接受',
        fields: [],
        primary: true,
      };
    case 'reject_quote':
      return {
        label: '不接受报价',
        question: '不接受报价后，这张工单将关闭，记为“未修复”。请写明原因。',
        confirmLabel: '确定不接受',
        fields: ['reason'],
        danger: true,
      };
    case 'complete':
      return {
        label: '完成维修',
        question: '请拍一张修好后的照片。完成后，报修人会确认是否修好。',
        confirmLabel: '确定已完成',
        fields: ['photos', 'note'],
        primary: true,
      };
    case 'confirm':
      return {
        label: '已修好',
        question: '确认已经修好了吗？确认后工单结束，您可以给这次维修打分。',
        confirmLabel: '确认已修好',
        fields: [],
        primary: true,
      };
    case 'reopen':
      return {
        label: '没修好',
        question: '工单将退回物业重新处理。请说说哪里还没修好，可以拍照。',
        confirmLabel: '确定没修好，请重修',
        fields: ['reason', 'photos'],
        danger: true,
      };
    case 'decline':
      return {
        label: '不予维修',
        question: '不予维修会关闭工单，记为“未修复”，报修人会看到原因。',
        confirmLabel: '确定不予维修',
        fields: ['decline', 'note'],
        danger: true,
      };
    case 'cancel':
      return {
        label: '取消报修',
        question: '取消后物业不再处理这张工单。',
        confirmLabel: '确定取消报修',
        fields: ['note'],
        danger: true,
      };
    default:
      return undefined;
  }
}

/** Moves the reporter sees first (the one clear next step), then the property company's. */
const ORDER: TicketAction[] = [
  'confirm',
  'reopen',
  'accept_quote',
  'reject_quote',
  'take',
  'assign',
  'start',
  'complete',
  'request_quote',
  'add_note',
  'decline',
  'cancel',
];

function MoveForm({
  t,
  action,
  s,
  onDone,
  onClose,
}: {
  t: TicketDetail;
  action: TicketAction;
  s: Spec;
  onDone: (x: TicketDetail) => void;
  onClose: () => void;
}) {
  const [note, setNote] = useState('');
  const [photos, setPhotos] = useState<PickedPhoto[]>([]);
  const [assignee, setAssignee] = useState<string>();
  const [amount, setAmount] = useState('');
  const [reason, setReason] = useState<DeclineReason>();
  const [problem, setProblem] = useState<string>();
  const staff = useStaff(s.fields.includes('staff'));
  const m = useMutation();

  const build = (): Move | string => {
    const ids = photos.map((p) => p.id);
    switch (action) {
      case 'assign':
        return assignee ? { action, assigneeId: assignee, note } : '请选择维修人员';
      case 'request_quote': {
        const r = parseYuan(amount.trim());
        if (!r.ok) return r.message;
        if (r.fen <= 0) return '报价金额必须大于 0';
        return { action, amountFen: String(r.fen), note };
      }
      case 'decline':
        if (!reason) return '请选择不予维修的原因';
        if (reason === 'other' && !note.trim()) return '选择“其他原因”时请写明原因';
        return { action, reason, note };
      case 'reopen':
      case 'reject_quote':
        return note.trim().length >= 2 ? { action, note, photoIds: ids } : '请写明原因（至少 2 个字）';
      case 'add_note':
        return note.trim() ? { action, note, photoIds: ids } : '请填写要补充的内容';
      case 'start':
      case 'complete':
        return { action, note, photoIds: ids };
      case 'take':
      case 'accept_quote':
      case 'confirm':
      case 'cancel':
        return { action, note };
      default:
        return '这个操作暂不支持';
    }
  };

  const submit = async () => {
    const move = build();
    if (typeof move === 'string') {
      setProblem(move);
      return;
    }
    setProblem(undefined);
    const next = await m.run(() => sendMove(t.id, move));
    if (next) onDone(next);
  };

  return (
    <View className="card rp-confirm" data-testid={`rp-form-${action}`}>
      <Text className="subtitle">{s.label}</Text>
      <Text className="text">{s.question}</Text>
      {s.fields.includes('staff') ? (
        <View>
          <Text className="rp-label">维修人员</Text>
          {staff.state.status === 'ok' ? (
            <View className="rp-chips">
              {staff.state.data.map((p) => (
                <Text
                  key={p.id}
                  className={`rp-chip ${assignee === p.id ? 'rp-chip--on' : ''}`}
                  onClick={() => setAssignee(p.id)}
                >
                  {p.name}
                </Text>
              ))}
            </View>
          ) : staff.state.status === 'error' ? (
            <ErrorPanel
              error={staff.state.error}
              httpStatus={staff.state.httpStatus}
              doing="读取维修人员"
              onRetry={() => void staff.reload()}
            />
          ) : (
            <Text className="muted">正在读取维修人员…</Text>
          )}
        </View>
      ) : null}
      {s.fields.includes('decline') ? (
        <View>
          <Text className="rp-label">原因</Text>
          <View className="rp-chips">
            {DECLINE_REASONS.map((r) => (
              <Text key={r} className={`rp-chip ${reason === r ? 'rp-chip--on' : ''}`} onClick={() => setReason(r)}>
                {DECLINE_REASON_LABELS[r]}
              </Text>
            ))}
          </View>
        </View>
      ) : null}
      {s.fields.includes('amount') ? (
        <View>
          <Text className="rp-label">报价金额（元）</Text>
          <Input
            className="rp-input"
            type="digit"
            value={amount}
            placeholder="例如 150 或 150.50"
            onInput={(e) => setAmount(e.detail.value)}
          />
        </View>
      ) : null}
      {s.fields.includes('reason') || s.fields.includes('note') ? (
        <View>
          <Text className="rp-label">
            {s.fields.includes('reason') ? '原因' : action === 'add_note' ? '内容' : '备注（可以不填）'}
          </Text>
          <Textarea
            className="rp-textarea"
            data-testid="rp-move-note"
            value={note}
            maxlength={500}
            placeholder={action === 'reopen' ? '例如：水管还在滴水' : '请输入'}
            onInput={(e) => setNote(e.detail.value)}
          />
        </View>
      ) : null}
      {s.fields.includes('photos') ? (
        <View>
          <Text className="rp-label">照片</Text>
          <PhotoPicker
            photos={photos}
            onChange={setPhotos}
            label={action === 'complete' ? '拍修好后的照片' : '拍照或选照片'}
          />
        </View>
      ) : null}
      {problem ? <Text className="rp-field-error">{problem}</Text> : null}
      {m.state.status === 'error' ? (
        <ErrorPanel error={m.state.error} httpStatus={m.state.httpStatus} doing={s.label} />
      ) : null}
      <Button
        className="big-button"
        type={s.danger ? 'danger' : 'primary'}
        size="large"
        block
        loading={m.state.status === 'working'}
        data-testid="rp-move-confirm"
        onClick={() => void submit()}
      >
        {s.confirmLabel}
      </Button>
      <Button className="big-button" size="large" block onClick={onClose}>
        返回
      </Button>
    </View>
  );
}

/** The buttons for the moves the API says this person may make now; each opens a confirmation card. */
export function TicketActions({ t, onChanged }: { t: TicketDetail; onChanged: (next: TicketDetail) => void }) {
  const [open, setOpen] = useState<TicketAction>();
  const actions = ORDER.filter((a) => t.actions.includes(a));
  if (!actions.length) return null;
  const openSpec = open ? spec(open, t) : undefined;
  if (open && openSpec) {
    return (
      <MoveForm
        t={t}
        action={open}
        s={openSpec}
        onClose={() => setOpen(undefined)}
        onDone={(next) => {
          setOpen(undefined);
          onChanged(next);
        }}
      />
    );
  }
  return (
    <View className="card" data-testid="rp-actions">
      <Text className="subtitle">{t.status === 'done' && t.isMine ? '修好了吗？' : '下一步'}</Text>
      {t.status === 'awaiting_quote_acceptance' && t.quoteAmountFen ? (
        <View>
          <Text className="text">这项维修需要付费，物业报价：</Text>
          <Text className="rp-quote">{quoteLabel(t.quoteAmountFen)}</Text>
        </View>
      ) : null}
      {actions.map((a) => {
        const s = spec(a, t);
        if (!s) return null;
        return (
          <Button
            key={a}
            className="big-button"
            type={s.primary ? 'primary' : s.danger ? 'danger' : 'default'}
            fill={s.primary || s.danger ? 'solid' : 'outline'}
            size="large"
            block
            data-testid={`rp-action-${a}`}
            onClick={() => setOpen(a)}
          >
            {s.label}
          </Button>
        );
      })}
    </View>
  );
}
