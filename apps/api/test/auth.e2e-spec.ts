import { ErrorCode } from '@gongzhi/domain';
import { createHmac } from 'node:crypto';
import { DataSource } from 'typeorm';
import { seedDemo } from '../src/modules/identity/demo-seed.js';
import { signAccessToken } from '../src/modules/identity/tokens.js';
import { makeCommunity, type CommunityFixture } from './factories.js';
import { ownerQuery, startTestApp, type TestApp } from './harness.js';

describe('authentication', () => {
  let t: TestApp;
  let c: CommunityFixture;
  beforeAll(async () => {
    t = await startTestApp();
    c = await makeCommunity(t);
  });
  afterAll(async () => t.close());

  const login = async (personId: string) =>
    (await t.req().post('/api/v1/auth/dev/login').send({ personId }).expect(200)).body;

  it('signs in as a seeded person in development and shows their communities and roles', async () => {
    const tokens = await login(c.people.chair);
    expect(tokens).toEqual({ accessToken: expect.any(String), refreshToken: expect.any(String), expiresIn: 900 });
    const me = await t.req().get('/api/v1/me').set('Authorization', `Bearer ${tokens.accessToken}`).expect(200);
    expect(me.body.name).toBe('主任');
    expect(me.body.phone).toMatch(/^137\d{8}$/);
    expect(me.body.phoneMasked).toMatch(/^137\*{4}\d{4}$/);
    expect(me.body.communities).toEqual([
      expect.objectContaining({ communityId: c.communityId, roles: ['committee_chair'] }),
    ]);
  });

  it('derives owner and resident roles from the roster and bindings', async () => {
    const me = await t.req().get('/api/v1/me').set(c.as('owner1')).expect(200);
    expect(me.body.communities[0].roles.sort()).toEqual(['owner', 'resident']);
    const tenant = await t.req().get('/api/v1/me').set(c.as('tenant')).expect(200);
    expect(tenant.body.communities[0].roles).toEqual(['resident']);
  });

  it('lists the demo accounts for the dev picker', async () => {
    await seedDemo(t.created.app.get(DataSource), t.created.config.dataKey);
    const res = await t.req().get('/api/v1/auth/dev/accounts').expect(200);
    const names = res.body.map((a: { name: string }) => a.name);
    expect(names).toEqual(expect.arrayContaining(['王秀英', '周德明', '赵物业经理', '黄监管']));
    // Ids are UUIDs, whose hex can hold 11 digits in a row: only a standalone number counts as a phone.
    expect(JSON.stringify(res.body)).not.toMatch(/(?<![\w-])1[3-9]\d{9}(?![\w-])/);
  });

  it('seeding the demo twice changes nothing', async () => {
    const before = await ownerQuery<{ n: number }>('SELECT count(*)::int AS n FROM units');
    const again = await seedDemo(t.created.app.get(DataSource), t.created.config.dataKey);
    expect(again.created).toBe(false);
    expect(await ownerQuery('SELECT count(*)::int AS n FROM units')).toEqual(before);
  });

  it('refuses a malformed dev sign-in with a Chinese field error', async () => {
    const res = await t.req().post('/api/v1/auth/dev/login').send({ personId: 'nobody', extra: 1 }).expect(400);
    expect(res.body.error.code).toBe(ErrorCode.VALIDATION_FAILED);
    const fields = res.body.error.details.fields.map((f: { field: string }) => f.field).sort();
    expect(fields).toEqual(['extra', 'personId']);
    expect(res.body.error.details.fields.find((f: { field: string }) => f.field === 'extra').messages).toEqual([
      '不允许提交此字段',
    ]);
  });

  const refresh = (refreshToken: string) => t.req().post('/api/v1/auth/refresh').send({ refreshToken });

  it('rotates refresh tokens and treats reuse of an old one after the grace window as theft', async () => {
    const first = await login(c.people.member1);
    const second = (await refresh(first.refreshToken).expect(200)).body;
    expect(second.refreshToken).not.toBe(first.refreshToken);
    // The rotation is older than the 30-second grace window: presenting the old token again is theft.
    await ownerQuery(
      `UPDATE refresh_tokens SET rotated_at = rotated_at - interval '31 seconds' WHERE successor_id IS NOT NULL AND person_id = $1`,
      [c.people.member1],
    );
    const reuse = await refresh(first.refreshToken).expect(401);
    expect(reuse.body.error.code).toBe(ErrorCode.UNAUTHENTICATED);
    // The whole family is revoked: the second token no longer works either, nor does its access token.
    await refresh(second.refreshToken).expect(401);
    await t.req().get('/api/v1/me').set('Authorization', `Bearer ${second.accessToken}`).expect(401);
  });

  it('a refresh retried within 30 seconds gets the same successor pair, and the session goes on', async () => {
    const first = await login(c.people.owner3);
    const a = (await refresh(first.refreshToken).expect(200)).body;
    // The phone lost the answer and retries with the old token: the same pair, nobody signed out.
    const b = (await refresh(first.refreshToken).expect(200)).body;
    expect(b).toEqual(a);
    await t.req().get('/api/v1/me').set('Authorization', `Bearer ${a.accessToken}`).expect(200);
    const next = (await refresh(a.refreshToken).expect(200)).body;
    await t.req().get('/api/v1/me').set('Authorization', `Bearer ${next.accessToken}`).expect(200);
    // Once the successor has been used, the old token is no retry any more: theft, everything revoked.
    await refresh(first.refreshToken).expect(401);
    await refresh(next.refreshToken).expect(401);
    await t.req().get('/api/v1/me').set('Authorization', `Bearer ${next.accessToken}`).expect(401);
  });

  it('two concurrent refreshes of one token both answer 200 with one pair and keep the person signed in', async () => {
    const first = await login(c.people.owner4);
    const answers = await Promise.all([refresh(first.refreshToken), refresh(first.refreshToken)]);
    expect(answers.map((r) => r.status)).toEqual([200, 200]);
    expect(answers[0]!.body).toEqual(answers[1]!.body);
    await t.req().get('/api/v1/me').set('Authorization', `Bearer ${answers[0]!.body.accessToken}`).expect(200);
    await refresh(answers[1]!.body.refreshToken).expect(200);
  });

  it('signing out ends the grace window: a retried refresh after sign-out answers 401', async () => {
    const first = await login(c.people.tenant);
    const a = (await refresh(first.refreshToken).expect(200)).body;
    await t.req().post('/api/v1/auth/logout').set('Authorization', `Bearer ${a.accessToken}`).expect(200);
    await refresh(first.refreshToken).expect(401);
    await refresh(a.refreshToken).expect(401);
  });

  it('signing out revokes every token of the person', async () => {
    const s = await login(c.people.member2);
    await t.req().post('/api/v1/auth/logout').set('Authorization', `Bearer ${s.accessToken}`).expect(200);
    await t.req().get('/api/v1/me').set('Authorization', `Bearer ${s.accessToken}`).expect(401);
    await t.req().post('/api/v1/auth/refresh').send({ refreshToken: s.refreshToken }).expect(401);
  });

  it('refuses missing, tampered, alg:none and expired tokens', async () => {
    expect((await t.req().get('/api/v1/me').expect(401)).body.error.code).toBe(ErrorCode.UNAUTHENTICATED);
    const good = signAccessToken(t.created.config.jwtSecret, { sub: c.people.owner2, tv: 0 }, 60);
    const [h, p] = good.split('.');
    const forged = Buffer.from(JSON.stringify({ sub: c.people.chair, tv: 0, iat: 1, exp: 9999999999 })).toString(
      'base64url',
    );
    await t
      .req()
      .get('/api/v1/me')
      .set('Authorization', `Bearer ${h}.${forged}.${good.split('.')[2]}`)
      .expect(401);
    const none = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
    await t.req().get('/api/v1/me').set('Authorization', `Bearer ${none}.${p}.`).expect(401);
    const otherKey = createHmac('sha256', 'not-the-secret').update(`${h}.${p}`).digest('base64url');
    await t.req().get('/api/v1/me').set('Authorization', `Bearer ${h}.${p}.${otherKey}`).expect(401);
    const expired = signAccessToken(
      t.created.config.jwtSecret,
      { sub: c.people.owner2, tv: 0 },
      60,
      Date.now() - 3600_000,
    );
    const res = await t.req().get('/api/v1/me').set('Authorization', `Bearer ${expired}`).expect(401);
    expect(res.body.error.code).toBe(ErrorCode.TOKEN_EXPIRED);
  });

  it('refuses dev sign-in in production', async () => {
    const prod = await startTestApp({
      NODE_ENV: 'production',
      JWT_SECRET: 'prod-test-jwt-secret-ABCDEFGHIJKLMNOP-0123456789',
      WECHAT_APP_SECRET: 's'.repeat(32),
      DATA_ENCRYPTION_KEY: t.created.config.dataKey,
      WECHAT_APP_ID: 'wx-test',
      MEDIA_CHECK: 'off',
    });
    try {
      const res = await prod.req().post('/api/v1/auth/dev/login').send({ personId: c.people.chair }).expect(403);
      expect(res.body.error.code).toBe(ErrorCode.DEV_LOGIN_DISABLED);
      await prod.req().get('/api/v1/auth/dev/accounts').expect(403);
    } finally {
      await prod.close();
    }
  });
});
