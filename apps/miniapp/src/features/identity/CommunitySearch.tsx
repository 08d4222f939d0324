import { Input, Text, View } from '@tarojs/components';
import { Button, Loading } from '@nutui/nutui-react-taro';
import { useState } from 'react';
import { ErrorPanel } from '../../components/ErrorPanel';
import { useCommunitySearch, type CommunityFound } from './useBindings';

/**
 * Find a community by part of its name (GET /api/v1/bindings/communities) and pick one. Each result shows the
 * name, the address and the district, so two communities with similar names can be told apart.
 */
export function CommunitySearch({ onPick }: { onPick: (c: CommunityFound) => void }) {
  const { state, search } = useCommunitySearch();
  const [q, setQ] = useState('');
  const [error, setError] = useState<string | undefined>();
  const run = () => {
    const text = q.trim();
    if (text.length < 2) {
      setError('请至少输入小区名称中的 2 个字，例如“阳光”');
      return;
    }
    if (text.length > 30) {
      setError('小区名称最多 30 个字，请少输入几个字');
      return;
    }
    setError(undefined);
    void search(text);
  };
  return (
    <View data-testid="community-search">
      <View className="field" data-testid="field-community-q">
        <Text className="field__label">小区名称</Text>
        <Input
          className={`field-input${error ? ' field-input--bad' : ''}`}
          value={q}
          placeholder="输入小区名称中的几个字"
          confirmType="search"
          maxlength={30}
          onInput={(e) => setQ(e.detail.value)}
          onConfirm={run}
        />
        <Text className="field__hint">输入其中 2 个字以上即可，例如“阳光”。</Text>
        {error ? <Text className="field__error">{error}</Text> : null}
      </View>
      <Button
        className="big-button"
        type="primary"
        size="large"
        block
        loading={state.status === 'working'}
        onClick={run}
        data-testid="community-search-go"
      >
        查找小区
      </Button>

      {state.status === 'working' ? (
        <View className="card">
          <Loading type="circular" />
          <Text className="muted">正在查找“{state.q}”…</Text>
        </View>
      ) : state.status === 'error' ? (
        <ErrorPanel error={state.error} httpStatus={state.httpStatus} doing="查找小区" onRetry={run} />
      ) : state.status === 'ok' && state.results.length === 0 ? (
        <View className="card notice" data-testid="community-none">
          <Text className="text">没有找到名称含“{state.q}”的小区。</Text>
          <Text className="muted">
            请少输入几个字再试，例如只输入“阳光”。仍然找不到，说明小区还没有开通，请联系物业或社区。
          </Text>
        </View>
      ) : state.status === 'ok' ? (
        <View>
          <Text className="section-title">请点选您的小区（{state.results.length}）</Text>
          {state.results.map((c) => (
            <View
              key={c.id}
              className="list-item"
              hoverClass="list-item--hover"
              data-testid="community-result"
              onClick={() => onPick(c)}
            >
              <Text className="subtitle">{c.name}</Text>
              <Text className="text">{c.address}</Text>
              <Text className="muted">
                {c.districtName}
                {c.subdistrict ? ` · ${c.subdistrict}` : ''}
              </Text>
            </View>
          ))}
        </View>
      ) : null}
    </View>
  );
}
