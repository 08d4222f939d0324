import { createHmac } from 'node:crypto';
import request from 'supertest';
import { ErrorCode } from '@gongzhi/domain';
import { signAccessToken } from '../../src/modules/identity/tokens.js';
import { makeCommunity } from '../factories.js';
import { startTestApp } from '../harness.js';
import { allChoices, openVote, TestClock, upload, voteCommunity } from '../votes-helpers.js';
import { ACCESS_MATRIX } from './access-matrix.js';
import { discoverRoutes, routeKey } from './routes.js';
import { buildWorld, committedSince, nextXid, type World } from './world.js';

/**
 * Sessions (ASVS V3): the single-route cases (missing, tampered, alg:none, other key, expired; refresh rotation and
 * reuse; sign-out) live in test/auth.e2e-spec.ts and the sign-in limits in test/wechat.e2e-spec.ts. Here every
 * route found at run time that needs a sign-in is called with each kind of bad token.
 */
describe('sessions on every route', () => {
  let w: World;
  beforeAll(async () => {
    w = await buildWorld();
  }, 120_000);
  afterAll(async () => w?.close());

  it('refuses expired, tampered, alg:none, wrongly signed and revoked tokens on every route that needs a sign-in, writing nothing', async () => {
    const secret = w.t.created.config.jwtSecret;
    const f = w.A.fixture;
    const victim = f.people.member2!;
    const good = signAccessToken(secret, { sub: victim, tv: 0 }, 3600);
    const [h, , s] = good.split('.') as [string, string, string];
    // Revoked: member2 signs out, which bumps the token version; the old token must stop working everywhere.
    await request(w.server).post('/api/v1/auth/logout').set('Authorization', `Bearer ${good}`).expect(200);
    const chairPayload = Buffer.from(
      JSON.stringify({ sub: f.people.chair, tv: 0, iat: Math.floor(Date.now() / 1000), exp: 9_999_999_999 }),
    ).toString('base64url');
    const bad: Record<string, string> = {
      expired: signAccessToken(secret, { sub: f.people.chair!, tv: 0 }, 60, Date.now() - 3600_000),
      tampered: `${h}.${chairPayload}.${s}`,
      algNone: `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url')}.${chairPayload}.`,
      otherKey: `${h}.${chairPayload}.${createHmac('sha256', 'not-the-secret').update(`${h}.${chairPayload}`).digest('base64url')}`,
      revoked: good,
      garbage: 'Bearer-but-not-a-jwt',
    };
    const live = new Set(discoverRoutes(w.t).map(routeKey));
    const routes = ACCESS_MATRIX.filter((r) => r.scope !== 'public' && live.has(routeKey(r)));
    const wrongAnswers: string[] = [];
    let calls = 0;
    for (const row of routes) {
      const path = row.path.replace(/\{(\w+)\}/g, (_, name: string) => {
        const p = row.params?.[name];
        return typeof p === 'object' ? p.literal : p ? w.A.objects[p] : '00000000-0000-4000-8000-000000000000';
      });
      for (const [kind, token] of Object.entries(bad)) {
        calls++;
        const xid = await nextXid(w.db);
        const agent = request(w.server);
        const res = await agent[row.method.toLowerCase() as 'get'](path)
          .set({ Authorization: `Bearer ${token}`, 'X-Community-Id': f.communityId })
          .send(row.body ?? {});
        const wantCode = kind === 'expired' ? ErrorCode.TOKEN_EXPIRED : ErrorCode.UNAUTHENTICATED;
        if (res.status !== 401 || res.body?.error?.code !== wantCode)
          wrongAnswers.push(`${row.method} ${row.path} with ${kind} → ${res.status} ${res.body?.error?.code}`);
        if ((await committedSince(w.db, xid)).committed)
          wrongAnswers.push(`${row.method} ${row.path} with ${kind} wrote data`);
      }
    }
    console.log(
      `sessions: routes=${routes.length} badTokenKinds=${Object.keys(bad).length} calls=${calls} accepted=${wrongAnswers.length}`,
    );
    expect(wrongAnswers).toEqual([]);
  }, 300_000);

  it('limits sign-in attempts per address: the attempt over the configured limit answers 429 with the Chinese message', async () => {
    const limit = 5;
    const t = await startTestApp({
      SIGN_IN_RATE_PER_IP: String(limit),
      SIGN_IN_RATE_PER_CODE: '1000',
      SIGN_IN_RATE_WINDOW_SECONDS: '3600',
    });
    try {
      const c = await makeCommunity(t);
      const statuses: number[] = [];
      for (let i = 0; i < limit + 2; i++)
        statuses.push((await t.req().post('/api/v1/auth/dev/login').send({ personId: c.people.owner1 })).status);
      const refused = await t.req().post('/api/v1/auth/dev/login').send({ personId: c.people.owner2 });
      console.log(
        `rate-limit: signInPerIp=${limit} statuses=${statuses.join(',')} first429At=${statuses.indexOf(429) + 1}`,
      );
      expect(statuses).toEqual([...Array(limit).fill(200), 429, 429]);
      expect(refused.status).toBe(429);
      expect(refused.body.error).toMatchObject({
        code: ErrorCode.RATE_LIMITED,
        message: expect.stringMatching(/登录尝试太频繁，请 \d+ (秒|分钟)后再试/),
      });
    } finally {
      await t.close();
    }
  });

  it('limits ballot requests per person: the request over the limit answers 429, another person is unaffected', async () => {
    const limit = 3;
    const t = await startTestApp({
      BALLOT_RATE_PER_PERSON: String(limit),
      PAPER_BALLOT_RATE_PER_PERSON: String(limit),
      BALLOT_RATE_WINDOW_SECONDS: '3600',
    });
    try {
      const clock = new TestClock(t);
      const c = await voteCommunity(t);
      const vote = await openVote(t, c, clock);
      const cast = (who: string) =>
        t
          .req()
          .post(`/api/v1/resolutions/${vote.id}/ballots`)
          .set(c.as(who))
          .send({ choices: allChoices(vote, 'yes'), confirm: true });
      // owner1: the first ballot is stored, the repeats are refused by the database rule (409) until the limit, then 429.
      const online: number[] = [];
      for (let i = 0; i < limit + 2; i++) online.push((await cast('owner1')).status);
      const limited = await cast('owner1');
      const other = await cast('owner2');
      expect(online).toEqual([201, ...Array(limit - 1).fill(409), 429, 429]);
      expect(limited.body.error).toMatchObject({
        code: ErrorCode.RATE_LIMITED,
        message: expect.stringMatching(/^投票提交太频繁，请 \d+ 秒后再试$/),
      });
      expect(other.status).toBe(201);
      // Paper ballots count per committee member who enters them.
      const scan = await upload(t, c, 'member1', 'ballot_scan');
      const paper = (who: string, unit: number, scanFileId: string) =>
        t
          .req()
          .post(`/api/v1/resolutions/${vote.id}/paper-ballots`)
          .set(c.as(who))
          .send({
            unitId: c.units[unit]!.id,
            channel: 'paper',
            choices: allChoices(vote, 'no'),
            scanFileId,
            witnessName: '张见证',
            confirm: true,
          });
      const entered: number[] = [];
      for (let i = 0; i < limit + 1; i++) entered.push((await paper('member1', 4, scan)).status);
      const byChair = await paper('chair', 2, await upload(t, c, 'chair', 'ballot_scan'));
      expect(entered[0]).toBe(201);
      expect(entered.slice(1, limit)).not.toContain(429);
      expect(entered[limit]).toBe(429);
      expect(byChair.status).toBe(201);
      console.log(
        `ballot-rate-limit: perPerson=${limit} online=${online.join(',')} otherOwner=${other.status} paperPerMember=${limit} paper=${entered.join(',')} otherMember=${byChair.status}`,
      );
    } finally {
      await t.close();
    }
  });
});
