import { Input, Text, Textarea, View } from '@tarojs/components';
import { Button, Loading } from '@nutui/nutui-react-taro';
import Taro, { useRouter } from '@tarojs/taro';
import {
  EXPENSE_CATEGORIES,
  EXPENSE_CATEGORY_LABELS,
  INCOME_CATEGORIES,
  INCOME_CATEGORY_LABELS,
  fenToYuanString,
  formatFen,
  parseYuan,
} from '@gongzhi/domain/client';
import { useEffect, useState, type ReactNode } from 'react';
import type { ApiError } from '@gongzhi/api-client';
import { ErrorPanel } from '../../components/ErrorPanel';
import { UploadedList } from '../../features/ledger/components/Attachments';
import { choosePdfAndUpload, choosePhotoAndUpload, type UploadResult } from '../../features/ledger/files';
import { todayInChina } from '../../features/ledger/format';
import type { EntryDraft, EntryKind, FileInfo, LedgerEntry } from '../../features/ledger/types';
import { ledgerActions, useAction, useEntry } from '../../features/ledger/useLedger';
import { newIdempotencyKey } from '../../services/api';
import '../../features/ledger/ledger.scss';
import { pageClass } from '../../features/settings/largeText';
import { PrivacyPopup } from '../../components/PrivacyPopup';

interface CostRow {
  label: string;
  amount: string;
  /** Evidence already on the entry (revising) plus photos uploaded now. */
  evidenceIds: string[];
  uploaded: FileInfo[];
}

interface FormState {
  kind: EntryKind;
  category: EntryDraft['category'];
  gross: string;
  costs: CostRow[];
  amount: string;
  counterparty: string;
  payee: string;
  contractRef: string;
  coveredFrom: string;
  coveredTo: string;
  purpose: string;
  resolutionId: string;
  bookedOn: string;
  uploaded: FileInfo[];
}

const FIELD_LABELS: Record<string, string> = {
  kind: '收支类型',
  category: '类别',
  grossAmountYuan: '毛收入',
  netAmountYuan: '净收入',
  costs: '成本',
  amountYuan: '金额',
  counterparty: '付款方',
  payee: '收款方',
  contractRef: '合同',
  coveredFrom: '所属期间起',
  coveredTo: '所属期间止',
  purpose: '说明/用途',
  resolutionId: '决议编号',
  bookedOn: '记账日期',
  attachmentFileIds: '附件',
};

function fieldLabel(field: string): string {
  const m = /^costs\.(\d+)\.(\w+)/.exec(field);
  if (m) return `第 ${Number(m[1]) + 1} 项成本${m[2] === 'evidenceFileIds' ? '的凭证' : '金额'}`;
  return FIELD_LABELS[field] ?? field;
}

function fieldErrors(error: ApiError): Array<{ field: string; messages: string[] }> {
  const fields = (error.details as { fields?: unknown } | undefined)?.fields;
  return Array.isArray(fields) ? (fields as Array<{ field: string; messages: string[] }>) : [];
}

const empty = (): FormState => ({
  kind: 'income',
  category: 'advertising',
  gross: '',
  costs: [],
  amount: '',
  counterparty: '',
  payee: '',
  contractRef: '',
  coveredFrom: '',
  coveredTo: '',
  purpose: '',
  resolutionId: '',
  bookedOn: todayInChina(),
  uploaded: [],
});

function fromEntry(e: LedgerEntry): FormState {
  const y = (fen: string | null) => (fen ? fenToYuanString(fen) : '');
  return {
    kind: e.kind,
    category: e.category,
    gross: y(e.grossFen),
    amount: e.kind === 'expense' ? y(e.amountFen) : '',
    costs: e.costs.map((c) => ({
      label: c.label,
      amount: y(c.amountFen),
      evidenceIds: c.evidenceFileIds,
      uploaded: [],
    })),
    counterparty: e.counterparty ?? '',
    payee: e.payee ?? '',
    contractRef: e.contractRef,
    coveredFrom: e.coveredFrom ?? '',
    coveredTo: e.coveredTo ?? '',
    purpose: e.purpose,
    resolutionId: e.resolutionId ?? '',
    bookedOn: e.bookedOn,
    uploaded: [],
  };
}

/** Amount typed by the person → error text, or null when fine (the API checks again). */
function amountProblem(v: string, required: boolean): string | null {
  if (!v.trim()) return required ? '请填写金额' : null;
  const r = parseYuan(v.trim());
  if (!r.ok) return r.message;
  if (r.fen === 0) return '金额不能为 0';
  return null;
}

function Field({
  label,
  hint,
  error,
  children,
  testId,
}: {
  label: string;
  hint?: string;
  error?: string | null;
  children: ReactNode;
  testId?: string;
}) {
  return (
    <View className="ledger-form__field" data-testid={testId}>
      <Text className="text">{label}</Text>
      {hint ? <Text className="muted">{hint}</Text> : null}
      {children}
      {error ? <Text className="ledger-field-error">{error}</Text> : null}
    </View>
  );
}

function TextField(props: {
  label: string;
  value: string;
  onChange: (v: string) => void;
  hint?: string;
  error?: string | null;
  placeholder?: string;
  digit?: boolean;
  testId?: string;
}) {
  return (
    <Field label={props.label} hint={props.hint} error={props.error} testId={props.testId}>
      <Input
        className="ledger-input"
        type={props.digit ? 'digit' : 'text'}
        value={props.value}
        placeholder={props.placeholder}
        onInput={(e) => props.onChange(e.detail.value)}
      />
    </Field>
  );
}

function UploadError({ result }: { result: UploadResult | undefined }) {
  return result?.error ? <ErrorPanel error={result.error} doing="上传" /> : null;
}

function EntryForm({ initial, editing }: { initial: FormState; editing?: LedgerEntry }) {
  const [f, setF] = useState<FormState>(initial);
  const [idempotencyKey] = useState(newIdempotencyKey);
  const [uploading, setUploading] = useState(false);
  const [uploadResult, setUploadResult] = useState<UploadResult>();
  const [tried, setTried] = useState(false);
  const save = useAction((body: EntryDraft) =>
    editing ? ledgerActions.revise(editing.id, body) : ledgerActions.create(body, idempotencyKey),
  );
  const set = <K extends keyof FormState>(k: K, v: FormState[K]) => setF((s) => ({ ...s, [k]: v }));
  const setCost = (i: number, patch: Partial<CostRow>) =>
    setF((s) => ({ ...s, costs: s.costs.map((c, j) => (j === i ? { ...c, ...patch } : c)) }));

  const upload = async (pick: () => Promise<UploadResult | undefined>, done: (file: FileInfo) => void) => {
    setUploading(true);
    const r = await pick();
    setUploading(false);
    setUploadResult(r);
    if (r?.data) done(r.data);
  };

  const income = f.kind === 'income';
  const categories: Array<[EntryDraft['category'], string]> = income
    ? INCOME_CATEGORIES.map((c) => [c, INCOME_CATEGORY_LABELS[c]])
    : EXPENSE_CATEGORIES.map((c) => [c, EXPENSE_CATEGORY_LABELS[c]]);

  // Local checks, shown after the first 保存 (the API checks everything again).
  const grossErr = income ? amountProblem(f.gross, true) : null;
  const amountErr = !income ? amountProblem(f.amount, true) : null;
  const costErrs = f.costs.map(
    (c) =>
      amountProblem(c.amount, true) ??
      (!c.label.trim()
        ? '请填写成本项目'
        : c.evidenceIds.length + c.uploaded.length === 0
          ? '每项成本至少要有一张凭证照片'
          : null),
  );
  const whoErr = income ? (!f.counterparty.trim() ? '请填写付款方' : null) : !f.payee.trim() ? '请填写收款方' : null;
  const purposeErr = !income && !f.purpose.trim() ? '请填写支出用途' : null;
  const dateErr = !/^\d{4}-\d{2}-\d{2}$/.test(f.bookedOn)
    ? '请按 2026-06-15 的格式填写'
    : f.bookedOn > todayInChina()
      ? '记账日期不能是将来'
      : null;
  let net: string | null = null;
  if (income) {
    const gross = parseYuan(f.gross.trim());
    const costs = f.costs.map((c) => parseYuan(c.amount.trim()));
    if (gross.ok && costs.every((c) => c.ok)) {
      const n = costs.reduce((a, c) => a - (c.ok ? c.fen : 0), gross.fen);
      net = n >= 0 ? formatFen(n) : null;
    }
  }
  const blocked = [grossErr, amountErr, whoErr, purposeErr, dateErr, ...costErrs].some(Boolean);

  const submit = async () => {
    setTried(true);
    if (blocked) return;
    const trim = (v: string) => (v.trim() ? v.trim() : undefined);
    const body: EntryDraft = income
      ? {
          kind: 'income',
          category: f.category,
          grossAmountYuan: f.gross.trim(),
          costs: f.costs.map((c) => ({
            label: c.label.trim(),
            amountYuan: c.amount.trim(),
            evidenceFileIds: [...c.evidenceIds, ...c.uploaded.map((u) => u.id)],
          })),
          counterparty: f.counterparty.trim(),
          contractRef: trim(f.contractRef),
          coveredFrom: trim(f.coveredFrom),
          coveredTo: trim(f.coveredTo),
          purpose: trim(f.purpose),
          bookedOn: f.bookedOn,
          attachmentFileIds: f.uploaded.map((u) => u.id),
        }
      : {
          kind: 'expense',
          category: f.category,
          amountYuan: f.amount.trim(),
          payee: f.payee.trim(),
          contractRef: trim(f.contractRef),
          purpose: f.purpose.trim(),
          resolutionId: trim(f.resolutionId),
          bookedOn: f.bookedOn,
          attachmentFileIds: f.uploaded.map((u) => u.id),
        };
    const saved = await save.go(body);
    if (saved) void Taro.redirectTo({ url: `/sub/ledger/entry?id=${saved.id}` });
  };
  const show = (e: string | null) => (tried ? e : null);

  return (
    <View>
      {!editing ? (
        <View className="card">
          <Text className="subtitle">收入还是支出？</Text>
          <View className="ledger-chips">
            {(['income', 'expense'] as const).map((k) => (
              <View
                key={k}
                className={`ledger-chip ${f.kind === k ? 'ledger-chip--on' : ''}`}
                data-testid={`kind-${k}`}
                onClick={() =>
                  setF((s) => ({ ...s, kind: k, category: k === 'income' ? 'advertising' : 'fund_topup' }))
                }
              >
                {k === 'income' ? '收入' : '支出'}
              </View>
            ))}
          </View>
        </View>
      ) : (
        <View className="card">
          <Text className="subtitle">
            修改{income ? '收入' : '支出'}（第 {editing.revision} 版）
          </Text>
          {editing.rejectReason ? <Text className="text ledger-bad">退回理由：{editing.rejectReason}</Text> : null}
        </View>
      )}
      <View className="card">
        <Text className="subtitle">类别</Text>
        <View className="ledger-chips">
          {categories.map(([c, label]) => (
            <View
              key={c}
              className={`ledger-chip ${f.category === c ? 'ledger-chip--on' : ''}`}
              data-testid={`category-${c}`}
              onClick={() => set('category', c)}
            >
              {label}
            </View>
          ))}
        </View>
      </View>
      <View className="card">
        {income ? (
          <>
            <TextField
              label="毛收入（元）"
              testId="field-gross"
              digit
              value={f.gross}
              onChange={(v) => set('gross', v)}
              placeholder="例如 12000.00"
              error={show(grossErr)}
            />
            <Text className="subtitle">扣除的成本</Text>
            <Text className="muted">如代理费、电费分摊。每项都要拍凭证照片；没有成本可不填。</Text>
            {f.costs.map((c, i) => (
              <View key={i} className="ledger-cost" data-testid={`cost-${i}`}>
                <TextField
                  label={`第 ${i + 1} 项：项目`}
                  testId={`cost-${i}-label`}
                  value={c.label}
                  onChange={(v) => setCost(i, { label: v })}
                  placeholder="例如 广告代理费"
                />
                <TextField
                  label="金额（元）"
                  testId={`cost-${i}-amount`}
                  digit
                  value={c.amount}
                  onChange={(v) => setCost(i, { amount: v })}
                  placeholder="例如 1200.00"
                />
                {c.evidenceIds.length ? <Text className="muted">已有 {c.evidenceIds.length} 份凭证</Text> : null}
                <UploadedList
                  files={c.uploaded}
                  onRemove={(id) => setCost(i, { uploaded: c.uploaded.filter((u) => u.id !== id) })}
                />
                <Button
                  className="big-button"
                  size="large"
                  block
                  data-testid={`cost-${i}-photo`}
                  loading={uploading}
                  onClick={() =>
                    void upload(choosePhotoAndUpload, (file) => setCost(i, { uploaded: [...c.uploaded, file] }))
                  }
                >
                  拍凭证照片
                </Button>
                {show(costErrs[i] ?? null) ? <Text className="ledger-field-error">{costErrs[i]}</Text> : null}
                <Text
                  className="ledger-link"
                  onClick={() => setF((s) => ({ ...s, costs: s.costs.filter((_, j) => j !== i) }))}
                >
                  删除这项成本
                </Text>
              </View>
            ))}
            <Button
              className="big-button"
              size="large"
              block
              data-testid="cost-add"
              onClick={() => set('costs', [...f.costs, { label: '', amount: '', evidenceIds: [], uploaded: [] }])}
            >
              添加一项成本
            </Button>
            <Text className="text" data-testid="field-net">
              净收入（入账金额）：{net ?? '—'}
            </Text>
            <TextField
              label="付款方"
              testId="field-counterparty"
              value={f.counterparty}
              onChange={(v) => set('counterparty', v)}
              placeholder="例如 某某广告有限公司"
              error={show(whoErr)}
            />
            <TextField
              label="合同编号或名称（可不填）"
              testId="field-contract"
              value={f.contractRef}
              onChange={(v) => set('contractRef', v)}
            />
            <TextField
              label="收入所属期间：从"
              testId="field-covered-from"
              value={f.coveredFrom}
              onChange={(v) => set('coveredFrom', v)}
              placeholder="2026-01-01"
            />
            <TextField
              label="到"
              testId="field-covered-to"
              value={f.coveredTo}
              onChange={(v) => set('coveredTo', v)}
              placeholder="2026-06-30"
            />
          </>
        ) : (
          <>
            <TextField
              label="金额（元）"
              testId="field-amount"
              digit
              value={f.amount}
              onChange={(v) => set('amount', v)}
              placeholder="例如 5000.00"
              error={show(amountErr)}
            />
            <TextField
              label="收款方"
              testId="field-payee"
              value={f.payee}
              onChange={(v) => set('payee', v)}
              error={show(whoErr)}
            />
            <TextField
              label="合同编号或名称（可不填）"
              testId="field-contract"
              value={f.contractRef}
              onChange={(v) => set('contractRef', v)}
            />
            <TextField
              label="业主大会决议编号"
              testId="field-resolution"
              hint="除补充维修资金外，支出须经业主大会表决通过，请填写决议编号。"
              value={f.resolutionId}
              onChange={(v) => set('resolutionId', v)}
            />
          </>
        )}
        <Field label={income ? '说明（可不填）' : '支出用途'} error={show(purposeErr)} testId="field-purpose">
          <Textarea
            className="ledger-textarea"
            value={f.purpose}
            maxlength={500}
            onInput={(e) => set('purpose', e.detail.value)}
          />
        </Field>
        <TextField
          label="记账日期"
          testId="field-booked-on"
          hint="默认今天；可填本期或尚未公示的往期日期（格式 2026-06-15）。"
          value={f.bookedOn}
          onChange={(v) => set('bookedOn', v)}
          error={show(dateErr)}
        />
      </View>
      <View className="card">
        <Text className="subtitle">收据、合同、银行回单</Text>
        {editing?.attachments.length ? (
          <Text className="muted">已有 {editing.attachments.length} 个附件（附件只能追加）</Text>
        ) : null}
        <UploadedList
          files={f.uploaded}
          onRemove={(id) =>
            set(
              'uploaded',
              f.uploaded.filter((u) => u.id !== id),
            )
          }
        />
        <Button
          className="big-button"
          size="large"
          block
          data-testid="attach-photo"
          loading={uploading}
          onClick={() => void upload(choosePhotoAndUpload, (file) => set('uploaded', [...f.uploaded, file]))}
        >
          拍照或选照片
        </Button>
        <Button
          className="big-button"
          size="large"
          block
          data-testid="attach-pdf"
          loading={uploading}
          onClick={() => void upload(choosePdfAndUpload, (file) => set('uploaded', [...f.uploaded, file]))}
        >
          添加 PDF 文件
        </Button>
        <UploadError result={uploadResult} />
      </View>
      {tried && blocked ? <Text className="ledger-field-error">还有内容需要修改，请看上面的红字提示。</Text> : null}
      {save.state.status === 'error' ? (
        <View>
          <ErrorPanel error={save.state.error} httpStatus={save.state.httpStatus} doing="保存" />
          {fieldErrors(save.state.error).map((fe) => (
            <Text key={fe.field} className="ledger-field-error" data-testid="ledger-field-error">
              {fieldLabel(fe.field)}：{fe.messages.join('；')}
            </Text>
          ))}
        </View>
      ) : null}
      <Button
        className="big-button"
        type="primary"
        size="large"
        block
        data-testid="ledger-save"
        loading={save.state.status === 'working'}
        disabled={uploading}
        onClick={() => void submit()}
      >
        保存草稿
      </Button>
      <Text className="muted">保存后可以再检查一遍，然后“提交审核”，由业委会委员审批入账。</Text>
    </View>
  );
}

/** New entry, or (?id=) revise a draft / returned entry of mine. */
export default function EntryFormPage() {
  const { params } = useRouter();
  const existing = useEntry(params.id);
  const [initial, setInitial] = useState<FormState | undefined>(params.id ? undefined : empty());
  useEffect(() => {
    if (existing.state.status === 'ok' && !initial) setInitial(fromEntry(existing.state.data));
  }, [existing.state, initial]);
  const s = existing.state;
  return (
    <View className={pageClass()}>
      {s.status === 'error' ? (
        <ErrorPanel error={s.error} httpStatus={s.httpStatus} doing="读取账目" onRetry={() => void existing.reload()} />
      ) : null}
      {initial ? (
        <EntryForm initial={initial} editing={s.status === 'ok' ? s.data : undefined} />
      ) : s.status !== 'error' ? (
        <Loading type="circular" />
      ) : null}
      <PrivacyPopup />
    </View>
  );
}
