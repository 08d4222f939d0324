import { ErrorCode } from '@gongzhi/domain';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import type { Response } from 'supertest';
import { FilesService } from '../src/modules/files/files.service.js';
import { makeCommunity, type CommunityFixture } from './factories.js';
import { ownerQuery, startTestApp, type TestApp } from './harness.js';

function binary(res: Response, cb: (err: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
}

// Lists show thumbnails, not the originals (up to 2560 px): small 240 px, medium 720 px, made once and cached beside
// the original, under the original's access rule; their bytes go with the original.
describe('image thumbnails', () => {
  let t: TestApp;
  let c: CommunityFixture;
  let other: CommunityFixture;
  let filesDir: string;
  let photoId: string;
  let photoKey: string;
  const thumb = (id: string, who: string, fx = c, size?: string) =>
    t
      .req()
      .get(`/api/v1/files/${id}/thumbnail`)
      .query(size ? { size } : {})
      .set(fx.as(who))
      .buffer(true)
      .parse(binary);

  beforeAll(async () => {
    filesDir = mkdtempSync(path.join(os.tmpdir(), 'gongzhi-thumbs-'));
    t = await startTestApp({ FILES_DIR: filesDir });
    c = await makeCommunity(t);
    other = await makeCommunity(t);
    const jpg = await sharp({ create: { width: 1600, height: 1200, channels: 3, background: '#2a6' } })
      .jpeg()
      .toBuffer();
    const up = await t
      .req()
      .post('/api/v1/files')
      .set(c.as('owner1'))
      .field('purpose', 'repair_photo')
      .attach('file', jpg, { filename: 'leak.jpg', contentType: 'image/jpeg' })
      .expect(201);
    photoId = up.body.id;
    expect(up.body.thumbnailUrl).toBe(`/api/v1/files/${photoId}/thumbnail?size=small`);
    [{ storage_key: photoKey }] = await ownerQuery<{ storage_key: string }>(
      'SELECT storage_key FROM files WHERE id = $1',
      [photoId],
    );
  });
  afterAll(async () => {
    await t.close();
    rmSync(filesDir, { recursive: true, force: true });
  });

  it('serves a small and a medium JPEG, cached beside the original, and 304 for a known version', async () => {
    const small = await thumb(photoId, 'owner1').expect(200);
    expect(small.headers['content-type']).toBe('image/jpeg');
    expect(await sharp(small.body as Buffer).metadata()).toMatchObject({ width: 240, height: 180, format: 'jpeg' });
    const smallKey = photoKey.replace(/\.jpg$/, '.thumb-small.jpg');
    expect(existsSync(path.join(filesDir, smallKey))).toBe(true);

    const medium = await thumb(photoId, 'owner1', c, 'medium').expect(200);
    expect(await sharp(medium.body as Buffer).metadata()).toMatchObject({ width: 720, height: 540 });

    await t
      .req()
      .get(`/api/v1/files/${photoId}/thumbnail`)
      .set({ ...c.as('owner1'), 'If-None-Match': small.headers.etag })
      .expect(304);
  });

  it('keeps the rule of the original: an unattached photo only for its uploader, another community 404', async () => {
    const a = await thumb(photoId, 'chair').expect(404);
    expect(JSON.parse((a.body as Buffer).toString()).error.code).toBe(ErrorCode.NOT_FOUND);
    await thumb(photoId, 'owner1', other).expect(404);
    await t.req().get(`/api/v1/files/${photoId}/thumbnail`).expect(401);
  });

  it('refuses an unknown size in Chinese, and a PDF has none', async () => {
    const bad = await t.req().get(`/api/v1/files/${photoId}/thumbnail`).query({ size: 'huge' }).set(c.as('owner1'));
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('缩略图大小只能是 small 或 medium');
    const pdf = Buffer.from(
      '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
      'latin1',
    );
    const up = await t
      .req()
      .post('/api/v1/files')
      .set(c.as('owner1'))
      .field('purpose', 'notice_attachment')
      .attach('file', pdf, { filename: 'a.pdf', contentType: 'application/pdf' })
      .expect(201);
    expect(up.body.thumbnailUrl).toBeNull();
    await thumb(up.body.id, 'owner1').expect(404);
  });

  it('deletes the thumbnails with the original (an abandoned upload)', async () => {
    await thumb(photoId, 'owner1').expect(200);
    await ownerQuery(`UPDATE files SET created_at = now() - interval '3 days' WHERE id = $1`, [photoId]);
    await t.created.app.get(FilesService).deleteAbandoned();
    expect(existsSync(path.join(filesDir, photoKey))).toBe(false);
    expect(existsSync(path.join(filesDir, photoKey.replace(/\.jpg$/, '.thumb-small.jpg')))).toBe(false);
    expect(existsSync(path.join(filesDir, photoKey.replace(/\.jpg$/, '.thumb-medium.jpg')))).toBe(false);
  });
});
