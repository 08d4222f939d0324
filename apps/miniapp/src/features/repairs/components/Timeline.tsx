import { Text, View } from '@tarojs/components';
import { timeLabel } from '../format';
import type { TimelineEvent } from '../types';
import { PhotoGrid } from './Photos';

const ROLE: Record<string, string> = { reporter: '报修人', staff: '物业维修', manager: '物业经理', system: '系统' };

/** Every step of a ticket: what happened, who, when, the note and photos. Oldest first. */
export function Timeline({ events }: { events: TimelineEvent[] }) {
  return (
    <View className="card" data-testid="rp-timeline">
      <Text className="subtitle">处理记录</Text>
      <View className="rp-timeline">
        {events.map((e) => (
          <View key={e.id} className="rp-event" data-testid="rp-event">
            <Text className="rp-event__title">
              {e.action === 'submit' ? '提交报修' : e.actionLabel}
              {e.fromStatus !== e.toStatus ? ` → ${e.toStatusLabel}` : ''}
            </Text>
            <Text className="rp-event__meta">
              {timeLabel(e.at)} · {ROLE[e.actorRole] ?? ''}
              {e.actorRole !== 'system' ? ` ${e.actorName}` : ''}
            </Text>
            {e.note ? <Text className="rp-event__note">{e.note}</Text> : null}
            <PhotoGrid photos={e.photos} />
          </View>
        ))}
      </View>
    </View>
  );
}
