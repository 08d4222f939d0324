import { randomUUID } from 'node:crypto';
import { ErrorCode } from '@gongzhi/domain';
import sharp from 'sharp';
import { MediaCheckService } from '../src/modules/files/media-check.service.js';
import { makeCommunity, type CommunityFixture } from './factories.js';
import { ModerationFake } from './fakes/moderation-fake.js';
import { WechatFake } from './fakes/wechat-fake.js';
import { ownerQuery, startTestApp, type TestApp } from './harness.js';
import { deliver, mediaPath, settleImages } from './media-check-helpers.js';

const jpeg = (r: number) =>
  sharp({ create: { width: 64, height: 48, channels: 3, background: { r, g: 90, b: 40 } } })
    .jpeg()
    .toBuffer();

/**
 * Content security of images others see (domain-rules §9): media_check_async with a short-lived signed URL, the
 * verdict pushed to the 消息推送 endpoint (signed, AES-encrypted, deduplicated), the image hidden from everyone but
 * its uploader until it passes, the uploader told when it does not; outages keep it hidden and are retried.
 */
describe('content security of images (MEDIA_CHECK=on)', () => {
  /** Openids are unique across the test database: each run gets its own. */
  const run = randomUUID().slice(0, 8);
  const wechat = new WechatFake();
  const moderation = new ModerationFake();
  let t: TestApp;
  let c: CommunityFixture;
  let svc: MediaCheckService;
  let wechatBase = '';

  beforeAll(async () => {
    const base = await wechat.start();
    wechatBase = base;
    const moderationUrl = await moderation.start();
    t = await startTestApp(
      wechat.env(base, {
        ...wechat.pushEnv(),
        CONTENT_MODERATION_URL: moderationUrl,
        CONTENT_MODERATION_TOKEN: moderation.token,
      }),
    );
    svc = t.created.app.get(MediaCheckService);
    c = await makeCommunity(t);
    for (const [key, id] of Object.entries(c.people)) {
      if (key !== 'member2')
        await ownerQuery('UPDATE persons SET openid = $2 WHERE id = $1', [id, `openid-${key}-${run}`]);
    }
  });
  afterAll(async () => {
    await t.close();
    await wechat.stop();
    await moderation.stop();
  });
  beforeEach(() => {
    wechat.resetScripts();
    moderation.reset();
  });

  const upload = async (who: string, purpose = 'repair_photo', r = 120) =>
    (
      await t
        .req()
        .post('/api/v1/files')
        .set(c.as(who))
        .field('purpose', purpose)
        .attach('file', await jpeg(r), { filename: '漏水.jpg', contentType: 'image/jpeg' })
        .expect(201)
    ).body.id as string;
  /** A repair by owner1 with one photo; the manager (another person) may see the ticket and its photos. */
  const repairWithPhoto = async () => {
    const photo = await upload('owner1');
    await t
      .req()
      .post('/api/v1/repairs')
      .set(c.as('owner1'))
      .send({
        areaKind: 'unit',
        unitId: c.units[0].id,
        category: 'water',
        description: '厨房水管漏水',
        location: '厨房',
        urgency: 'normal',
        photoIds: [photo],
      })
      .expect(201);
    return photo;
  };
  const view = (who: string, fileId: string) => t.req().get(`/api/v1/files/${fileId}/content`).set(c.as(who));
  const status = async (fileId: string) =>
    (await ownerQuery(`SELECT status FROM media_checks WHERE file_id = $1`, [fileId]))[0]?.status as string;
  const inbox = async (who: string) =>
    (await t.req().get('/api/v1/messages').set(c.as(who)).expect(200)).body.items as Array<{
      kind: string;
      title: string;
      body: string;
    }>;
  const lastTrace = () => wechat.mediaChecks.at(-1)!.trace_id!;

  describe('the path of one image', () => {
    it('is hidden from others until WeChat passes it; WeChat fetches it through a signed URL; then everyone allowed sees it', async () => {
      const photo = await repairWithPhoto();
      expect(await status(photo)).toBe('queued');
      await view('owner1', photo).expect(200); // its uploader sees it
      const held = await view('manager', photo).expect(404);
      expect(held.body.error.message).toBe('这张图片正在进行内容安全检查（或未通过检查），暂时不能查看');

      expect(await svc.submitDue()).toBe(1);
      expect(wechat.mediaChecks).toEqual([
        expect.objectContaining({ media_type: 2, version: 2, scene: 2, openid: `openid-owner1-${run}` }),
      ]);
      const url = new URL(wechat.mediaChecks[0].media_url);
      expect(url.origin).toBe('https://api.example.test');
      expect(url.pathname).toBe(`/api/v1/media-check/${photo}`);
      expect(url.search).not.toMatch(/openid|owner|community/i);
      const fetched = await t.req().get(mediaPath(url.href)).expect(200);
      expect(fetched.headers['content-type']).toBe('image/jpeg');
      expect(fetched.headers['cache-control']).toBe('no-store');
      expect(await status(photo)).toBe('submitted');
      await view('manager', photo).expect(404);

      await deliver(t, wechat.mediaPush(lastTrace(), 'pass')).expect(200).expect('success');
      expect(await status(photo)).toBe('pass');
      await view('manager', photo).expect(200);
      // Once decided, the signed URL serves nothing more.
      await t.req().get(mediaPath(url.href)).expect(404);
    });

    it.each(['risky', 'review'] as const)(
      'an image WeChat finds %s stays hidden from others, and its uploader is told in an in-app message',
      async (suggest) => {
        const photo = await repairWithPhoto();
        await svc.submitDue();
        await deliver(t, wechat.mediaPush(lastTrace(), suggest)).expect(200);
        expect(await status(photo)).toBe(suggest);
        await view('manager', photo).expect(404);
        await view('owner1', photo).expect(200);
        expect((await inbox('owner1'))[0]).toMatchObject({
          kind: 'media.held',
          title: '图片未通过内容安全检查',
          body: expect.stringContaining('您上传的报修照片「漏水.jpg」未通过微信内容安全检查，其他人看不到它'),
        });
      },
    );

    it('a duplicate push is handled once; a late, laxer verdict cannot unhide a held image; a stricter one wins', async () => {
      const photo = await repairWithPhoto();
      await svc.submitDue();
      const trace = lastTrace();
      const risky = wechat.mediaPush(trace, 'risky');
      await deliver(t, risky).expect(200);
      await deliver(t, risky).expect(200); // WeChat retried the same push
      const messages = (await inbox('owner1')).filter((m) => m.kind === 'media.held').length;
      await deliver(t, wechat.mediaPush(trace, 'pass')).expect(200); // late and laxer
      expect(await status(photo)).toBe('risky');
      await view('manager', photo).expect(404);
      expect((await inbox('owner1')).filter((m) => m.kind === 'media.held')).toHaveLength(messages);
      const events = await ownerQuery(
        `SELECT outcome FROM wechat_push_events WHERE payload->>'trace_id' = $1 ORDER BY received_at`,
        [trace],
      );
      expect(events.map((e) => e.outcome)).toEqual(['handled', 'duplicate-verdict']);

      const passed = await repairWithPhoto();
      await svc.submitDue();
      const t2 = lastTrace();
      await deliver(t, wechat.mediaPush(t2, 'pass')).expect(200);
      await deliver(t, wechat.mediaPush(t2, 'risky')).expect(200); // a stricter verdict arrives later
      expect(await status(passed)).toBe('risky');
      await view('manager', passed).expect(404);
    });

    it('no push within an hour: submitted again; the late push of the first trace id still decides', async () => {
      const photo = await repairWithPhoto();
      await svc.submitDue();
      const first = lastTrace();
      expect(await svc.submitDue(new Date(Date.now() + 30 * 60_000))).toBe(0);
      expect(await svc.submitDue(new Date(Date.now() + 61 * 60_000))).toBe(1);
      expect(lastTrace()).not.toBe(first);
      await deliver(t, wechat.mediaPush(first, 'pass')).expect(200);
      expect(await status(photo)).toBe('pass');
      await view('manager', photo).expect(200);
    });
  });

  describe('WeChat unavailable: images stay hidden and are retried', () => {
    it.each([
      ['an HTTP 502', { httpStatus: 502 }],
      ['a system error (-1)', { errcode: -1 }],
    ] as const)('%s keeps the image queued and hidden; the next sweep submits it', async (_l, b) => {
      const photo = await repairWithPhoto();
      wechat.nextMediaChecks(b);
      await expect(svc.submit(photo)).rejects.toMatchObject({ code: ErrorCode.WECHAT_UNAVAILABLE });
      expect(await status(photo)).toBe('queued');
      await view('manager', photo).expect(404);
      await settleImages(t, wechat);
      expect(await status(photo)).toBe('pass');
      await view('manager', photo).expect(200);
    });
  });

  describe('the push endpoint trusts nothing unsigned', () => {
    it('a forged signature is refused (403) and changes nothing', async () => {
      const photo = await repairWithPhoto();
      await svc.submitDue();
      const before = (await ownerQuery(`SELECT count(*)::int AS n FROM wechat_push_events`))[0].n;
      const res = await deliver(t, wechat.mediaPush(lastTrace(), 'pass', { forge: true })).expect(403);
      expect(res.body.error.code).toBe(ErrorCode.FORBIDDEN);
      expect(await status(photo)).toBe('submitted');
      await view('manager', photo).expect(404);
      expect((await ownerQuery(`SELECT count(*)::int AS n FROM wechat_push_events`))[0].n).toBe(before);
    });

    it('a message encrypted for another app, a tampered Encrypt and a plain-text (unencrypted) push are refused', async () => {
      const photo = await repairWithPhoto();
      await svc.submitDue();
      await deliver(t, wechat.mediaPush(lastTrace(), 'pass', { appId: 'wx-other-app' })).expect(403);
      const p = wechat.mediaPush(lastTrace(), 'pass');
      await deliver(t, {
        query: p.query,
        body: { ...p.body, Encrypt: p.body.Encrypt.slice(0, -8) + 'AAAAAAA=' },
      }).expect(403);
      const plain = new URLSearchParams(p.query);
      plain.delete('encrypt_type');
      plain.delete('msg_signature');
      await t
        .req()
        .post(`/api/v1/wechat/push?${plain}`)
        .send({ MsgType: 'event', Event: 'wxa_media_check', trace_id: lastTrace(), result: { suggest: 'pass' } })
        .expect(403);
      expect(await status(photo)).toBe('submitted');
    });

    it('odd request shapes are refused without a 500', async () => {
      const p = wechat.mediaPush('trace-x', 'pass');
      const q = new URLSearchParams(p.query);
      const shapes: Array<[string, string | object | undefined, string?]> = [
        [p.query, undefined],
        [p.query, '[1,2,3]', 'application/json'],
        [p.query, 'not json at all', 'text/plain'],
        [p.query, { Encrypt: 42 }],
        [p.query, { Encrypt: ['a'] }],
        [`${p.query}&timestamp=2`, p.body],
        [q.toString().replace(/msg_signature=[^&]+/, 'msg_signature[]=x'), p.body],
        ['', p.body],
      ];
      for (const [query, body, type] of shapes) {
        const req = t.req().post(`/api/v1/wechat/push?${query}`);
        const res = await (type ? req.set('content-type', type).send(body as string) : req.send(body as object));
        expect([400, 403]).toContain(res.status);
        expect(res.body.error?.code).toBeDefined();
      }
      for (const path of ['/api/v1/media-check/not-a-uuid?e=1&s=x', `/api/v1/media-check/${c.communityId}?e[]=1&s=x`])
        await t.req().get(path).expect(404);
      await t.req().get('/api/v1/wechat/push?signature[]=a&timestamp=1&nonce=2&echostr=3').expect(403);
    });

    it('answers the server-address check with echostr only when signed with the Token', async () => {
      const ok = await t
        .req()
        .get(`/api/v1/wechat/push?${wechat.verifyQuery('echo-7781')}`)
        .expect(200);
      expect(ok.text).toBe('echo-7781');
      await t
        .req()
        .get(`/api/v1/wechat/push?${wechat.verifyQuery('echo-7781', { forge: true })}`)
        .expect(403);
    });

    it('stores an event nobody handles yet (a subscribe-message event) as ignored, without the openid, and answers success', async () => {
      const push = wechat.push({
        ToUserName: 'gh_test',
        FromUserName: 'openid-owner1',
        CreateTime: 1767225600,
        MsgType: 'event',
        Event: 'subscribe_msg_popup_event',
        List: [{ TemplateId: 'tpl-1', SubscribeStatusString: 'accept', PopupScene: '0' }],
      });
      await deliver(t, push).expect(200).expect('success');
      await deliver(t, push).expect(200);
      const rows = await ownerQuery(`SELECT outcome, payload FROM wechat_push_events WHERE event = $1`, [
        'subscribe_msg_popup_event',
      ]);
      expect(rows).toHaveLength(1);
      expect(rows[0].outcome).toBe('ignored');
      expect(JSON.stringify(rows[0].payload)).not.toContain('openid-owner1');
      await deliver(t, wechat.mediaPush('trace-nobody-knows', 'pass')).expect(200);
    });

    it('the signed URL serves nothing with a bad or expired signature, or for another file', async () => {
      const photo = await repairWithPhoto();
      const other = await repairWithPhoto();
      await svc.submitDue();
      const good = new URL(wechat.mediaChecks.find((m) => m.media_url.includes(photo))!.media_url);
      await t.req().get(mediaPath(good.href)).expect(200);
      const swapped = new URL(good.href);
      swapped.pathname = swapped.pathname.replace(photo, other);
      await t.req().get(mediaPath(swapped.href)).expect(404);
      const bad = new URL(good.href);
      bad.searchParams.set(
        's',
        bad.searchParams.get('s')!.replace(/^./, (ch) => (ch === 'A' ? 'B' : 'A')),
      );
      await t.req().get(mediaPath(bad.href)).expect(404);
      const expired = await svc.submit(photo, new Date(Date.now() - 3 * 3600_000));
      expect(expired).toBe('submitted');
      await t
        .req()
        .get(mediaPath(wechat.mediaChecks.at(-1)!.media_url))
        .expect(404);
      const longer = new URL(good.href);
      longer.searchParams.set('e', String(Number(good.searchParams.get('e')) + 86400));
      await t.req().get(mediaPath(longer.href)).expect(404);
    });
  });

  describe('other images and routes', () => {
    it('a ledger attachment image is checked too: owners see it on the posted entry only after it passes', async () => {
      const img = await upload('manager', 'ledger_attachment');
      const draft = await t
        .req()
        .post('/api/v1/ledger/entries')
        .set(c.as('manager'))
        .send({
          kind: 'income',
          category: 'advertising',
          grossAmountYuan: '100.00',
          counterparty: '某传媒',
          attachmentFileIds: [img],
        })
        .expect(201);
      await t.req().post(`/api/v1/ledger/entries/${draft.body.id}/submit`).set(c.as('manager')).expect(200);
      await t.req().post(`/api/v1/ledger/entries/${draft.body.id}/approve`).set(c.as('member1')).expect(200);
      await view('owner2', img).expect(404);
      await settleImages(t, wechat);
      await view('owner2', img).expect(200);
    });

    it('documents that only officials read (ballot scans) and PDFs are not held', async () => {
      const scan = await upload('chair', 'ballot_scan');
      expect(await status(scan)).toBeUndefined();
    });
  });

  describe('uploaders WeChat cannot check', () => {
    it('an official on H5 (no openid): the second provider checks the image through the signed URL', async () => {
      const img = await upload('member2', 'ledger_attachment');
      const calls = wechat.calls.mediaCheck;
      expect(await svc.submit(img)).toBe('pass');
      expect(wechat.calls.mediaCheck).toBe(calls);
      expect(moderation.requests).toEqual([
        {
          type: 'image',
          url: expect.stringMatching(`^https://api.example.test/api/v1/media-check/${img}\\?e=`),
          scene: 'comment',
        },
      ]);
      expect(await status(img)).toBe('pass');
    });

    it('the second provider blocking it holds it and tells the uploader; its outage keeps it queued', async () => {
      const img = await upload('member2', 'ledger_attachment');
      moderation.next({ httpStatus: 503 });
      await expect(svc.submit(img)).rejects.toMatchObject({ code: ErrorCode.UNAVAILABLE });
      expect(await status(img)).toBe('queued');
      moderation.next({ verdict: 'block' });
      expect(await svc.submit(img)).toBe('risky');
      expect((await inbox('member2'))[0]).toMatchObject({ kind: 'media.held', title: '图片未通过内容安全检查' });
    });

    it('a WeChat uploader not in the mini-program for two hours (61010) goes to the second provider', async () => {
      const photo = await repairWithPhoto();
      wechat.nextMediaChecks({ errcode: 61010 });
      expect(await svc.submit(photo)).toBe('pass');
      expect(moderation.requests).toHaveLength(1);
    });
  });

  describe('without a second provider', () => {
    let t2: TestApp;
    let c2: CommunityFixture;
    beforeAll(async () => {
      t2 = await startTestApp(wechat.env(wechatBase, wechat.pushEnv()));
      c2 = await makeCommunity(t2);
    });
    afterAll(() => t2.close());

    it('an image from an uploader outside WeChat stays hidden (never shown unchecked) and the uploader is told why', async () => {
      const id = (
        await t2
          .req()
          .post('/api/v1/files')
          .set(c2.as('manager'))
          .field('purpose', 'ledger_attachment')
          .attach('file', await jpeg(30), { filename: '收据.jpg', contentType: 'image/jpeg' })
          .expect(201)
      ).body.id;
      expect(await t2.created.app.get(MediaCheckService).submit(id)).toBe('unchecked');
      const msgs = (await t2.req().get('/api/v1/messages').set(c2.as('manager')).expect(200)).body.items;
      expect(msgs[0]).toMatchObject({ kind: 'media.held', title: '图片无法检查，暂不公开' });
    });
  });
});
