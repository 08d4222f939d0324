import sharp from 'sharp';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { makeCommunity } from '../factories.js';
import { startTestApp, type TestApp } from '../harness.js';

/**
 * Upload cases not in test/files.e2e-spec.ts (which covers wrong types behind right extensions, size limits while
 * streaming, pixel bombs and path tricks): polyglots, where a valid image carries a second file behind it.
 */
describe('upload polyglots', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ FILES_DIR: mkdtempSync(path.join(os.tmpdir(), 'gongzhi-poly-')) });
  });
  afterAll(async () => t.close());

  it('stores only the re-encoded picture of a JPEG that carries a script, an HTML page or a ZIP behind it', async () => {
    const c = await makeCommunity(t);
    const jpeg = await sharp({ create: { width: 32, height: 32, channels: 3, background: { r: 200, g: 10, b: 10 } } })
      .jpeg()
      .toBuffer();
    const payloads = {
      php: Buffer.from('<?php system($_GET["c"]); ?>'),
      html: Buffer.from('<html><script>alert(document.cookie)</script></html>'),
      zip: Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(26), Buffer.from('evil.sh#!/bin/sh rm -rf /')]),
    };
    const stripped: string[] = [];
    for (const [name, payload] of Object.entries(payloads)) {
      const up = await t
        .req()
        .post('/api/v1/files')
        .set(c.as('owner1'))
        .field('purpose', 'repair_photo')
        .attach('file', Buffer.concat([jpeg, payload]), { filename: `photo.${name}.jpg`, contentType: 'image/jpeg' })
        .expect(201);
      const got = await t
        .req()
        .get(`/api/v1/files/${up.body.id}/content`)
        .set(c.as('owner1'))
        .buffer(true)
        .parse((res, cb) => {
          const chunks: Buffer[] = [];
          res.on('data', (d: Buffer) => chunks.push(d));
          res.on('end', () => cb(null, Buffer.concat(chunks)));
        })
        .expect(200);
      const body = got.body as Buffer;
      expect(got.headers['content-type']).toMatch(/^image\//);
      expect(got.headers['x-content-type-options']).toBe('nosniff');
      expect(body.includes(payload)).toBe(false);
      expect(body.includes(Buffer.from('<script'))).toBe(false);
      stripped.push(name);
    }
    console.log(`uploads-polyglot: cases=${Object.keys(payloads).length} payloadStripped=${stripped.length}`);
  });
});
