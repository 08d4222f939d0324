import { Text, Textarea, Input, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { NOTICE_TYPES, NOTICE_TYPE_RULES, type NoticeType } from '@gongzhi/domain/client';
import { ErrorPanel } from '../../components/ErrorPanel';
import { useApiAction } from '../../features/shared/useApiAction';
import { noticeActions } from '../../features/notices/useNotices';
import { newIdempotencyKey } from '../../services/api';
import '../../features/notices/notices.scss';
import { pageClass } from '../../features/settings/largeText';
import { PrivacyPopup } from '../../components/PrivacyPopup';

/**
 * Write and publish a notice (committee, property, neighbourhood). Once published it cannot be changed: the page says
 * so before the tap. What was typed stays on the page when the server refuses it.
 */
export default function PublishNotice() {
  const [type, setType] = useState<NoticeType>('general');
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [key] = useState(newIdempotencyKey);
  const action = useApiAction();
  const rule = NOTICE_TYPE_RULES[type];
  const ready = title.trim().length > 0 && body.trim().length > 0 && !rule.needsOutage;

  const submit = async () => {
    const draft = await action.run(() => noticeActions.create({ type, title: title.trim(), body: body.trim() }, key));
    if (!draft) return;
    const n = await action.run(() => noticeActions.publish(draft.id));
    if (n) void Taro.redirectTo({ url: `/sub/notices/detail?id=${n.id}` });
  };

  return (
    <View className={pageClass()}>
      <View className="card">
        <Text className="subtitle">通知类型</Text>
        <View className="notice-types">
          {NOTICE_TYPES.map((t) => (
            <View
              key={t}
              className={`notice-type ${t === type ? 'notice-type--on' : ''}`}
              data-testid={`notice-type-${t}`}
              onClick={() => setType(t)}
            >
              {NOTICE_TYPE_RULES[t].label}
            </View>
          ))}
        </View>
        {rule.ownerAddressed ? <Text className="muted">这类通知面向业主：只有业主本人看过才算这户已读。</Text> : null}
        {rule.needsAcknowledgement ? <Text className="muted">住户需要点「我已知晓」。</Text> : null}
        {rule.needsOutage ? (
          <Text className="muted">停水停电通知要填写开始和结束时间，小程序里暂时还不能发布这类通知。</Text>
        ) : null}
      </View>
      <View className="card">
        <Text className="subtitle">标题</Text>
        <Input
          className="input"
          data-testid="notice-title-input"
          value={title}
          maxlength={60}
          placeholder="例如：业主大会会议通知"
          onInput={(e) => setTitle(e.detail.value)}
        />
        <Text className="subtitle">正文</Text>
        <Textarea
          className="textarea"
          data-testid="notice-body-input"
          value={body}
          maxlength={5000}
          placeholder="写清楚时间、地点、要做什么"
          onInput={(e) => setBody(e.detail.value)}
        />
        <Text className="muted">请不要写手机号、身份证号。发布后不能修改；写错了只能再发一份更正通知。</Text>
      </View>
      {action.state.status === 'error' ? (
        <ErrorPanel error={action.state.error} httpStatus={action.state.httpStatus} doing="发布通知" />
      ) : null}
      <Button
        className="big-button"
        type="primary"
        size="large"
        block
        disabled={!ready}
        loading={action.state.status === 'working'}
        data-testid="notice-publish"
        onClick={() => void submit()}
      >
        发布
      </Button>
      <PrivacyPopup />
    </View>
  );
}
