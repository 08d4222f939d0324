import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import { describeError } from '../../../services/errors';
import type { ApiError } from '@gongzhi/api-client';
import { areaM2, CHOICE_LABELS, matterLabel, percent, receiptGroups, ruleName, thresholdWords } from '../format';
import type { AgendaItem, Choice, ItemResult, Turnout } from '../types';

export function StatusBadge({ status, label }: { status: string; label: string }) {
  const kind = status === 'open' ? 'open' : status === 'objection' || status === 'final' ? 'closed' : '';
  return (
    <Text className={`vote-badge ${kind ? `vote-badge--${kind}` : ''}`} data-testid="vote-status">
      {label}
    </Text>
  );
}

/** One agenda item with its matter type and what it needs to pass, in plain words. */
export function ItemCard({ item, children }: { item: AgendaItem; children?: ReactNode }) {
  return (
    <View className="card vote-item" data-testid={`item-${item.position}`}>
      <Text className="subtitle">
        第 {item.position} 项：{item.title}
      </Text>
      {item.description ? <Text className="text">{item.description}</Text> : null}
      <Text className="muted">事项类型：{matterLabel(item.matterType)}</Text>
      <Text className="vote-rule">通过条件：{thresholdWords(item.matterType)}。</Text>
      {children}
    </View>
  );
}

/** 同意 / 反对 / 弃权 as three big buttons. */
export function ChoiceButtons({
  value,
  onChange,
  testId,
}: {
  value: Choice | undefined;
  onChange: (c: Choice) => void;
  testId: string;
}) {
  return (
    <View className="vote-choices">
      {(['yes', 'no', 'abstain'] as const).map((c) => (
        <View
          key={c}
          className={`vote-choice vote-choice--${c} ${value === c ? 'vote-choice--on' : ''}`}
          data-testid={`${testId}-${c}`}
          onClick={() => onChange(c)}
        >
          {value === c ? '✓ ' : ''}
          {CHOICE_LABELS[c]}
        </View>
      ))}
    </View>
  );
}

export function ReceiptCode({ code }: { code: string }) {
  return (
    <View className="vote-receipt" data-testid="receipt-code" aria-label={code}>
      {receiptGroups(code).map((g, i) => (
        <Text key={i} className="vote-receipt__group">
          {g}
        </Text>
      ))}
    </View>
  );
}

/** Heads and area that took part, overall and per building (no choices). */
export function TurnoutCard({ t }: { t: Turnout }) {
  return (
    <View className="card" data-testid="turnout">
      <Text className="subtitle">投票进度</Text>
      <Text className="text">
        已投票人数：{t.votedHeads} / {t.totalHeads} 人（{percent(t.votedHeads, t.totalHeads)}）
      </Text>
      <View className="vote-bar">
        <View className="vote-bar__fill" style={{ width: percent(t.votedHeads, t.totalHeads) }} />
      </View>
      <Text className="text">
        已投票面积：{areaM2(t.votedArea)} / {areaM2(t.totalArea)}（{percent(t.votedArea, t.totalArea)}）
      </Text>
      <View className="vote-bar">
        <View className="vote-bar__fill" style={{ width: percent(t.votedArea, t.totalArea) }} />
      </View>
      <Text className="muted">两项都达到三分之二（66.7%），表决才有效。</Text>
      {t.buildings.map((b) => (
        <View key={b.buildingId} className="vote-row">
          <Text className="vote-row__label">{b.buildingName}</Text>
          <Text className="vote-row__cell">
            {b.headsVoted}/{b.heads} 人
          </Text>
          <Text className="vote-row__cell">{percent(b.areaVoted, b.area)} 面积</Text>
        </View>
      ))}
    </View>
  );
}

/** All figures of one item: yes / no / abstain / invalid in area and heads, participation, both totals, the rule and the verdict. */
export function ItemResultCard({ r }: { r: ItemResult }) {
  const rows: Array<[string, string, string, string]> = [
    ['同意', r.yesArea, r.yesHeads, 'yes'],
    ['反对', r.noArea, r.noHeads, 'no'],
    ['弃权', r.abstainArea, r.abstainHeads, 'abstain'],
    ['无效票', r.invalidArea, r.invalidHeads, 'invalid'],
    ['参与表决', r.pArea, r.pHeads, 'participated'],
    ['表决范围总数', r.totalArea, r.totalHeads, 'total'],
  ];
  return (
    <View className="card vote-item" data-testid={`result-${r.position}`}>
      <Text className="subtitle">
        第 {r.position} 项：{r.title}
      </Text>
      <Text className="muted">事项类型：{r.matterLabel}</Text>
      <Text className={`vote-verdict vote-verdict--${r.passed ? 'pass' : 'fail'}`} data-testid="verdict">
        {r.passed ? '✓ 通过' : '✗ 未通过'}
      </Text>
      <View className="vote-figures">
        <View className="vote-row">
          <Text className="vote-row__label"> </Text>
          <Text className="vote-row__cell">面积（平方米）</Text>
          <Text className="vote-row__cell">人数</Text>
        </View>
        {rows.map(([label, area, heads, key]) => (
          <View key={key} className="vote-row" data-testid={`fig-${key}`}>
            <Text className="vote-row__label">{label}</Text>
            <Text className="vote-row__cell" data-testid="area">
              {areaM2(area).replace(' 平方米', '')}
            </Text>
            <Text className="vote-row__cell" data-testid="heads">
              {heads}
            </Text>
          </View>
        ))}
      </View>
      <Text className="text">
        参与率：面积 {percent(r.pArea, r.totalArea)}，人数 {percent(r.pHeads, r.totalHeads)}（需均达到 66.7%：
        {r.quorumMet ? '已达到' : '未达到'}）
      </Text>
      <Text className="text">
        同意占参与：面积 {percent(r.yesArea, r.pArea)}，人数 {percent(r.yesHeads, r.pHeads)}
      </Text>
      <Text className="vote-rule">
        适用规则：{ruleName(r.thresholdRule)} — {thresholdWords(r.matterType)}。
      </Text>
      <Text className="muted" data-testid="reason">
        {r.reason}
      </Text>
    </View>
  );
}

export function ActionError({ error }: { error: ApiError }) {
  const t = describeError(error);
  return (
    <View role="alert">
      <Text className="vote-error" data-testid="action-error">
        {t.detail && t.detail !== t.title ? t.detail : t.title}
      </Text>
      <Text className="muted">{t.action}</Text>
    </View>
  );
}
