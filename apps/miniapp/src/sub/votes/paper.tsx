import { Input, Text, View } from '@tarojs/components';
import { Button, Loading } from '@nutui/nutui-react-taro';
import { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import type { ApiError } from '@gongzhi/api-client';
import { ErrorPanel } from '../../components/ErrorPanel';
import { ActionError, ChoiceButtons, ReceiptCode } from '../../features/votes/components/VoteBits';
import { chooseAndUpload } from '../../features/votes/files';
import { CHOICE_LABELS, areaM2 } from '../../features/votes/format';
import type { BallotUnit, CastReceipt, Choice, FileInfo } from '../../features/votes/types';
import { enterPaperBallot, useAction, useBallotUnits, useResolution } from '../../features/votes/useVotes';
import '../../features/votes/votes.scss';
import { pageClass } from '../../features/settings/largeText';
import { PrivacyPopup } from '../../components/PrivacyPopup';

/** A committee member enters a paper ballot or a written-proxy ballot: unit, choices, scan, witness (and proxy). */
export default function Paper() {
  const { params } = useRouter();
  const id = params.id ?? '';
  const q = useResolution(id);
  const units = useBallotUnits(id, true);
  const [search, setSearch] = useState('');
  const [unit, setUnit] = useState<BallotUnit>();
  const [channel, setChannel] = useState<'paper' | 'proxy'>('paper');
  const [choices, setChoices] = useState<Record<string, Choice>>({});
  const [scan, setScan] = useState<FileInfo>();
  const [proxyDoc, setProxyDoc] = useState<FileInfo>();
  const [witness, setWitness] = useState('');
  const [proxyName, setProxyName] = useState('');
  const [uploadError, setUploadError] = useState<ApiError>();
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState<CastReceipt>();
  const save = useAction(enterPaperBallot);
  if (q.state.status === 'error')
    return (
      <View className={pageClass()}>
        <ErrorPanel
          error={q.state.error}
          httpStatus={q.state.httpStatus}
          doing="读取表决"
          onRetry={() => void q.reload()}
        />
      </View>
    );
  if (q.state.status !== 'ok')
    return (
      <View className={pageClass()}>
        <Loading type="circular" />
      </View>
    );
  const r = q.state.data;
  const reset = () => {
    setUnit(undefined);
    setChoices({});
    setScan(undefined);
    setProxyDoc(undefined);
    setWitness('');
    setProxyName('');
    setConfirming(false);
    setDone(undefined);
    save.reset();
    void units.reload();
  };
  const pick = async (purpose: 'ballot_scan' | 'proxy_document', set: (f: FileInfo) => void) => {
    const res = await chooseAndUpload(purpose);
    if (!res) return;
    if (res.error) setUploadError(res.error);
    else {
      setUploadError(undefined);
      set(res.data);
    }
  };

  if (done) {
    return (
      <View className={pageClass()}>
        <View className="card" data-testid="paper-done">
          <Text className="title">✓ 已录入</Text>
          <Text className="text">
            {unit?.buildingName} {unit?.room}（{channel === 'proxy' ? '书面委托' : '纸质票'}）
          </Text>
          <Text className="text">回执码（请写在纸质票上交给业主）：</Text>
          <ReceiptCode code={done.receipt} />
        </View>
        <Button className="big-button" type="primary" size="large" block data-testid="paper-next" onClick={reset}>
          录入下一张
        </Button>
      </View>
    );
  }

  const term = search.trim();
  const all = units.state.status === 'ok' ? units.state.data : [];
  const matches = term ? all.filter((u) => `${u.buildingName}${u.room}`.includes(term)).slice(0, 12) : [];
  const complete =
    unit &&
    r.items.every((it) => choices[it.id]) &&
    scan &&
    witness.trim() &&
    (channel === 'paper' || (proxyName.trim() && proxyDoc));

  if (confirming && unit) {
    return (
      <View className={pageClass()}>
        <View className="card" data-testid="paper-confirm">
          <Text className="title">请核对纸质票</Text>
          <Text className="text">
            房屋：{unit.buildingName} {unit.room}（{areaM2(unit.area)}）
          </Text>
          <Text className="text">
            方式：{channel === 'proxy' ? `书面委托，受托人 ${proxyName}` : '纸质票'}；见证人：{witness}
          </Text>
          {r.items.map((it) => (
            <View key={it.id} className="vote-row">
              <Text className="vote-row__label">
                第 {it.position} 项：{it.title}
              </Text>
              <Text className={`vote-picked vote-picked--${choices[it.id]}`}>{CHOICE_LABELS[choices[it.id]!]}</Text>
            </View>
          ))}
          <Text className="text">录入后不能修改，请与纸质票逐项核对。</Text>
        </View>
        {save.state.status === 'error' ? <ActionError error={save.state.error} /> : null}
        <Button
          className="big-button"
          type="primary"
          size="large"
          block
          data-testid="paper-submit"
          loading={save.state.status === 'working'}
          onClick={async () => {
            const res = await save.go(r.id, {
              unitId: unit.unitId,
              channel,
              choices: r.items.map((it) => ({ itemId: it.id, choice: choices[it.id]! })),
              scanFileId: scan!.id,
              witnessName: witness.trim(),
              proxyName: channel === 'proxy' ? proxyName.trim() : undefined,
              proxyDocumentFileId: channel === 'proxy' ? proxyDoc!.id : undefined,
              spoilt: false,
              confirm: true,
            });
            if (res) setDone(res);
          }}
        >
          确认录入
        </Button>
        <Button
          className="big-button"
          size="large"
          block
          onClick={() => {
            save.reset();
            setConfirming(false);
          }}
        >
          返回修改
        </Button>
      </View>
    );
  }

  return (
    <View className={pageClass()}>
      <View className="card">
        <Text className="title">录入纸质票 / 委托票</Text>
        <Text className="text">{r.title}</Text>
        <Text className="vote-field-label">1. 选择房屋</Text>
        {unit ? (
          <View className="list-item list-item--on" data-testid="paper-unit">
            <Text className="subtitle">
              {unit.buildingName} {unit.room}
            </Text>
            <Text className="text">{areaM2(unit.area)}</Text>
            {unit.ownerName ? (
              <Text className="text" data-testid="paper-owner-name">
                名册上的业主：{unit.ownerName}。请核对纸质票上的签名是否为本人。
              </Text>
            ) : null}
            <Text className="muted">
              录入后须由另一名委员（不是您，也不是见证人）打开扫描件核对确认，这张票才计入；业主会收到通知。
            </Text>
            <Button className="big-button" size="large" block onClick={() => setUnit(undefined)}>
              换一套房屋
            </Button>
          </View>
        ) : (
          <>
            <View data-testid="paper-search">
              <Input
                className="vote-input"
                value={search}
                placeholder="输入楼栋或房号，如 3幢1单元201"
                onInput={(e) => setSearch(e.detail.value)}
              />
            </View>
            {units.state.status === 'error' ? <ActionError error={units.state.error} /> : null}
            {term && matches.length === 0 && units.state.status === 'ok' ? (
              <Text className="muted">没有找到，请换个写法（如只输入房号 201）。</Text>
            ) : null}
            {matches.map((u) => (
              <View
                key={u.unitId}
                className="list-item"
                hoverClass="list-item--hover"
                data-testid="paper-unit-option"
                onClick={() => setUnit(u)}
              >
                <Text className="text">
                  {u.buildingName} {u.room}（{areaM2(u.area)}）
                </Text>
              </View>
            ))}
          </>
        )}
        <Text className="vote-field-label">2. 投票方式</Text>
        <View
          className={`vote-chip ${channel === 'paper' ? 'vote-chip--on' : ''}`}
          data-testid="channel-paper"
          onClick={() => setChannel('paper')}
        >
          纸质票（含协助投票）
        </View>
        <View
          className={`vote-chip ${channel === 'proxy' ? 'vote-chip--on' : ''}`}
          data-testid="channel-proxy"
          onClick={() => setChannel('proxy')}
        >
          书面委托
        </View>
      </View>

      <Text className="subtitle">3. 按纸质票选择</Text>
      {r.items.map((it) => (
        <View key={it.id} className="card vote-item">
          <Text className="subtitle">
            第 {it.position} 项：{it.title}
          </Text>
          <ChoiceButtons
            value={choices[it.id]}
            testId={`paper-choice-${it.position}`}
            onChange={(c) => setChoices({ ...choices, [it.id]: c })}
          />
        </View>
      ))}

      <View className="card">
        <Text className="vote-field-label">4. 表决票扫描件</Text>
        {scan ? (
          <Text className="vote-ok" data-testid="scan-uploaded">
            ✓ 已上传：{scan.originalName ?? '扫描件'}
          </Text>
        ) : null}
        <Button
          className="big-button"
          size="large"
          block
          data-testid="upload-scan"
          onClick={() => void pick('ballot_scan', setScan)}
        >
          {scan ? '重新上传扫描件' : '拍照或上传扫描件'}
        </Button>
        <Text className="vote-field-label">见证人姓名</Text>
        <View data-testid="witness">
          <Input className="vote-input" value={witness} maxlength={50} onInput={(e) => setWitness(e.detail.value)} />
        </View>
        {channel === 'proxy' ? (
          <>
            <Text className="vote-field-label">受托人姓名</Text>
            <View data-testid="proxy-name">
              <Input
                className="vote-input"
                value={proxyName}
                maxlength={50}
                onInput={(e) => setProxyName(e.detail.value)}
              />
            </View>
            <Text className="vote-field-label">书面委托书</Text>
            {proxyDoc ? (
              <Text className="vote-ok" data-testid="proxy-uploaded">
                ✓ 已上传：{proxyDoc.originalName ?? '委托书'}
              </Text>
            ) : null}
            <Button
              className="big-button"
              size="large"
              block
              data-testid="upload-proxy"
              onClick={() => void pick('proxy_document', setProxyDoc)}
            >
              {proxyDoc ? '重新上传委托书' : '拍照或上传委托书'}
            </Button>
          </>
        ) : null}
        {uploadError ? <ActionError error={uploadError} /> : null}
      </View>
      <Button
        className="big-button"
        type="primary"
        size="large"
        block
        disabled={!complete}
        data-testid="paper-review"
        onClick={() => setConfirming(true)}
      >
        下一步：核对
      </Button>
      <PrivacyPopup />
    </View>
  );
}
