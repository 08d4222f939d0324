import { Text, Textarea, View } from '@tarojs/components';
import { Button, Loading } from '@nutui/nutui-react-taro';
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import { useState } from 'react';
import { ErrorPanel } from '../../components/ErrorPanel';
import { useMyUnits } from '../../features/repairs/useRepairs';
import {
  chinaDate,
  permille,
  useAnswerSurvey,
  useComplain,
  useEscalate,
  useSupervision,
  type Complaint,
  type Survey,
} from '../../features/supervision/useSupervision';
import './supervision.scss';
import { pageClass } from '../../features/settings/largeText';

const RATING_LABELS = ['很不满意', '不满意', '一般', '满意', '很满意'];

function SurveyCard({
  s,
  units,
  onDone,
}: {
  s: Survey;
  units: Array<{ id: string; label: string }>;
  onDone: () => void;
}) {
  const [ratings, setRatings] = useState<number[]>(s.questions.map(() => 0));
  const answer = useAnswerSurvey();
  const open = units.find((u) => s.myOpenUnitIds.includes(u.id));
  const r = s.result;
  const submit = async () => {
    if (!open) return;
    if (ratings.some((x) => !x)) {
      void Taro.showToast({ title: '每个问题都请选一个', icon: 'none' });
      return;
    }
    if (await answer.go(s.id, open.id, ratings)) {
      void Taro.showToast({ title: '已提交，谢谢', icon: 'success' });
      onDone();
    }
  };
  return (
    <View className="card" data-testid="sv-survey">
      <Text className="subtitle">{s.title}</Text>
      <Text className="muted">
        已答 {r.responses} 户 / 共 {r.frameHouseholds} 户（回收率 {permille(r.responseRatePermille)}）
      </Text>
      {r.score !== null && r.score !== undefined ? (
        <View>
          <Text className="sv-score">{r.score} 分</Text>
          {r.margin !== null && r.margin !== undefined ? (
            <Text className="muted">
              误差约 ±{r.margin} 分。{r.marginNote}
            </Text>
          ) : null}
        </View>
      ) : r.withheldReason && s.status === 'closed' ? (
        <Text className="muted">{r.withheldReason}</Text>
      ) : null}
      {s.status === 'open' && open ? (
        <View>
          <Text className="text">为 {open.label} 作答（每户只答一份）</Text>
          {s.questions.map((q, i) => (
            <View key={q} className="sv-item">
              <Text className="sv-item__title">
                {i + 1}. {q}
              </Text>
              <View className="sv-stars">
                {RATING_LABELS.map((label, k) => (
                  <Text
                    key={label}
                    className={`sv-star ${ratings[i] === k + 1 ? 'sv-star--on' : ''}`}
                    onClick={() => setRatings(ratings.map((x, j) => (j === i ? k + 1 : x)))}
                  >
                    {label}
                  </Text>
                ))}
              </View>
            </View>
          ))}
          {answer.state.status === 'error' ? (
            <ErrorPanel error={answer.state.error} httpStatus={answer.state.httpStatus} doing="提交问卷" />
          ) : null}
          <Button
            className="big-button"
            type="primary"
            size="large"
            block
            data-testid="sv-survey-submit"
            loading={answer.state.status === 'working'}
            onClick={() => void submit()}
          >
            提交问卷
          </Button>
        </View>
      ) : s.status === 'open' ? (
        <Text className="text">您家已经答过这份问卷了，谢谢。</Text>
      ) : null}
    </View>
  );
}

function ComplaintRow({ c, onDone }: { c: Complaint; onDone: () => void }) {
  const escalate = useEscalate();
  return (
    <View className="sv-item" data-testid="sv-complaint">
      <Text className="sv-item__title">
        {c.subject === 'property' ? '对物业服务' : '对业委会'}：{c.statusLabel}
      </Text>
      <Text className="text">{c.body}</Text>
      <Text className={c.late && c.status === 'open' ? 'sv-bad' : 'muted'}>答复期限：{chinaDate(c.dueAt)}</Text>
      {c.answer ? <Text className="text">答复：{c.answer}</Text> : null}
      {c.escalatedToLabel ? <Text className="muted">已转交{c.escalatedToLabel}</Text> : null}
      {c.mine && c.late && c.status !== 'escalated' ? (
        <Button
          type="default"
          size="large"
          block
          loading={escalate.state.status === 'working'}
          onClick={async () => {
            if (await escalate.go(c.id)) onDone();
          }}
        >
          答复逾期，转交上级部门
        </Button>
      ) : null}
      {escalate.state.status === 'error' ? (
        <ErrorPanel error={escalate.state.error} httpStatus={escalate.state.httpStatus} doing="转交" />
      ) : null}
    </View>
  );
}

/** 「物业服务监督」: what we pay for, the monthly inspections, the survey, complaints. */
export default function SupervisionPage() {
  const [key, setKey] = useState(0);
  const refresh = () => setKey((k) => k + 1);
  const { contract, inspections, surveys, complaints } = useSupervision(key);
  const units = useMyUnits();
  const complain = useComplain();
  const [subject, setSubject] = useState<'property' | 'committee'>('property');
  const [body, setBody] = useState('');
  usePullDownRefresh(refresh);
  const myUnits = units.state.status === 'ok' ? units.state.data : [];

  const send = async () => {
    if (!body.trim()) {
      void Taro.showToast({ title: '请写下您的投诉或建议', icon: 'none' });
      return;
    }
    if (await complain.go(subject, body.trim())) {
      setBody('');
      void Taro.showToast({ title: '已提交', icon: 'success' });
      refresh();
    }
  };

  return (
    <View className={pageClass()} data-testid="sv-page">
      <View className="card">
        <Text className="title">我们付钱买了什么</Text>
        {contract.state.status === 'loading' ? <Loading type="circular" /> : null}
        {contract.state.status === 'error' ? (
          <ErrorPanel error={contract.state.error} httpStatus={contract.state.httpStatus} doing="读取服务合同" />
        ) : null}
        {contract.state.status === 'ok' && !contract.state.data.contract ? (
          <Text className="muted">业委会还没有录入并确认物业服务合同。</Text>
        ) : null}
        {contract.state.status === 'ok' && contract.state.data.contract ? (
          <View>
            <Text className="text">
              {contract.state.data.contract.companyName}，服务等级 {contract.state.data.contract.grade} 级，合同期{' '}
              {contract.state.data.contract.termStart} 至 {contract.state.data.contract.termEnd}
            </Text>
            {contract.state.data.contract.byBuilding.map((b) => (
              <Text key={b.building} className="muted">
                {b.building}：{b.units} 户，每月物业费合计 {(Number(b.monthlyFen) / 100).toFixed(2)} 元
              </Text>
            ))}
            {contract.state.data.contract.groups.map((g) => (
              <View key={g.group}>
                <Text className="subtitle">{g.label}</Text>
                {g.items.map((i) => (
                  <View key={i.code} className="sv-item">
                    <Text className="sv-item__title">{i.title}</Text>
                    <Text className="text">
                      {i.indicator}（{i.frequency}）
                    </Text>
                    <Text className="muted">核查：{i.verifierLabel}</Text>
                  </View>
                ))}
              </View>
            ))}
          </View>
        ) : null}
      </View>

      <View className="card">
        <Text className="title">月度检查结果</Text>
        {inspections.state.status === 'ok' && !inspections.state.data.items.length ? (
          <Text className="muted">还没有公布的检查结果。</Text>
        ) : null}
        {inspections.state.status === 'ok'
          ? inspections.state.data.items.map((i) => (
              <View key={i.id} className="sv-item" data-testid="sv-inspection">
                <Text className="sv-item__title">
                  {i.month} 检查：<Text className="sv-score">{i.score} 分</Text>
                </Text>
                <Text className="muted">
                  检查人：{i.inspectorName}，{chinaDate(i.inspectedAt)}
                </Text>
                {i.items
                  .filter((x) => x.result !== 'met')
                  .map((x) => (
                    <Text key={x.code} className="sv-bad">
                      {x.title}：{x.resultLabel}
                      {x.place ? `（${x.place}）` : ''}
                      {x.note ? ` ${x.note}` : ''}
                    </Text>
                  ))}
                {i.reply ? <Text className="text">物业答复：{i.reply}</Text> : null}
              </View>
            ))
          : null}
      </View>

      {surveys.state.status === 'ok'
        ? surveys.state.data.items.map((s) => <SurveyCard key={s.id} s={s} units={myUnits} onDone={refresh} />)
        : null}

      <View className="card">
        <Text className="title">投诉建议</Text>
        <Text className="muted">被投诉的一方看不到您的姓名和房号。物业应在 10 日内答复，逾期可转交上级部门。</Text>
        <View className="sv-stars">
          <Text
            className={`sv-star ${subject === 'property' ? 'sv-star--on' : ''}`}
            onClick={() => setSubject('property')}
          >
            对物业服务
          </Text>
          <Text
            className={`sv-star ${subject === 'committee' ? 'sv-star--on' : ''}`}
            onClick={() => setSubject('committee')}
          >
            对业委会
          </Text>
        </View>
        <Textarea
          className="sv-textarea"
          data-testid="sv-complaint-body"
          value={body}
          maxlength={1000}
          placeholder="发生了什么、在哪里、希望怎样处理"
          onInput={(e) => setBody(e.detail.value)}
        />
        {complain.state.status === 'error' ? (
          <ErrorPanel error={complain.state.error} httpStatus={complain.state.httpStatus} doing="提交投诉" />
        ) : null}
        <Button
          className="big-button"
          type="primary"
          size="large"
          block
          data-testid="sv-complaint-submit"
          loading={complain.state.status === 'working'}
          onClick={() => void send()}
        >
          提交投诉建议
        </Button>
        {complaints.state.status === 'ok'
          ? complaints.state.data.items.map((c) => <ComplaintRow key={c.id} c={c} onDone={refresh} />)
          : null}
      </View>
    </View>
  );
}
