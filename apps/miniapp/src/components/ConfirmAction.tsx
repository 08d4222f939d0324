import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { useState, type ReactNode } from 'react';

interface Props {
  /** Label of the first button, e.g. 「公示本期收支」. */
  label: string;
  /** What will happen, in plain words, shown before the second tap. */
  question: ReactNode;
  confirmLabel: string;
  onConfirm: () => unknown;
  disabled?: boolean;
  loading?: boolean;
  testId?: string;
  /** `danger` for actions that cannot be undone in the books (reversal, publication). */
  tone?: 'primary' | 'danger';
  /** Extra class on the confirmation card. */
  cardClassName?: string;
}

/** An irreversible action in two taps: the button, then a card that says what happens with 确定 / 取消. */
export function ConfirmAction({
  label,
  question,
  confirmLabel,
  onConfirm,
  disabled,
  loading,
  testId,
  tone = 'primary',
  cardClassName,
}: Props) {
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <Button
        className="big-button"
        type="primary"
        size="large"
        block
        disabled={disabled}
        data-testid={testId}
        onClick={() => setAsking(true)}
      >
        {label}
      </Button>
    );
  }
  return (
    <View
      className={cardClassName ? `card ${cardClassName}` : 'card'}
      data-testid={testId ? `${testId}-confirm` : undefined}
    >
      <Text className="subtitle">请确认</Text>
      <View className="text">{question}</View>
      <Button
        className="big-button"
        type={tone}
        size="large"
        block
        loading={loading}
        data-testid={testId ? `${testId}-yes` : undefined}
        onClick={async () => {
          await onConfirm();
          setAsking(false);
        }}
      >
        {confirmLabel}
      </Button>
      <Button className="big-button" size="large" block onClick={() => setAsking(false)}>
        取消
      </Button>
    </View>
  );
}
