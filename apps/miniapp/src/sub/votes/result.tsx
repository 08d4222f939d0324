import { Input, Text, Textarea, View } from '@tarojs/components';
import { Button, Loading } from '@nutui/nutui-react-taro';
import { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { ErrorPanel } from '../../components/ErrorPanel';
import { ActionError, ItemResultCard } from '../../features/votes/components/VoteBits';
import { openDownload } from '../../features/votes/files';
import { areaM2, chinaDateTime } from '../../features/votes/format';
import type { ReceiptCheck } from '../../features/votes/types';
import {
  checkReceipt,
  fileObjection,
  useAction,
  useObjections,
  useParticipation,
  useResolution,
  useResult,
  useVoteRoles,
} from '../../features/votes/useVotes';
import '../../features/votes/votes.scss';
import { pageClass } from '../../features/settings/largeText';

/** Result (preliminary in the objection period, then final), participation list with receipt check, objections, exports. */
export default function ResultPage() {
  const { params } = useRouter();
  const id = params.id ?? '';
  const roles = useVoteRoles();
  const rq = useResolution(id);
  const res = useResult(id);
  const list = useParticipation(id, true);
  const objections = useObjections(id, true);
  const [code, setCode] = useState('');
  const [checked, setChecked] = useState<ReceiptCheck>();
  const [reasons, setReasons] = useState('');
  const [exportError, setExportError] = useState(false);
  const check = useAction((c: string) => checkReceipt(id, c));
  const object = useAction((text: string) => fileObjection(id, text));
  if (res.state.status === 'error')
    return (
      <View className={pageClass()}>
        <ErrorPanel
          error={res.state.error}
          httpStatus={res.state.httpStatus}
          doing="读取表决结果"
          onRetry={() => void res.reload()}
        />
      </View>
    );
  if (res.state.status !== 'ok')
    return (
      <View className={pageClass()}>
        <Loading type="circular" />
      </View>
    );
  const result = res.state.data;
  const r = rq.state.status === 'ok' ? rq.state.data : undefined;
  const rows = list.state.status === 'ok' ? list.state.data : [];
  const row = checked?.found ? rows.find((x) => x.receipt === checked.receipt) : undefined;
  const inObjection = result.stage === 'preliminary' && !!result.objectionEndsAt;
  return (
    <View className={pageClass()}>
      <View className="card">
        <Text className="title">{r?.title ?? '表决结果'}</Text>
        <Text className="subtitle" data-testid="result-stage">
          {result.stage === 'final' ? '最终结果' : '初步结果（询异期）'}
        </Text>
        {inObjection ? (
          <Text className="text">
            询异期至 {chinaDateTime(result.objectionEndsAt, true)}。对结果有异议的业主可在此期间提出。
          </Text>
        ) : null}
        <Text className="muted">
          面积单位：平方米。“表决范围总数”和“参与表决”是两个分母：先看参与是否达到总数的三分之二，再看同意是否达到参与者的要求。
        </Text>
      </View>
      {result.items.map((it) => (
        <ItemResultCard key={it.itemId} r={it} />
      ))}

      <View className="card" data-testid="participation">
        <Text className="subtitle">核对回执</Text>
        <Text className="text">输入您的回执码（如 7K3M-Q9ZD-W2XA），在参与名单中查找。</Text>
        <View data-testid="receipt-input">
          <Input
            className="vote-input"
            value={code}
            placeholder="回执码"
            maxlength={20}
            onInput={(e) => setCode(e.detail.value)}
          />
        </View>
        <Button
          className="big-button"
          type="primary"
          size="large"
          block
          data-testid="find-receipt"
          disabled={code.trim().length < 12}
          loading={check.state.status === 'working'}
          onClick={async () => setChecked(await check.go(code.trim()))}
        >
          核对回执
        </Button>
        {check.state.status === 'error' ? <ActionError error={check.state.error} /> : null}
        {checked ? (
          row ? (
            <Text className="vote-ok" data-testid="receipt-row">
              ✓ {row.buildingName} {row.room}（{areaM2(row.area)}）已参与表决，回执 {row.receipt}
              {checked.counted ? '，已计入结果' : ''}
            </Text>
          ) : (
            <Text className="vote-error" data-testid="receipt-missing">
              参与名单中没有找到回执码 {checked.receipt}，请核对后联系业委会。
            </Text>
          )
        ) : null}
        <Text className="muted">
          参与名单共 {rows.length} 户，其中 {rows.filter((x) => x.tookPart).length}{' '}
          户已参与（只公布房号、面积和回执码，不公布姓名和意见）。
        </Text>
      </View>

      <View className="card" data-testid="objections">
        <Text className="subtitle">异议</Text>
        {objections.state.status === 'ok' && objections.state.data.length === 0 ? (
          <Text className="muted">目前没有业主提出异议。</Text>
        ) : null}
        {objections.state.status === 'ok'
          ? objections.state.data.map((o) => (
              <View key={o.id} className="vote-row" style={{ display: 'block' }}>
                <Text className="text">
                  {o.mine ? '（我提出的）' : ''}
                  {o.reasons}
                </Text>
                <Text className="muted">{o.answer ? `业委会答复：${o.answer}` : '等待业委会答复'}</Text>
              </View>
            ))
          : null}
        {inObjection && roles.owner && object.state.status !== 'done' ? (
          <>
            <Text className="vote-field-label">我对结果有异议</Text>
            <View data-testid="objection-input">
              <Textarea
                className="vote-input vote-textarea"
                value={reasons}
                placeholder="请写明理由（至少 5 个字）"
                maxlength={2000}
                onInput={(e) => setReasons(e.detail.value)}
              />
            </View>
            {object.state.status === 'error' ? <ActionError error={object.state.error} /> : null}
            <Button
              className="big-button"
              type="primary"
              size="large"
              block
              disabled={reasons.trim().length < 5}
              data-testid="file-objection"
              loading={object.state.status === 'working'}
              onClick={async () => {
                if (await object.go(reasons.trim())) void objections.reload();
              }}
            >
              提交异议
            </Button>
          </>
        ) : null}
        {object.state.status === 'done' ? <Text className="vote-ok">✓ 异议已提交，业委会将答复。</Text> : null}
      </View>

      <View className="card">
        <Text className="subtitle">下载和打印</Text>
        <Button
          className="big-button"
          size="large"
          block
          data-testid="export-html"
          onClick={async () =>
            setExportError(!(await openDownload(`/api/v1/resolutions/${id}/export.html`, '表决结果公告.html')))
          }
        >
          表决结果公告（可打印）
        </Button>
        <Button
          className="big-button"
          size="large"
          block
          data-testid="export-xlsx"
          onClick={async () =>
            setExportError(!(await openDownload(`/api/v1/resolutions/${id}/tally.xlsx`, '计票表.xlsx', 'xlsx')))
          }
        >
          计票表（Excel）
        </Button>
        {exportError ? <Text className="vote-error">文件没有打开，请稍后再试。</Text> : null}
      </View>
    </View>
  );
}
