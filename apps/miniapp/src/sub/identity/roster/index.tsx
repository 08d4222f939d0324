import { Text, Textarea, View } from '@tarojs/components';
import { Button, Loading } from '@nutui/nutui-react-taro';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { ErrorPanel } from '../../../components/ErrorPanel';
import { unitLabel } from '../../../features/identity/labels';
import { useLedgerRoles } from '../../../features/ledger/useLedgerRoles';
import {
  useRosterImport,
  useRosterReview,
  type RosterImport,
  type RosterObjection,
} from '../../../features/identity/useRoster';
import '../identity.scss';
import { pageClass } from '../../../features/settings/largeText';
import { explainWxFailure } from '../../../services/wxFailure';
import { PrivacyPopup } from '../../../components/PrivacyPopup';

const CHANGE_LABELS: Record<string, string> = { new: '新增', updated: '更新', unchanged: '不变' };
const KIND_LABELS: Record<string, string> = { flat: '住宅', shop: '商铺', parking: '车位' };
const SOURCE_LABELS: Record<string, string> = { registered: '登记', surveyed: '实测', contract: '合同' };
const FIELD_LABELS: Record<string, string> = {
  kind: '类型',
  registeredArea: '登记面积',
  surveyedArea: '实测面积',
  contractArea: '合同面积',
  countedArea: '计票面积',
  developer: '开发商未售',
  owners: '业主',
};

/** Old → new, field by field: what the confirmers are asked to confirm. */
function FieldChanges({ data }: { data: RosterImport }) {
  if (!data.fieldChanges.length) return null;
  return (
    <View className="table" data-testid="roster-field-changes">
      <View className="table__row table__head">
        <Text className="table__cell table__cell--wide">房屋</Text>
        <Text className="table__cell">项目</Text>
        <Text className="table__cell table__cell--wide">原来</Text>
        <Text className="table__cell table__cell--wide">改为</Text>
      </View>
      {data.fieldChanges.slice(0, SHOWN_ROWS).map((f, i) => (
        <View key={`${f.unitLabel}-${f.field}-${i}`} className="table__row">
          <Text className="table__cell table__cell--wide">{f.unitLabel}</Text>
          <Text className="table__cell">{FIELD_LABELS[f.field] ?? f.field}</Text>
          <Text className="table__cell table__cell--wide">{f.oldValue ?? '（无）'}</Text>
          <Text className="table__cell table__cell--wide">{f.newValue ?? '（无）'}</Text>
        </View>
      ))}
    </View>
  );
}

/** A proposal waiting for confirmations: what it changes, who proposed, who confirmed; members confirm here. */
function PendingProposal({
  data,
  canConfirm,
  busy,
  onConfirm,
}: {
  data: RosterImport;
  canConfirm: boolean;
  busy: boolean;
  onConfirm: () => void;
}) {
  return (
    <View className="card" data-testid="roster-pending">
      <Text className="subtitle">{data.kind === 'merge' ? '合并业主记录' : `名册变更：${data.fileName}`}</Text>
      <Text className="muted">
        提议人：{data.proposedBy?.name ?? '—'}；已确认 {data.confirmations.length}/{data.confirmationsNeeded}
        {data.confirmations.length ? `（${data.confirmations.map((c) => c.name).join('、')}）` : ''}
      </Text>
      {data.merge ? <Text className="text">合并依据：{data.merge.evidence}</Text> : null}
      {data.confirmerKind === 'subdistrict' ? (
        <Text className="muted">本小区尚未成立业委会：首次名册须按房号公示满 15 天，由街道办事处确认。</Text>
      ) : null}
      <FieldChanges data={data} />
      {canConfirm ? (
        <Button
          className="big-button"
          type="primary"
          size="large"
          block
          loading={busy}
          disabled={busy}
          onClick={onConfirm}
          data-testid="roster-confirm-proposal"
        >
          我已核对，确认这些变更
        </Button>
      ) : null}
    </View>
  );
}

/** An owner's objection: a member other than the proposer answers it (the owner is told). */
function ObjectionCard({
  o,
  busy,
  onAnswer,
}: {
  o: RosterObjection;
  busy: boolean;
  onAnswer: (decision: 'upheld' | 'dismissed', text: string) => Promise<boolean>;
}) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const send = async (decision: 'upheld' | 'dismissed') => {
    if (text.trim().length < 2) {
      setError('请写下答复（至少 2 个字），业主会看到');
      return;
    }
    setError(null);
    if (await onAnswer(decision, text.trim())) setText('');
  };
  return (
    <View className="card notice" data-testid="roster-objection">
      <Text className="subtitle">{o.unitLabel} 的业主提出异议</Text>
      <Text className="text">{o.reason}</Text>
      <View className="field">
        <Text className="field__label">答复（业主会看到）</Text>
        <Textarea
          className="field-textarea"
          value={text}
          maxlength={500}
          placeholder="例如：已核对不动产登记簿，将提议更正"
          onInput={(e) => setText(e.detail.value)}
          data-testid="roster-objection-answer"
        />
        {error ? <Text className="field__error">{error}</Text> : null}
      </View>
      <View className="row">
        <Button
          className="big-button half-button"
          size="large"
          disabled={busy}
          onClick={() => void send('dismissed')}
          data-testid="roster-objection-dismiss"
        >
          异议不成立
        </Button>
        <Button
          className="big-button half-button"
          type="primary"
          size="large"
          disabled={busy}
          onClick={() => void send('upheld')}
          data-testid="roster-objection-uphold"
        >
          异议成立
        </Button>
      </View>
    </View>
  );
}
/** Rows shown in the preview table; the counts above it cover every row. */
const SHOWN_ROWS = 100;

/** H5: the browser's file dialog; weapp: a file from a WeChat chat (the usual way an Excel file arrives). */
async function pickRosterFile(): Promise<{ path: string; name: string } | null> {
  if (process.env.TARO_ENV === 'h5') {
    return new Promise((resolve) => {
      const input = document.createElement('input');
      input.type = 'file';
      input.accept = '.xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv';
      input.style.display = 'none';
      input.onchange = () => {
        const file = input.files?.[0];
        input.remove();
        resolve(file ? { path: URL.createObjectURL(file), name: file.name } : null);
      };
      document.body.appendChild(input);
      input.click();
    });
  }
  try {
    const res = await Taro.chooseMessageFile({ count: 1, type: 'file', extension: ['xlsx', 'csv'] });
    const f = res.tempFiles[0];
    return f ? { path: f.path, name: f.name } : null;
  } catch (err) {
    await explainWxFailure(err, '聊天文件'); // says nothing on a cancel
    return null;
  }
}

function Counts({ items }: { items: Array<[string, number]> }) {
  return (
    <View className="counts">
      {items.map(([label, n]) => (
        <View key={label} className="count">
          <Text className="count__n">{n}</Text>
          <Text className="count__label">{label}</Text>
        </View>
      ))}
    </View>
  );
}

function Preview({
  data,
  onCommit,
  onRestart,
  working,
}: {
  data: RosterImport;
  onCommit: () => void;
  onRestart: () => void;
  working: boolean;
}) {
  const [confirming, setConfirming] = useState(false);
  const hasErrors = data.errors.length > 0 || !data.canCommit;
  const s = data.summary;
  return (
    <View>
      <View className="card" data-testid="roster-preview">
        <Text className="subtitle">检查结果：{data.fileName}</Text>
        <Counts
          items={[
            ['总行数', data.totalRows],
            ['有效行', data.validRows],
            ['有问题的行', data.totalRows - data.validRows],
            ['问题数', data.errors.length],
          ]}
        />
        {s ? (
          <Text className="muted">
            导入后：新增 {s.unitsCreated} 套，更新 {s.unitsUpdated} 套，不变 {s.unchanged} 套，名册中有但文件中没有{' '}
            {s.notInFile} 套（保留不删）。
          </Text>
        ) : null}
      </View>
      {data.errors.length ? (
        <View className="card notice" data-testid="roster-errors">
          <Text className="subtitle">请先改正这些问题（共 {data.errors.length} 处）</Text>
          <Text className="muted">
            在 Excel 中改好后重新选择文件。行号与表格一致（表头为第 1 行）。模板以外的列请删除，或改成模板中的列名。
          </Text>
          <View className="table">
            <View className="table__row table__head">
              <Text className="table__cell">行号</Text>
              <Text className="table__cell">列</Text>
              <Text className="table__cell table__cell--wide">原因</Text>
            </View>
            {data.errors.map((e, i) => (
              <View key={`${e.line}-${i}`} className="table__row table__row--bad">
                <Text className="table__cell">第 {e.line} 行</Text>
                <Text className="table__cell">{e.column ?? '—'}</Text>
                <Text className="table__cell table__cell--wide">{e.reason}</Text>
              </View>
            ))}
          </View>
        </View>
      ) : null}
      {data.rows.length ? (
        <View className="card">
          <Text className="subtitle">预览{data.rows.length > SHOWN_ROWS ? `（前 ${SHOWN_ROWS} 行）` : ''}</Text>
          <View className="table">
            <View className="table__row table__head">
              <Text className="table__cell table__cell--wide">房屋</Text>
              <Text className="table__cell">面积㎡</Text>
              <Text className="table__cell table__cell--wide">业主</Text>
              <Text className="table__cell">变化</Text>
            </View>
            {data.rows.slice(0, SHOWN_ROWS).map((r) => (
              <View key={r.line} className="table__row">
                <Text className="table__cell table__cell--wide">
                  {unitLabel(r)}
                  {r.kind !== 'flat' ? `（${KIND_LABELS[r.kind] ?? r.kind}）` : ''}
                </Text>
                <Text className="table__cell">
                  {r.area}（{SOURCE_LABELS[r.areaSource] ?? r.areaSource}）{r.developer ? ' 开发商未售' : ''}
                </Text>
                <Text className="table__cell table__cell--wide">
                  {r.owners
                    .map(
                      (o) =>
                        `${o.name}${o.phoneMasked ? ` ${o.phoneMasked}` : ''}${o.idNumberMasked ? ` ${o.idNumberMasked}` : ''}`,
                    )
                    .join('、')}
                </Text>
                <Text className="table__cell">{r.change ? (CHANGE_LABELS[r.change] ?? r.change) : ''}</Text>
              </View>
            ))}
          </View>
        </View>
      ) : null}
      {confirming && !hasErrors ? (
        <View className="card confirm">
          <Text className="text">
            提交为名册变更提议？将新增 {s?.unitsCreated ?? 0} 套、更新 {s?.unitsUpdated ?? 0}{' '}
            套房屋的名册信息。提交后名册不会马上改变：须两位业委会委员（不含提议人）确认后才生效，受影响的业主会收到通知。
          </Text>
          <View className="row">
            <Button className="big-button half-button" size="large" onClick={() => setConfirming(false)}>
              取消
            </Button>
            <Button
              className="big-button half-button"
              type="primary"
              size="large"
              loading={working}
              onClick={onCommit}
              data-testid="roster-confirm"
            >
              提交提议
            </Button>
          </View>
        </View>
      ) : (
        <Button
          className="big-button"
          type="primary"
          size="large"
          block
          disabled={hasErrors || working}
          onClick={() => setConfirming(true)}
          data-testid="roster-commit"
        >
          {hasErrors ? '有问题未改正，不能提交' : '提交为变更提议'}
        </Button>
      )}
      <Button className="big-button" size="large" block onClick={onRestart}>
        重新选择文件
      </Button>
    </View>
  );
}

/**
 * Roster (committee, property manager): template → choose → preview with every bad row → propose; members confirm
 * pending proposals (two, not the proposer) and answer owners' objections; export.
 */
export default function Roster() {
  const { state, preview, propose, download, reset } = useRosterImport();
  const roles = useLedgerRoles();
  const review = useRosterReview(roles.ready);
  const choose = async () => {
    const file = await pickRosterFile();
    if (file) await preview(file.path, file.name);
  };
  const working = state.status === 'working';
  return (
    <View className={pageClass()}>
      {state.status === 'preview' ? (
        <Preview
          data={state.data}
          working={working}
          onCommit={() => void propose(state.data.id).then(() => review.reload())}
          onRestart={() => void choose()}
        />
      ) : state.status === 'proposed' ? (
        <View>
          <View className="card success" data-testid="roster-proposed">
            <Text className="title">已提交名册变更提议</Text>
            <Text className="text">
              名册还没有改变：须 {state.data.confirmationsNeeded} 位业委会委员（不含提议人）确认后才生效。
            </Text>
            <Counts
              items={[
                ['新增房屋', state.data.summary?.unitsCreated ?? 0],
                ['更新房屋', state.data.summary?.unitsUpdated ?? 0],
                ['业主变更', state.data.summary?.ownersChanged ?? 0],
              ]}
            />
          </View>
          <Button className="big-button" size="large" block onClick={reset}>
            完成
          </Button>
        </View>
      ) : (
        <View>
          <View className="card">
            <Text className="subtitle">导入业主名册</Text>
            <Text className="text">
              选择 Excel（.xlsx）或 .csv
              文件。先检查，列出每一行的问题；全部改正后可提交为变更提议，两位委员确认后生效。
            </Text>
            <Text className="muted">
              请使用名册模板：登记、实测、合同面积分列填写（计票按 登记 → 实测 → 合同
              取第一个有的），开发商未售房屋填“是”，单位业主填统一社会信用代码。
            </Text>
            <Button
              className="big-button"
              size="large"
              block
              disabled={working}
              onClick={() => void download('template')}
              data-testid="roster-template"
            >
              下载名册模板
            </Button>
            {process.env.TARO_ENV === 'weapp' ? (
              <Text className="muted">在微信中请先把名册文件发到聊天里，再从聊天中选择。</Text>
            ) : null}
            <Button
              className="big-button"
              type="primary"
              size="large"
              block
              loading={working}
              disabled={working}
              onClick={() => void choose()}
              data-testid="roster-choose"
            >
              选择名册文件
            </Button>
          </View>
          {working ? (
            <View className="card">
              <Loading type="circular" />
              <Text className="muted">正在{state.doing}…</Text>
            </View>
          ) : null}
        </View>
      )}
      {state.status === 'error' ? (
        <ErrorPanel error={state.error} httpStatus={state.httpStatus} doing={state.doing} />
      ) : null}
      {review.acting ? (
        <ErrorPanel error={review.acting.error} httpStatus={review.acting.httpStatus} doing={review.acting.doing} />
      ) : null}
      {review.pending.status === 'ok' && review.pending.data.length ? (
        <View>
          <Text className="subtitle">待确认的名册变更</Text>
          {review.pending.data.map((p) => (
            <PendingProposal
              key={p.id}
              data={p}
              canConfirm={roles.isCommittee && p.confirmerKind === 'committee'}
              busy={review.busy}
              onConfirm={() => void review.confirm(p.id)}
            />
          ))}
        </View>
      ) : null}
      {roles.isCommittee && review.objections.status === 'ok' && review.objections.data.length ? (
        <View>
          <Text className="subtitle">待答复的名册异议</Text>
          {review.objections.data.map((o) => (
            <ObjectionCard key={o.id} o={o} busy={review.busy} onAnswer={(d, text) => review.answer(o.id, d, text)} />
          ))}
        </View>
      ) : null}
      <View className="card">
        <Text className="subtitle">导出名册</Text>
        <Text className="muted">下载当前名册（Excel，手机号已打码）。</Text>
        <Button
          className="big-button"
          size="large"
          block
          disabled={working}
          onClick={() => void download('export')}
          data-testid="roster-export"
        >
          下载名册
        </Button>
      </View>
      <PrivacyPopup />
    </View>
  );
}
