import { MediaCheckService } from '../src/modules/files/media-check.service.js';
import type { WechatFake } from './fakes/wechat-fake.js';
import type { TestApp } from './harness.js';

/** The path (without the public origin) of a signed URL WeChat was given. */
export const mediaPath = (mediaUrl: string) => new URL(mediaUrl).pathname + new URL(mediaUrl).search;

/** Delivers one push the fake built to the app's 消息推送 endpoint. */
export const deliver = (t: TestApp, push: { query: string; body: object }) =>
  t.req().post(`/api/v1/wechat/push?${push.query}`).set('content-type', 'application/json').send(push.body);

/**
 * For tests with MEDIA_CHECK=on that upload images and then read them as another person: sends every queued image
 * to the fake (as the job would), lets "WeChat" download each through its signed URL, and pushes `suggest` for
 * each new trace id. Returns the trace ids it answered.
 */
export async function settleImages(
  t: TestApp,
  fake: WechatFake,
  suggest: 'pass' | 'review' | 'risky' = 'pass',
): Promise<string[]> {
  const before = new Set(fake.mediaChecks.map((c) => c.trace_id));
  await t.created.app.get(MediaCheckService).submitDue();
  const fresh = fake.mediaChecks.filter((c) => c.trace_id && !before.has(c.trace_id));
  for (const c of fresh) {
    await t.req().get(mediaPath(c.media_url)).expect(200);
    await deliver(t, fake.mediaPush(c.trace_id!, suggest)).expect(200);
  }
  return fresh.map((c) => c.trace_id!);
}
