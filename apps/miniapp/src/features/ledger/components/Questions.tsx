import { Text, Textarea, View } from '@tarojs/components';
import { Button, Loading } from '@nutui/nutui-react-taro';
import { useDidShow } from '@tarojs/taro';
import { useState } from 'react';
import { ErrorPanel } from '../../../components/ErrorPanel';
import { instantLabel } from '../format';
import { ledgerActions, useAction, useQuestions } from '../useLedger';
import type { Question, QuestionTarget } from '../types';

/** The committee's answer box under an open question. */
function AnswerBox({ question, onDone }: { question: Question; onDone: () => void }) {
  const [text, setText] = useState('');
  const action = useAction(ledgerActions.answer);
  return (
    <View className="ledger-form__field" data-testid="ledger-answer-box">
      <Text className="text">业委会答复：</Text>
      <Textarea
        className="ledger-textarea"
        value={text}
        maxlength={2000}
        placeholder="请写明答复，业主都能看到"
        onInput={(e) => setText(e.detail.value)}
      />
      <Button
        className="big-button"
        type="primary"
        size="large"
        block
        loading={action.state.status === 'working'}
        disabled={text.trim().length < 2}
        onClick={async () => {
          if (await action.go(question.id, text.trim())) onDone();
        }}
      >
        发布答复
      </Button>
      {action.state.status === 'error' ? (
        <ErrorPanel error={action.state.error} httpStatus={action.state.httpStatus} doing="答复" />
      ) : null}
    </View>
  );
}

export function QuestionItem({ q, canAnswer, onChanged }: { q: Question; canAnswer: boolean; onChanged: () => void }) {
  return (
    <View className="list-item" data-testid="ledger-question">
      <Text className="text">问：{q.body}</Text>
      <Text className="muted">
        {q.askedByMe ? '我提的 · ' : ''}
        {instantLabel(q.askedAt)}
      </Text>
      {q.status === 'answered' ? (
        <View className="ledger-answer">
          <Text className="text">答：{q.answer}</Text>
          <Text className="muted">业委会 · {instantLabel(q.answeredAt)}</Text>
        </View>
      ) : canAnswer ? (
        <AnswerBox question={q} onDone={onChanged} />
      ) : (
        <Text className="ledger-badge ledger-badge--submitted">等待业委会答复</Text>
      )}
    </View>
  );
}

/** Questions (质询) on one entry or statement, the answers, and the ask box for owners and residents. */
export function Questions({
  target,
  canAsk,
  canAnswer,
}: {
  target: QuestionTarget;
  canAsk: boolean;
  canAnswer: boolean;
}) {
  const list = useQuestions(target);
  useDidShow(() => void list.reload());
  const [text, setText] = useState('');
  const [asking, setAsking] = useState(false);
  const ask = useAction(ledgerActions.ask);
  const s = list.state;
  return (
    <View className="card" data-testid="ledger-questions">
      <Text className="subtitle">提问与答复</Text>
      {s.status === 'loading' || s.status === 'idle' ? <Loading type="circular" /> : null}
      {s.status === 'error' ? (
        <ErrorPanel error={s.error} httpStatus={s.httpStatus} doing="读取提问" onRetry={() => void list.reload()} />
      ) : null}
      {s.status === 'ok' && s.data.length === 0 ? (
        <Text className="muted">还没有人提问。{canAsk ? '对这笔账有疑问，可以点“提问”。' : ''}</Text>
      ) : null}
      {s.status === 'ok'
        ? s.data.map((q) => (
            <QuestionItem key={q.id} q={q} canAnswer={canAnswer} onChanged={() => void list.reload()} />
          ))
        : null}
      {canAsk && !asking ? (
        <Button
          className="big-button"
          type="primary"
          size="large"
          block
          data-testid="ledger-ask"
          onClick={() => setAsking(true)}
        >
          提问
        </Button>
      ) : null}
      {canAsk && asking ? (
        <View className="ledger-form__field">
          <Text className="text">您的问题（业委会会公开答复，不显示您的姓名）：</Text>
          <Textarea
            className="ledger-textarea"
            value={text}
            maxlength={1000}
            placeholder="例如：这笔广告费为什么扣了代理费？"
            onInput={(e) => setText(e.detail.value)}
          />
          <Button
            className="big-button"
            type="primary"
            size="large"
            block
            loading={ask.state.status === 'working'}
            disabled={text.trim().length < 2}
            onClick={async () => {
              if (await ask.go(target, text.trim())) {
                setText('');
                setAsking(false);
                void list.reload();
              }
            }}
          >
            提交问题
          </Button>
          {ask.state.status === 'error' ? (
            <ErrorPanel error={ask.state.error} httpStatus={ask.state.httpStatus} doing="提问" />
          ) : null}
        </View>
      ) : null}
    </View>
  );
}
