import { ErrorCode } from '@gongzhi/domain';
import ExcelJS from 'exceljs';
import { makeCommunity, type CommunityFixture } from '../factories.js';
import { ownerQuery, startTestApp, type TestApp } from '../harness.js';
import { buildZip, deflatedZeros, stored, xlsxSkeleton, type RawEntry } from './zip.js';

/**
 * Roster zip bombs: an .xlsx of a few hundred KB that unpacks to hundreds of MB must be refused from its ZIP central
 * directory before exceljs unpacks it, with a Chinese 400, without the process's memory growing.
 */
const MB = 1024 * 1024;

describe('roster import refuses zip bombs before unpacking them', () => {
  let t: TestApp;
  let c: CommunityFixture;
  const figures: string[] = [];

  const importsStored = async () =>
    (
      await ownerQuery<{ n: number }>(`SELECT count(*)::int AS n FROM roster_imports WHERE community_id = $1`, [
        c.communityId,
      ])
    )[0]!.n;

  /** Uploads the file while sampling the process's RSS; answers the response and the largest RSS growth seen. */
  const uploadWatched = async (file: Buffer) => {
    global.gc?.();
    const before = process.memoryUsage().rss;
    let peak = before;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 2);
    try {
      const res = await t.req().post('/api/v1/roster/imports').set(c.as('chair')).attach('file', file, '名册.xlsx');
      peak = Math.max(peak, process.memoryUsage().rss);
      return { res, grewMb: Math.round((peak - before) / MB) };
    } finally {
      clearInterval(sampler);
    }
  };

  const bombSheet = async (unpacked: number, declared?: number): Promise<RawEntry> => {
    const { data, crc } = await deflatedZeros(unpacked);
    return {
      name: 'xl/worksheets/sheet1.xml',
      method: 8,
      data,
      crc,
      uncompressedSize: unpacked,
      declaredUncompressedSize: declared,
    };
  };

  beforeAll(async () => {
    t = await startTestApp();
    c = await makeCommunity(t, { units: 1 });
  });
  afterAll(async () => {
    console.log(`roster-zip-bomb: ${figures.join(' ')}`);
    await t.close();
  });

  it('refuses a 300 KB .xlsx that unpacks to 300 MB, with a Chinese 400, nothing stored, memory flat', async () => {
    const file = buildZip([...xlsxSkeleton(), await bombSheet(300 * MB)]);
    expect(file.length).toBeLessThan(1 * MB);
    const before = await importsStored();
    const { res, grewMb } = await uploadWatched(file);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe(ErrorCode.ROSTER_INVALID);
    expect(res.body.error.message).toMatch(/解压后过大.*另存为 \.csv/);
    expect(grewMb).toBeLessThan(100);
    expect(await importsStored()).toBe(before);
    figures.push(`bomb=${Math.round(file.length / 1024)}KB→300MB status=${res.status} rssGrowthMb=${grewMb}`);
  });

  it('refuses a bomb whose central directory lies about its size (claims 500 KB, unpacks to 200 MB)', async () => {
    const file = buildZip([...xlsxSkeleton(), await bombSheet(200 * MB, 500 * 1024)]);
    const { res, grewMb } = await uploadWatched(file);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe(ErrorCode.ROSTER_INVALID);
    expect(res.body.error.message).toMatch(/解压后过大/);
    expect(grewMb).toBeLessThan(100);
    figures.push(`lyingDirectory=200MB status=${res.status} rssGrowthMb=${grewMb}`);
  });

  it('refuses a ZIP with more than 2 000 parts', async () => {
    const parts = Array.from({ length: 2001 }, (_, i) => stored(`xl/media/p${i}.xml`, '<a/>'));
    const { res } = await uploadWatched(buildZip([...xlsxSkeleton(), ...parts]));
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({
      code: ErrorCode.ROSTER_INVALID,
      message: expect.stringMatching(/部件过多/),
    });
    figures.push(`entries=2005 status=${res.status}`);
  });

  it('refuses a file whose ZIP directory is cut off as unreadable, not as a server error', async () => {
    const whole = buildZip(xlsxSkeleton());
    const { res } = await uploadWatched(whole.subarray(0, whole.length - 30));
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({
      code: ErrorCode.ROSTER_INVALID,
      message: expect.stringMatching(/无法读取这个 Excel 文件/),
    });
  });

  it('still reads a real Excel roster', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('名册');
    ws.addRow(['楼栋', '单元', '房号', '面积(m²)', '面积来源', '业主姓名', '手机号', '共有人', '类型']);
    ws.addRow(['9幢', '1单元', '101', 88.5, '登记', '钱七', '13900000901', '', '住宅']);
    const { res } = await uploadWatched(Buffer.from(await wb.xlsx.writeBuffer()));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ status: 'preview', totalRows: 1, validRows: 1, canCommit: true });
  });
});
