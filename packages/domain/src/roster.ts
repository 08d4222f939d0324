import { chooseArea } from './votes/electorate.js';

/**
 * The owners' roster (业主名册) as committees and property companies keep it in spreadsheets: parsing and checking
 * one file, row by row, before anything is written. Pure: the API reads the cells (XLSX or CSV) and hands them here.
 *
 * Columns (header names matched after removing spaces and a unit in brackets, e.g. "面积(m²)"):
 *   楼栋*, 单元, 房号*, 登记面积 / 实测面积 / 合同面积 (m², at most two decimals; any may be empty, at least one filled —
 *   or the older pair 面积 + 面积来源), 业主姓名*, 手机号, 证件号码, 共有人, 类型 (住宅/商铺/车位), 开发商未售 (是/否).
 * The unit counts with the area the engine chooses (registered → surveyed → contract, `chooseArea`; SPC interp. Art. 8).
 * 业主姓名 and 共有人 may list several names separated by 、 , ， ; or ；. All listed people own the unit together
 * (one vote, one head: SPC interpretation Art. 9). The designated voter is the name marked with * or （投票人）,
 * otherwise the first name of 业主姓名. 手机号 and 证件号码 list values in the same order as the owners (业主姓名
 * first, then 共有人); an owner without a phone is allowed, more values than owners is not.
 * 证件号码 is a resident ID number (18 digits, checksum checked) or, for a company owner, its unified social credit code
 * (统一社会信用代码, 18 characters, checksum checked); a company owner may give any contact number, a landline too.
 * 开发商未售 = 是 marks the developer's unsold or undelivered stock: one owner (the developer), all such units one head.
 * A column the template does not know is an error (nothing is silently ignored) unless the upload maps it to a known
 * column or drops it (`columnMap`).
 */

export type RosterUnitKind = 'flat' | 'shop' | 'parking';
export type RosterAreaSource = 'registered' | 'surveyed' | 'contract';

export interface RosterOwner {
  name: string;
  /** 11-digit mainland mobile number; for a company owner any contact number (a landline too); or null. */
  phone: string | null;
  /** 18-character resident ID number of a natural person, or null. */
  idNumber: string | null;
  /** 统一社会信用代码 of a company owner, or null. */
  creditCode: string | null;
  /** A company (the developer, or an owner identified by a credit code). */
  organisation: boolean;
  designatedVoter: boolean;
}

export interface RosterAreas {
  registered: bigint | null;
  surveyed: bigint | null;
  contract: bigint | null;
}

export interface RosterRow {
  /** Spreadsheet row number (the header is row 1). */
  line: number;
  building: string;
  entrance: string;
  room: string;
  kind: RosterUnitKind;
  /** Each source's area as the file gives it (any may be missing). */
  areas: RosterAreas;
  /** The area that counts and its source, as `chooseArea` picks them. */
  areaHundredths: bigint;
  areaSource: RosterAreaSource;
  /** The developer's unsold or undelivered stock. */
  developer: boolean;
  owners: RosterOwner[];
}

export interface RosterRowError {
  line: number;
  /** Column header the problem is in, when it is one column. */
  column: string | null;
  reason: string;
}

export interface RosterParseResult {
  rows: RosterRow[];
  errors: RosterRowError[];
  /** Non-empty data rows read (good and bad). */
  totalRows: number;
}

export const ROSTER_COLUMNS = [
  '楼栋',
  '单元',
  '房号',
  '登记面积',
  '实测面积',
  '合同面积',
  '面积',
  '面积来源',
  '业主姓名',
  '手机号',
  '证件号码',
  '共有人',
  '类型',
  '开发商未售',
] as const;
export type RosterColumn = (typeof ROSTER_COLUMNS)[number];
const REQUIRED_COLUMNS: RosterColumn[] = ['楼栋', '房号', '业主姓名'];
const SOURCE_COLUMNS: ReadonlyArray<readonly [RosterAreaSource, RosterColumn]> = [
  ['registered', '登记面积'],
  ['surveyed', '实测面积'],
  ['contract', '合同面积'],
];
/** Other names people give the template's columns (normalised headers). */
export const ROSTER_COLUMN_ALIASES: Readonly<Record<string, RosterColumn>> = Object.freeze({
  不动产登记面积: '登记面积',
  产权面积: '登记面积',
  实测建筑面积: '实测面积',
  测绘面积: '实测面积',
  预售合同面积: '合同面积',
  联系电话: '手机号',
  电话: '手机号',
  身份证号: '证件号码',
  身份证号码: '证件号码',
  统一社会信用代码: '证件号码',
  是否未售: '开发商未售',
  开发商: '开发商未售',
  开发商持有: '开发商未售',
});
/** What the template's second sheet says about each column (the rules of the file). */
export const ROSTER_COLUMN_RULES: ReadonlyArray<readonly [RosterColumn, string]> = [
  ['楼栋', '必填。如“5幢”“商业街”'],
  ['单元', '选填。如“1单元”'],
  ['房号', '必填。同一楼栋同一单元内不能重复'],
  ['登记面积', '不动产登记簿上的面积（平方米，最多两位小数）；没有可不填'],
  ['实测面积', '实测（测绘）面积；没有可不填'],
  ['合同面积', '购房合同面积；没有可不填。三种面积至少填一种，计票按 登记 → 实测 → 合同 的顺序取第一个有的'],
  ['业主姓名', '必填。多位共有人用“、”分隔，投票人在名字后加 *；单位业主填单位全称'],
  ['手机号', '选填。按业主顺序填写，用“、”分隔；个人填 11 位手机号，单位业主可填固定电话'],
  [
    '证件号码',
    '选填。按业主顺序填写；个人填 18 位身份证号（没有手机号的业主请填写，用于识别同一人），单位业主填统一社会信用代码',
  ],
  ['共有人', '选填。也可以把共有人一起写在“业主姓名”里'],
  ['类型', '选填。住宅（默认）、商铺或车位'],
  ['开发商未售', '选填。开发商尚未出售或交付的房屋填“是”，业主姓名填开发商全称；开发商的全部未售房屋合计为一人'],
];

export const AREA_SOURCE_LABELS: Readonly<Record<RosterAreaSource, string>> = Object.freeze({
  registered: '登记',
  surveyed: '实测',
  contract: '合同',
});
export const UNIT_KIND_LABELS: Readonly<Record<RosterUnitKind, string>> = Object.freeze({
  flat: '住宅',
  shop: '商铺',
  parking: '车位',
});

const AREA_SOURCES: Record<string, RosterAreaSource> = {
  登记: 'registered',
  不动产登记: 'registered',
  实测: 'surveyed',
  测绘: 'surveyed',
  合同: 'contract',
  预售合同: 'contract',
};
const KINDS: Record<string, RosterUnitKind> = { 住宅: 'flat', 商铺: 'shop', 商业: 'shop', 车位: 'parking' };
const SEPARATORS = /[、,，;；]/;
const VOTER_MARK = /(\*|＊|[（(]投票人[）)])$/;
/** At most 1,000,000 m² per unit keeps every area far inside BIGINT and catches unit mistakes (cm² for m²). */
const MAX_AREA_HUNDREDTHS = 100_000_000n;

/** '面积(m²)' → '面积', ' 手机号 ' → '手机号'. */
export function normaliseHeader(h: string): string {
  return h
    .replace(/\s+/g, '')
    .replace(/[（(][^）)]*[）)]$/, '')
    .replace(/^\uFEFF/, '');
}

/**
 * A mainland mobile number in its 11-digit form, or null. Spaces and dashes are ignored, a +86/86/0086 prefix is
 * removed.
 */
export function normaliseCnMobile(raw: string): string | null {
  let d = raw.replace(/[\s-]/g, '');
  d = d.replace(/^(\+86|0086|86)(?=1\d{10}$)/, '');
  return /^1[3-9]\d{9}$/.test(d) ? d : null;
}

/** '89.5' → 8950n hundredths of m²; more than two decimals, zero, negative or not a number → null. */
export function parseAreaHundredths(raw: string): bigint | null {
  const s = raw
    .trim()
    .replace(/(m²|㎡|平方米|平米)$/, '')
    .trim();
  const m = /^(\d{1,9})(?:\.(\d{1,2}))?$/.exec(s);
  if (!m) return null;
  const v = BigInt(m[1]) * 100n + BigInt((m[2] ?? '').padEnd(2, '0'));
  if (v <= 0n || v > MAX_AREA_HUNDREDTHS) return null;
  return v;
}

/** 8950n → '89.50'. */
export function formatAreaHundredths(v: bigint): string {
  const neg = v < 0n;
  const a = neg ? -v : v;
  return `${neg ? '-' : ''}${a / 100n}.${String(a % 100n).padStart(2, '0')}`;
}

const splitNames = (s: string) =>
  s
    .split(SEPARATORS)
    .map((x) => x.trim())
    .filter((x) => x.length > 0);

/** The unit's address as one key: duplicate rooms in one file are found with it. */
export const unitKey = (building: string, entrance: string, room: string) =>
  `${building}\u0000${entrance}\u0000${room}`;

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
/** An 18-character mainland resident ID number with a correct check character (GB 11643). */
export function isValidIdNumber(raw: string): boolean {
  const s = raw.toUpperCase();
  if (!/^\d{17}[\dX]$/.test(s)) return false;
  const sum = ID_WEIGHTS.reduce((acc, w, i) => acc + w * Number(s[i]), 0);
  return '10X98765432'[sum % 11] === s[17];
}

const CREDIT_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CREDIT_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
/** A unified social credit code (统一社会信用代码, GB 32100) with a correct check character. */
export function isValidCreditCode(raw: string): boolean {
  const s = raw.toUpperCase();
  if (!/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(s)) return false;
  const sum = CREDIT_WEIGHTS.reduce((acc, w, i) => acc + w * CREDIT_CHARS.indexOf(s[i]), 0);
  return CREDIT_CHARS[(31 - (sum % 31)) % 31] === s[17];
}

/** Any contact number a company may give: a mobile, or a landline with area code and extension ("0571-8888 6666"). */
export function normaliseContactNumber(raw: string): string | null {
  const mobile = normaliseCnMobile(raw);
  if (mobile) return mobile;
  const d = raw.replace(/[\s()（）]/g, '');
  return /^(\d{3,4}-?)?\d{7,8}(-\d{1,6})?$/.test(d) || /^400-?\d{3}-?\d{4}$/.test(d) ? d : null;
}

const YES = new Set(['是', '未售', '未交付', 'Y', 'y', '1', '√']);
const NO = new Set(['', '否', 'N', 'n', '0']);

export interface ParseRosterOptions {
  /** Unknown header → the known column it means, or '' to drop the column. */
  columnMap?: Readonly<Record<string, string>>;
}

/**
 * Checks a whole file. `table[0]` is the header row; each later row is one unit. Every problem is reported with its
 * row and a Chinese reason; a row with any problem is not in `rows`. Unknown columns are reported on line 1 (they
 * block the file) until `columnMap` maps or drops them.
 */
export function parseRoster(table: string[][], opts: ParseRosterOptions = {}): RosterParseResult {
  const errors: RosterRowError[] = [];
  const rows: RosterRow[] = [];
  if (table.length === 0)
    return { rows, errors: [{ line: 1, column: null, reason: '文件是空的，请使用名册模板填写后上传' }], totalRows: 0 };
  const header = table[0].map((h) => normaliseHeader(String(h ?? '')));
  const known = ROSTER_COLUMNS as readonly string[];
  const map = new Map(Object.entries(opts.columnMap ?? {}).map(([k, v]) => [normaliseHeader(k), normaliseHeader(v)]));
  const col = new Map<RosterColumn, number>();
  const headerErrors: RosterRowError[] = [];
  header.forEach((raw, i) => {
    if (raw === '') return;
    const mapped = map.has(raw) ? map.get(raw)! : raw;
    if (mapped === '') return; // dropped by the uploader
    const name = known.includes(mapped) ? (mapped as RosterColumn) : ROSTER_COLUMN_ALIASES[mapped];
    if (!name) {
      headerErrors.push({
        line: 1,
        column: raw,
        reason: map.has(raw)
          ? `列“${raw}”对应的“${mapped}”不是名册的列：请选择模板中的列，或删除该列`
          : `未知的列“${raw}”：请删除该列，或指定它对应模板中的哪一列（不会被忽略）`,
      });
      return;
    }
    if (col.has(name)) {
      headerErrors.push({ line: 1, column: raw, reason: `列“${raw}”与第 ${col.get(name)! + 1} 列是同一列（${name}）` });
      return;
    }
    col.set(name, i);
  });
  const missing = REQUIRED_COLUMNS.filter((c) => !col.has(c));
  const anySourceColumn = SOURCE_COLUMNS.some(([, c]) => col.has(c));
  const legacyArea = col.has('面积') || col.has('面积来源');
  if (!anySourceColumn && !(col.has('面积') && col.has('面积来源'))) missing.push('登记面积');
  if (anySourceColumn && legacyArea)
    headerErrors.push({
      line: 1,
      column: '面积',
      reason: '“面积/面积来源”与“登记面积/实测面积/合同面积”只能用一种：请使用名册模板的三列面积',
    });
  if (missing.length) {
    return {
      rows,
      errors: [
        { line: 1, column: null, reason: `表头缺少必填列：${missing.join('、')}（请使用名册模板）` },
        ...headerErrors,
      ],
      totalRows: 0,
    };
  }
  errors.push(...headerErrors);
  const seen = new Map<string, number>();
  let totalRows = 0;
  for (let i = 1; i < table.length; i++) {
    const line = i + 1;
    const cells = table[i].map((c) => String(c ?? '').trim());
    if (cells.every((c) => c === '')) continue;
    totalRows += 1;
    const get = (c: RosterColumn) => {
      const idx = col.get(c);
      return idx === undefined ? '' : (cells[idx] ?? '');
    };
    const rowErrors: RosterRowError[] = [];
    const bad = (column: RosterColumn | null, reason: string) => rowErrors.push({ line, column, reason });

    const building = get('楼栋');
    const entrance = get('单元');
    const room = get('房号');
    if (!building) bad('楼栋', '缺少楼栋');
    else if (building.length > 50) bad('楼栋', '楼栋名称过长（最多 50 字）');
    if (entrance.length > 20) bad('单元', '单元名称过长（最多 20 字）');
    if (!room) bad('房号', '缺少房号');
    else if (room.length > 30) bad('房号', '房号过长（最多 30 字）');

    const areas: RosterAreas = { registered: null, surveyed: null, contract: null };
    const readArea = (column: RosterColumn, raw: string): bigint | null => {
      const v = parseAreaHundredths(raw);
      if (v === null) bad(column, `${column}“${raw}”不正确：应为大于 0 的数字，最多两位小数（单位：平方米）`);
      return v;
    };
    if (anySourceColumn) {
      for (const [source, column] of SOURCE_COLUMNS) {
        const raw = get(column);
        if (raw) areas[source] = readArea(column, raw);
      }
      if (SOURCE_COLUMNS.every(([, column]) => !get(column)))
        bad('登记面积', '缺少面积：登记面积、实测面积、合同面积至少填一种');
    } else {
      const rawArea = get('面积');
      const rawSource = get('面积来源');
      const source = AREA_SOURCES[rawSource];
      if (!rawArea) bad('面积', '缺少面积');
      if (!rawSource) bad('面积来源', '缺少面积来源（登记、实测或合同）');
      else if (!source) bad('面积来源', `未知的面积来源“${rawSource}”：只能是登记、实测或合同`);
      if (rawArea) {
        const v = readArea('面积', rawArea);
        if (source) areas[source] = v;
      }
    }

    const rawKind = get('类型');
    const kind: RosterUnitKind | undefined = rawKind ? KINDS[rawKind] : 'flat';
    if (!kind) bad('类型', `未知的房屋类型“${rawKind}”：只能是住宅、商铺或车位`);

    const rawDeveloper = get('开发商未售');
    const developer = YES.has(rawDeveloper);
    if (!developer && !NO.has(rawDeveloper)) bad('开发商未售', `“${rawDeveloper}”看不懂：开发商未售只能填“是”或留空`);

    const primary = splitNames(get('业主姓名'));
    const co = splitNames(get('共有人'));
    const named = [...primary, ...co];
    const owners: RosterOwner[] = [];
    if (primary.length === 0 && co.length > 0)
      bad('业主姓名', '填写了共有人但没有业主姓名：请在“业主姓名”中填写业主，并指定投票人');
    else if (named.length === 0) bad('业主姓名', '缺少业主姓名');
    else {
      const marked = named.filter((n) => VOTER_MARK.test(n));
      if (marked.length > 1) bad('业主姓名', '共有人只能指定一位投票人（名字后加 * 的只能有一位）');
      if (developer && named.length > 1) bad('业主姓名', '开发商未售的房屋只填开发商一个名称');
      const list = (c: RosterColumn) =>
        get(c)
          ? get(c)
              .split(SEPARATORS)
              .map((p) => p.trim())
          : [];
      const phones = list('手机号');
      const ids = list('证件号码');
      if (phones.length > named.length)
        bad('手机号', `手机号有 ${phones.length} 个，多于业主人数 ${named.length}：请按业主顺序填写，用“、”分隔`);
      if (ids.length > named.length)
        bad('证件号码', `证件号码有 ${ids.length} 个，多于业主人数 ${named.length}：请按业主顺序填写，用“、”分隔`);
      const names = named.map((n) => n.replace(VOTER_MARK, '').trim());
      const uniqueNames = new Set(names);
      if (uniqueNames.size !== names.length) bad('业主姓名', '同一业主在本行出现了两次');
      names.forEach((name, k) => {
        if (!name) bad('业主姓名', '业主姓名不能为空');
        else if (name.length > 50) bad('业主姓名', `业主姓名“${name.slice(0, 10)}…”过长（最多 50 字）`);
        const rawId = (ids[k] ?? '').toUpperCase();
        let idNumber: string | null = null;
        let creditCode: string | null = null;
        if (rawId) {
          if (isValidIdNumber(rawId)) idNumber = rawId;
          else if (isValidCreditCode(rawId)) creditCode = rawId;
          else
            bad(
              '证件号码',
              `第 ${k + 1} 位业主的证件号码不正确：应为 18 位身份证号或统一社会信用代码（请核对最后一位）`,
            );
        }
        const organisation = developer || creditCode !== null;
        if (developer && idNumber) bad('证件号码', '开发商应填统一社会信用代码，不是身份证号');
        const rawPhone = phones[k] ?? '';
        let phone: string | null = null;
        if (rawPhone) {
          phone = organisation ? normaliseContactNumber(rawPhone) : normaliseCnMobile(rawPhone);
          if (!phone)
            bad(
              '手机号',
              organisation
                ? `第 ${k + 1} 位业主的联系电话格式不正确：可填手机号或带区号的固定电话`
                : `第 ${k + 1} 位业主的手机号格式不正确：应为 11 位手机号（单位业主请在“证件号码”填写统一社会信用代码，即可填固定电话）`,
            );
        }
        owners.push({
          name,
          phone,
          idNumber,
          creditCode,
          organisation,
          designatedVoter: marked.length ? VOTER_MARK.test(named[k]) : k === 0,
        });
      });
      const phoneSet = owners.map((o) => o.phone).filter((p): p is string => p !== null);
      if (new Set(phoneSet).size !== phoneSet.length) bad('手机号', '同一行中两位业主的手机号相同');
      const idSet = owners.map((o) => o.idNumber ?? o.creditCode).filter((p): p is string => p !== null);
      if (new Set(idSet).size !== idSet.length) bad('证件号码', '同一行中两位业主的证件号码相同');
    }

    if (building && room) {
      const key = unitKey(building, entrance, room);
      const first = seen.get(key);
      if (first !== undefined)
        bad('房号', `房屋重复：与第 ${first} 行是同一套（${building}${entrance ? ` ${entrance}` : ''} ${room}）`);
      else seen.set(key, line);
    }

    if (rowErrors.length) errors.push(...rowErrors);
    else {
      const chosen = chooseArea({
        id: `${building} ${room}`,
        buildingId: building,
        kind: kind!,
        registeredAreaHundredths: areas.registered,
        surveyedAreaHundredths: areas.surveyed,
        contractAreaHundredths: areas.contract,
      });
      rows.push({
        line,
        building,
        entrance,
        room,
        kind: kind!,
        areas,
        areaHundredths: chosen.areaHundredths,
        areaSource: chosen.source,
        developer,
        owners,
      });
    }
  }
  if (totalRows === 0) errors.push({ line: 2, column: null, reason: '名册中没有数据行' });
  return { rows, errors, totalRows };
}

/** The template's example rows (sheet 1), in the order of ROSTER_COLUMNS without the older 面积/面积来源 pair. */
export const ROSTER_TEMPLATE_EXAMPLES: ReadonlyArray<readonly string[]> = [
  ['5幢', '1单元', '101', '89.5', '90.12', '91', '孙一', '13900000101', '', '', '住宅', ''],
  ['5幢', '1单元', '102', '', '100.25', '', '周二、吴三*', '13900000102、13900000103', '', '', '住宅', ''],
  ['5幢', '2单元', '201', '', '', '120', '郑四', '', '330106198001010013', '', '住宅', ''],
  ['商业街', '', 'S1', '45.5', '', '', '某某商贸有限公司', '0571-88887777', '91330100MA2B11111X', '', '商铺', ''],
  ['6幢', '1单元', '301', '', '', '118.6', '某某置业有限公司', '0571-88886666', '91330106MA2A000009', '', '住宅', '是'],
];
