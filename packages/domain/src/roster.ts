/**
 * The owners' roster (业主名册) as committees and property companies keep it in spreadsheets: parsing and checking
 * one file, row by row, before anything is written. Pure: the API reads the cells (XLSX or CSV) and hands them here.
 *
 * Columns (header names matched after removing spaces and a unit in brackets, e.g. "面积(m²)"):
 *   楼栋*, 单元, 房号*, 面积* (m², at most two decimals), 面积来源* (登记/实测/合同), 业主姓名*, 手机号, 共有人, 类型 (住宅/商铺/车位)
 * 业主姓名 and 共有人 may list several names separated by 、 , ， ; or ；. All listed people own the unit together
 * (one vote, one head: SPC interpretation Art. 9). The designated voter is the name marked with * or （投票人）,
 * otherwise the first name of 业主姓名. 手机号 lists phones in the same order as the owners (业主姓名 first, then
 * 共有人); an owner without a phone is allowed, more phones than owners is not.
 */

export type RosterUnitKind = 'flat' | 'shop' | 'parking';
export type RosterAreaSource = 'registered' | 'surveyed' | 'contract';

export interface RosterOwner {
  name: string;
  /** 11-digit mainland mobile number, or null. */
  phone: string | null;
  designatedVoter: boolean;
}

export interface RosterRow {
  /** Spreadsheet row number (the header is row 1). */
  line: number;
  building: string;
  entrance: string;
  room: string;
  kind: RosterUnitKind;
  areaHundredths: bigint;
  areaSource: RosterAreaSource;
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
  '面积',
  '面积来源',
  '业主姓名',
  '手机号',
  '共有人',
  '类型',
] as const;
export type RosterColumn = (typeof ROSTER_COLUMNS)[number];
const REQUIRED_COLUMNS: RosterColumn[] = ['楼栋', '房号', '面积', '面积来源', '业主姓名'];

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

/**
 * Checks a whole file. `table[0]` is the header row; each later row is one unit. Every problem is reported with its
 * row and a Chinese reason; a row with any problem is not in `rows`.
 */
export function parseRoster(table: string[][]): RosterParseResult {
  const errors: RosterRowError[] = [];
  const rows: RosterRow[] = [];
  if (table.length === 0)
    return { rows, errors: [{ line: 1, column: null, reason: '文件是空的，请使用名册模板填写后上传' }], totalRows: 0 };
  const header = table[0].map((h) => normaliseHeader(String(h ?? '')));
  const col = new Map<RosterColumn, number>();
  header.forEach((h, i) => {
    if ((ROSTER_COLUMNS as readonly string[]).includes(h) && !col.has(h as RosterColumn)) col.set(h as RosterColumn, i);
  });
  const missing = REQUIRED_COLUMNS.filter((c) => !col.has(c));
  if (missing.length) {
    return {
      rows,
      errors: [{ line: 1, column: null, reason: `表头缺少必填列：${missing.join('、')}（请使用名册模板）` }],
      totalRows: 0,
    };
  }
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

    const rawArea = get('面积');
    const area = rawArea ? parseAreaHundredths(rawArea) : null;
    if (!rawArea) bad('面积', '缺少面积');
    else if (area === null) bad('面积', `面积“${rawArea}”不正确：应为大于 0 的数字，最多两位小数（单位：平方米）`);

    const rawSource = get('面积来源');
    const areaSource = AREA_SOURCES[rawSource];
    if (!rawSource) bad('面积来源', '缺少面积来源（登记、实测或合同）');
    else if (!areaSource) bad('面积来源', `未知的面积来源“${rawSource}”：只能是登记、实测或合同`);

    const rawKind = get('类型');
    const kind: RosterUnitKind | undefined = rawKind ? KINDS[rawKind] : 'flat';
    if (!kind) bad('类型', `未知的房屋类型“${rawKind}”：只能是住宅、商铺或车位`);

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
      const phones = get('手机号')
        ? get('手机号')
            .split(SEPARATORS)
            .map((p) => p.trim())
        : [];
      if (phones.length > named.length)
        bad('手机号', `手机号有 ${phones.length} 个，多于业主人数 ${named.length}：请按业主顺序填写，用“、”分隔`);
      const names = named.map((n) => n.replace(VOTER_MARK, '').trim());
      const uniqueNames = new Set(names);
      if (uniqueNames.size !== names.length) bad('业主姓名', '同一业主在本行出现了两次');
      names.forEach((name, k) => {
        if (!name) bad('业主姓名', '业主姓名不能为空');
        else if (name.length > 50) bad('业主姓名', `业主姓名“${name.slice(0, 10)}…”过长（最多 50 字）`);
        const rawPhone = phones[k] ?? '';
        let phone: string | null = null;
        if (rawPhone) {
          phone = normaliseCnMobile(rawPhone);
          if (!phone) bad('手机号', `第 ${k + 1} 位业主的手机号格式不正确：应为 11 位手机号`);
        }
        owners.push({ name, phone, designatedVoter: marked.length ? VOTER_MARK.test(named[k]) : k === 0 });
      });
      const phoneSet = owners.map((o) => o.phone).filter((p): p is string => p !== null);
      if (new Set(phoneSet).size !== phoneSet.length) bad('手机号', '同一行中两位业主的手机号相同');
    }

    if (building && room) {
      const key = unitKey(building, entrance, room);
      const first = seen.get(key);
      if (first !== undefined)
        bad('房号', `房屋重复：与第 ${first} 行是同一套（${building}${entrance ? ` ${entrance}` : ''} ${room}）`);
      else seen.set(key, line);
    }

    if (rowErrors.length) errors.push(...rowErrors);
    else
      rows.push({
        line,
        building,
        entrance,
        room,
        kind: kind!,
        areaHundredths: area!,
        areaSource: areaSource!,
        owners,
      });
  }
  if (totalRows === 0) errors.push({ line: 2, column: null, reason: '名册中没有数据行' });
  return { rows, errors, totalRows };
}
