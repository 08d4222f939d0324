import { ErrorCode } from '@gongzhi/domain';
import { FieldCipher } from '../src/common/crypto.js';
import { makeCommunity, type CommunityFixture } from './factories.js';
import { WechatFake } from './fakes/wechat-fake.js';
import { ownerQuery, startTestApp, type TestApp } from './harness.js';

const wxLogin = (t: TestApp, code: string) => t.req().post('/api/v1/auth/wechat/login').send({ code });
const personCount = async () => (await ownerQuery<{ n: number }>('SELECT count(*)::int AS n FROM persons'))[0].n;

describe('WeChat sign-in and phone number', () => {
  const fake = new WechatFake();
  let t: TestApp;
  let c: CommunityFixture;
  let cipher: FieldCipher;
  beforeAll(async () => {
    const base = await fake.start();
    t = await startTestApp(fake.env(base));
    c = await makeCommunity(t);
    cipher = new FieldCipher(t.created.config.dataKey);
  });
  afterAll(async () => {
    await t.close();
    await fake.stop();
  });

  describe('behaviour', () => {
    it('signs in with a wx.login code and never returns the openid or session key', async () => {
      fake.login('code-alice-0001', { openid: 'openid-alice' });
      const res = await wxLogin(t, 'code-alice-0001').expect(200);
      expect(Object.keys(res.body).sort()).toEqual(['accessToken', 'expiresIn', 'refreshToken']);
      expect(JSON.stringify(res.body)).not.toMatch(/openid-alice|SESSION-KEY/);
      const me = await t.req().get('/api/v1/me').set('Authorization', `Bearer ${res.body.accessToken}`).expect(200);
      expect(me.body).toMatchObject({ name: '微信用户', phone: null, communities: [] });
      expect(JSON.stringify(me.body)).not.toMatch(/openid-alice|SESSION-KEY/);
      const stored = await ownerQuery(`SELECT * FROM persons WHERE openid = 'openid-alice'`);
      expect(stored).toHaveLength(1);
      expect(JSON.stringify(stored)).not.toMatch(/SESSION-KEY/);
    });

    it('finds the same person again on a later sign-in', async () => {
      fake.login('code-alice-0002', { openid: 'openid-alice' });
      const before = await personCount();
      const res = await wxLogin(t, 'code-alice-0002').expect(200);
      expect(await personCount()).toBe(before);
      const me = await t.req().get('/api/v1/me').set('Authorization', `Bearer ${res.body.accessToken}`).expect(200);
      const [row] = await ownerQuery<{ id: string }>(`SELECT id FROM persons WHERE openid = 'openid-alice'`);
      expect(me.body.id).toBe(row.id);
    });

    it('refuses a replayed code even though WeChat would accept it again, without asking WeChat', async () => {
      fake.login('code-bob-00001', { openid: 'openid-bob' });
      await wxLogin(t, 'code-bob-00001').expect(200);
      const calls = fake.calls.jscode2session;
      const replay = await wxLogin(t, 'code-bob-00001').expect(400);
      expect(replay.body.error).toMatchObject({
        code: ErrorCode.WECHAT_CODE_INVALID,
        message: '登录码已使用过，请重新进入小程序',
      });
      expect(fake.calls.jscode2session).toBe(calls);
    });

    it('stores only a hash of used codes', async () => {
      const rows = await ownerQuery<{ code_hash: string }>('SELECT code_hash FROM wechat_used_codes');
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.map((r) => r.code_hash).join()).not.toMatch(/code-/);
    });

    it.each([
      ['an invalid code (40029)', { errcode: 40029 }, 400, ErrorCode.WECHAT_CODE_INVALID, /登录码无效/],
      ['WeChat rate limiting (45011)', { errcode: 45011 }, 429, ErrorCode.WECHAT_RATE_LIMITED, /太频繁/],
      ['a risky user (40226)', { errcode: 40226 }, 403, ErrorCode.WECHAT_RISKY_USER, /风险/],
      ['a system error (-1)', { errcode: -1 }, 502, ErrorCode.WECHAT_UNAVAILABLE, /暂时不可用/],
      ['an HTTP 500', { httpStatus: 500 }, 502, ErrorCode.WECHAT_UNAVAILABLE, /暂时不可用/],
      [
        'an answer slower than the timeout',
        { delayMs: 2000, then: { openid: 'openid-slow' } },
        502,
        ErrorCode.WECHAT_UNAVAILABLE,
        /暂时不可用/,
      ],
    ] as const)('maps %s to a Chinese error and creates nobody', async (_label, behaviour, status, code, message) => {
      const wxCode = `code-err-${Math.random().toString(36).slice(2, 10)}`;
      fake.login(wxCode, behaviour);
      const before = await personCount();
      const res = await wxLogin(t, wxCode).expect(status);
      expect(res.body.error.code).toBe(code);
      expect(res.body.error.message).toMatch(message);
      expect(await personCount()).toBe(before);
    });

    it('maps an unknown code (WeChat answers 40029) to 400', async () => {
      const res = await wxLogin(t, 'code-never-issued').expect(400);
      expect(res.body.error.code).toBe(ErrorCode.WECHAT_CODE_INVALID);
    });

    it('signing in never calls the billed phone-number API', async () => {
      const phoneCalls = fake.calls.phone;
      fake.login('code-carol-0001', { openid: 'openid-carol' });
      await wxLogin(t, 'code-carol-0001').expect(200);
      expect(fake.calls.phone).toBe(phoneCalls);
    });

    it('stores the phone of a tap encrypted, shows it to the person only, and caches the access token', async () => {
      fake
        .login('code-dave-0001', { openid: 'openid-dave' })
        .phone('phone-dave-0001', { phone: '13600001111' })
        .phone('phone-dave-0002', { phone: '13600001111' });
      const s = (await wxLogin(t, 'code-dave-0001').expect(200)).body;
      const auth = { Authorization: `Bearer ${s.accessToken}` };
      const tokensBefore = fake.calls.stableToken;
      const res = await t.req().post('/api/v1/me/phone').set(auth).send({ code: 'phone-dave-0001' }).expect(200);
      expect(res.body).toEqual({ phone: '13600001111', phoneMasked: '136****1111', boundUnits: [] });
      await t.req().post('/api/v1/me/phone').set(auth).send({ code: 'phone-dave-0002' }).expect(200);
      // The first exchange of this app fetches the token; the second uses the cached one.
      expect(tokensBefore).toBe(0);
      expect(fake.calls.stableToken).toBe(1);
      const [row] = await ownerQuery<{ phone_enc: string; phone_hash: string }>(
        `SELECT phone_enc, phone_hash FROM persons WHERE openid = 'openid-dave'`,
      );
      expect(row.phone_enc).not.toContain('13600001111');
      expect(cipher.decrypt(row.phone_enc)).toBe('13600001111');
      expect(row.phone_hash).toBe(cipher.blindIndex('13600001111'));
      const me = await t.req().get('/api/v1/me').set(auth).expect(200);
      expect(me.body.phone).toBe('13600001111');
    });

    it('fetches a new access token once when WeChat says the cached one is no longer valid', async () => {
      fake.login('code-erin-0001', { openid: 'openid-erin' }).phone('phone-erin-0001', { phone: '13600002222' });
      const s = (await wxLogin(t, 'code-erin-0001').expect(200)).body;
      fake.expireTokens();
      const before = fake.calls.stableToken;
      await t
        .req()
        .post('/api/v1/me/phone')
        .set('Authorization', `Bearer ${s.accessToken}`)
        .send({ code: 'phone-erin-0001' })
        .expect(200);
      expect(fake.calls.stableToken).toBe(before + 1);
    });

    it('binds at once the units the roster lists under the verified phone', async () => {
      // The roster knows an owner of unit 5 by phone only (a person who never signed in).
      const [placeholder] = await ownerQuery<{ id: string }>(
        `INSERT INTO persons (name, phone_enc, phone_hash) VALUES ('钱业主', $1, $2) RETURNING id`,
        [cipher.encrypt('13600003333'), cipher.blindIndex('13600003333')],
      );
      await ownerQuery(`INSERT INTO ownerships (community_id, unit_id, person_id) VALUES ($1, $2, $3)`, [
        c.communityId,
        c.units[5].id,
        placeholder.id,
      ]);
      fake.login('code-qian-0001', { openid: 'openid-qian' }).phone('phone-qian-0001', { phone: '13600003333' });
      const s = (await wxLogin(t, 'code-qian-0001').expect(200)).body;
      const auth = { Authorization: `Bearer ${s.accessToken}` };
      const res = await t.req().post('/api/v1/me/phone').set(auth).send({ code: 'phone-qian-0001' }).expect(200);
      expect(res.body.boundUnits).toEqual([
        expect.objectContaining({ communityId: c.communityId, building: '1幢', room: c.units[5].room }),
      ]);
      const me = await t.req().get('/api/v1/me').set(auth).expect(200);
      expect(me.body.communities).toEqual([
        expect.objectContaining({ communityId: c.communityId, roles: expect.arrayContaining(['owner', 'resident']) }),
      ]);
      const [own] = await ownerQuery<{ person_id: string }>(`SELECT person_id FROM ownerships WHERE unit_id = $1`, [
        c.units[5].id,
      ]);
      expect(own.person_id).toBe(me.body.id);
      const [res2] = await ownerQuery(
        `SELECT relation, status, auto_approved FROM residencies WHERE unit_id = $1 AND person_id = $2`,
        [c.units[5].id, me.body.id],
      );
      expect(res2).toEqual({ relation: 'owner', status: 'approved', auto_approved: true });
    });

    it('maps an expired phone code to a Chinese 400', async () => {
      fake.login('code-fred-0001', { openid: 'openid-fred' });
      const s = (await wxLogin(t, 'code-fred-0001').expect(200)).body;
      const res = await t
        .req()
        .post('/api/v1/me/phone')
        .set('Authorization', `Bearer ${s.accessToken}`)
        .send({ code: 'phone-unknown-01' })
        .expect(400);
      expect(res.body.error).toMatchObject({
        code: ErrorCode.WECHAT_CODE_INVALID,
        message: '手机号授权已失效，请重新点击获取手机号',
      });
    });
  });

  describe('authorization and validation', () => {
    it('exchanges a phone code only for a signed-in person', async () => {
      const calls = fake.calls.phone;
      await t.req().post('/api/v1/me/phone').send({ code: 'phone-anon-0001' }).expect(401);
      expect(fake.calls.phone).toBe(calls);
    });

    it('refuses a malformed code with a Chinese field error and changes nothing', async () => {
      const before = await personCount();
      const calls = fake.calls.jscode2session;
      const res = await wxLogin(t, 'x').expect(400);
      expect(res.body.error.code).toBe(ErrorCode.VALIDATION_FAILED);
      expect(res.body.error.details.fields).toEqual([
        { field: 'code', messages: ['登录码格式不正确，请重新进入小程序'] },
      ]);
      expect(await personCount()).toBe(before);
      expect(fake.calls.jscode2session).toBe(calls);
    });
  });
});

describe('sign-in rate limit', () => {
  const fake = new WechatFake();
  let t: TestApp;
  beforeAll(async () => {
    const base = await fake.start();
    t = await startTestApp(
      fake.env(base, { SIGN_IN_RATE_PER_IP: '4', SIGN_IN_RATE_PER_CODE: '2', SIGN_IN_RATE_WINDOW_SECONDS: '3600' }),
    );
  });
  afterAll(async () => {
    await t.close();
    await fake.stop();
  });

  it('refuses attempts on the same code beyond its limit, then every attempt from the IP beyond its limit', async () => {
    await wxLogin(t, 'code-limit-0001').expect(400); // unknown at WeChat
    await wxLogin(t, 'code-limit-0001').expect(400); // replay
    const perCode = await wxLogin(t, 'code-limit-0001').expect(429);
    expect(perCode.body.error.code).toBe(ErrorCode.RATE_LIMITED);
    expect(perCode.body.error.message).toMatch(/登录尝试太频繁，请 \d+ (秒|分钟)后再试/);
    fake.login('code-limit-0002', { openid: 'openid-limit' });
    await wxLogin(t, 'code-limit-0002').expect(200); // the 4th attempt from this IP (refused ones count too)
    const calls = fake.calls.jscode2session;
    fake.login('code-limit-0004', { openid: 'openid-limit' });
    expect((await wxLogin(t, 'code-limit-0004').expect(429)).body.error.code).toBe(ErrorCode.RATE_LIMITED);
    expect(fake.calls.jscode2session).toBe(calls);
  });

  it('applies the same limit to the dev login', async () => {
    const c = await makeCommunity(t);
    const res = await t.req().post('/api/v1/auth/dev/login').send({ personId: c.people.owner1 }).expect(429);
    expect(res.body.error.code).toBe(ErrorCode.RATE_LIMITED);
  });
});
