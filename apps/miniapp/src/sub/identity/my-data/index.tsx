import { Text, View } from '@tarojs/components';
import { Button, Loading } from '@nutui/nutui-react-taro';
import { ErrorPanel } from '../../../components/ErrorPanel';
import { roleLabel } from '../../../features/home/entries';
import { formatDate, relationLabel, statusLabel, unitLabel } from '../../../features/identity/labels';
import { useExportPersonalData, usePersonalData, type PersonalData } from '../../../features/identity/usePersonalData';
import { ErasureRequest } from './ErasureRequest';
import { RosterChanges } from './RosterChanges';
import '../identity.scss';
import { pageClass } from '../../../features/settings/largeText';
import { PrivacyPopup } from '../../../components/PrivacyPopup';

const AREA_SOURCES: Record<string, string> = { registered: '登记面积', surveyed: '实测面积', contract: '合同面积' };
/** Audit actions by prefix, in plain words; the exact code stays in the export. */
const ACTION_AREAS: Array<[string, string]> = [
  ['auth.', '登录'],
  ['person.', '个人信息'],
  ['binding.', '房屋绑定'],
  ['ownership.', '房屋产权'],
  ['role.', '身份变更'],
  ['roster.', '业主名册'],
  ['repair.', '报修'],
  ['vote.', '业主表决'],
  ['ledger.', '公共收益'],
];
function actionLabel(action: string): string {
  return ACTION_AREAS.find(([p]) => action.startsWith(p))?.[1] ?? '其他操作';
}

function Row({ k, v }: { k: string; v: string }) {
  return (
    <View className="kv">
      <Text className="kv__k">{k}</Text>
      <Text className="kv__v">{v}</Text>
    </View>
  );
}

function Held({ data }: { data: PersonalData }) {
  const p = data.person;
  return (
    <View>
      <View className="card" data-testid="my-data-person">
        <Text className="subtitle">个人信息</Text>
        <Row k="姓名" v={p.name} />
        <Row k="手机号" v={p.phoneMasked ?? '未登记'} />
        <Row k="证件号" v={p.idNumberMasked ?? '未登记'} />
        <Row k="微信" v={p.wechatLinked ? '已关联（不保存微信号）' : '未关联'} />
        <Row k="注册时间" v={formatDate(p.createdAt)} />
      </View>
      <View className="card">
        <Text className="subtitle">所在小区与身份</Text>
        {data.communities.length ? (
          data.communities.map((c) => (
            <Row key={c.communityId} k={c.communityName} v={c.roles.map(roleLabel).join('、') || '暂无身份'} />
          ))
        ) : (
          <Text className="muted">未加入小区。</Text>
        )}
        {data.roles
          .filter((r) => !r.communityName)
          .map((r) => (
            <Row key={`${r.role}-${r.districtName ?? ''}`} k={r.districtName ?? '平台'} v={roleLabel(r.role)} />
          ))}
      </View>
      <View className="card">
        <Text className="subtitle">房屋绑定（{data.bindings.length}）</Text>
        {data.bindings.length ? (
          data.bindings.map((b) => (
            <Row
              key={b.id}
              k={`${b.communityName} ${unitLabel(b)}`}
              v={`${relationLabel(b.relation)} · ${statusLabel(b.status)}`}
            />
          ))
        ) : (
          <Text className="muted">没有绑定记录。</Text>
        )}
      </View>
      <View className="card">
        <Text className="subtitle">名册中的产权（{data.ownerships.length}）</Text>
        {data.ownerships.length ? (
          data.ownerships.map((o) => (
            <Row
              key={`${o.communityName}-${o.building}-${o.entrance}-${o.room}`}
              k={`${o.communityName} ${unitLabel(o)}`}
              v={`${o.area}㎡（${AREA_SOURCES[o.areaSource] ?? o.areaSource}）${o.designatedVoter ? ' · 投票人' : ''}`}
            />
          ))
        ) : (
          <Text className="muted">业主名册中没有您的产权记录。</Text>
        )}
      </View>
      <View className="card">
        <Text className="subtitle">与您有关的操作记录（{data.auditEntries.length}）</Text>
        {data.auditEntries.slice(0, 20).map((a) => (
          <Row
            key={a.id}
            k={formatDate(a.createdAt)}
            v={`${actionLabel(a.action)}${a.byYou ? '（本人）' : '（他人）'}`}
          />
        ))}
        {data.auditEntries.length > 20 ? (
          <Text className="muted">只显示最近 20 条，导出的文件里有全部记录。</Text>
        ) : null}
      </View>
    </View>
  );
}

/** 我的数据: what the platform holds about the person (PIPL Art. 45), an export, and deletion on request (Art. 47). */
export default function MyData() {
  const { state, reload } = usePersonalData();
  const exp = useExportPersonalData();
  return (
    <View className={pageClass()}>
      <View className="card">
        <Text className="subtitle">平台保存的您的信息</Text>
        <Text className="muted">手机号和证件号加密保存，只显示部分号码。您可以导出全部信息留存。</Text>
      </View>
      {state.status === 'idle' || state.status === 'loading' ? (
        <View className="card">
          <Loading type="circular" />
          <Text className="muted">正在读取…</Text>
        </View>
      ) : state.status === 'error' ? (
        <ErrorPanel
          error={state.error}
          httpStatus={state.httpStatus}
          doing="读取我的数据"
          onRetry={() => void reload()}
        />
      ) : (
        <Held data={state.data} />
      )}
      <RosterChanges />
      {exp.state.status === 'done' ? (
        <View className="card success">
          <Text className="text">
            {exp.state.how === 'download'
              ? '已开始下载（JSON 文件）。'
              : '已复制到剪贴板，可粘贴到微信“文件传输助手”保存。'}
          </Text>
        </View>
      ) : null}
      {exp.state.status === 'error' ? (
        <ErrorPanel error={exp.state.error} httpStatus={exp.state.httpStatus} doing="导出" />
      ) : null}
      <Button
        className="big-button"
        type="primary"
        size="large"
        block
        loading={exp.state.status === 'working'}
        disabled={state.status !== 'ok'}
        onClick={() => void exp.exportData(state.status === 'ok' ? state.data : undefined)}
        data-testid="export-my-data"
      >
        导出我的数据
      </Button>
      {state.status === 'ok' ? <ErasureRequest /> : null}
      <PrivacyPopup />
    </View>
  );
}
