import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { monthLabel, yuan } from '../format';

interface Month {
  month: string;
  incomeFen: string;
  expenseFen: string;
}

// Fen as numbers (no BigInt on older phones); a bar height needs no exactness, the figures shown use yuan().
const big = (fen: string) => (/^-?\d+$/.test(fen) ? Number(fen) : 0);
const abs = (v: number) => Math.abs(v);

/** Bar height in tenths of a percent of the tallest bar. */
function share(v: number, max: number): string {
  if (max === 0 || v === 0) return '0%';
  const tenths = Math.floor((abs(v) * 1000) / max);
  return `${Math.max(tenths / 10, 2)}%`;
}

/** Income and expense per month as plain bars (no chart library). Tap a month to read its figures. */
export function MonthBars({ months }: { months: Month[] }) {
  const shown = months.slice(-6);
  const [picked, setPicked] = useState(shown.length - 1);
  const max = shown.reduce(
    (m, x) => [abs(big(x.incomeFen)), abs(big(x.expenseFen)), m].reduce((a, b) => (a > b ? a : b)),
    0,
  );
  const current = shown[picked] ?? shown[shown.length - 1];
  return (
    <View className="ledger-chart" data-testid="ledger-chart">
      <View className="ledger-chart__legend">
        <View className="ledger-chart__key ledger-chart__key--in" />
        <Text className="muted">收入</Text>
        <View className="ledger-chart__key ledger-chart__key--out" />
        <Text className="muted">支出</Text>
      </View>
      <View className="ledger-chart__plot">
        {shown.map((m, i) => (
          <View
            key={m.month}
            className={`ledger-chart__month ${i === picked ? 'ledger-chart__month--picked' : ''}`}
            onClick={() => setPicked(i)}
          >
            <View className="ledger-chart__bars">
              <View
                className="ledger-chart__bar ledger-chart__bar--in"
                style={{ height: share(big(m.incomeFen), max) }}
              />
              <View
                className="ledger-chart__bar ledger-chart__bar--out"
                style={{ height: share(big(m.expenseFen), max) }}
              />
            </View>
            <Text className="ledger-chart__label">{Number(m.month.slice(5))}月</Text>
          </View>
        ))}
      </View>
      {current ? (
        <Text className="text" data-testid="ledger-chart-month">
          {monthLabel(current.month)}：收入 {yuan(current.incomeFen)}，支出 {yuan(current.expenseFen)}
        </Text>
      ) : null}
    </View>
  );
}
