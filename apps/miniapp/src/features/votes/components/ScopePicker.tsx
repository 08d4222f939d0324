import { Text, View } from '@tarojs/components';
import { Button, Loading } from '@nutui/nutui-react-taro';
import { areaM2 } from '../format';
import { useScopeBuildings } from '../useVotes';
import { ActionError } from './VoteBits';

export type ScopeKind = 'community' | 'buildings';

interface Props {
  scope: ScopeKind;
  chosen: string[];
  onScope: (s: ScopeKind) => void;
  onChosen: (ids: string[]) => void;
}

/**
 * 表决范围: the whole community, or chosen buildings (e.g. maintenance-fund use covers only the owners within the
 * spending scope). With 指定楼栋 the committee ticks at least one building; each shows its units and area.
 */
export function ScopePicker({ scope, chosen, onScope, onChosen }: Props) {
  const q = useScopeBuildings(scope === 'buildings');
  const toggle = (id: string) => onChosen(chosen.includes(id) ? chosen.filter((x) => x !== id) : [...chosen, id]);
  const list = q.state.status === 'ok' ? q.state.data : [];
  const picked = list.filter((b) => chosen.includes(b.id));
  const units = picked.reduce((n, b) => n + b.units, 0);
  return (
    <View data-testid="draft-scope">
      <Text className="vote-field-label">表决范围</Text>
      <View
        className={`vote-chip ${scope === 'community' ? 'vote-chip--on' : ''}`}
        data-testid="draft-scope-community"
        onClick={() => onScope('community')}
      >
        全体业主
      </View>
      <View
        className={`vote-chip ${scope === 'buildings' ? 'vote-chip--on' : ''}`}
        data-testid="draft-scope-buildings"
        onClick={() => onScope('buildings')}
      >
        指定楼栋
      </View>
      {scope === 'buildings' ? (
        <View>
          <Text className="muted">如使用维修资金，只由列支范围内楼栋的业主表决。请勾选表决涉及的楼栋（可多选）：</Text>
          {q.state.status === 'loading' || q.state.status === 'idle' ? <Loading type="circular" /> : null}
          {q.state.status === 'error' ? (
            <View>
              <ActionError error={q.state.error} />
              <Button className="big-button" size="large" block onClick={() => void q.reload()}>
                重新读取楼栋
              </Button>
            </View>
          ) : null}
          {q.state.status === 'ok' && list.length === 0 ? (
            <Text className="vote-error">本小区还没有登记楼栋，请先导入业主名册，或选择「全体业主」。</Text>
          ) : null}
          {list.map((b) => {
            const on = chosen.includes(b.id);
            return (
              <View
                key={b.id}
                className={`vote-chip vote-scope-building ${on ? 'vote-chip--on' : ''}`}
                data-testid={`draft-building-${b.name}`}
                role="checkbox"
                aria-checked={on}
                onClick={() => toggle(b.id)}
              >
                {on ? '☑' : '☐'} {b.name}　{b.units} 户　{areaM2(b.area)}
              </View>
            );
          })}
          {q.state.status === 'ok' && list.length > 0 ? (
            picked.length === 0 ? (
              <Text className="vote-error" data-testid="draft-scope-missing">
                请至少选择一栋楼。
              </Text>
            ) : (
              <Text className="text" data-testid="draft-scope-summary">
                已选：{picked.map((b) => b.name).join('、')}（共 {units} 户）
              </Text>
            )
          ) : null}
        </View>
      ) : null}
    </View>
  );
}
