import { ErrorCode } from '@gongzhi/domain';
import { deflateSync } from 'node:zlib';
import type { Response } from 'supertest';
import { makeCommunity, type CommunityFixture } from './factories.js';
import { startTestApp, type TestApp } from './harness.js';

function binary(res: Response, cb: (err: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
}

/** A PDF with a correct xref table, built from its objects (object n = objects[n - 1]). */
function buildPdf(objects: Array<string | Buffer>): Buffer {
  const parts: Buffer[] = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  const offsets: number[] = [];
  let len = parts[0].length;
  objects.forEach((o, i) => {
    offsets.push(len);
    const b = Buffer.concat([
      Buffer.from(`${i + 1} 0 obj\n`, 'latin1'),
      typeof o === 'string' ? Buffer.from(o, 'latin1') : o,
      Buffer.from('\nendobj\n', 'latin1'),
    ]);
    parts.push(b);
    len += b.length;
  });
  const xref =
    `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n` +
    offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('') +
    `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${len}\n%%EOF\n`;
  parts.push(Buffer.from(xref, 'latin1'));
  return Buffer.concat(parts);
}

const stream = (dict: string, data: Buffer) =>
  Buffer.concat([
    Buffer.from(`<< ${dict} /Length ${data.length} >>\nstream\n`, 'latin1'),
    data,
    Buffer.from('\nendstream', 'latin1'),
  ]);

/** A one-page PDF that runs JavaScript on open, on a page event, launches a program and carries an embedded file. */
function activePdf(): Buffer {
  const page = deflateSync(Buffer.from('BT /F1 12 Tf 72 720 Td (Hello /JS stays in page text) Tj ET'));
  return buildPdf([
    '<< /Type /Catalog /Pages 2 0 R /OpenAction 4 0 R /Names << /JavaScript 5 0 R /EmbeddedFiles 7 0 R >> >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 9 0 R /AA << /O << /S /J#61vaScript /JS <6170702e616c657274283129> >> >> /Annots [ << /Type /Annot /Subtype /Link /Rect [0 0 10 10] /A << /S /Launch /F (cmd.exe) >> >> ] >>',
    "<< /Type /Action /S /JavaScript /JS (app.alert\\('pwned \\(really\\)'\\); this.exportDataObject\\({cName: 'x'}\\);) >>",
    '<< /Names [(init) 4 0 R] >>',
    stream('/Type /EmbeddedFile', Buffer.from('MZ fake executable')),
    '<< /Names [(evil.exe) 8 0 R] >>',
    '<< /Type /Filespec /F (evil.exe) /EF << /F 6 0 R >> >>',
    stream('/Filter /FlateDecode', page),
  ]);
}

describe('PDF attachments lose their active content before anyone can download them', () => {
  let t: TestApp;
  let c: CommunityFixture;
  beforeAll(async () => {
    t = await startTestApp();
    c = await makeCommunity(t);
  });
  afterAll(() => t.close());

  const upload = (body: Buffer) =>
    t
      .req()
      .post('/api/v1/files')
      .set(c.as('manager'))
      .field('purpose', 'ledger_attachment')
      .attach('file', body, { filename: '合同.pdf', contentType: 'application/pdf' });
  const download = async (id: string) =>
    (await t.req().get(`/api/v1/files/${id}/content`).set(c.as('manager')).buffer(true).parse(binary).expect(200))
      .body as Buffer;

  it('a PDF with JavaScript, open and page actions, a launch action and an embedded file comes back without them', async () => {
    const input = activePdf();
    const res = await upload(input).expect(201);
    const out = await download(res.body.id);
    const text = out.toString('latin1');
    for (const name of [
      '/JavaScript',
      '/J#61vaScript',
      '/OpenAction',
      '/AA',
      '/Launch',
      '/EmbeddedFiles',
      '/EmbeddedFile',
      '/JS ',
    ])
      expect(text).not.toContain(name);
    expect(text).not.toContain('app.alert');
    expect(text).not.toContain('6170702e616c657274283129');
    // Same length, so every xref offset still points at its object; the page (compressed) is untouched.
    expect(out.length).toBe(input.length);
    const xref = text.slice(text.lastIndexOf('\nxref\n'));
    const offsets = [...xref.matchAll(/^(\d{10}) 00000 n $/gm)].map((m) => Number(m[1]));
    expect(offsets).toHaveLength(9);
    offsets.forEach((o, i) => expect(text.slice(o, o + `${i + 1} 0 obj`.length)).toBe(`${i + 1} 0 obj`));
    expect(text).toContain('/Type /Catalog /Pages 2 0 R');
    expect(res.body.sizeBytes).toBe(input.length);
  });

  it('a PDF without active content is stored byte for byte', async () => {
    const input = buildPdf(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [] /Count 0 >>']);
    const res = await upload(input).expect(201);
    expect((await download(res.body.id)).equals(input)).toBe(true);
  });

  it('refuses, in Chinese, a PDF whose JavaScript sits in a compressed object stream (cannot be removed in place)', async () => {
    const objStm = deflateSync(Buffer.from('4 0 << /S /JavaScript /JS (app.alert(1)) >>'));
    const input = buildPdf([
      '<< /Type /Catalog /Pages 2 0 R /OpenAction 4 0 R >>',
      '<< /Type /Pages /Kids [] /Count 0 >>',
      stream('/Type /ObjStm /N 1 /First 4 /Filter /FlateDecode', objStm),
    ]);
    const res = await upload(input).expect(400);
    expect(res.body.error).toMatchObject({ code: ErrorCode.FILE_INVALID });
    expect(res.body.error.message).toMatch(/PDF 含有脚本/);
  });
});
