import { ErrorCode } from '@gongzhi/domain';
import ExcelJS from 'exceljs';
import { FieldCipher } from '../src/common/crypto.js';
import { makeCommunity, type CommunityFixture } from './factories.js';
import { ownerQuery, startTestApp, type TestApp } from './harness.js';

const HEADER = '楼栋,单元,房号,面积(m²),面积来源,业主姓名,手机号,共有人,类型';
const GOOD = [
  HEADER,
  '5幢,1单元,101,89.5,登记,孙一,13900000101,,住宅',
  '5幢,1单元,102,100.25,实测,"周二、吴三*","13900000102、13900000103",,',
  '5幢,2单元,201,120,合同,郑四,,王五,住宅',
  '商业街,,S1,45.5,登记,冯六,13900000104,,商铺',
].join('\n');

async function xlsx(rows: Array<Array<string | number>>): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('名册');
  rows.forEach((r) => ws.addRow(r));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('owners roster import and export', () => {
  let t: TestApp;
  let c: CommunityFixture;
  let cipher: FieldCipher;
  const counts = async (communityId: string) => {
    const [r] = await ownerQuery<{ units: number; owners: number; persons: number }>(
      `SELECT (SELECT count(*)::int FROM units WHERE community_id = $1) AS units,
              (SELECT count(*)::int FROM ownerships WHERE community_id = $1) AS owners,
              (SELECT count(*)::int FROM persons) AS persons`,
      [communityId],
    );
    return r;
  };
  const upload = (fx: CommunityFixture, who: string, body: Buffer | string, name = 'roster.csv') =>
    t
      .req()
      .post('/api/v1/roster/imports')
      .set(fx.as(who))
      .attach('file', Buffer.isBuffer(body) ? body : Buffer.from(body, 'utf8'), name);
  const propose = (fx: CommunityFixture, who: string, id: string) =>
    t.req().post(`/api/v1/roster/imports/${id}/propose`).set(fx.as(who));
  const confirm = (fx: CommunityFixture, who: string, id: string) =>
    t.req().post(`/api/v1/roster/proposals/${id}/confirm`).set(fx.as(who));
  /** Proposed by `who`, confirmed by two other members (member3, member4): the roster changes. */
  const commit = async (fx: CommunityFixture, who: string, id: string) => {
    await propose(fx, who, id).expect(200);
    await confirm(fx, 'member3', id).expect(200);
    return confirm(fx, 'member4', id).expect(200);
  };

  beforeAll(async () => {
    t = await startTestApp();
    // One unit (1幢 1单元 101) comes from the factory; the files below never list it.
    c = await makeCommunity(t, { units: 1 });
    cipher = new FieldCipher(t.created.config.dataKey);
  });
  afterAll(async () => t.close());

  describe('behaviour', () => {
    it('previews a good file without writing any unit or owner', async () => {
      const before = await counts(c.communityId);
      const res = await upload(c, 'chair', GOOD).expect(201);
      expect(res.body).toMatchObject({ status: 'preview', totalRows: 4, validRows: 4, canCommit: true, errors: [] });
      expect(res.body.summary).toEqual({
        changes: 4,
        unitsCreated: 4,
        unitsUpdated: 0,
        unchanged: 0,
        ownersChanged: 0,
        notInFile: 1,
      });
      expect(res.body.rows[1]).toEqual({
        line: 3,
        building: '5幢',
        entrance: '1单元',
        room: '102',
        kind: 'flat',
        area: '100.25',
        areaSource: 'surveyed',
        registeredArea: null,
        surveyedArea: '100.25',
        contractArea: null,
        developer: false,
        change: 'new',
        owners: [
          {
            name: '周二',
            phoneMasked: '139****0102',
            idNumberMasked: null,
            creditCode: null,
            organisation: false,
            designatedVoter: false,
          },
          {
            name: '吴三',
            phoneMasked: '139****0103',
            idNumberMasked: null,
            creditCode: null,
            organisation: false,
            designatedVoter: true,
          },
        ],
      });
      expect(JSON.stringify(res.body)).not.toMatch(/1390000010\d/);
      expect(await counts(c.communityId)).toEqual(before);
      const [stored] = await ownerQuery<{ rows: string }>(`SELECT rows::text FROM roster_imports WHERE id = $1`, [
        res.body.id,
      ]);
      expect(stored.rows).not.toMatch(/1390000010\d/);
    });

    it('commits all rows in one go: units, areas in hundredths, owners with encrypted phones, designated voter; audited', async () => {
      const preview = await upload(c, 'manager', GOOD).expect(201);
      const res = await commit(c, 'manager', preview.body.id);
      expect(res.body).toMatchObject({ status: 'committed', summary: { changes: 4, unitsCreated: 4 } });
      const units = await ownerQuery<{
        room: string;
        entrance: string;
        kind: string;
        area_hundredths: string;
        area_source: string;
      }>(
        `SELECT room, entrance, kind, area_hundredths, area_source FROM units WHERE community_id = $1 AND building_id <> $2 ORDER BY room`,
        [c.communityId, c.buildingId],
      );
      expect(units).toEqual([
        { room: '101', entrance: '1单元', kind: 'flat', area_hundredths: '8950', area_source: 'registered' },
        { room: '102', entrance: '1单元', kind: 'flat', area_hundredths: '10025', area_source: 'surveyed' },
        { room: '201', entrance: '2单元', kind: 'flat', area_hundredths: '12000', area_source: 'contract' },
        { room: 'S1', entrance: '', kind: 'shop', area_hundredths: '4550', area_source: 'registered' },
      ]);
      const owners = await ownerQuery<{
        room: string;
        name: string;
        phone_enc: string | null;
        phone_hash: string | null;
        is_designated_voter: boolean;
      }>(
        `SELECT u.room, p.name, p.phone_enc, p.phone_hash, o.is_designated_voter FROM ownerships o JOIN units u ON u.id = o.unit_id
         JOIN persons p ON p.id = o.person_id WHERE o.community_id = $1 AND u.building_id <> $2 ORDER BY u.room, p.name`,
        [c.communityId, c.buildingId],
      );
      expect(owners.map((o) => [o.room, o.name, o.is_designated_voter])).toEqual([
        ['101', '孙一', true],
        ['102', '吴三', true],
        ['102', '周二', false],
        ['201', '王五', false],
        ['201', '郑四', true],
        ['S1', '冯六', true],
      ]);
      const sun = owners[0];
      expect(sun.phone_enc).not.toContain('13900000101');
      expect(cipher.decrypt(sun.phone_enc!)).toBe('13900000101');
      expect(sun.phone_hash).toBe(cipher.blindIndex('13900000101'));
      const audit = await ownerQuery(
        `SELECT action, details FROM audit_log WHERE community_id = $1 AND target_id = $2`,
        [c.communityId, preview.body.id],
      );
      expect(audit.map((a) => a.action)).toEqual([
        'roster.proposed',
        'roster.confirmed',
        'roster.confirmed',
        'roster.import_committed',
      ]);
      expect(audit[3].details).toMatchObject({ unitsCreated: 4, changes: 4, proposedBy: c.people.manager });
    });

    it('re-importing the same file changes nothing and says so', async () => {
      const before = await counts(c.communityId);
      const preview = await upload(c, 'chair', GOOD).expect(201);
      expect(preview.body.summary).toEqual({
        changes: 0,
        unitsCreated: 0,
        unitsUpdated: 0,
        unchanged: 4,
        ownersChanged: 0,
        notInFile: 1,
      });
      expect(preview.body.rows.map((r: { change: string }) => r.change)).toEqual([
        'unchanged',
        'unchanged',
        'unchanged',
        'unchanged',
      ]);
      const res = await propose(c, 'chair', preview.body.id).expect(409);
      expect(res.body.error.message).toMatch(/完全一致/);
      expect(await counts(c.communityId)).toEqual(before);
    });

    it('a later Excel file updates units by address: area, source and owners', async () => {
      const file = await xlsx([
        ['楼栋', '单元', '房号', '面积(m²)', '面积来源', '业主姓名', '手机号', '共有人', '类型'],
        ['5幢', '1单元', '101', 89.75, '实测', '孙一', '13900000101', '', '住宅'],
        ['5幢', '1单元', '102', 100.25, '实测', '周二*、吴三', '13900000102、13900000103', '', ''],
        ['5幢', '2单元', '201', 120, '合同', '褚七', '13900000105', '', '住宅'],
        ['商业街', '', 'S1', 45.5, '登记', '冯六', '13900000104', '', '商铺'],
        ['5幢', '2单元', '202', 66.6, '登记', '卫八', '13900000106', '', ''],
      ]);
      const preview = await upload(c, 'chair', file, '名册2.xlsx').expect(201);
      expect(preview.body.errors).toEqual([]);
      expect(preview.body.fileName).toBe('名册2.xlsx');
      expect(preview.body.summary).toEqual({
        changes: 4,
        unitsCreated: 1,
        unitsUpdated: 3,
        unchanged: 1,
        ownersChanged: 2,
        notInFile: 1,
      });
      await commit(c, 'chair', preview.body.id);
      const [u101] = await ownerQuery(
        `SELECT area_hundredths, area_source FROM units WHERE community_id = $1 AND building_id <> $2 AND room = '101'`,
        [c.communityId, c.buildingId],
      );
      expect(u101).toEqual({ area_hundredths: '8975', area_source: 'surveyed' });
      const o102 = await ownerQuery(
        `SELECT p.name, o.is_designated_voter FROM ownerships o JOIN persons p ON p.id = o.person_id JOIN units u ON u.id = o.unit_id
        WHERE u.community_id = $1 AND u.room = '102' ORDER BY p.name`,
        [c.communityId],
      );
      expect(o102).toEqual([
        { name: '吴三', is_designated_voter: false },
        { name: '周二', is_designated_voter: true },
      ]);
      const o201 = await ownerQuery(
        `SELECT p.name FROM ownerships o JOIN persons p ON p.id = o.person_id JOIN units u ON u.id = o.unit_id
        WHERE u.community_id = $1 AND u.room = '201'`,
        [c.communityId],
      );
      expect(o201).toEqual([{ name: '褚七' }]);
    });

    it('an owner the new roster no longer lists loses the owner binding and is signed out', async () => {
      const d = await makeCommunity(t, { units: 2 });
      await t.req().get('/api/v1/me').set(d.as('owner1')).expect(200);
      const file = [HEADER, '1幢,1单元,101,80,登记,新业主,13900000199,,', '1幢,1单元,102,90,登记,业主2,,,'].join('\n');
      const preview = await upload(d, 'chair', file).expect(201);
      await commit(d, 'chair', preview.body.id);
      const [r] = await ownerQuery(`SELECT status FROM residencies WHERE person_id = $1 AND relation = 'owner'`, [
        d.people.owner1,
      ]);
      expect(r).toEqual({ status: 'removed' });
      expect((await t.req().get('/api/v1/me').set(d.as('owner1')).expect(401)).body.error.code).toBe(
        ErrorCode.UNAUTHENTICATED,
      );
    });

    it('exports the roster as Excel with phones masked', async () => {
      const res = await t
        .req()
        .get('/api/v1/roster/export.xlsx')
        .set(c.as('chair'))
        .buffer(true)
        .parse((r, cb) => {
          const chunks: Buffer[] = [];
          r.on('data', (x: Buffer) => chunks.push(x));
          r.on('end', () => cb(null, Buffer.concat(chunks)));
        })
        .expect(200);
      expect(res.headers['content-type']).toMatch(/spreadsheetml/);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(res.body as ArrayBuffer);
      const rows = wb.worksheets[0]
        .getSheetValues()
        .filter(Boolean)
        .map((r) => (r as unknown[]).slice(1));
      expect(rows[0]).toEqual(['楼栋', '单元', '房号', '面积(m²)', '面积来源', '业主姓名', '手机号', '共有人', '类型']);
      expect(rows).toContainEqual(
        ['5幢', '1单元', '102', '100.25', '实测', '周二、吴三', '139****0102、139****0103', undefined, '住宅'].map(
          (v) => v ?? '',
        ),
      );
      expect(JSON.stringify(rows)).not.toMatch(/1390000010\d/);
    });
  });

  describe('validation', () => {
    it('lists every bad row with its reason in Chinese and refuses to commit; nothing changes', async () => {
      const before = await counts(c.communityId);
      const bad = [
        HEADER,
        ',1单元,301,80,登记,甲,,,',
        '6幢,1单元,,80,登记,乙,,,',
        '6幢,1单元,303,80.123,登记,丙,,,',
        '6幢,1单元,304,80,估算,丁,,,',
        '6幢,1单元,305,80,登记,戊,1380000,,',
        '6幢,1单元,306,80,登记,己,,,',
        '6幢,1单元,306,81,登记,庚,,,',
        '6幢,1单元,307,80,登记,,,"辛、壬",',
        '6幢,1单元,308,80,登记,癸,,,',
      ].join('\n');
      const preview = await upload(c, 'chair', bad).expect(201);
      expect(preview.body).toMatchObject({ totalRows: 9, validRows: 2, canCommit: false });
      expect(preview.body.errors).toEqual([
        { line: 2, column: '楼栋', reason: '缺少楼栋' },
        { line: 3, column: '房号', reason: '缺少房号' },
        { line: 4, column: '面积', reason: '面积“80.123”不正确：应为大于 0 的数字，最多两位小数（单位：平方米）' },
        { line: 5, column: '面积来源', reason: '未知的面积来源“估算”：只能是登记、实测或合同' },
        {
          line: 6,
          column: '手机号',
          reason: expect.stringMatching(/^第 1 位业主的手机号格式不正确：应为 11 位手机号/),
        },
        { line: 8, column: '房号', reason: '房屋重复：与第 7 行是同一套（6幢 1单元 306）' },
        { line: 9, column: '业主姓名', reason: '填写了共有人但没有业主姓名：请在“业主姓名”中填写业主，并指定投票人' },
      ]);
      const res = await propose(c, 'chair', preview.body.id).expect(400);
      expect(res.body.error.code).toBe(ErrorCode.ROSTER_INVALID);
      expect(res.body.error.message).toBe('名册有 7 处错误，请修正后重新上传');
      expect(await counts(c.communityId)).toEqual(before);
    });

    it.each([
      ['an old .xls file', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3, 4]), /不支持旧版 \.xls 文件/],
      ['an empty file', Buffer.alloc(0), /文件是空的/],
      ['a file without the required columns', Buffer.from('楼栋,房号\n1幢,101\n'), null],
    ])('refuses %s with a Chinese message', async (_label, body, message) => {
      const res = await upload(c, 'chair', body);
      if (message) {
        expect(res.status).toBe(400);
        expect(res.body.error.code).toBe(ErrorCode.ROSTER_INVALID);
        expect(res.body.error.message).toMatch(message);
      } else {
        expect(res.status).toBe(201);
        expect(res.body.errors).toEqual([
          { line: 1, column: null, reason: '表头缺少必填列：业主姓名、登记面积（请使用名册模板）' },
        ]);
      }
    });

    it('refuses a request without a file', async () => {
      const res = await t.req().post('/api/v1/roster/imports').set(c.as('chair')).expect(400);
      expect(res.body.error.message).toMatch(/请选择名册文件/);
    });

    it('reads a CSV saved by Excel in GB18030', async () => {
      // 楼栋,房号,面积,面积来源,业主姓名 / 9幢,901,50,登记,何九 in GB18030 bytes:
      const text = '楼栋,房号,面积,面积来源,业主姓名\n9幢,901,50,登记,何九\n';
      const bytes = gb18030(text);
      const res = await upload(c, 'chair', bytes).expect(201);
      expect(res.body.errors).toEqual([]);
      expect(res.body.rows[0]).toMatchObject({ building: '9幢', room: '901', owners: [{ name: '何九' }] });
    });

    it('proposes a preview only once', async () => {
      const file = [HEADER, '7幢,1单元,701,80,登记,杨一,13900000701,,'].join('\n');
      const preview = await upload(c, 'chair', file).expect(201);
      await propose(c, 'chair', preview.body.id).expect(200);
      const again = await propose(c, 'chair', preview.body.id).expect(409);
      expect(again.body.error).toMatchObject({
        code: ErrorCode.ILLEGAL_TRANSITION,
        details: { currentStatus: 'proposed' },
      });
    });
  });

  describe('authorization', () => {
    it('lets only the committee and the property manager import or export', async () => {
      const before = await ownerQuery<{ n: number }>('SELECT count(*)::int AS n FROM roster_imports');
      for (const who of ['owner1', 'tenant', 'staff', 'officer', 'stranger']) {
        await upload(c, who, GOOD).expect(403);
        await t.req().get('/api/v1/roster/export.xlsx').set(c.as(who)).expect(403);
      }
      expect(await ownerQuery('SELECT count(*)::int AS n FROM roster_imports')).toEqual(before);
    });

    it('a preview of another community answers 404 and commits nothing', async () => {
      const other = await makeCommunity(t, { units: 1 });
      const preview = await upload(other, 'chair', GOOD).expect(201);
      const before = await counts(c.communityId);
      await propose(c, 'chair', preview.body.id).expect(404);
      await t.req().get(`/api/v1/roster/imports/${preview.body.id}`).set(c.as('chair')).expect(404);
      expect(await counts(c.communityId)).toEqual(before);
      expect((await counts(other.communityId)).units).toBe(1);
    });
  });
});

/** GB18030 bytes of `text` for the characters used above (Node can decode GB18030 but has no encoder). */
function gb18030(text: string): Buffer {
  const table: Record<string, number[]> = {
    楼: [0xc2, 0xa5],
    栋: [0xb6, 0xb0],
    房: [0xb7, 0xbf],
    号: [0xba, 0xc5],
    面: [0xc3, 0xe6],
    积: [0xbb, 0xfd],
    来: [0xc0, 0xb4],
    源: [0xd4, 0xb4],
    业: [0xd2, 0xb5],
    主: [0xd6, 0xf7],
    姓: [0xd0, 0xd5],
    名: [0xc3, 0xfb],
    幢: [0xb4, 0xb1],
    登: [0xb5, 0xc7],
    记: [0xbc, 0xc7],
    何: [0xba, 0xce],
    九: [0xbe, 0xc5],
  };
  const out: number[] = [];
  for (const ch of text) out.push(...(table[ch] ?? [ch.charCodeAt(0)]));
  const buf = Buffer.from(out);
  if (new TextDecoder('gb18030').decode(buf) !== text) throw new Error('GB18030 table in the test is wrong');
  return buf;
}
