import sharp from 'sharp';
import { makeCommunity, type CommunityFixture } from './factories.js';
import { ownerQuery, startTestApp, type TestApp } from './harness.js';

/** A newcomer finds their community, uploads a document photo and asks to be bound; only the reviewers see the photo. */
describe('binding requests from newcomers, with a document photo', () => {
  let t: TestApp;
  let c: CommunityFixture;
  let photo: Buffer;
  beforeAll(async () => {
    t = await startTestApp();
    c = await makeCommunity(t, { name: `翠竹苑${Date.now() % 100000}` });
    photo = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#d0d0d0' } })
      .jpeg()
      .toBuffer();
  });
  afterAll(async () => t.close());

  const auth = (who: string) => ({ Authorization: `Bearer ${c.token(who)}` });
  const upload = (who: string, communityId = c.communityId) =>
    t
      .req()
      .post('/api/v1/bindings/documents')
      .set(auth(who))
      .set('X-Community-Id', communityId)
      .attach('file', photo, { filename: '房产证.jpg', contentType: 'image/jpeg' });

  it('finds a community by part of its name, without anything personal', async () => {
    const res = await t
      .req()
      .get('/api/v1/bindings/communities')
      .query({ q: '翠竹' })
      .set(auth('stranger'))
      .expect(200);
    const found = res.body.find((x: { id: string }) => x.id === c.communityId);
    expect(Object.keys(found).sort()).toEqual(['address', 'districtName', 'id', 'name', 'review', 'subdistrict']);
    expect(found.review).toBe(false); // only the WeChat reviewers' community says true (issue 21)
    const bad = await t.req().get('/api/v1/bindings/communities').query({ q: '' }).set(auth('stranger')).expect(400);
    expect(bad.body.error.details.fields[0].field).toBe('q');
    await t.req().get('/api/v1/bindings/communities').query({ q: '翠竹' }).expect(401);
  });

  it('lets a newcomer upload a document and attach it to the request; the committee can open it, other residents cannot', async () => {
    const up = await upload('stranger').expect(201);
    const req = await t
      .req()
      .post('/api/v1/bindings')
      .set(auth('stranger'))
      .set('X-Community-Id', c.communityId)
      .send({
        building: '1幢',
        entrance: '1单元',
        room: c.units[5].room,
        name: '新住户',
        phone: '13912345678',
        relation: 'tenant',
        documentFileId: up.body.id,
      })
      .expect(201);
    const [file] = await ownerQuery(`SELECT status, owner_type, owner_id FROM files WHERE id = $1`, [up.body.id]);
    expect(file).toEqual({ status: 'attached', owner_type: 'residency', owner_id: req.body.id });
    await t.req().get(`/api/v1/files/${up.body.id}/content`).set(c.as('chair')).expect(200);
    await t.req().get(`/api/v1/files/${up.body.id}/content`).set(c.as('manager')).expect(200);
    await t.req().get(`/api/v1/files/${up.body.id}/content`).set(c.as('owner2')).expect(404);
    await t.req().get(`/api/v1/files/${up.body.id}/content`).set(c.as('staff')).expect(404);
  });

  it("refuses to attach someone else's upload, and creates no request then", async () => {
    const theirs = await upload('owner3').expect(201);
    const before = await ownerQuery<{ n: number }>(
      `SELECT count(*)::int AS n FROM residencies WHERE community_id = $1`,
      [c.communityId],
    );
    const res = await t.req().post('/api/v1/bindings').set(auth('stranger')).set('X-Community-Id', c.communityId).send({
      building: '1幢',
      entrance: '1单元',
      room: c.units[4].room,
      name: '新住户',
      phone: '13912345678',
      relation: 'family',
      documentFileId: theirs.body.id,
    });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect(
      await ownerQuery(`SELECT count(*)::int AS n FROM residencies WHERE community_id = $1`, [c.communityId]),
    ).toEqual(before);
  });

  it('refuses an upload to a community that does not exist, and a text file named .jpg is refused by its content', async () => {
    await upload('stranger', '5b0e7c1e-8d3a-4c1e-9a51-0c5a3e2b7d11').expect(404);
    const text = await t
      .req()
      .post('/api/v1/bindings/documents')
      .set(auth('stranger'))
      .set('X-Community-Id', c.communityId)
      .attach('file', Buffer.from('not really a picture'), { filename: 'id.jpg', contentType: 'image/jpeg' });
    expect(text.status).toBe(415);
  });
});
