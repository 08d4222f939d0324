import { Image, Input, Text, View } from '@tarojs/components';
import { Button, Loading } from '@nutui/nutui-react-taro';
import Taro from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { ErrorPanel } from '../../../components/ErrorPanel';
import { useMe } from '../../../features/home/useMe';
import {
  RELATION_OPTIONS,
  normaliseBuilding,
  normaliseEntrance,
  relationLabel,
  unitLabel,
  type Binding,
  type Relation,
} from '../../../features/identity/labels';
import { CommunitySearch } from '../../../features/identity/CommunitySearch';
import { useCreateBinding, useDocumentUpload, useJoinReview } from '../../../features/identity/useBindings';
import { getActiveCommunityId, setActiveCommunityId } from '../../../services/session';
import { chooseLocalImages, type LocalImage } from '../../../services/transfer';
import { explainWxFailure } from '../../../services/wxFailure';
import '../identity.scss';
import { pageClass } from '../../../features/settings/largeText';
import { PrivacyPopup } from '../../../components/PrivacyPopup';

type Field = 'building' | 'room' | 'name' | 'phone' | 'relation';
const PHONE = /^(\+?86)?\s*1[3-9]\d[\s-]?\d{4}[\s-]?\d{4}$/;

function TextField(props: {
  id: string;
  label: string;
  value: string;
  onChange: (v: string) => void;
  placeholder: string;
  hint?: string;
  error?: string;
  type?: 'text' | 'number';
}) {
  return (
    <View className="field" data-testid={`field-${props.id}`}>
      <Text className="field__label">{props.label}</Text>
      <Input
        className={`field-input${props.error ? ' field-input--bad' : ''}`}
        type={props.type ?? 'text'}
        value={props.value}
        placeholder={props.placeholder}
        onInput={(e) => props.onChange(e.detail.value)}
      />
      {props.hint ? <Text className="field__hint">{props.hint}</Text> : null}
      {props.error ? <Text className="field__error">{props.error}</Text> : null}
    </View>
  );
}

function Done({ binding }: { binding: Binding }) {
  const approved = binding.status === 'approved';
  return (
    <View className={pageClass()}>
      <View className="card success" data-testid="bind-submitted">
        <Text className="title">{approved ? '已绑定' : '申请已提交'}</Text>
        <Text className="text">
          {binding.communityName} {unitLabel(binding)}（{relationLabel(binding.relation)}）
        </Text>
        <Text className="muted">
          {approved
            ? '手机号与业主名册一致，已自动绑定。'
            : '业委会或物业审核后，结果会显示在“我的房屋”。如被驳回，会写明原因。'}
        </Text>
      </View>
      <Button
        className="big-button"
        type="primary"
        size="large"
        block
        onClick={() => Taro.redirectTo({ url: '/sub/identity/units/index' })}
      >
        查看我的房屋
      </Button>
    </View>
  );
}

/** The community the request goes to: one of the person's own, or one found by name (then with its address). */
interface Chosen {
  id: string;
  name: string;
  address?: string;
  districtName?: string;
  /** The WeChat review community (synthetic data): entered at once, no form. */
  review?: boolean;
}

/** The review community: one tap binds the person as a resident of a demo flat; nothing personal is asked. */
function ReviewJoin({ community }: { community: Chosen }) {
  const review = useJoinReview();
  const enter = async () => {
    const b = await review.join(community.id);
    if (!b) return;
    setActiveCommunityId(b.communityId);
    void Taro.reLaunch({ url: '/pages/index/index' });
  };
  return (
    <View className="card" data-testid="review-join">
      <Text className="subtitle">演示小区（供微信审核使用）</Text>
      <Text className="text">
        这里的房屋、工单和数据都是虚构的。无需填写姓名、手机号或上传证件，点下面的按钮即以住户身份进入，可以体验报修、查看表决和公共收益。
      </Text>
      {review.state.status === 'error' ? (
        <ErrorPanel error={review.state.error} httpStatus={review.state.httpStatus} doing="进入演示小区" />
      ) : null}
      <Button
        className="big-button"
        type="primary"
        size="large"
        block
        loading={review.state.status === 'working'}
        onClick={() => void enter()}
        data-testid="review-join-go"
      >
        进入演示小区
      </Button>
    </View>
  );
}

/**
 * Step 1: the community. Members pick one of their communities or 「其他小区」; a person without any community (a
 * newcomer) searches by name straight away. The form below appears once a community is chosen.
 */
function CommunityCard(props: {
  mine: Array<{ communityId: string; communityName: string }>;
  chosen: Chosen | undefined;
  other: boolean;
  onMine: (c: Chosen) => void;
  onOther: () => void;
  onPick: (c: Chosen) => void;
}) {
  const { mine, chosen, other } = props;
  return (
    <View className="card" data-testid="community-card">
      <Text className="subtitle">第一步：选择小区</Text>
      {mine.length ? (
        <View>
          {mine.map((c) => (
            <View
              key={c.communityId}
              className={`list-item${!other && chosen?.id === c.communityId ? ' list-item--on' : ''}`}
              hoverClass="list-item--hover"
              data-testid="community-mine"
              onClick={() => props.onMine({ id: c.communityId, name: c.communityName })}
            >
              <Text className="subtitle">{c.communityName}</Text>
              <Text className="muted">我所在的小区</Text>
            </View>
          ))}
          <View
            className={`list-item${other ? ' list-item--on' : ''}`}
            hoverClass="list-item--hover"
            data-testid="community-other"
            onClick={props.onOther}
          >
            <Text className="subtitle">其他小区</Text>
            <Text className="muted">按小区名称查找</Text>
          </View>
        </View>
      ) : (
        <Text className="text">您还没有加入任何小区。请按小区名称查找您住的小区。</Text>
      )}
      {other && chosen ? (
        <View className="list-item list-item--on" data-testid="community-chosen">
          <Text className="muted">已选择：</Text>
          <Text className="subtitle">{chosen.name}</Text>
          {chosen.address ? <Text className="text">{chosen.address}</Text> : null}
          {chosen.districtName ? <Text className="muted">{chosen.districtName}</Text> : null}
        </View>
      ) : null}
      {other && chosen ? (
        <Button className="big-button" size="large" block onClick={props.onOther} data-testid="community-change">
          不是这个小区，重新查找
        </Button>
      ) : other ? (
        <CommunitySearch
          onPick={(c) =>
            props.onPick({ id: c.id, name: c.name, address: c.address, districtName: c.districtName, review: c.review })
          }
        />
      ) : null}
    </View>
  );
}

/** The request form: community, building, entrance, room, name, phone, relation, optional document photo. */
export default function BindForm() {
  const me = useMe(true, 0);
  const create = useCreateBinding();
  const doc = useDocumentUpload();
  const [chosen, setChosen] = useState<Chosen | undefined>();
  /** 「其他小区」: the community is found by name (always so for a person without any community). */
  const [other, setOther] = useState(false);
  const [building, setBuilding] = useState('');
  const [entrance, setEntrance] = useState('');
  const [room, setRoom] = useState('');
  const [name, setName] = useState('');
  const [phone, setPhone] = useState('');
  const [relation, setRelation] = useState<Relation | undefined>();
  const [document, setDocument] = useState<{ id: string; preview: string } | undefined>();
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [done, setDone] = useState<Binding | undefined>();

  const meState = me.state;
  useEffect(() => {
    if (meState.status !== 'ok') return;
    // Pre-fill what we already know; the person can change it to match the certificate or lease.
    setName((n) => n || meState.data.name);
    setPhone((p) => p || meState.data.phone || '');
    const mine = meState.data.communities;
    if (!mine.length) {
      setOther(true);
      return;
    }
    setChosen((c) => {
      if (c) return c;
      const active = mine.find((m) => m.communityId === getActiveCommunityId()) ?? mine[0];
      return { id: active.communityId, name: active.communityName };
    });
  }, [meState]);

  if (done) return <Done binding={done} />;
  if (meState.status === 'idle' || meState.status === 'loading') {
    return (
      <View className={pageClass()}>
        <View className="card">
          <Loading type="circular" />
          <Text className="muted">正在准备表单…</Text>
        </View>
      </View>
    );
  }
  if (meState.status === 'error') {
    return (
      <View className={pageClass()}>
        <ErrorPanel
          error={meState.error}
          httpStatus={meState.httpStatus}
          doing="准备表单"
          onRetry={() => void me.reload()}
        />
      </View>
    );
  }
  const communities = meState.data.communities;
  /** A photo belongs to the community it was uploaded to: a new community needs a new photo. */
  const switchCommunity = (next: Chosen | undefined, otherMode: boolean) => {
    if (next?.id !== chosen?.id) {
      setDocument(undefined);
      doc.reset();
    }
    setChosen(next);
    setOther(otherMode);
  };
  const communityCard = (
    <CommunityCard
      mine={communities}
      chosen={chosen}
      other={other}
      onMine={(c) => switchCommunity(c, false)}
      onOther={() => switchCommunity(undefined, true)}
      onPick={(c) => switchCommunity(c, true)}
    />
  );
  if (!chosen) return <View className={pageClass()}>{communityCard}</View>;
  if (chosen.review)
    return (
      <View className={pageClass()}>
        {communityCard}
        <ReviewJoin community={chosen} />
      </View>
    );
  const community = chosen;
  /** A corrected field loses its red hint at once (it is checked again on 提交申请). */
  const edited =
    <T,>(field: Field, set: (v: T) => void) =>
    (v: T) => {
      set(v);
      setErrors((e) => {
        if (!(field in e)) return e;
        const { [field]: _fixed, ...rest } = e;
        return rest;
      });
    };

  const chooseDocument = async () => {
    let chosen: LocalImage | undefined;
    try {
      [chosen] = await chooseLocalImages(1, ['album', 'camera']);
    } catch (err) {
      await explainWxFailure(err, '相册和相机'); // says nothing on a cancel
      return;
    }
    const path = chosen?.path;
    if (!path) return;
    const uploaded = await doc.upload(community.id, path, chosen?.original?.name);
    if (uploaded) setDocument({ id: uploaded.id, preview: path });
  };

  const submit = async () => {
    const next: Partial<Record<Field, string>> = {};
    if (!building.trim()) next.building = '请填写楼栋，例如“1幢”';
    if (!room.trim()) next.room = '请填写房号，例如“101”';
    if (!name.trim()) next.name = '请填写姓名';
    if (!PHONE.test(phone.trim())) next.phone = '请填写 11 位手机号';
    if (!relation) next.relation = '请选择您与这套房屋的关系';
    setErrors(next);
    if (Object.keys(next).length || !relation) return;
    const result = await create.submit({
      communityId: community.id,
      building: normaliseBuilding(building),
      entrance: normaliseEntrance(entrance),
      room: room.trim(),
      name: name.trim(),
      phone: phone.trim(),
      relation,
      documentFileId: document?.id,
    });
    if (result) setDone(result);
  };

  return (
    <View className={pageClass()}>
      {communityCard}

      <View className="card">
        <Text className="subtitle">第二步：房屋（与房产证或租赁合同一致）</Text>
        <TextField
          id="building"
          label="楼栋"
          value={building}
          onChange={edited('building', setBuilding)}
          placeholder="例如：1幢"
          hint="只填数字也可以，例如“3”即 3幢"
          error={errors.building}
        />
        <TextField
          id="entrance"
          label="单元（没有可不填）"
          value={entrance}
          onChange={setEntrance}
          placeholder="例如：1单元"
        />
        <TextField
          id="room"
          label="房号"
          value={room}
          onChange={edited('room', setRoom)}
          placeholder="例如：101"
          error={errors.room}
        />
      </View>

      <View className="card">
        <Text className="subtitle">申请人</Text>
        <TextField
          id="name"
          label="姓名"
          value={name}
          onChange={edited('name', setName)}
          placeholder="与证件一致"
          error={errors.name}
        />
        <TextField
          id="phone"
          label="手机号"
          value={phone}
          onChange={edited('phone', setPhone)}
          placeholder="11 位手机号"
          type="number"
          error={errors.phone}
        />
        <View className="field">
          <Text className="field__label">与房屋的关系</Text>
          <View className="choices">
            {RELATION_OPTIONS.map((r) => (
              <View
                key={r.value}
                data-testid={`relation-${r.value}`}
                className={`choice${relation === r.value ? ' choice--on' : ''}`}
                onClick={() => edited('relation', setRelation)(r.value)}
              >
                <Text className="choice__label">{r.label}</Text>
                <Text className="choice__hint">{r.hint}</Text>
              </View>
            ))}
          </View>
          {errors.relation ? <Text className="field__error">{errors.relation}</Text> : null}
        </View>
      </View>

      <View className="card">
        <Text className="subtitle">证明材料（可不传）</Text>
        <Text className="muted">房产证、购房合同或租赁合同的照片，可加快审核。照片只给审核人看。</Text>
        {document ? <Image className="doc-image" mode="widthFix" src={document.preview} /> : null}
        <Button
          className="big-button"
          size="large"
          block
          loading={doc.state.status === 'working'}
          onClick={() => void chooseDocument()}
          data-testid="choose-document"
        >
          {document ? '换一张照片' : '拍照或选择照片'}
        </Button>
        {document ? (
          <Text className="text" data-testid="document-uploaded">
            照片已上传
          </Text>
        ) : null}
        {doc.state.status === 'error' ? (
          <ErrorPanel error={doc.state.error} httpStatus={doc.state.httpStatus} doing="上传照片" />
        ) : null}
      </View>

      {Object.keys(errors).length ? <Text className="field__error">还有内容没有填好，请看上面的红色提示。</Text> : null}
      {create.state.status === 'error' ? (
        <ErrorPanel error={create.state.error} httpStatus={create.state.httpStatus} doing="提交申请" />
      ) : null}
      <Button
        className="big-button"
        type="primary"
        size="large"
        block
        loading={create.state.status === 'working'}
        disabled={create.state.status === 'working' || doc.state.status === 'working'}
        onClick={() => void submit()}
        data-testid="submit-binding"
      >
        提交申请
      </Button>
      <PrivacyPopup />
    </View>
  );
}
