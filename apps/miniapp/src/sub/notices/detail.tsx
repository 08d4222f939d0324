import { Input, Text, View } from '@tarojs/components';
import { Button, Loading } from '@nutui/nutui-react-taro';
import Taro, { useRouter } from '@tarojs/taro';
import { useEffect, useRef, useState } from 'react';
import { ErrorPanel } from '../../components/ErrorPanel';
import { useApiActionFor } from '../../features/shared/useApiAction';
import {
  choosePostingPhoto,
  noticeActions,
  shortTime,
  useNotice,
  useReach,
  useIsPublisher,
} from '../../features/notices/useNotices';
import { API_BASE, newIdempotencyKey } from '../../services/api';
import { getActiveCommunityId, getSession } from '../../services/session';
import '../../features/notices/notices.scss';
import { pageClass } from '../../features/settings/largeText';

/** A 小程序码 carries the notice id without dashes (its scene is at most 32 characters). */
function idFrom(params: Record<string, string | undefined>): string | undefined {
  if (params.id) return params.id;
  const s = params.scene ? decodeURIComponent(params.scene) : '';
  return /^[0-9a-f]{32}$/i.test(s)
    ? `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`
    : undefined;
}

/** One notice: records the read on opening; 「我已知晓」 where asked; publishers see reach, the poster and the board. */
export default function NoticeDetail() {
  const id = idFrom(useRouter().params);
  const q = useNotice(id);
  const publisher = useIsPublisher();
  const reach = useReach(id, publisher);
  const ack = useApiActionFor(noticeActions.acknowledge);
  const remind = useApiActionFor(noticeActions.remind);
  const post = useApiActionFor(noticeActions.posting);
  const [place, setPlace] = useState('');
  const [photoId, setPhotoId] = useState<string | null>(null);
  const [sent, setSent] = useState<number | null>(null);
  const remindKey = useRef(newIdempotencyKey());
  const read = useRef(false);

  useEffect(() => {
    if (!id || read.current || q.state.status !== 'ok') return;
    read.current = true;
    if (!q.state.data.mine.readAt) void noticeActions.read(id).then(() => void reach.reload());
  }, [id, q.state, reach]);

  if (!id)
    return (
      <View className={pageClass()}>
        <Text className="text">没有找到这份通知。</Text>
      </View>
    );
  const s = q.state;
  if (s.status === 'error')
    return (
      <View className={pageClass()}>
        <ErrorPanel error={s.error} httpStatus={s.httpStatus} doing="读取通知" onRetry={() => void q.reload()} />
      </View>
    );
  if (s.status !== 'ok') return <Loading type="circular" />;
  const n = s.data;

  const openPoster = () => {
    // The poster is an HTML page for printing; it needs the sign-in headers, so it is fetched and written into a
    // window opened at the tap (a window opened later, after the answer, would be blocked as a pop-up).
    const w = process.env.TARO_ENV === 'h5' ? window.open('', '_blank') : null;
    void Taro.request({
      url: `${API_BASE}/api/v1/notices/${n.id}/poster.html`,
      header: {
        Authorization: `Bearer ${getSession()?.accessToken ?? ''}`,
        'X-Community-Id': getActiveCommunityId() ?? '',
      },
      dataType: 'text',
      responseType: 'text',
    }).then((r) => {
      if (w) {
        w.document.write(String(r.data));
        w.document.close();
      } else
        void Taro.showModal({
          title: '打印海报',
          content: '小程序里不能打印，请在电脑浏览器中打开共治网页版，进入这份通知打印海报。',
          showCancel: false,
        });
    });
  };

  return (
    <View className={pageClass()}>
      <View className={`card ${n.onTop ? 'notice-card--urgent' : ''}`}>
        <Text className="notice-tag">
          {n.typeLabel}
          {n.withdrawn ? ' · 已撤回' : n.current ? '' : ' · 已过期'}
        </Text>
        <Text className="title" data-testid="notice-title">
          {n.title}
        </Text>
        <Text className="muted">
          {n.publisher}发布 · {shortTime(n.publishedAt)} · 展示到 {shortTime(n.displayUntil)}
        </Text>
        {n.buildingNames.length ? <Text className="muted">发给：{n.buildingNames.join('、')}</Text> : null}
        {n.speaksForCommittee ? <Text className="muted">业委会决定：{n.committeeApprovals} 位委员同意</Text> : null}
        <Text className="text notice-body">{n.body}</Text>
        {n.outage ? (
          <Text className="text">
            时间：{shortTime(n.outage.startsAt)} 至 {shortTime(n.outage.endsAt)}
          </Text>
        ) : null}
        {n.cites ? (
          <Text className="link" onClick={() => void Taro.navigateTo({ url: `/sub/notices/detail?id=${n.cites!.id}` })}>
            {n.cites.citeKind === 'withdrawal' ? '撤回' : '更正'}了：{n.cites.title}
          </Text>
        ) : null}
        {n.citedBy.map((c) => (
          <Text
            key={c.id}
            className="link"
            onClick={() => void Taro.navigateTo({ url: `/sub/notices/detail?id=${c.id}` })}
          >
            本通知已被{c.citeKind === 'withdrawal' ? '撤回' : '更正'}：{c.title}
          </Text>
        ))}
      </View>

      {n.needsAcknowledgement ? (
        <View className="card">
          {n.mine.acknowledgedAt ? (
            <Text className="text" data-testid="notice-acknowledged">
              您已确认知晓（{shortTime(n.mine.acknowledgedAt)}）
            </Text>
          ) : (
            <Button
              className="big-button"
              type="primary"
              size="large"
              block
              data-testid="notice-ack"
              loading={ack.state.status === 'working'}
              onClick={async () => {
                if (await ack.go(n.id)) void q.reload();
              }}
            >
              我已知晓
            </Button>
          )}
          {ack.state.status === 'error' ? (
            <ErrorPanel error={ack.state.error} httpStatus={ack.state.httpStatus} doing="确认知晓" />
          ) : null}
        </View>
      ) : null}

      {n.boardPostings.length ? (
        <View className="card">
          <Text className="subtitle">公告栏张贴</Text>
          {n.boardPostings.map((p) => (
            <Text key={p.id} className="text" data-testid="notice-posting">
              {p.posterRole}于{shortTime(p.postedAt)}张贴在{p.place}
            </Text>
          ))}
        </View>
      ) : null}

      {publisher && reach.state.status === 'ok' ? (
        <View className="card" data-testid="notice-reach">
          <Text className="subtitle">到达情况</Text>
          <Text className="text">{reach.state.data.text}</Text>
          {reach.state.data.needsAcknowledgement ? (
            <Text className="text">已确认知晓 {reach.state.data.acknowledged} 户</Text>
          ) : null}
          {reach.state.data.buildings.map((b) => (
            <Text key={b.buildingId} className="muted" data-testid="notice-reach-building">
              {b.buildingName}：{b.shown ? b.text : `共 ${b.households} 户（不足 5 户，不显示）`}
            </Text>
          ))}
          <Button
            className="big-button"
            size="large"
            block
            data-testid="notice-remind"
            onClick={async () => {
              const r = await remind.go(n.id, remindKey.current);
              if (r) setSent(r.recipients);
            }}
          >
            提醒还没看的住户
          </Button>
          {sent !== null ? <Text className="text">已提醒 {sent} 人</Text> : null}
          <Button className="big-button" size="large" block data-testid="notice-poster" onClick={openPoster}>
            打印张贴海报
          </Button>
        </View>
      ) : null}

      {publisher ? (
        <View className="card">
          <Text className="subtitle">登记张贴</Text>
          <Text className="muted">把海报贴到公告栏后，拍一张照片，写上张贴地点。</Text>
          <Input
            className="input"
            data-testid="notice-place"
            placeholder="例如：1幢1单元大堂公告栏"
            value={place}
            maxlength={60}
            onInput={(e) => setPlace(e.detail.value)}
          />
          <Button
            className="big-button"
            size="large"
            block
            data-testid="notice-photo"
            onClick={async () => {
              const r = await choosePostingPhoto();
              if (r?.data) setPhotoId(r.data.id);
            }}
          >
            {photoId ? '照片已上传，可重拍' : '拍照或选照片'}
          </Button>
          <Button
            className="big-button"
            type="primary"
            size="large"
            block
            disabled={!photoId || !place.trim()}
            data-testid="notice-post"
            loading={post.state.status === 'working'}
            onClick={async () => {
              if (photoId && (await post.go(n.id, photoId, place.trim()))) {
                setPhotoId(null);
                setPlace('');
                void q.reload();
              }
            }}
          >
            登记张贴
          </Button>
          {post.state.status === 'error' ? (
            <ErrorPanel error={post.state.error} httpStatus={post.state.httpStatus} doing="登记张贴" />
          ) : null}
        </View>
      ) : null}
    </View>
  );
}
