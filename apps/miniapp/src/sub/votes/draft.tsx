import { Input, Picker, Text, Textarea, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import Taro from '@tarojs/taro';
import { MATTER_TYPES } from '@gongzhi/domain/client';
import { useMemo, useState } from 'react';
import { newIdempotencyKey } from '../../services/api';
import { ActionError } from '../../features/votes/components/VoteBits';
import { ScopePicker, type ScopeKind } from '../../features/votes/components/ScopePicker';
import { chooseAndUpload } from '../../features/votes/files';
import { chinaIso, matterLabel, thresholdWords } from '../../features/votes/format';
import type { FileInfo } from '../../features/votes/types';
import { createDraft, useAction } from '../../features/votes/useVotes';
import type { ApiError } from '@gongzhi/api-client';
import '../../features/votes/votes.scss';
import { pageClass } from '../../features/settings/largeText';
import { PrivacyPopup } from '../../components/PrivacyPopup';

interface ItemForm {
  title: string;
  description: string;
  matterType: number;
}

/** China date N days from now, 'YYYY-MM-DD'. */
const chinaDatePlus = (days: number) =>
  new Date(Date.now() + 8 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);

/** The committee drafts a resolution: title, explanation, documents, agenda items with matter type, dates. */
export default function DraftPage() {
  const key = useMemo(() => newIdempotencyKey(), []);
  const [title, setTitle] = useState('');
  const [explanation, setExplanation] = useState('');
  const [files, setFiles] = useState<FileInfo[]>([]);
  const [uploadError, setUploadError] = useState<ApiError>();
  const [items, setItems] = useState<ItemForm[]>([{ title: '', description: '', matterType: 4 }]);
  const [scope, setScope] = useState<ScopeKind>('community');
  const [buildingIds, setBuildingIds] = useState<string[]>([]);
  const [extraordinary, setExtraordinary] = useState(false);
  const [date, setDate] = useState(chinaDatePlus(16));
  const [time, setTime] = useState('09:00');
  const [days, setDays] = useState(15);
  const save = useAction(createDraft);
  const setItem = (i: number, patch: Partial<ItemForm>) =>
    setItems(items.map((it, j) => (j === i ? { ...it, ...patch } : it)));
  const ready =
    title.trim().length >= 2 &&
    items.every((it) => it.title.trim().length >= 2) &&
    (scope === 'community' || buildingIds.length > 0);
  return (
    <View className={pageClass()}>
      <View className="card">
        <Text className="title">发起业主表决</Text>
        <Text className="muted">保存后为草稿，须经业委会过半数成员审议通过，再发布公告。</Text>
        <Text className="vote-field-label">表决标题</Text>
        <View data-testid="draft-title">
          <Input
            className="vote-input"
            value={title}
            maxlength={100}
            placeholder="如：关于续聘物业服务企业的表决"
            onInput={(e) => setTitle(e.detail.value)}
          />
        </View>
        <Text className="vote-field-label">表决说明</Text>
        <View data-testid="draft-explanation">
          <Textarea
            className="vote-input vote-textarea"
            value={explanation}
            maxlength={20000}
            placeholder="为什么要表决、方案和费用等"
            onInput={(e) => setExplanation(e.detail.value)}
          />
        </View>
        <Text className="vote-field-label">附件（方案、合同等，可选）</Text>
        {files.map((f, i) => (
          <Text key={f.id} className="text" data-testid="draft-file">
            附件 {i + 1}：{f.originalName ?? f.mime}
          </Text>
        ))}
        <Button
          className="big-button"
          size="large"
          block
          data-testid="draft-upload"
          onClick={async () => {
            const r = await chooseAndUpload('notice_attachment');
            if (!r) return;
            if (r.error) setUploadError(r.error);
            else {
              setUploadError(undefined);
              setFiles([...files, r.data]);
            }
          }}
        >
          上传附件（照片或 PDF）
        </Button>
        {uploadError ? <ActionError error={uploadError} /> : null}
      </View>

      {items.map((it, i) => (
        <View key={i} className="card vote-item" data-testid={`draft-item-${i + 1}`}>
          <Text className="subtitle">第 {i + 1} 项</Text>
          <Text className="vote-field-label">表决事项</Text>
          <View data-testid={`draft-item-${i + 1}-title`}>
            <Input
              className="vote-input"
              value={it.title}
              maxlength={200}
              placeholder="如：续聘现物业服务企业三年"
              onInput={(e) => setItem(i, { title: e.detail.value })}
            />
          </View>
          <Text className="vote-field-label">事项说明（可选）</Text>
          <View data-testid={`draft-item-${i + 1}-desc`}>
            <Textarea
              className="vote-input"
              value={it.description}
              maxlength={5000}
              onInput={(e) => setItem(i, { description: e.detail.value })}
            />
          </View>
          <Text className="vote-field-label">事项类型（民法典第二百七十八条）</Text>
          {MATTER_TYPES.map((m) => (
            <View
              key={m}
              className={`vote-chip ${it.matterType === m ? 'vote-chip--on' : ''}`}
              data-testid={`draft-item-${i + 1}-matter-${m}`}
              onClick={() => setItem(i, { matterType: m })}
            >
              {m}. {matterLabel(m)}
            </View>
          ))}
          <Text className="vote-rule">通过条件：{thresholdWords(it.matterType)}。</Text>
          {items.length > 1 ? (
            <Button className="big-button" size="large" block onClick={() => setItems(items.filter((_, j) => j !== i))}>
              删除此项
            </Button>
          ) : null}
        </View>
      ))}
      <Button
        className="big-button"
        size="large"
        block
        data-testid="draft-add-item"
        onClick={() => setItems([...items, { title: '', description: '', matterType: 9 }])}
      >
        增加一个表决事项
      </Button>

      <View className="card">
        <Text className="subtitle">范围和时间</Text>
        <ScopePicker scope={scope} chosen={buildingIds} onScope={setScope} onChosen={setBuildingIds} />
        <Text className="vote-field-label">会议类型</Text>
        <View className={`vote-chip ${!extraordinary ? 'vote-chip--on' : ''}`} onClick={() => setExtraordinary(false)}>
          定期会议（公告 15 天）
        </View>
        <View className={`vote-chip ${extraordinary ? 'vote-chip--on' : ''}`} onClick={() => setExtraordinary(true)}>
          临时会议（公告 7 天）
        </View>
        <Text className="vote-field-label">投票开始</Text>
        <Picker
          mode="date"
          value={date}
          start={chinaDatePlus(extraordinary ? 7 : 15)}
          onChange={(e) => setDate(String(e.detail.value))}
        >
          <View className="vote-input" data-testid="draft-date">
            {date}
          </View>
        </Picker>
        <Picker mode="time" value={time} onChange={(e) => setTime(String(e.detail.value))}>
          <View className="vote-input">{time}</View>
        </Picker>
        <Text className="muted">须在公告发布 {extraordinary ? 7 : 15} 天以后开始。</Text>
        <Text className="vote-field-label">投票期</Text>
        {[7, 15, 30].map((d) => (
          <View
            key={d}
            className={`vote-chip ${days === d ? 'vote-chip--on' : ''}`}
            data-testid={`draft-days-${d}`}
            onClick={() => setDays(d)}
          >
            {d} 天
          </View>
        ))}
      </View>

      {save.state.status === 'error' ? <ActionError error={save.state.error} /> : null}
      <Button
        className="big-button"
        type="primary"
        size="large"
        block
        disabled={!ready}
        loading={save.state.status === 'working'}
        data-testid="draft-save"
        onClick={async () => {
          const r = await save.go(
            {
              title: title.trim(),
              explanation: explanation.trim() || undefined,
              items: items.map((it) => ({
                title: it.title.trim(),
                description: it.description.trim() || undefined,
                matterType: it.matterType,
              })),
              documentFileIds: files.map((f) => f.id),
              votingOpensAt: chinaIso(date, time),
              votingDays: days,
              extraordinary,
              ...(scope === 'buildings'
                ? { scope: 'buildings' as const, buildingIds }
                : { scope: 'community' as const }),
            },
            key,
          );
          if (r) void Taro.redirectTo({ url: `/sub/votes/manage?id=${r.id}` });
        }}
      >
        保存草稿
      </Button>
      <PrivacyPopup />
    </View>
  );
}
