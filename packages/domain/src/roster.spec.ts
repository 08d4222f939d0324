import fc from 'fast-check';
import { formatAreaHundredths, normaliseCnMobile, parseAreaHundredths, parseRoster } from './roster.js';

const HEADER = ['楼栋', '单元', '房号', '面积(m²)', '面积来源', '业主姓名', '手机号', '共有人', '类型'];

describe('parseAreaHundredths', () => {
  it.each([
    ['89.5', 8950n],
    ['89.56', 8956n],
    ['120', 12000n],
    ['0.01', 1n],
    [' 75.00 ㎡', 7500n],
  ])('%j → %s hundredths', (raw, v) => expect(parseAreaHundredths(raw)).toBe(v));

  it.each(['89.567', '0', '0.00', '-5', 'abc', '1e3', '', '12,5', '2000000'])('refuses %j', (raw) =>
    expect(parseAreaHundredths(raw)).toBeNull(),
  );

  it('round-trips through formatting for every area with two decimals', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 1n, max: 99_999_999n }), (v) => parseAreaHundredths(formatAreaHundredths(v)) === v),
    );
  });
});

describe('normaliseCnMobile', () => {
  it.each([
    ['13812345678', '13812345678'],
    ['+86 138-1234-5678', '13812345678'],
    ['008613812345678', '13812345678'],
    ['12812345678', null],
    ['1381234567', null],
    ['0571-88886666', null],
  ])('%j → %j', (raw, out) => expect(normaliseCnMobile(raw)).toBe(out));
});

describe('parseRoster', () => {
  it('reads a good file: owners, co-owners, designated voter, default kind', () => {
    const r = parseRoster([
      HEADER,
      ['1幢', '1单元', '101', '89.5', '登记', '张三', '13812345678', '', ''],
      ['1幢', '1单元', '102', '100', '实测', '李四、王五*', '13912345678、13712345678', '', '住宅'],
      ['2幢', '', 'S1', '45.25', '合同', '赵六', '', '钱七', '商铺'],
    ]);
    expect(r.errors).toEqual([]);
    expect(r.totalRows).toBe(3);
    expect(r.rows[0]).toEqual({
      line: 2,
      building: '1幢',
      entrance: '1单元',
      room: '101',
      kind: 'flat',
      areas: { registered: 8950n, surveyed: null, contract: null },
      areaHundredths: 8950n,
      areaSource: 'registered',
      developer: false,
      owners: [
        {
          name: '张三',
          phone: '13812345678',
          idNumber: null,
          creditCode: null,
          organisation: false,
          designatedVoter: true,
        },
      ],
    });
    expect(r.rows[1].owners).toMatchObject([
      { name: '李四', phone: '13912345678', designatedVoter: false },
      { name: '王五', phone: '13712345678', designatedVoter: true },
    ]);
    expect(r.rows[2]).toMatchObject({
      kind: 'shop',
      areas: { registered: null, surveyed: null, contract: 4525n },
      areaSource: 'contract',
      owners: [
        { name: '赵六', phone: null, designatedVoter: true },
        { name: '钱七', phone: null, designatedVoter: false },
      ],
    });
  });

  it('reports every bad row with its line and a Chinese reason', () => {
    const r = parseRoster([
      HEADER,
      ['', '1单元', '101', '89.5', '登记', '张三', '', '', ''],
      ['1幢', '1单元', '', '89.5', '登记', '张三', '', '', ''],
      ['1幢', '1单元', '103', '89.567', '登记', '张三', '', '', ''],
      ['1幢', '1单元', '104', '89', '估算', '张三', '', '', ''],
      ['1幢', '1单元', '105', '89', '登记', '张三', '1381234', '', ''],
      ['1幢', '1单元', '106', '89', '登记', '张三', '', '', ''],
      ['1幢', '1单元', '106', '90', '登记', '李四', '', '', ''],
      ['1幢', '1单元', '107', '89', '登记', '', '', '李四、王五', ''],
      ['1幢', '1单元', '108', '89', '登记', '李四*、王五*', '', '', ''],
      ['1幢', '1单元', '109', '89', '登记', '李四', '', '', '别墅'],
      ['', '', '', '', '', '', '', '', ''],
    ]);
    const byLine = Object.fromEntries(r.errors.map((e) => [e.line, e]));
    expect(r.totalRows).toBe(10);
    expect(byLine[2].reason).toBe('缺少楼栋');
    expect(byLine[3].reason).toBe('缺少房号');
    expect(byLine[4].reason).toMatch(/最多两位小数/);
    expect(byLine[5].reason).toMatch(/未知的面积来源“估算”/);
    expect(byLine[6].reason).toMatch(/手机号格式不正确/);
    expect(byLine[8].reason).toMatch(/房屋重复：与第 7 行/);
    expect(byLine[9].reason).toMatch(/共有人但没有业主姓名/);
    expect(byLine[10].reason).toMatch(/只能指定一位投票人/);
    expect(byLine[11].reason).toMatch(/未知的房屋类型/);
    expect(r.rows.map((x) => x.room)).toEqual(['106']);
  });

  it('refuses a file without the required columns', () => {
    const r = parseRoster([
      ['楼栋', '房号'],
      ['1幢', '101'],
    ]);
    expect(r.errors).toEqual([
      { line: 1, column: null, reason: expect.stringMatching(/表头缺少必填列：业主姓名、登记面积/) },
    ]);
  });

  it('refuses more phones than owners', () => {
    const r = parseRoster([HEADER, ['1幢', '', '101', '80', '登记', '张三', '13812345678、13912345678', '', '']]);
    expect(r.errors[0].reason).toMatch(/多于业主人数/);
  });

  const T = [
    '楼栋',
    '单元',
    '房号',
    '登记面积',
    '实测面积',
    '合同面积',
    '业主姓名',
    '手机号',
    '证件号码',
    '开发商未售',
  ];

  it('takes each source area and counts the one chooseArea picks (registered → surveyed → contract)', () => {
    const r = parseRoster([
      T,
      ['1幢', '', '101', '', '90.12', '91', '张三', '', '', ''],
      ['1幢', '', '102', '88', '90', '91', '李四', '', '', ''],
      ['1幢', '', '103', '', '', '95.5', '王五', '', '', ''],
      ['1幢', '', '104', '', '', '', '赵六', '', '', ''],
    ]);
    expect(r.rows.map((x) => [x.room, x.areaHundredths, x.areaSource])).toEqual([
      ['101', 9012n, 'surveyed'],
      ['102', 8800n, 'registered'],
      ['103', 9550n, 'contract'],
    ]);
    expect(r.rows[0].areas).toEqual({ registered: null, surveyed: 9012n, contract: 9100n });
    expect(r.errors).toEqual([{ line: 5, column: '登记面积', reason: expect.stringMatching(/至少填一种/) }]);
  });

  it('marks developer stock, reads a company by its credit code with a landline, and a person by ID number', () => {
    const r = parseRoster([
      T,
      ['1幢', '', '101', '80', '', '', '某某置业有限公司', '0571-88886666', '91330106MA2A000009', '是'],
      ['1幢', '', '102', '80', '', '', '某某商贸有限公司', '0571 8888 7777', '91330100MA2B11111X', ''],
      ['1幢', '', '103', '80', '', '', '王伟', '', '330106198001010013', ''],
      ['1幢', '', '104', '80', '', '', '李雷', '0571-88886666', '', ''],
      ['1幢', '', '105', '80', '', '', '韩梅', '', '330106198001010014', ''],
      ['1幢', '', '106', '80', '', '', '甲、乙', '', '', '是'],
    ]);
    expect(r.rows[0]).toMatchObject({
      developer: true,
      owners: [
        { name: '某某置业有限公司', organisation: true, creditCode: '91330106MA2A000009', phone: '0571-88886666' },
      ],
    });
    expect(r.rows[1].owners[0]).toMatchObject({
      organisation: true,
      phone: '057188887777',
      creditCode: '91330100MA2B11111X',
    });
    expect(r.rows[2].owners[0]).toMatchObject({ organisation: false, idNumber: '330106198001010013', phone: null });
    const byLine = Object.fromEntries(r.errors.map((e) => [e.line, e.reason]));
    expect(byLine[5]).toMatch(/应为 11 位手机号/);
    expect(byLine[6]).toMatch(/证件号码不正确/);
    expect(byLine[7]).toMatch(/只填开发商一个名称/);
  });

  it('reports an unknown column (nothing silently ignored) until it is mapped or dropped', () => {
    const table = [
      ['楼栋', '房号', '登记面积', '业主姓名', '是否未售', '备注'],
      ['1幢', '101', '80', '某某置业有限公司', '是', '样板间'],
    ];
    const r = parseRoster(table);
    expect(r.errors).toEqual([{ line: 1, column: '备注', reason: expect.stringMatching(/未知的列“备注”/) }]);
    expect(r.rows[0].developer).toBe(true); // 是否未售 is a known alias
    expect(parseRoster(table, { columnMap: { 备注: '' } }).errors).toEqual([]);
    expect(parseRoster(table, { columnMap: { 备注: '颜色' } }).errors[0].reason).toMatch(/不是名册的列/);
  });
});
