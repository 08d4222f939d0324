import { Input, Text, Textarea, View } from '@tarojs/components';
import { Button, Loading } from '@nutui/nutui-react-taro';
import Taro from '@tarojs/taro';
import { useEffect, useMemo, useState } from 'react';
import { ErrorCode, type RepairAreaKind, type TicketPriority } from '@gongzhi/domain/client';
import { ErrorPanel } from '../../components/ErrorPanel';
import { PhotoPicker, type PickedPhoto } from '../../features/repairs/components/Photos';
import { categoryIcon } from '../../features/repairs/format';
import { askRepairSubscription } from '../../features/repairs/subscribe';
import { useCategories, useMyUnits, useReport } from '../../features/repairs/useRepairs';
import '../../features/repairs/repairs.scss';
import { pageClass } from '../../features/settings/largeText';
import { PrivacyPopup } from '../../components/PrivacyPopup';

const TIMES = ['随时都可以', '今天', '明天上午', '明天下午', '工作日晚上', '周末'];

type Problems = Partial<Record<'area' | 'category' | 'location' | 'description' | 'preferredTime', string>>;
/** Texts the content check reads (the API names the refused one in `details.field`). */
type CheckedField = 'location' | 'description' | 'preferredTime';
const CHECKED: readonly CheckedField[] = ['location', 'description', 'preferredTime'];

/** 「我要报修」: where, what, how urgent, a few words, photos; one tap to send. */
export default function ReportPage() {
  const categories = useCategories();
  const units = useMyUnits();
  const report = useReport();
  const [areaKind, setAreaKind] = useState<RepairAreaKind>();
  const [unitId, setUnitId] = useState<string>();
  const [category, setCategory] = useState<string>();
  const [urgency, setUrgency] = useState<TicketPriority>('normal');
  const [location, setLocation] = useState('');
  const [description, setDescription] = useState('');
  const [preferredTime, setPreferredTime] = useState('');
  const [photos, setPhotos] = useState<PickedPhoto[]>([]);
  // After the first 「提交报修」, what is still missing is shown next to its field (and disappears once filled).
  const [tried, setTried] = useState(false);
  // The texts as last sent: a field the content check refused stays red until it is changed.
  const [sent, setSent] = useState<Record<CheckedField, string>>();

  const myUnits = useMemo(() => (units.state.status === 'ok' ? units.state.data : []), [units.state]);
  // The first home is chosen for the resident; with several, the chips let them change it.
  useEffect(() => {
    if (myUnits.length >= 1 && !unitId) setUnitId(myUnits[0]!.id);
  }, [myUnits, unitId]);

  const validate = (): Problems => {
    const p: Problems = {};
    if (!areaKind) p.area = '请选择：家里还是公共区域';
    else if (areaKind === 'unit' && !unitId) p.area = '请选择您的房屋';
    if (!category) p.category = '请选择是什么问题';
    if (!location.trim()) p.location = '请写一下具体位置';
    if (description.trim().length < 2) p.description = '请简单描述一下问题（至少 2 个字）';
    return p;
  };
  const problems: Problems = tried ? validate() : {};
  // CONTENT.REJECTED names the field (details.field) and says in Chinese what to do: shown next to that field.
  const err = report.state.status === 'error' ? report.state.error : null;
  const rejectedField =
    err?.code === ErrorCode.CONTENT_REJECTED ? (err.details as { field?: unknown } | undefined)?.field : undefined;
  const rejected = CHECKED.find((f) => f === rejectedField);
  const current: Record<CheckedField, string> = { location, description, preferredTime };
  if (rejected && sent && current[rejected] === sent[rejected] && !problems[rejected])
    problems[rejected] = err!.message;

  const submit = async () => {
    setTried(true);
    if (Object.keys(validate()).length) {
      void Taro.showToast({ title: '还有内容没填好', icon: 'none' });
      return;
    }
    setSent({ location, description, preferredTime });
    const ticket = await report.submit({
      areaKind: areaKind!,
      unitId,
      category: category!,
      urgency,
      location,
      description,
      preferredTime,
      photoIds: photos.map((x) => x.id),
    });
    if (ticket) {
      report.renew();
      await askRepairSubscription();
      void Taro.redirectTo({ url: `/sub/repairs/detail?id=${ticket.id}&new=1` });
    }
  };

  return (
    <View className={pageClass()} data-testid="rp-report">
      <View className="card">
        <Text className="title">我要报修</Text>
        <Text className="muted">
          选好下面几项，点最下面的“提交报修”。紧急情况（燃气味、电梯困人）请同时拨打物业电话。
        </Text>
      </View>

      <View className="card">
        <Text className="rp-label">1. 哪里坏了？</Text>
        <View className="rp-choice-row">
          <View
            className={`rp-choice ${areaKind === 'unit' ? 'rp-choice--on' : ''} ${units.state.status === 'ok' && !myUnits.length ? 'rp-choice--off' : ''}`}
            data-testid="rp-area-unit"
            onClick={() => myUnits.length && setAreaKind('unit')}
          >
            <Text className="rp-choice__label">我家里</Text>
            <Text className="rp-choice__hint">
              {units.state.status === 'ok' && !myUnits.length ? '您还没有绑定房屋' : '房屋内的问题'}
            </Text>
          </View>
          <View
            className={`rp-choice ${areaKind === 'common' ? 'rp-choice--on' : ''}`}
            data-testid="rp-area-common"
            onClick={() => setAreaKind('common')}
          >
            <Text className="rp-choice__label">公共区域</Text>
            <Text className="rp-choice__hint">楼道、电梯、花园、大门</Text>
          </View>
        </View>
        {areaKind === 'unit' && myUnits.length > 1 ? (
          <View className="rp-chips">
            {myUnits.map((u) => (
              <Text
                key={u.id}
                className={`rp-chip ${unitId === u.id ? 'rp-chip--on' : ''}`}
                onClick={() => setUnitId(u.id)}
              >
                {u.label}
              </Text>
            ))}
          </View>
        ) : areaKind === 'unit' && myUnits[0] ? (
          <Text className="text">房屋：{myUnits[0].label}</Text>
        ) : null}
        {problems.area ? <Text className="rp-field-error">{problems.area}</Text> : null}
      </View>

      <View className="card">
        <Text className="rp-label">2. 是什么问题？</Text>
        {categories.state.status === 'ok' ? (
          <View className="rp-cats">
            {categories.state.data.categories.map((c) => (
              <View
                key={c.code}
                className={`rp-cat ${category === c.code ? 'rp-cat--on' : ''}`}
                data-testid={`rp-cat-${c.code}`}
                onClick={() => setCategory(c.code)}
              >
                <View className="rp-cat__box">
                  <Text className="rp-cat__icon">{categoryIcon(c.code, c.name)}</Text>
                  <Text className="rp-cat__name">{c.name}</Text>
                </View>
              </View>
            ))}
          </View>
        ) : categories.state.status === 'error' ? (
          <ErrorPanel
            error={categories.state.error}
            httpStatus={categories.state.httpStatus}
            doing="读取报修类别"
            onRetry={() => void categories.reload()}
          />
        ) : (
          <Loading type="circular" />
        )}
        {problems.category ? <Text className="rp-field-error">{problems.category}</Text> : null}
      </View>

      <View className="card">
        <Text className="rp-label">3. 紧急吗？</Text>
        <View className="rp-choice-row">
          <View
            className={`rp-choice ${urgency === 'normal' ? 'rp-choice--on' : ''}`}
            data-testid="rp-urgency-normal"
            onClick={() => setUrgency('normal')}
          >
            <Text className="rp-choice__label">一般</Text>
            <Text className="rp-choice__hint">3 天内修好</Text>
          </View>
          <View
            className={`rp-choice rp-choice--urgent ${urgency === 'urgent' ? 'rp-choice--on' : ''}`}
            data-testid="rp-urgency-urgent"
            onClick={() => setUrgency('urgent')}
          >
            <Text className="rp-choice__label">紧急</Text>
            <Text className="rp-choice__hint">漏水、停电、燃气味</Text>
          </View>
        </View>
      </View>

      <View className="card">
        <Text className="rp-label">4. 具体位置</Text>
        <Input
          className={`rp-input ${problems.location ? 'rp-input--bad' : ''}`}
          data-testid="rp-location"
          value={location}
          maxlength={100}
          placeholder={areaKind === 'common' ? '例如：3幢2单元电梯' : '例如：厨房水槽下'}
          onInput={(e) => setLocation(e.detail.value)}
        />
        {problems.location ? (
          <Text className="rp-field-error" data-testid="rp-location-error">
            {problems.location}
          </Text>
        ) : null}
        <Text className="rp-label">5. 说说情况</Text>
        <Textarea
          className={`rp-textarea ${problems.description ? 'rp-textarea--bad' : ''}`}
          data-testid="rp-description"
          value={description}
          maxlength={1000}
          placeholder="例如：水管接口一直在滴水"
          onInput={(e) => setDescription(e.detail.value)}
        />
        {problems.description ? (
          <Text className="rp-field-error" data-testid="rp-description-error">
            {problems.description}
          </Text>
        ) : null}
      </View>

      <View className="card">
        <Text className="rp-label">6. 拍张照片（可以不拍）</Text>
        <PhotoPicker photos={photos} onChange={setPhotos} />
      </View>

      <View className="card">
        <Text className="rp-label">7. 什么时候方便上门？（可以不选）</Text>
        <View className="rp-chips">
          {TIMES.map((x) => (
            <Text
              key={x}
              className={`rp-chip ${preferredTime === x ? 'rp-chip--on' : ''}`}
              onClick={() => setPreferredTime(preferredTime === x ? '' : x)}
            >
              {x}
            </Text>
          ))}
        </View>
        {problems.preferredTime ? <Text className="rp-field-error">{problems.preferredTime}</Text> : null}
      </View>

      {rejected ? (
        <View className="card" role="alert" data-testid="rp-content-rejected">
          <Text className="rp-field-error">有内容未通过安全检查，请按红字提示修改后再提交。</Text>
        </View>
      ) : report.state.status === 'error' ? (
        <ErrorPanel
          error={report.state.error}
          httpStatus={report.state.httpStatus}
          doing="提交报修"
          onRetry={() => void submit()}
        />
      ) : null}
      <Button
        className="big-button"
        type="primary"
        size="large"
        block
        data-testid="rp-submit"
        loading={report.state.status === 'working'}
        onClick={() => void submit()}
      >
        提交报修
      </Button>
      <PrivacyPopup />
    </View>
  );
}
