import { Text, View } from '@tarojs/components';
import { Button, Loading } from '@nutui/nutui-react-taro';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { ErrorPanel } from '../../../components/ErrorPanel';
import { unitLabel } from '../../../features/identity/labels';
import { useRosterImport, type RosterImport } from '../../../features/identity/useRoster';
import '../identity.scss';

const CHANGE_LABELS: Record<string, string> = { new: '新增', updated: '更新', unchanged: '不变' };
const KIND_LABELS: Record<string, string> = { flat: '住宅', shop: '商铺', parking: '车位' };
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
  } catch {
    return null; // cancelled
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
          <Text className="muted">在 Excel 中改好后重新选择文件。行号与表格一致（表头为第 1 行）。</Text>
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
                <Text className="table__cell">{r.area}</Text>
                <Text className="table__cell table__cell--wide">
                  {r.owners.map((o) => `${o.name}${o.phoneMasked ? ` ${o.phoneMasked}` : ''}`).join('、')}
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
            确认导入？将新增 {s?.unitsCreated ?? 0} 套、更新 {s?.unitsUpdated ?? 0}{' '}
            套房屋的名册信息。导入会记入操作日志。
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
              确认导入
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
          {hasErrors ? '有问题未改正，不能导入' : '导入名册'}
        </Button>
      )}
      <Button className="big-button" size="large" block onClick={onRestart}>
        重新选择文件
      </Button>
    </View>
  );
}

/** Roster import (committee, property manager): choose → preview with every bad row → commit → counts; export. */
export default function Roster() {
  const { state, preview, commit, exportRoster, reset } = useRosterImport();
  const choose = async () => {
    const file = await pickRosterFile();
    if (file) await preview(file.path, file.name);
  };
  const working = state.status === 'working';
  return (
    <View className="page">
      {state.status === 'preview' ? (
        <Preview
          data={state.data}
          working={working}
          onCommit={() => void commit(state.data.id)}
          onRestart={() => void choose()}
        />
      ) : state.status === 'committed' ? (
        <View>
          <View className="card success" data-testid="roster-committed">
            <Text className="title">名册已导入</Text>
            <Counts
              items={[
                ['新增房屋', state.data.summary?.unitsCreated ?? 0],
                ['更新房屋', state.data.summary?.unitsUpdated ?? 0],
                ['没有变化', state.data.summary?.unchanged ?? 0],
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
              选择 Excel（.xlsx）或 .csv 文件。先检查，列出每一行的问题；全部改正后才能导入。
            </Text>
            <Text className="muted">
              表头：楼栋、单元、房号、面积、面积来源（登记/实测/合同）、业主姓名、手机号、共有人、类型（住宅/商铺/车位）。
            </Text>
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
      <View className="card">
        <Text className="subtitle">导出名册</Text>
        <Text className="muted">下载当前名册（Excel，手机号已打码）。</Text>
        <Button
          className="big-button"
          size="large"
          block
          disabled={working}
          onClick={() => void exportRoster()}
          data-testid="roster-export"
        >
          下载名册
        </Button>
      </View>
    </View>
  );
}
