import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { dateLabel, entryTitle, signedAmount, STATUS_LABEL } from '../format';
import type { LedgerEntry } from '../types';

export function openEntry(id: string) {
  void Taro.navigateTo({ url: `/sub/ledger/entry?id=${id}` });
}

/** One entry in a list: what, how much (signed), when, status. Tapping opens the detail. */
export function EntryItem({ entry }: { entry: LedgerEntry }) {
  const who = entry.kind === 'income' ? entry.counterparty : entry.payee;
  const adds = signedAmount(entry).startsWith('+');
  return (
    <View
      className="list-item ledger-item"
      hoverClass="list-item--hover"
      data-testid="ledger-entry"
      onClick={() => openEntry(entry.id)}
    >
      <View className="ledger-item__row">
        <Text className="subtitle ledger-item__title">{entryTitle(entry)}</Text>
        <Text className={`ledger-amount ${adds ? 'ledger-amount--in' : 'ledger-amount--out'}`}>
          {signedAmount(entry)}
        </Text>
      </View>
      <Text className="muted">
        {dateLabel(entry.bookedOn)}
        {who ? ` · ${who}` : ''}
      </Text>
      <View className="ledger-item__row">
        <Text className={`ledger-badge ledger-badge--${entry.status}`}>{STATUS_LABEL[entry.status]}</Text>
        {entry.reversedByEntryId ? <Text className="ledger-badge ledger-badge--rejected">已冲正</Text> : null}
      </View>
    </View>
  );
}
