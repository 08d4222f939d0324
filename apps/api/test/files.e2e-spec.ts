import { ErrorCode } from '@gongzhi/domain';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { deflateSync } from 'node:zlib';
import sharp from 'sharp';
import type { Response } from 'supertest';
import { DataSource } from 'typeorm';
import { FileAccessRegistry } from '../src/modules/files/file-access.registry.js';
import { FilesService } from '../src/modules/files/files.service.js';
import { S3FileStorage } from '../src/modules/files/storage/s3-storage.js';
import { makeCommunity, type CommunityFixture } from './factories.js';
import { ownerQuery, startTestApp, type TestApp } from './harness.js';

/** Collects a binary response body (supertest buffers only text and JSON by itself). */
function binary(res: Response, cb: (err: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
}

const IMAGE_LIMIT = 300 * 1024;
const DOCUMENT_LIMIT = 600 * 1024;

async function jpegWithExif(width: number, height: number): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: { r: 200, g: 60, b: 40 } } })
    .jpeg()
    .withExif({
      IFD0: { Copyright: 'secret-owner-name', ImageDescription: 'home-address' },
      IFD3: { GPSLatitudeRef: 'N', GPSLongitudeRef: 'E' },
    })
    .withMetadata({ orientation: 6 })
    .toBuffer();
}

function noiseJpeg(width: number, height: number): Promise<Buffer> {
  const raw = Buffer.alloc(width * height * 3);
  let x = 12345;
  for (let i = 0; i < raw.length; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    raw[i] = x >> 16;
  }
  return sharp(raw, { raw: { width, height, channels: 3 } })
    .jpeg({ quality: 100 })
    .toBuffer();
}

function pdf(extraBytes = 0): Buffer {
  const body = `%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n% ${'x'.repeat(extraBytes)}\ntrailer << /Root 1 0 R >>\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/** A PNG that declares 50 000 × 50 000 pixels (2.5 gigapixels) in a few hundred bytes: a decompression bomb. */
function pngBomb(): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf: Buffer) => {
    let c = 0xffffffff;
    for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const c = Buffer.alloc(4);
    c.writeUInt32BE(crc(td));
    return Buffer.concat([len, td, c]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(50_000, 0);
  ihdr.writeUInt32BE(50_000, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // greyscale
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.alloc(50_001 * 4))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

describe('files', () => {
  let t: TestApp;
  let c: CommunityFixture;
  let other: CommunityFixture;
  let filesDir: string;

  const upload = (
    who: string,
    purpose: string,
    content: Buffer,
    filename: string,
    contentType = 'image/jpeg',
    fixture = c,
  ) =>
    t
      .req()
      .post('/api/v1/files')
      .set(fixture.as(who))
      .field('purpose', purpose)
      .attach('file', content, { filename, contentType });

  beforeAll(async () => {
    filesDir = mkdtempSync(path.join(os.tmpdir(), 'gongzhi-files-'));
    t = await startTestApp({
      FILES_DIR: filesDir,
      MAX_IMAGE_BYTES: String(IMAGE_LIMIT),
      MAX_DOCUMENT_BYTES: String(DOCUMENT_LIMIT),
    });
    c = await makeCommunity(t);
    other = await makeCommunity(t);
    t.created.app
      .get(FileAccessRegistry)
      .register(
        'test_notice',
        async (user, ownerId) => ownerId !== '00000000-0000-4000-8000-000000000000' && user.roles.length > 0,
      );
  });
  afterAll(async () => {
    await t.close();
    rmSync(filesDir, { recursive: true, force: true });
  });

  describe('upload', () => {
    it('accepts a photo, re-encodes it upright, at most 2560 px, without EXIF or GPS', async () => {
      const original = await jpegWithExif(3000, 2000);
      const before = await sharp(original).metadata();
      expect(before.exif).toBeDefined();
      expect(original.includes(Buffer.from('secret-owner-name'))).toBe(true);

      const res = await upload('owner1', 'repair_photo', original, '漏水照片.jpg').expect(201);
      expect(res.body).toMatchObject({
        purpose: 'repair_photo',
        mime: 'image/jpeg',
        width: 1707,
        height: 2560,
        originalName: '漏水照片.jpg',
        status: 'pending',
      });
      expect(res.body).not.toHaveProperty('storageKey');

      const got = await t.req().get(res.body.contentUrl).set(c.as('owner1')).buffer(true).parse(binary).expect(200);
      expect(got.headers['content-type']).toBe('image/jpeg');
      expect(got.headers['cache-control']).toMatch(/^private/);
      const stored = got.body as Buffer;
      expect(stored.length).toBe(res.body.sizeBytes);
      const meta = await sharp(stored).metadata();
      expect(meta.exif).toBeUndefined();
      expect(meta.orientation).toBeUndefined();
      expect([meta.width, meta.height]).toEqual([1707, 2560]);
      expect(stored.includes(Buffer.from('secret-owner-name'))).toBe(false);
      expect(stored.includes(Buffer.from('home-address'))).toBe(false);
    });

    it('keeps a transparent PNG transparent (stored as WebP)', async () => {
      const png = await sharp({
        create: { width: 40, height: 30, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0.5 } },
      })
        .png()
        .toBuffer();
      const res = await upload('owner1', 'notice_attachment', png, 'logo.png', 'image/png').expect(201);
      expect(res.body).toMatchObject({ mime: 'image/webp', width: 40, height: 30 });
    });

    it('refuses a PDF named .jpg as a repair photo, whatever the client says it is', async () => {
      const res = await upload('owner1', 'repair_photo', pdf(), 'photo.jpg', 'image/jpeg').expect(415);
      expect(res.body.error.code).toBe(ErrorCode.FILE_TYPE_NOT_ALLOWED);
      expect(res.body.error.message).toMatch(/报修照片只能上传图片/);
    });

    it('takes a PDF named .jpg for what it is where documents are allowed: a PDF, served as a download', async () => {
      const res = await upload('owner1', 'ballot_scan', pdf(), 'scan.jpg', 'image/jpeg').expect(201);
      expect(res.body).toMatchObject({ mime: 'application/pdf', width: null, height: null });
      const got = await t.req().get(res.body.contentUrl).set(c.as('owner1')).buffer(true).parse(binary).expect(200);
      expect(got.headers['content-type']).toBe('application/pdf');
      expect(got.headers['content-disposition']).toMatch(/^attachment/);
      expect((got.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');
    });

    it('refuses a Windows program named .png', async () => {
      const exe = Buffer.concat([
        Buffer.from('MZ'),
        Buffer.alloc(58),
        Buffer.from([0x80, 0, 0, 0]),
        Buffer.alloc(64),
        Buffer.from('PE\0\0'),
        Buffer.alloc(8000, 7),
      ]);
      const res = await upload('owner1', 'repair_photo', exe, 'photo.png', 'image/png').expect(415);
      expect(res.body.error.code).toBe(ErrorCode.FILE_TYPE_NOT_ALLOWED);
    });

    it('refuses text named .png', async () => {
      const res = await upload(
        'owner1',
        'repair_photo',
        Buffer.from('<script>alert(1)</script>\n'.repeat(50)),
        'photo.png',
        'image/png',
      ).expect(415);
      expect(res.body.error.code).toBe(ErrorCode.FILE_TYPE_NOT_ALLOWED);
      expect(res.body.error.message).toMatch(/JPEG/);
    });

    it('refuses an image over the image limit while it streams in, but takes a PDF of the same size', async () => {
      const big = await noiseJpeg(500, 500);
      expect(big.length).toBeGreaterThan(IMAGE_LIMIT);
      expect(big.length).toBeLessThan(DOCUMENT_LIMIT);
      const res = await upload('owner1', 'repair_photo', big, 'big.jpg').expect(413);
      expect(res.body.error.code).toBe(ErrorCode.FILE_TOO_LARGE);
      expect(res.body.error.message).toMatch(/图片不能超过/);
      await upload('owner1', 'ballot_scan', pdf(big.length), 'big.pdf', 'application/pdf').expect(201);
    });

    it('refuses a request far over every limit from its declared length', async () => {
      const res = await upload('owner1', 'ballot_scan', pdf(DOCUMENT_LIMIT * 2), 'huge.pdf', 'application/pdf').expect(
        413,
      );
      expect(res.body.error.code).toBe(ErrorCode.FILE_TOO_LARGE);
    });

    it('refuses a decompression bomb', async () => {
      const bomb = pngBomb();
      expect(bomb.length).toBeLessThan(IMAGE_LIMIT);
      const res = await upload('owner1', 'repair_photo', bomb, 'bomb.png', 'image/png').expect(400);
      expect(res.body.error.code).toBe(ErrorCode.FILE_INVALID);
      expect(res.body.error.message).toMatch(/像素/);
    });

    it('keeps path tricks in names harmless: server-made key, the name only as sanitised display text', async () => {
      const jpg = await sharp({ create: { width: 10, height: 10, channels: 3, background: '#fff' } })
        .jpeg()
        .toBuffer();
      const res = await upload('owner1', 'repair_photo', jpg, '../../etc/passwd.jpg').expect(201);
      expect(res.body.originalName).toBe('passwd.jpg');
      const [row] = await ownerQuery<{ storage_key: string }>('SELECT storage_key FROM files WHERE id = $1', [
        res.body.id,
      ]);
      expect(row.storage_key).toMatch(new RegExp(`^${c.communityId}/\\d{4}/\\d{2}/${res.body.id}\\.jpg$`));
      expect(existsSync(path.join(filesDir, row.storage_key))).toBe(true);
      const all = readdirSync(filesDir, { recursive: true }).map(String);
      expect(all.some((p) => p.includes('passwd'))).toBe(false);
      const res2 = await upload('owner1', 'repair_photo', jpg, 'C:\\Users\\me\\..\\\u202Egpj.exe').expect(201);
      expect(res2.body.originalName).toBe('gpj.exe');
    });

    it('refuses an unknown purpose with a Chinese field error', async () => {
      const jpg = await sharp({ create: { width: 10, height: 10, channels: 3, background: '#fff' } })
        .jpeg()
        .toBuffer();
      const res = await upload('owner1', 'selfie', jpg, 'a.jpg').expect(400);
      expect(res.body.error.code).toBe(ErrorCode.VALIDATION_FAILED);
      expect(res.body.error.details.fields).toEqual([
        { field: 'purpose', messages: [expect.stringMatching(/^用途必须是以下之一：repair_photo/)] },
      ]);
    });

    it('refuses a request without a file', async () => {
      const res = await t.req().post('/api/v1/files').set(c.as('owner1')).field('purpose', 'repair_photo').expect(400);
      expect(res.body.error.code).toBe(ErrorCode.FILE_INVALID);
    });

    it('refuses anyone not signed in, and anyone outside the community', async () => {
      const jpg = await sharp({ create: { width: 10, height: 10, channels: 3, background: '#fff' } })
        .jpeg()
        .toBuffer();
      await t.req().post('/api/v1/files').field('purpose', 'repair_photo').attach('file', jpg, 'a.jpg').expect(401);
      await upload('stranger', 'repair_photo', jpg, 'a.jpg').expect(403);
    });
  });

  describe('reading and attaching', () => {
    let fileId: string;
    beforeAll(async () => {
      const jpg = await sharp({ create: { width: 20, height: 20, channels: 3, background: '#0a0' } })
        .jpeg()
        .toBuffer();
      fileId = (await upload('owner1', 'notice_attachment', jpg, 'n.jpg').expect(201)).body.id;
    });

    it('shows an unattached file only to its uploader', async () => {
      await t.req().get(`/api/v1/files/${fileId}/content`).set(c.as('owner1')).expect(200);
      const res = await t.req().get(`/api/v1/files/${fileId}/content`).set(c.as('chair')).expect(404);
      expect(res.body.error.code).toBe(ErrorCode.NOT_FOUND);
    });

    it('answers 404 for a file of another community, as for a missing one', async () => {
      const a = await t.req().get(`/api/v1/files/${fileId}/content`).set(other.as('owner1')).expect(404);
      const b = await t
        .req()
        .get(`/api/v1/files/9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d/content`)
        .set(other.as('owner1'))
        .expect(404);
      expect(a.body).toEqual(b.body);
      await t.req().get(`/api/v1/files/not-a-uuid/content`).set(c.as('owner1')).expect(404);
    });

    it('attaches in the caller transaction; then the owning record decides who may read', async () => {
      const files = t.created.app.get(FilesService);
      const ds = t.created.app.get(DataSource);
      const ownerId = '5f0c7c1e-8d3a-4c1e-9a51-0c5a3e2b7d11';
      // A rolled-back transaction leaves the file unattached.
      await expect(
        ds.transaction(async (m) => {
          await files.attach(m, c.communityId, [fileId], 'test_notice', ownerId, c.people.owner1);
          throw new Error('record insert failed');
        }),
      ).rejects.toThrow('record insert failed');
      await t.req().get(`/api/v1/files/${fileId}/content`).set(c.as('chair')).expect(404);

      const attached = await ds.transaction((m) =>
        files.attach(m, c.communityId, [fileId], 'test_notice', ownerId, c.people.owner1),
      );
      expect(attached.map((f) => f.status)).toEqual(['attached']);
      const got = await t.req().get(`/api/v1/files/${fileId}/content`).set(c.as('chair')).expect(200);
      expect(got.headers['cache-control']).toBe('private, max-age=3600');
      const etag = got.headers.etag;
      await t.req().get(`/api/v1/files/${fileId}/content`).set(c.as('chair')).set('If-None-Match', etag).expect(304);
      // Still invisible from another community.
      await t.req().get(`/api/v1/files/${fileId}/content`).set(other.as('chair')).expect(404);
    });

    it("refuses to attach a file twice, someone else's file, or a file of another community", async () => {
      const files = t.created.app.get(FilesService);
      const ds = t.created.app.get(DataSource);
      const jpg = await sharp({ create: { width: 20, height: 20, channels: 3, background: '#00a' } })
        .jpeg()
        .toBuffer();
      const mine = (await upload('owner2', 'repair_photo', jpg, 'x.jpg').expect(201)).body.id;
      const theirs = (await upload('owner1', 'repair_photo', jpg, 'y.jpg', 'image/jpeg', other).expect(201)).body.id;
      const attach = (ids: string[], uploader: string) =>
        ds.transaction((m) =>
          files.attach(m, c.communityId, ids, 'test_notice', '6f0c7c1e-8d3a-4c1e-9a51-0c5a3e2b7d11', uploader),
        );

      await expect(attach([mine], c.people.owner1)).rejects.toMatchObject({ code: ErrorCode.FILE_INVALID });
      await expect(attach([mine, theirs], c.people.owner2)).rejects.toMatchObject({
        code: ErrorCode.FILE_INVALID,
        details: { files: [{ fileId: theirs, reason: expect.any(String) }] },
      });
      await expect(attach([fileId], c.people.owner1)).rejects.toMatchObject({
        code: ErrorCode.FILE_INVALID,
        message: expect.stringMatching(/已被使用/),
      });
      await expect(
        ds.transaction((m) =>
          files.attach(
            m,
            c.communityId,
            [mine],
            'test_notice',
            '6f0c7c1e-8d3a-4c1e-9a51-0c5a3e2b7d11',
            c.people.owner2,
            { purposes: ['ballot_scan'] },
          ),
        ),
      ).rejects.toMatchObject({ code: ErrorCode.FILE_INVALID });
      // Nothing was attached by the refused calls.
      const rows = await ownerQuery<{ status: string }>('SELECT status FROM files WHERE id = ANY($1) ORDER BY id', [
        [mine, theirs],
      ]);
      expect(rows.map((r) => r.status)).toEqual(['pending', 'pending']);
      expect((await attach([mine], c.people.owner2)).length).toBe(1);
    });

    it('deletes abandoned uploads after two days, never attached ones', async () => {
      const files = t.created.app.get(FilesService);
      const ds = t.created.app.get(DataSource);
      const jpg = await sharp({ create: { width: 20, height: 20, channels: 3, background: '#a0a' } })
        .jpeg()
        .toBuffer();
      const abandoned = (await upload('owner4', 'repair_photo', jpg, 'old.jpg').expect(201)).body.id;
      const used = (await upload('owner4', 'repair_photo', jpg, 'used.jpg').expect(201)).body.id;
      const fresh = (await upload('owner4', 'repair_photo', jpg, 'new.jpg').expect(201)).body.id;
      await ds.transaction((m) =>
        files.attach(m, c.communityId, [used], 'test_notice', '8f0c7c1e-8d3a-4c1e-9a51-0c5a3e2b7d11', c.people.owner4),
      );
      await ownerQuery(`UPDATE files SET created_at = now() - interval '3 days' WHERE id = ANY($1)`, [
        [abandoned, used],
      ]);
      const [{ storage_key: key }] = await ownerQuery<{ storage_key: string }>(
        'SELECT storage_key FROM files WHERE id = $1',
        [abandoned],
      );

      expect(await files.deleteAbandoned()).toBeGreaterThanOrEqual(1);
      const left = await ownerQuery<{ id: string }>('SELECT id FROM files WHERE id = ANY($1)', [
        [abandoned, used, fresh],
      ]);
      expect(left.map((r) => r.id).sort()).toEqual([used, fresh].sort());
      expect(existsSync(path.join(filesDir, key))).toBe(false);
      await t.req().get(`/api/v1/files/${used}/content`).set(c.as('chair')).expect(200);
    });

    it('lets no one read a file attached to a record type without an access rule', async () => {
      const files = t.created.app.get(FilesService);
      const ds = t.created.app.get(DataSource);
      const jpg = await sharp({ create: { width: 20, height: 20, channels: 3, background: '#aa0' } })
        .jpeg()
        .toBuffer();
      const id = (await upload('owner3', 'repair_photo', jpg, 'z.jpg').expect(201)).body.id;
      await ds.transaction((m) =>
        files.attach(
          m,
          c.communityId,
          [id],
          'unregistered_type',
          '7f0c7c1e-8d3a-4c1e-9a51-0c5a3e2b7d11',
          c.people.owner3,
        ),
      );
      await t.req().get(`/api/v1/files/${id}/content`).set(c.as('owner3')).expect(404);
    });
  });
});

describe('files on S3-compatible storage', () => {
  const objects = new Map<string, { body: Buffer; type: string }>();
  const seen: string[] = [];
  let server: http.Server;
  let endpoint: string;

  beforeAll(async () => {
    // A tiny fake S3: path-style /<bucket>/<key>, requires a SigV4 Authorization header for our access key.
    server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (d: Buffer) => chunks.push(d));
      req.on('end', () => {
        const auth = req.headers.authorization ?? '';
        seen.push(`${req.method} ${auth.split(' ')[0]}`);
        if (
          !/^AWS4-HMAC-SHA256 Credential=TESTKEY\/\d{8}\/ap-shanghai\/s3\/aws4_request, SignedHeaders=[^,]+, Signature=[0-9a-f]{64}$/.test(
            auth,
          )
        ) {
          res.writeHead(403, { 'content-type': 'application/xml' }).end('<Error><Code>AccessDenied</Code></Error>');
          return;
        }
        const key = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
        if (req.method === 'PUT') {
          objects.set(key, { body: Buffer.concat(chunks), type: String(req.headers['content-type']) });
          res.writeHead(200, { etag: '"1"' }).end();
        } else if (req.method === 'GET') {
          const o = objects.get(key);
          if (!o)
            res.writeHead(404, { 'content-type': 'application/xml' }).end('<Error><Code>NoSuchKey</Code></Error>');
          else res.writeHead(200, { 'content-type': o.type, 'content-length': o.body.length }).end(o.body);
        } else if (req.method === 'DELETE') {
          objects.delete(key);
          res.writeHead(204).end();
        } else res.writeHead(405).end();
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((r) => server.close(r));
  });

  it('puts, gets and deletes signed objects', async () => {
    const s3 = new S3FileStorage({
      endpoint,
      bucket: 'gongzhi',
      region: 'ap-shanghai',
      accessKeyId: 'TESTKEY',
      secretAccessKey: 'testsecret',
    });
    const key = '9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d/2026/11/1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed.pdf';
    await s3.put(key, pdf(), 'application/pdf');
    expect(objects.get(`/gongzhi/${key}`)?.type).toBe('application/pdf');
    const chunks: Buffer[] = [];
    for await (const chunk of await s3.get(key)) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).equals(pdf())).toBe(true);
    await s3.delete(key);
    expect(objects.has(`/gongzhi/${key}`)).toBe(false);
    await expect(s3.get(key)).rejects.toThrow();
    await expect(s3.put('../../etc/passwd', pdf(), 'application/pdf')).rejects.toThrow(/refusing storage key/);
    expect(seen.every((s) => s.endsWith('AWS4-HMAC-SHA256'))).toBe(true);
    s3.destroy();
  });

  it('serves uploads end to end from the S3 driver', async () => {
    const t = await startTestApp({
      FILES_DRIVER: 's3',
      S3_ENDPOINT: endpoint,
      S3_BUCKET: 'gongzhi',
      S3_REGION: 'ap-shanghai',
      S3_ACCESS_KEY_ID: 'TESTKEY',
      S3_SECRET_ACCESS_KEY: 'testsecret',
    });
    try {
      const c = await makeCommunity(t, { units: 1 });
      const jpg = await sharp({ create: { width: 30, height: 20, channels: 3, background: '#123' } })
        .jpeg()
        .toBuffer();
      const res = await t
        .req()
        .post('/api/v1/files')
        .set(c.as('owner1'))
        .field('purpose', 'repair_photo')
        .attach('file', jpg, 'a.jpg')
        .expect(201);
      const stored = [...objects.keys()].find((k) => k.endsWith(`${res.body.id}.jpg`));
      expect(stored).toMatch(new RegExp(`^/gongzhi/${c.communityId}/`));
      const got = await t.req().get(res.body.contentUrl).set(c.as('owner1')).buffer(true).parse(binary).expect(200);
      expect((got.body as Buffer).equals(objects.get(stored!)!.body)).toBe(true);
    } finally {
      await t.close();
    }
  });
});
