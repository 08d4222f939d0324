import { Text, Textarea, View } from '@tarojs/components';
import { Button, Loading } from '@nutui/nutui-react-taro';
import Taro, { useDidShow, useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { ErrorPanel } from '../../components/ErrorPanel';
import { Attachments } from '../../features/ledger/components/Attachments';
import { ConfirmAction } from '../../components/ConfirmAction';
import { openEntry } from '../../features/ledger/components/EntryItem';
import { Questions } from '../../features/ledger/components/Questions';
import {
  dateLabel,
  entryTitle,
  instantLabel,
  shortHash,
  signedAmount,
  STATUS_LABEL,
  yuan,
} from '../../features/ledger/format';
import type { LedgerEntry } from '../../features/ledger/types';
import { ledgerActions, useAction, useEntry } from '../../features/ledger/useLedger';
import { useLedgerRoles, type LedgerRoles } from '../../features/ledger/useLedgerRoles';
import '../../features/ledger/ledger.scss';
import { pageClass } from '../../features/settings/largeText';

function Row({ label, value }: { label: string; value: string | null | undefined }) {
  if (!value) return null;
  return (
    <View className="ledger-row">
      <Text>{label}</Text>
      <Text>{value}</Text>
    </View>
  );
}

function Facts({ e }: { e: LedgerEntry }) {
  return (
    <View className="card" data-testid="ledger-entry-facts">
      {e.kind === 'income' && e.grossFen ? <Row label="毛收入" value={yuan(e.grossFen)} /> : null}
      {e.costs.map((c, i) => (
        <Row key={i} label={`扣除：${c.label}`} value={`−${yuan(c.amountFen)}`} />
      ))}
      <View className="ledger-row ledger-row--total">
        <Text>{e.kind === 'income' ? '净收入（入账金额）' : '支出金额'}</Text>
        <Text>{yuan(e.amountFen)}</Text>
      </View>
      <Row label="付款方" value={e.counterparty} />
      <Row label="收款方" value={e.payee} />
      <Row label="合同" value={e.contractRef} />
      <Row
        label="所属期间"
        value={e.coveredFrom && e.coveredTo ? `${dateLabel(e.coveredFrom)}至${dateLabel(e.coveredTo)}` : null}
      />
      <Row label="记账日期" value={dateLabel(e.bookedOn)} />
      <Row label="业主大会决议" value={e.resolutionId ? `编号 ${e.resolutionId.slice(0, 8)}` : null} />
      {e.purpose ? <Text className="text">说明：{e.purpose}</Text> : null}
      {e.posting ? (
        <Text className="ledger-hash">
          入账序号第 {e.posting.seq} 笔 · {instantLabel(e.posting.postedAt)} · 校验码 {shortHash(e.posting.hash)}
        </Text>
      ) : null}
    </View>
  );
}

/** The author's next step: revise or submit a draft / a returned entry. */
function AuthorActions({ e, onChanged }: { e: LedgerEntry; onChanged: () => void }) {
  const submit = useAction(ledgerActions.submit);
  if (!e.authoredByMe || (e.status !== 'draft' && e.status !== 'rejected')) return null;
  return (
    <View className="card">
      <Text className="subtitle">{e.status === 'rejected' ? '被退回了，请修改后重新提交' : '草稿还没有提交'}</Text>
      {e.rejectReason ? <Text className="text ledger-bad">退回理由：{e.rejectReason}</Text> : null}
      <Button
        className="big-button"
        type="primary"
        size="large"
        block
        data-testid="ledger-submit"
        loading={submit.state.status === 'working'}
        onClick={async () => {
          if (await submit.go(e.id)) onChanged();
        }}
      >
        提交审核
      </Button>
      {!e.reversesEntryId ? (
        <Button
          className="big-button"
          size="large"
          block
          onClick={() => void Taro.navigateTo({ url: `/sub/ledger/form?id=${e.id}` })}
        >
          修改
        </Button>
      ) : null}
      {submit.state.status === 'error' ? (
        <ErrorPanel error={submit.state.error} httpStatus={submit.state.httpStatus} doing="提交审核" />
      ) : null}
    </View>
  );
}

/** Committee: approve (posts it) or return with a reason. The API refuses the author (its Chinese error is shown). */
function ReviewActions({ e, onChanged }: { e: LedgerEntry; onChanged: () => void }) {
  const approve = useAction(ledgerActions.approve);
  const reject = useAction(ledgerActions.reject);
  const [reason, setReason] = useState('');
  const [rejecting, setRejecting] = useState(false);
  if (e.status !== 'submitted') return null;
  return (
    <View className="card" data-testid="ledger-review">
      <Text className="subtitle">审核这笔账</Text>
      <Text className="muted">请核对金额和凭证照片。批准后即入账，不能删除，只能冲正。</Text>
      {e.authoredByMe ? <Text className="text">这笔是您录入的，按规定须由其他委员审批。</Text> : null}
      <ConfirmAction
        tone="danger"
        cardClassName="ledger-confirm"
        label="批准入账"
        testId="ledger-approve"
        question={`批准后这笔${e.kind === 'income' ? '收入' : '支出'} ${yuan(e.amountFen)} 将正式入账，所有业主都能看到。`}
        confirmLabel="确定批准入账"
        loading={approve.state.status === 'working'}
        onConfirm={async () => {
          if (await approve.go(e.id)) onChanged();
        }}
      />
      {approve.state.status === 'error' ? (
        <ErrorPanel error={approve.state.error} httpStatus={approve.state.httpStatus} doing="批准" />
      ) : null}
      {!rejecting ? (
        <Button className="big-button" size="large" block onClick={() => setRejecting(true)}>
          退回修改
        </Button>
      ) : (
        <View className="ledger-form__field">
          <Text className="text">退回理由（起草人会看到）：</Text>
          <Textarea
            className="ledger-textarea"
            value={reason}
            maxlength={500}
            placeholder="例如：缺少广告合同照片"
            onInput={(ev) => setReason(ev.detail.value)}
          />
          <Button
            className="big-button"
            type="danger"
            size="large"
            block
            disabled={reason.trim().length < 2}
            loading={reject.state.status === 'working'}
            onClick={async () => {
              if (await reject.go(e.id, reason.trim())) onChanged();
            }}
          >
            确定退回
          </Button>
          {reject.state.status === 'error' ? (
            <ErrorPanel error={reject.state.error} httpStatus={reject.state.httpStatus} doing="退回" />
          ) : null}
        </View>
      )}
    </View>
  );
}

/** Finance / committee: correct a posted entry by a reversal (with a reason, confirmed, then approved by a member). */
function ReverseAction({ e, onChanged }: { e: LedgerEntry; onChanged: (reversalId: string) => void }) {
  const reverse = useAction(ledgerActions.reverse);
  const [reason, setReason] = useState('');
  const [open, setOpen] = useState(false);
  if (e.status !== 'posted' || e.reversesEntryId || e.reversedByEntryId) return null;
  return (
    <View className="card">
      <Text className="subtitle">这笔账记错了？</Text>
      <Text className="muted">
        已入账的记录不能修改或删除。可以“冲正”：记一笔相反的账抵消它，经另一位委员批准后生效，两笔都会公开。
      </Text>
      {!open ? (
        <Button className="big-button" size="large" block data-testid="ledger-reverse" onClick={() => setOpen(true)}>
          冲正这笔账
        </Button>
      ) : (
        <View className="ledger-form__field">
          <Text className="text">冲正理由（错在哪里）：</Text>
          <Textarea
            className="ledger-textarea"
            value={reason}
            maxlength={500}
            placeholder="例如：金额多录了一个 0"
            onInput={(ev) => setReason(ev.detail.value)}
          />
          <ConfirmAction
            tone="danger"
            cardClassName="ledger-confirm"
            label="提交冲正"
            testId="ledger-reverse-submit"
            disabled={reason.trim().length < 2}
            question={`将记一笔 ${yuan(e.amountFen)} 的冲正，抵消「${e.categoryLabel}」这笔账。冲正提交后不能撤回。`}
            confirmLabel="确定冲正"
            loading={reverse.state.status === 'working'}
            onConfirm={async () => {
              const r = await reverse.go(e.id, reason.trim());
              if (r) onChanged(r.id);
            }}
          />
          {reverse.state.status === 'error' ? (
            <ErrorPanel error={reverse.state.error} httpStatus={reverse.state.httpStatus} doing="冲正" />
          ) : null}
        </View>
      )}
    </View>
  );
}

function Links({ e }: { e: LedgerEntry }) {
  return (
    <>
      {e.reversesEntryId ? (
        <View className="card">
          <Text className="text">这是一笔冲正，抵消原来记错的账。</Text>
          {e.reversalReason ? <Text className="text">冲正理由：{e.reversalReason}</Text> : null}
          <Button className="big-button" size="large" block onClick={() => openEntry(e.reversesEntryId!)}>
            查看原账目
          </Button>
        </View>
      ) : null}
      {e.reversedByEntryId ? (
        <View className="card">
          <Text className="text ledger-bad">这笔账已被冲正（抵消）。</Text>
          <Button className="big-button" size="large" block onClick={() => openEntry(e.reversedByEntryId!)}>
            查看冲正记录
          </Button>
        </View>
      ) : null}
    </>
  );
}

function Detail({ e, roles, reload }: { e: LedgerEntry; roles: LedgerRoles; reload: () => void }) {
  const adds = signedAmount(e).startsWith('+');
  return (
    <>
      <View className="card">
        <Text className="title">{entryTitle(e)}</Text>
        <Text className={`ledger-balance ${adds ? 'ledger-amount--in' : 'ledger-amount--out'}`}>{signedAmount(e)}</Text>
        <Text className={`ledger-badge ledger-badge--${e.status}`} data-testid="ledger-entry-status">
          {STATUS_LABEL[e.status]}
        </Text>
      </View>
      <Links e={e} />
      <Facts e={e} />
      {roles.canDraft ? <AuthorActions e={e} onChanged={reload} /> : null}
      {roles.isCommittee ? <ReviewActions e={e} onChanged={reload} /> : null}
      {roles.canDraft ? (
        <ReverseAction e={e} onChanged={(id) => void Taro.redirectTo({ url: `/sub/ledger/entry?id=${id}` })} />
      ) : null}
      <Attachments files={e.attachments} />
      {e.status === 'posted' ? (
        <Questions target={{ type: 'entry', ref: e.id }} canAsk={roles.canAsk} canAnswer={roles.isCommittee} />
      ) : null}
    </>
  );
}

export default function EntryPage() {
  const { params } = useRouter();
  const entry = useEntry(params.id);
  const roles = useLedgerRoles();
  useDidShow(() => void entry.reload());
  const s = entry.state;
  return (
    <View className={pageClass()}>
      {s.status === 'ok' ? <Detail e={s.data} roles={roles} reload={() => void entry.reload()} /> : null}
      {s.status === 'loading' || s.status === 'idle' ? <Loading type="circular" /> : null}
      {s.status === 'error' ? (
        <ErrorPanel error={s.error} httpStatus={s.httpStatus} doing="读取账目" onRetry={() => void entry.reload()} />
      ) : null}
    </View>
  );
}
