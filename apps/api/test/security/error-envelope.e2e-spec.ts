import { makeCommunity } from '../factories.js';
import { startTestApp, type TestApp } from '../harness.js';

/** Found by the bad-input run: exports set their own content type before they could fail. */
describe('refusals of file exports', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => t.close());

  it('answers a refused HTML or spreadsheet export with the JSON error envelope, not as a page or a download', async () => {
    const c = await makeCommunity(t);
    const draft = await t
      .req()
      .post('/api/v1/resolutions')
      .set(c.as('chair'))
      .send({
        title: '关于增设充电桩的表决',
        items: [{ title: '增设充电桩', matterType: 8 }],
        votingOpensAt: new Date(Date.now() + 40 * 86_400_000).toISOString(),
      })
      .expect(201);
    for (const path of [
      `/api/v1/resolutions/${draft.body.id}/export.html`,
      `/api/v1/resolutions/${draft.body.id}/tally.xlsx`,
      '/api/v1/ledger/statements/not-a-period/export.xlsx',
      '/api/v1/ledger/statements/not-a-period/export.html',
    ]) {
      const res = await t.req().get(path).set(c.as('owner1'));
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.headers['content-type']).toMatch(/^application\/json/);
      expect(res.headers['content-disposition']).toBeUndefined();
      expect(res.body.error).toEqual(
        expect.objectContaining({ code: expect.any(String), message: expect.stringMatching(/[\u4e00-\u9fff]/) }),
      );
    }
  });
});

/** Found by the bad-input run (chaos size): an offset past PostgreSQL's BIGINT answered 500. */
describe('paging far past the end', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => t.close());

  it('refuses an offset beyond any list with a Chinese field error, and pages normally within range', async () => {
    const c = await makeCommunity(t);
    for (const [path, who] of [
      ['/api/v1/repairs/board', 'owner1'],
      ['/api/v1/repairs', 'owner1'],
      ['/api/v1/repairs/queue', 'manager'],
      ['/api/v1/ledger/entries', 'owner1'],
    ] as const) {
      const res = await t.req().get(`${path}?offset=100000000000000000000`).set(c.as(who));
      expect(res.status).toBe(400);
      expect(res.body.error).toMatchObject({
        code: 'COMMON.VALIDATION_FAILED',
        details: { fields: [expect.objectContaining({ field: 'offset' })] },
      });
      await t.req().get(`${path}?offset=1000000`).set(c.as(who)).expect(200);
    }
  });
});
