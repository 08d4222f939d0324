import { Image, Text, Textarea, View } from '@tarojs/components';
import { Button, Loading } from '@nutui/nutui-react-taro';
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import { useState } from 'react';
import type { ApiError } from '@gongzhi/api-client';
import { ErrorPanel } from '../../../components/ErrorPanel';
import { formatDate, relationLabel, unitLabel, type Binding } from '../../../features/identity/labels';
import { downloadFile } from '../../../services/transfer';
import { useDecideBinding, usePendingBindings } from '../../../features/identity/useBindings';
import '../identity.scss';
import { pageClass } from '../../../features/settings/largeText';

function DocumentView({ fileId }: { fileId: string }) {
  const [state, setState] = useState<
    | { status: 'idle' | 'loading' }
    | { status: 'ok'; path: string }
    | { status: 'error'; error: ApiError; httpStatus: number }
  >({
    status: 'idle',
  });
  const load = async () => {
    setState({ status: 'loading' });
    const got = await downloadFile(`/api/v1/files/${encodeURIComponent(fileId)}/content`);
    if (got.error) setState({ status: 'error', error: got.error, httpStatus: got.status });
    else setState({ status: 'ok', path: got.data.tempFilePath });
  };
  if (state.status === 'ok') {
    return (
      <View data-testid="document-view">
        <Image
          className="doc-image"
          mode="widthFix"
          src={state.path}
          onClick={() => void Taro.previewImage({ urls: [state.path] })}
        />
        <Text className="muted">点照片可放大查看。</Text>
      </View>
    );
  }
  return (
    <View>
      <Button
        className="big-button"
        size="large"
        block
        loading={state.status === 'loading'}
        onClick={() => void load()}
      >
        查看证明材料
      </Button>
      {state.status === 'error' ? (
        <ErrorPanel
          error={state.error}
          httpStatus={state.httpStatus}
          doing="打开证明材料"
          onRetry={() => void load()}
        />
      ) : null}
    </View>
  );
}

type Step = { kind: 'approve' } | { kind: 'reject'; reason: string; error?: string };

function Request({ b, onDecided }: { b: Binding; onDecided: (text: string) => void }) {
  const [step, setStep] = useState<Step | null>(null);
  const decide = useDecideBinding();
  const who = b.applicantName ?? '申请人';
  const unit = `${unitLabel(b)}`;
  const confirm = async () => {
    if (!step) return;
    if (step.kind === 'reject') {
      const reason = step.reason.trim();
      if (reason.length < 2) {
        setStep({ ...step, error: '请填写驳回理由（至少 2 个字），申请人会看到' });
        return;
      }
      if (await decide.reject(b.id, reason)) onDecided(`已驳回：${unit} ${who}`);
    } else {
      const after = await decide.approve(b.id);
      if (after?.status === 'approved') onDecided(`已通过：${unit} ${who}`);
      else if (after) onDecided(`已确认：${unit} ${who}，${after.waitingFor ?? '等待第二位委员确认'}`);
    }
  };
  const owner = b.relation === 'owner';
  return (
    <View className="card" data-testid="pending-request">
      <Text className="subtitle">{unit}</Text>
      <View className="kv">
        <Text className="kv__k">申请人</Text>
        <Text className="kv__v">{who}</Text>
      </View>
      <View className="kv">
        <Text className="kv__k">关系</Text>
        <Text className="kv__v">{relationLabel(b.relation)}</Text>
      </View>
      <View className="kv">
        <Text className="kv__k">手机号</Text>
        <Text className="kv__v">{b.applicantPhone ?? '未填写'}</Text>
      </View>
      <View className="kv">
        <Text className="kv__k">与名册</Text>
        <Text className="kv__v">{b.matchesRoster ? '手机号与名册业主一致' : '手机号不在名册中，请核对材料'}</Text>
      </View>
      <View className="kv">
        <Text className="kv__k">提交时间</Text>
        <Text className="kv__v">{formatDate(b.createdAt)}</Text>
      </View>
      {owner ? (
        <View className="kv" data-testid="owner-approvals">
          <Text className="kv__k">确认进度</Text>
          <Text className="kv__v">
            {b.waitingFor ?? '等待委员确认'}（已确认 {b.approvals}/{b.approvalsRequired} 位委员）
          </Text>
        </View>
      ) : null}
      {b.documentFileId ? (
        <DocumentView fileId={b.documentFileId} />
      ) : (
        <Text className="muted">没有上传证明材料。</Text>
      )}

      {b.approvedByMe ? (
        <View className="card" data-testid="awaiting-second">
          <Text className="text">您已确认这份业主身份申请，{b.waitingFor ?? '等待第二位委员确认'}。</Text>
          <Text className="muted">业主身份须两位业委会委员分别确认，物业不能确认。</Text>
        </View>
      ) : step === null ? (
        <View className="row">
          <Button
            className="big-button half-button"
            type="primary"
            size="large"
            onClick={() => setStep({ kind: 'approve' })}
            data-testid="approve"
          >
            通过
          </Button>
          <Button
            className="big-button half-button"
            type="danger"
            size="large"
            onClick={() => setStep({ kind: 'reject', reason: '' })}
            data-testid="reject"
          >
            驳回
          </Button>
        </View>
      ) : (
        <View className="card confirm" data-testid="confirm-step">
          {step.kind === 'approve' ? (
            owner ? (
              <Text className="text">
                确认{who}是 {unit} 的业主？业主身份须两位业委会委员分别核对材料后确认；第二位委员确认后，{who}
                可以报修、查看小区信息、参与业主表决（包括正在进行的表决）。
              </Text>
            ) : (
              <Text className="text">
                确认通过？{who}将以“{relationLabel(b.relation)}”身份绑定 {unit}，可以报修、查看小区信息。
              </Text>
            )
          ) : (
            <View className="field">
              <Text className="field__label">驳回理由（申请人会看到）</Text>
              <Textarea
                className="field-textarea"
                value={step.reason}
                placeholder="例如：房号与名册不符，请上传房产证照片"
                maxlength={200}
                onInput={(e) => setStep({ kind: 'reject', reason: e.detail.value })}
              />
              {step.error ? <Text className="field__error">{step.error}</Text> : null}
            </View>
          )}
          {decide.state.status === 'error' ? (
            <ErrorPanel error={decide.state.error} httpStatus={decide.state.httpStatus} doing="提交审核结果" />
          ) : null}
          <View className="row">
            <Button
              className="big-button half-button"
              size="large"
              onClick={() => {
                setStep(null);
                decide.reset();
              }}
            >
              取消
            </Button>
            <Button
              className="big-button half-button"
              type={step.kind === 'approve' ? 'primary' : 'danger'}
              size="large"
              loading={decide.state.status === 'working'}
              onClick={() => void confirm()}
              data-testid="confirm-decision"
            >
              {step.kind === 'approve' ? (owner ? '确认业主身份' : '确认通过') : '确认驳回'}
            </Button>
          </View>
        </View>
      )}
    </View>
  );
}

/** Committee and property manager: binding requests of the active community, approve or reject with a reason. */
export default function Approvals() {
  const [refreshKey, setRefreshKey] = useState(0);
  const [message, setMessage] = useState<string | null>(null);
  const { state, reload } = usePendingBindings(refreshKey);
  usePullDownRefresh(async () => {
    await reload();
    Taro.stopPullDownRefresh();
  });
  return (
    <View className={pageClass()}>
      {message ? (
        <View className="card success" data-testid="decision-done">
          <Text className="text">{message}</Text>
        </View>
      ) : null}
      {state.status === 'idle' || state.status === 'loading' ? (
        <View className="card">
          <Loading type="circular" />
          <Text className="muted">正在读取待审核的申请…</Text>
        </View>
      ) : state.status === 'error' ? (
        <ErrorPanel
          error={state.error}
          httpStatus={state.httpStatus}
          doing="读取待审核的申请"
          onRetry={() => void reload()}
        />
      ) : state.data.length === 0 ? (
        <View className="card" data-testid="no-pending">
          <Text className="subtitle">没有待审核的申请</Text>
          <Text className="muted">住户提交绑定申请后会出现在这里。下拉可刷新。</Text>
        </View>
      ) : (
        <>
          <Text className="section-title">待审核（{state.data.length}）</Text>
          {state.data.map((b) => (
            <Request
              key={b.id}
              b={b}
              onDecided={(text) => {
                setMessage(text);
                setRefreshKey((k) => k + 1);
              }}
            />
          ))}
        </>
      )}
    </View>
  );
}
