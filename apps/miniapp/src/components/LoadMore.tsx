import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { MoreState } from '../features/shared/usePagedQuery';
import { ErrorPanel } from './ErrorPanel';

/** Under a paged list: how many rows are shown of how many, and 「加载更多」 while there are more. */
export function LoadMore(props: {
  shown: number;
  total: number;
  hasMore: boolean;
  more: MoreState;
  onMore: () => void;
  what: string;
}) {
  const { shown, total, hasMore, more, onMore, what } = props;
  if (!total) return null;
  return (
    <View className="load-more" data-testid="load-more-area">
      <Text className="muted" data-testid="load-more-count">
        已显示 {shown} / 共 {total} {what}
      </Text>
      {more.status === 'error' ? (
        <ErrorPanel error={more.error} httpStatus={more.httpStatus} doing="加载更多" onRetry={onMore} />
      ) : null}
      {hasMore && more.status !== 'error' ? (
        <Button
          className="big-button"
          size="large"
          block
          loading={more.status === 'working'}
          onClick={onMore}
          data-testid="load-more"
        >
          加载更多
        </Button>
      ) : !hasMore ? (
        <Text className="muted">已经到底了</Text>
      ) : null}
    </View>
  );
}
