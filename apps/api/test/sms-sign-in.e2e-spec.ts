import { ErrorCode } from '@gongzhi/domain';
import { makeCommunity, type CommunityFixture } from './factories.js';
import { SmsFake } from './fakes/sms-fake.js';
import { ownerQuery, startTestApp, type TestApp } from './harness.js';

/** Sign-in for officials by SMS code (issue 19), against a local fake SMS provider. */
describe('SMS sign-in for officials', () => {
  let t: TestApp;
  let c: CommunityFixture;
  const sms = new SmsFake();
  const phones: Record<string, string> = {};
  let spare = 0;

  beforeAll(async () => {
    await sms.start();
    t = await startTestApp(sms.env());
    c = await makeCommunity(t);
    for (const who of ['officer', 'regulator', 'chair', 'member1', 'member2', 'member3', 'owner1', 'manager'])
      phones[who] = (await t.req().get('/api/v1/me').set(c.as(who)).expect(200)).body.phone;
  });
  afterAll(async () => {
    await t?.close();
    await sms.close();
  });

  const askCode = (phone: string) => t.req().post('/api/v1/auth/sms/code').send({ phone });
  const signIn = (phone: string, code: string) => t.req().post('/api/v1/auth/sms/login').send({ phone, code });
  /** A well-formed number nobody has. */
  const unknownPhone = () => `199${String(Date.now() % 1e7).padStart(7, '0')}${spare++}`.slice(0, 11);

  it('an officer gets a code by SMS, signs in with it once, and the code is stored only as a keyed hash', async () => {
    const before = sms.received.length;
    const res = await askCode(phones.officer!).expect(200);
    expect(res.body).toEqual({ ok: true, expiresIn: 300, resendAfter: 60 });
    await sms.waitFor(before + 1);
    const code = sms.lastCode(phones.officer!)!;
    expect(code).toMatch(/^\d{6}$/);
    expect(sms.received.at(-1)).toMatchObject({ template: 'sign_in_code', params: { code, minutes: '5' } });
    const stored = await ownerQuery<{ code_hash: string; phone_hash: string }>(
      `SELECT code_hash, phone_hash FROM sms_sign_in_codes WHERE person_id = $1`,
      [c.people.officer],
    );
    expect(stored).toHaveLength(1);
    expect(JSON.stringify(stored)).not.toContain(code);
    expect(JSON.stringify(stored)).not.toContain(phones.officer);

    const tokens = (await signIn(phones.officer!, code).expect(200)).body;
    expect(tokens).toEqual({ accessToken: expect.any(String), refreshToken: expect.any(String), expiresIn: 900 });
    const me = await t.req().get('/api/v1/me').set('Authorization', `Bearer ${tokens.accessToken}`).expect(200);
    expect(me.body.id).toBe(c.people.officer);
    // Single use: the same code again is refused.
    const again = await signIn(phones.officer!, code).expect(400);
    expect(again.body.error.code).toBe(ErrorCode.SMS_CODE_INVALID);
    // A district regulator signs in the same way.
    await askCode(phones.regulator!).expect(200);
    await sms.waitFor(before + 2);
    await signIn(phones.regulator!, sms.lastCode(phones.regulator!)!).expect(200);
  });

  it('answers the same for unknown numbers and for people without an official role, and sends them nothing', async () => {
    const official = (await askCode(phones.member1!).expect(200)).body;
    const before = sms.received.length;
    const unknown = await askCode(unknownPhone()).expect(200);
    const owner = await askCode(phones.owner1!).expect(200);
    const manager = await askCode(phones.manager!).expect(200);
    expect(unknown.body).toEqual(official);
    expect(owner.body).toEqual(official);
    expect(manager.body).toEqual(official);
    await new Promise((r) => setTimeout(r, 200));
    expect(sms.received.slice(before).map((r) => r.phone)).not.toContain(phones.owner1);
    expect(sms.received.slice(before).map((r) => r.phone)).not.toContain(phones.manager);
    // Signing in with a guessed code: the same refusal for an unknown number and for an official with a wrong code.
    const a = await signIn(unknownPhone(), '123456').expect(400);
    const b = await signIn(phones.owner1!, '123456').expect(400);
    expect(a.body.error).toEqual({ ...b.body.error, correlationId: a.body.error.correlationId });
    expect(a.body.error.code).toBe(ErrorCode.SMS_CODE_INVALID);
  });

  it('a code is dead after 5 wrong entries, and an expired code is refused', async () => {
    const before = sms.received.length;
    await askCode(phones.member2!).expect(200);
    await sms.waitFor(before + 1);
    const code = sms.lastCode(phones.member2!)!;
    const wrong = code === '000000' ? '111111' : '000000';
    for (let i = 0; i < 5; i++) await signIn(phones.member2!, wrong).expect(400);
    await signIn(phones.member2!, code).expect(400);

    await askCode(phones.member3!).expect(200);
    await sms.waitFor(before + 2);
    await ownerQuery(`UPDATE sms_sign_in_codes SET expires_at = now() - interval '1 second' WHERE person_id = $1`, [
      c.people.member3,
    ]);
    const expired = await signIn(phones.member3!, sms.lastCode(phones.member3!)!).expect(400);
    expect(expired.body.error.code).toBe(ErrorCode.SMS_CODE_INVALID);
  });

  it('one code per number a minute, known or not; bad input answers 400 in Chinese', async () => {
    const again = await askCode(phones.officer!).expect(429);
    expect(again.body.error).toMatchObject({
      code: ErrorCode.RATE_LIMITED,
      message: expect.stringMatching(/^获取验证码太频繁/),
    });
    const nobody = unknownPhone();
    await askCode(nobody).expect(200);
    await askCode(nobody).expect(429);
    const bad = await t
      .req()
      .post('/api/v1/auth/sms/login')
      .send({ phone: '12345', code: 'abc', extra: 1 })
      .expect(400);
    expect(bad.body.error.code).toBe(ErrorCode.VALIDATION_FAILED);
    const fields = Object.fromEntries(
      bad.body.error.details.fields.map((f: { field: string; messages: string[] }) => [f.field, f.messages[0]]),
    );
    expect(fields).toEqual({
      phone: '请输入 11 位手机号',
      code: '请输入短信里的 6 位数字验证码',
      extra: '不允许提交此字段',
    });
  });

  it('the codes sent are in the person’s data export (without the code) and go with their erasure', async () => {
    const data = (await t.req().get('/api/v1/me/data').set(c.as('officer')).expect(200)).body;
    expect(data.smsSignInCodes).toEqual([
      { sentAt: expect.any(String), expiresAt: expect.any(String), usedAt: expect.any(String) },
    ]);
    await ownerQuery(`DELETE FROM role_assignments WHERE person_id = $1`, [c.people.officer]);
    await t.req().post('/api/v1/me/erasure').set(c.as('officer')).send({ confirm: true }).expect(200);
    expect(
      await ownerQuery(`SELECT count(*)::int AS n FROM sms_sign_in_codes WHERE person_id = $1`, [c.people.officer]),
    ).toEqual([{ n: 0 }]);
  });

  it('limits code requests per client address, and answers 503 while no SMS provider is configured', async () => {
    const limited = await startTestApp({ ...sms.env(), SMS_CODES_PER_IP_PER_HOUR: '2' });
    const none = await startTestApp({ SMS_API_BASE: '' });
    try {
      const ask = (app: TestApp) => app.req().post('/api/v1/auth/sms/code').send({ phone: unknownPhone() });
      expect([(await ask(limited)).status, (await ask(limited)).status, (await ask(limited)).status]).toEqual([
        200, 200, 429,
      ]);
      const off = await ask(none).expect(503);
      expect(off.body.error.code).toBe(ErrorCode.UNAVAILABLE);
    } finally {
      await limited.close();
      await none.close();
    }
  });
});
