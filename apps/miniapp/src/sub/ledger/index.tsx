import { Text, View } from '@tarojs/components';
import { Button, Loading } from '@nutui/nutui-react-taro';
import Taro, { useDidShow } from '@tarojs/taro';
import { useState } from 'react';
import { ErrorPanel } from '../../components/ErrorPanel';
import { MonthBars } from '../../features/ledger/components/MonthBars';
import { dateLabel, shortHash, todayInChina, yuan } from '../../features/ledger/format';
import type { VerifyReport } from '../../features/ledger/types';
import { ledgerActions, useAction, useBalance } from '../../features/ledger/useLedger';
import { useLedgerRoles } from '../../features/ledger/useLedgerRoles';
import '../../features/ledger/ledger.scss';
import { pageClass } from '../../features/settings/largeText';

const go = (url: string) => void Taro.navigateTo({ url });

/** 「核验账本」: the API recomputes every hash; the answer in plain words. */
function VerifyBox() {
  const verify = useAction(ledgerActions.verify);
  const [report, setReport] = useState<VerifyReport>();
  return (
    <View className="card">
      <Text className="subtitle">账本是否被改动过？</Text>
      <Text className="muted">每笔入账都和上一笔“锁”在一起，改动或删除任何一笔都会被发现。</Text>
      <Button
        className="big-button"
        type="primary"
        size="large"
        block
        data-testid="ledger-verify"
        loading={verify.state.status === 'working'}
        onClick={async () => setReport(await verify.go())}
      >
        核验账本
      </Button>
      {verify.state.status === 'error' ? (
        <ErrorPanel error={verify.state.error} httpStatus={verify.state.httpStatus} doing="核验账本" />
      ) : null}
      {report && verify.state.status === 'done' ? (
        <View data-testid="ledger-verify-result">
          {report.ok ? (
            <>
              <Text className="text ledger-ok">核验通过：账本完整，没有被改动或删除的记录。</Text>
              <Text className="text">共 {report.length} 笔入账记录，已逐笔重新计算核对。</Text>
              {report.length > 0 ? (
                <Text className="ledger-hash">
                  最新一笔（第 {report.headSeq} 笔）的校验码：{shortHash(report.headHash)}
                </Text>
              ) : null}
            </>
          ) : (
            <>
              <Text className="text ledger-bad">
                核验发现问题：从第 {report.brokenAt.seq} 笔记录起，账本与原始记录对不上。
              </Text>
              <Text className="text">{report.reason}</Text>
              <Text className="text">请截图保存，并告知业委会和社区。</Text>
            </>
          )}
        </View>
      ) : null}
    </View>
  );
}

export default function LedgerHome() {
  const balance = useBalance();
  const roles = useLedgerRoles();
  useDidShow(() => void balance.reload());
  const s = balance.state;
  return (
    <View className={pageClass()}>
      <View className="card" data-testid="ledger-balance-card">
        <Text className="title">{roles.communityName ? `${roles.communityName} · ` : ''}公共收益</Text>
        <Text className="muted">截至 {dateLabel(todayInChina())}，公共收益账户余额</Text>
        {s.status === 'ok' ? (
          <>
            <Text className="ledger-balance" data-testid="ledger-balance">
              {yuan(s.data.balanceFen)}
            </Text>
            <Text className="muted">共 {s.data.postingCount} 笔已入账</Text>
          </>
        ) : s.status === 'error' ? null : (
          <Loading type="circular" />
        )}
      </View>
      {s.status === 'error' ? (
        <ErrorPanel error={s.error} httpStatus={s.httpStatus} doing="读取余额" onRetry={() => void balance.reload()} />
      ) : null}
      {s.status === 'ok' ? (
        <View className="card">
          <Text className="subtitle">近 6 个月收支</Text>
          {s.data.postingCount === 0 ? (
            <Text className="muted">还没有入账记录。物业或业委会录入并审核后会显示在这里。</Text>
          ) : (
            <MonthBars months={s.data.months} />
          )}
        </View>
      ) : null}

      <View className="grid">
        <View className="grid-item" hoverClass="grid-item--hover" onClick={() => go('/sub/ledger/entries')}>
          <Text className="grid-item__label">账目明细</Text>
          <Text className="grid-item__hint">每一笔收入和支出</Text>
        </View>
        <View className="grid-item" hoverClass="grid-item--hover" onClick={() => go('/sub/ledger/statements')}>
          <Text className="grid-item__label">收支公示</Text>
          <Text className="grid-item__hint">每半年的收支情况</Text>
        </View>
        <View className="grid-item" hoverClass="grid-item--hover" onClick={() => go('/sub/ledger/questions')}>
          <Text className="grid-item__label">提问与答复</Text>
          <Text className="grid-item__hint">业主的疑问和业委会的答复</Text>
        </View>
        {roles.canDraft ? (
          <View className="grid-item" hoverClass="grid-item--hover" onClick={() => go('/sub/ledger/drafts')}>
            <Text className="grid-item__label">我的草稿</Text>
            <Text className="grid-item__hint">提交审核、修改退回的</Text>
          </View>
        ) : null}
        {roles.isCommittee ? (
          <View className="grid-item" hoverClass="grid-item--hover" onClick={() => go('/sub/ledger/approvals')}>
            <Text className="grid-item__label">待审批</Text>
            <Text className="grid-item__hint">审核后入账</Text>
          </View>
        ) : null}
      </View>
      {roles.canDraft ? (
        <Button
          className="big-button"
          type="primary"
          size="large"
          block
          data-testid="ledger-new"
          onClick={() => go('/sub/ledger/form')}
        >
          记一笔账
        </Button>
      ) : null}
      <VerifyBox />
    </View>
  );
}
