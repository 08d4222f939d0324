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
    const draft = await t.req().post('/api/v1/resolutions').set(c.as('chair'))
      .send({ title: '关于增设充电桩的表决', items: [{ title: '增设充电桩', matterType: 8 }], votingOpensAt: new Date(Date.now() + 40 * 86_400_000).toISOString() }).expect(201);
    for (const path of [`/api/v1/resolutions/${draft.body.id}/export.html`, `/api/v1/resolutions/${draft.body.id}/tally.xlsx`, '/api/v1/ledger/statements/not-a-period/export.xlsx', '/api/v1/ledger/statements/not-a-period/export.html']) {
      const res = await t.req().get(path).set(c.as('owner1'));
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.headers['content-type']).toMatch(/^application\/json/);
      expect(res.headers['content-disposition']).toBeUndefined();
      expect(res.body.error).toEqual(expect.objectContaining({ code: expect.any(String), message: expect.stringMatching(/[\u4e00-\u9fff]/) }));
    }
  });
});
