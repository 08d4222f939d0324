import { Text, Textarea, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { useState } from 'react';
import { RATING_TAG_LABELS, RATING_TAGS, type RatingTag } from '@gongzhi/domain/client';
import { ErrorPanel } from '../../../components/ErrorPanel';
import type { TicketDetail } from '../types';
import { sendRating, useMutation } from '../useRepairs';

const WORDS = ['', '很不满意', '不满意', '一般', '满意', '非常满意'];

/** 1–5 big stars, tags and a comment; one rating per ticket. */
export function RatingForm({ t, onDone }: { t: TicketDetail; onDone: (next: TicketDetail) => void }) {
  const [score, setScore] = useState(0);
  const [tags, setTags] = useState<RatingTag[]>([]);
  const [comment, setComment] = useState('');
  const [problem, setProblem] = useState<string>();
  const m = useMutation();
  const toggle = (tag: RatingTag) => setTags((x) => (x.includes(tag) ? x.filter((y) => y !== tag) : [...x, tag]));
  return (
    <View className="card" data-testid="rp-rating-form">
      <Text className="subtitle">给这次维修打分</Text>
      <View className="rp-stars">
        {[1, 2, 3, 4, 5].map((n) => (
          <Text
            key={n}
            className={`rp-star ${n <= score ? 'rp-star--on' : ''}`}
            data-testid={`rp-star-${n}`}
            onClick={() => setScore(n)}
          >
            ★
          </Text>
        ))}
      </View>
      <Text className="rp-rating-word">{score ? `${score} 分 · ${WORDS[score]}` : '点星星打分'}</Text>
      <Text className="rp-label">印象（可多选）</Text>
      <View className="rp-chips">
        {RATING_TAGS.map((tag) => (
          <Text key={tag} className={`rp-chip ${tags.includes(tag) ? 'rp-chip--on' : ''}`} onClick={() => toggle(tag)}>
            {RATING_TAG_LABELS[tag]}
          </Text>
        ))}
      </View>
      <Text className="rp-label">想说的话（可以不填）</Text>
      <Textarea
        className="rp-textarea"
        value={comment}
        maxlength={500}
        placeholder="请输入"
        onInput={(e) => setComment(e.detail.value)}
      />
      {problem ? <Text className="rp-field-error">{problem}</Text> : null}
      {m.state.status === 'error' ? (
        <ErrorPanel error={m.state.error} httpStatus={m.state.httpStatus} doing="提交评价" />
      ) : null}
      <Button
        className="big-button"
        type="primary"
        size="large"
        block
        loading={m.state.status === 'working'}
        data-testid="rp-rating-submit"
        onClick={async () => {
          if (!score) return setProblem('请先点星星打分');
          setProblem(undefined);
          const next = await m.run(() => sendRating(t.id, score, tags, comment));
          if (next) onDone(next);
        }}
      >
        提交评价
      </Button>
    </View>
  );
}
