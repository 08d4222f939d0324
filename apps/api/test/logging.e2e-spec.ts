import { startTestApp, type TestApp } from './harness.js';
import { makeCommunity } from './factories.js';
import { TestClock, allChoices, openVote, voteCommunity } from './votes-helpers.js';

/** Structured logs carry ids, routes and timings — never names, phones or tokens. */
describe('request logs', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ LOG_LEVEL: 'info' });
  });
  afterAll(async () => t.close());

  it('writes one JSON line per request with request id, user id, route pattern, status and duration, and no personal data', async () => {
    const c = await makeCommunity(t);
    const lines: string[] = [];
    const original = process.stdout.write.bind(process.stdout);
    process.stdout.write = ((chunk: string | Uint8Array) => {
      lines.push(String(chunk));
      return true;
    }) as typeof process.stdout.write;
    let token: string;
    let me: { name: string; phone: string };
    try {
      const login = await t.req().post('/api/v1/auth/dev/login').send({ personId: c.people.owner1 }).expect(200);
      token = login.body.accessToken;
      me = (
        await t
          .req()
          .get('/api/v1/me')
          .set('Authorization', `Bearer ${token}`)
          .set('X-Request-Id', 'trace-me-0001')
          .expect(200)
      ).body;
      await t.req().get('/api/v1/nothing-here?phone=13812345678').expect(404);
    } finally {
      process.stdout.write = original;
    }
    const records = lines
      .flatMap((l) => l.split('\n'))
      .filter(Boolean)
      .map((l) => JSON.parse(l));
    const requests = records.filter((r) => r.msg === 'request');
    expect(requests).toHaveLength(3);
    const meLine = requests.find((r) => r.requestId === 'trace-me-0001');
    expect(meLine).toEqual(
      expect.objectContaining({ method: 'GET', route: '/api/v1/me', status: 200, userId: c.people.owner1 }),
    );
    expect(typeof meLine.durationMs).toBe('number');
    const all = lines.join('');
    expect(all).not.toContain(me!.phone);
    expect(all).not.toContain(me!.name);
    expect(all).not.toContain(token);
    expect(all).not.toContain('13812345678');
  });

  it('access-log lines of ballot routes carry no user id', async () => {
    const c = await voteCommunity(t);
    const clock = new TestClock(t);
    const vote = await openVote(t, c, clock);
    const lines: string[] = [];
    const original = process.stdout.write.bind(process.stdout);
    process.stdout.write = ((chunk: string | Uint8Array) => {
      lines.push(chunk.toString());
      return true;
    }) as typeof process.stdout.write;
    try {
      await t
        .req()
        .post(`/api/v1/resolutions/${vote.id}/ballots`)
        .set(c.as('owner3'))
        .set('X-Community-Id', c.communityId)
        .send({ choices: allChoices(vote, 'yes'), confirm: true })
        .expect(201);
      await t.req().get('/api/v1/me').set(c.as('owner3')).expect(200);
    } finally {
      process.stdout.write = original;
    }
    const requests = lines
      .flatMap((l) => l.split('\n'))
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l))
      .filter((r) => r.msg === 'request');
    const ballotLine = requests.find((r) => r.route === '/api/v1/resolutions/:id/ballots');
    expect(ballotLine).toMatchObject({ status: 201, userId: null });
    expect(requests.find((r) => r.route === '/api/v1/me')).toMatchObject({ userId: c.people.owner3 });
  });
});
