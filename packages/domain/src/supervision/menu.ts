/**
 * The service menu (菜单式服务, domain-rules §12): the contract's annex as data. Items are grouped like the national
 * grade standard; each names its level, frequency, a measurable indicator, the evidence that proves it and who
 * verifies it. Grade 1–3 templates ship here; a committee adapts one (`adaptMenu`) and the adapted menu must still
 * pass `validateMenu`.
 */
export const MENU_GROUPS = ['basic', 'building', 'facilities', 'order', 'cleaning', 'greening', 'service'] as const;
export type MenuGroup = (typeof MENU_GROUPS)[number];

export const MENU_GROUP_LABELS: Readonly<Record<MenuGroup, string>> = Object.freeze({
  basic: '基本要求',
  building: '房屋管理',
  facilities: '共用设施设备维修养护',
  order: '秩序维护',
  cleaning: '保洁',
  greening: '绿化',
  service: '客服',
});

export const MENU_GRADES = [1, 2, 3] as const;
export type MenuGrade = (typeof MENU_GRADES)[number];

/** How an item is proven: a photo on inspection, a record shown to the inspector, the survey, or a repairs figure. */
export const EVIDENCE_TYPES = ['photo', 'record', 'survey', 'figure'] as const;
export type EvidenceType = (typeof EVIDENCE_TYPES)[number];
export const EVIDENCE_LABELS: Readonly<Record<EvidenceType, string>> = Object.freeze({
  photo: '现场照片',
  record: '台账记录',
  survey: '业主满意度调查',
  figure: '报修统计数据',
});

/** Who checks it: the monthly inspector, the household survey, or the repair figures. */
export const VERIFIERS = ['inspector', 'survey', 'repairs'] as const;
export type Verifier = (typeof VERIFIERS)[number];
export const VERIFIER_LABELS: Readonly<Record<Verifier, string>> = Object.freeze({
  inspector: '月度检查人员',
  survey: '住户调查',
  repairs: '报修数据',
});

export interface MenuItem {
  /** Stable within a menu, e.g. "cleaning.roads". */
  code: string;
  group: MenuGroup;
  title: string;
  level: MenuGrade;
  frequency: string;
  indicator: string;
  evidence: EvidenceType;
  verifier: Verifier;
}

type Spec = Omit<MenuItem, 'level' | 'code'> & {
  code: string;
  byGrade: Record<MenuGrade, { frequency: string; indicator: string }>;
};

const BASE: readonly Spec[] = [
  {
    code: 'basic.phone',
    group: 'basic',
    title: '服务电话',
    evidence: 'record',
    verifier: 'inspector',
    frequency: '',
    indicator: '',
    byGrade: {
      1: { frequency: '全天', indicator: '24 小时服务电话有人接听' },
      2: { frequency: '全天', indicator: '24 小时服务电话（夜间可转接值班）' },
      3: { frequency: '每日', indicator: '服务时间 8:00–20:00 电话有人接听' },
    },
  },
  {
    code: 'basic.disclosure',
    group: 'basic',
    title: '服务公示',
    evidence: 'photo',
    verifier: 'inspector',
    frequency: '',
    indicator: '',
    byGrade: {
      1: { frequency: '常年', indicator: '服务内容、标准、收费和投诉电话在公告栏公示' },
      2: { frequency: '常年', indicator: '服务内容、标准、收费和投诉电话在公告栏公示' },
      3: { frequency: '常年', indicator: '服务内容、收费和投诉电话公示' },
    },
  },
  {
    code: 'building.patrol',
    group: 'building',
    title: '房屋巡查',
    evidence: 'record',
    verifier: 'inspector',
    frequency: '',
    indicator: '',
    byGrade: {
      1: { frequency: '每日', indicator: '每日巡查共用部位，有巡查记录' },
      2: { frequency: '每周 3 次', indicator: '每周巡查共用部位 3 次，有巡查记录' },
      3: { frequency: '每周', indicator: '每周巡查共用部位 1 次，有巡查记录' },
    },
  },
  {
    code: 'facilities.urgent',
    group: 'facilities',
    title: '急修到场',
    evidence: 'figure',
    verifier: 'repairs',
    frequency: '每次',
    indicator: '',
    byGrade: {
      1: { frequency: '每次', indicator: '急修 30 分钟内到场' },
      2: { frequency: '每次', indicator: '急修 1 小时内到场' },
      3: { frequency: '每次', indicator: '急修 2 小时内到场' },
    },
  },
  {
    code: 'facilities.lamps',
    group: 'facilities',
    title: '公共照明',
    evidence: 'photo',
    verifier: 'inspector',
    frequency: '',
    indicator: '',
    byGrade: {
      1: { frequency: '每日', indicator: '路灯、楼道灯完好率 ≥ 95%' },
      2: { frequency: '每周', indicator: '路灯、楼道灯完好率 ≥ 90%' },
      3: { frequency: '每周', indicator: '路灯、楼道灯完好率 ≥ 85%' },
    },
  },
  {
    code: 'facilities.lift',
    group: 'facilities',
    title: '电梯维保',
    evidence: 'record',
    verifier: 'inspector',
    frequency: '',
    indicator: '',
    byGrade: {
      1: { frequency: '每 15 天', indicator: '每 15 天维保一次，年检合格证张贴在轿厢内' },
      2: { frequency: '每 15 天', indicator: '每 15 天维保一次，年检合格证张贴在轿厢内' },
      3: { frequency: '每 15 天', indicator: '每 15 天维保一次，年检合格' },
    },
  },
  {
    code: 'order.gate',
    group: 'order',
    title: '出入口值守',
    evidence: 'photo',
    verifier: 'inspector',
    frequency: '',
    indicator: '',
    byGrade: {
      1: { frequency: '全天', indicator: '主出入口 24 小时值守，外来车辆登记' },
      2: { frequency: '全天', indicator: '主出入口 24 小时值守' },
      3: { frequency: '每日', indicator: '主出入口白天值守，夜间巡逻' },
    },
  },
  {
    code: 'cleaning.roads',
    group: 'cleaning',
    title: '道路清扫',
    evidence: 'photo',
    verifier: 'inspector',
    frequency: '',
    indicator: '',
    byGrade: {
      1: { frequency: '每日 2 次', indicator: '道路每日清扫 2 次，无明显垃圾' },
      2: { frequency: '每日 1 次', indicator: '道路每日清扫 1 次，无明显垃圾' },
      3: { frequency: '每日 1 次', indicator: '道路每日清扫 1 次' },
    },
  },
  {
    code: 'cleaning.waste',
    group: 'cleaning',
    title: '垃圾清运',
    evidence: 'photo',
    verifier: 'inspector',
    frequency: '',
    indicator: '',
    byGrade: {
      1: { frequency: '每日', indicator: '垃圾日产日清，分类投放点整洁无异味' },
      2: { frequency: '每日', indicator: '垃圾日产日清' },
      3: { frequency: '每日', indicator: '垃圾日产日清' },
    },
  },
  {
    code: 'greening.care',
    group: 'greening',
    title: '绿化养护',
    evidence: 'photo',
    verifier: 'inspector',
    frequency: '',
    indicator: '',
    byGrade: {
      1: { frequency: '每月', indicator: '草坪修剪每月不少于 2 次，无枯死、无大面积杂草' },
      2: { frequency: '每月', indicator: '草坪修剪每月 1 次，无大面积杂草' },
      3: { frequency: '每季度', indicator: '草坪修剪每季度 2 次' },
    },
  },
  {
    code: 'service.survey',
    group: 'service',
    title: '满意度调查',
    evidence: 'survey',
    verifier: 'survey',
    frequency: '',
    indicator: '',
    byGrade: {
      1: { frequency: '每年', indicator: '每年至少一次业主满意度调查，满意率 ≥ 80%' },
      2: { frequency: '每年', indicator: '每年至少一次业主满意度调查，满意率 ≥ 75%' },
      3: { frequency: '每年', indicator: '每年至少一次业主满意度调查，满意率 ≥ 70%' },
    },
  },
  {
    code: 'service.complaints',
    group: 'service',
    title: '投诉答复',
    evidence: 'figure',
    verifier: 'repairs',
    frequency: '每次',
    indicator: '',
    byGrade: {
      1: { frequency: '每次', indicator: '投诉 10 日内书面答复' },
      2: { frequency: '每次', indicator: '投诉 10 日内书面答复' },
      3: { frequency: '每次', indicator: '投诉 10 日内书面答复' },
    },
  },
];

/** The grade template: every base item at that grade's frequency and indicator. */
export function menuTemplate(grade: MenuGrade): MenuItem[] {
  return BASE.map(({ byGrade, ...s }) => ({ ...s, level: grade, ...byGrade[grade] }));
}

export const MENU_TEMPLATES: Readonly<Record<MenuGrade, readonly MenuItem[]>> = Object.freeze({
  1: Object.freeze(menuTemplate(1)),
  2: Object.freeze(menuTemplate(2)),
  3: Object.freeze(menuTemplate(3)),
});

export type MenuProblem = { code: string | null; reason: string };

/** Whether a menu is usable as a contract annex: every group covered, codes unique, each field filled. */
export function validateMenu(items: readonly MenuItem[]): MenuProblem[] {
  const problems: MenuProblem[] = [];
  const seen = new Set<string>();
  for (const it of items) {
    if (!/^[a-z]+\.[a-z0-9_]{1,40}$/.test(it.code)) problems.push({ code: it.code, reason: '项目编号格式不对' });
    if (seen.has(it.code)) problems.push({ code: it.code, reason: '项目重复' });
    seen.add(it.code);
    if (!MENU_GROUPS.includes(it.group)) problems.push({ code: it.code, reason: '分类不对' });
    if (!MENU_GRADES.includes(it.level)) problems.push({ code: it.code, reason: '服务等级应为一级、二级或三级' });
    if (!EVIDENCE_TYPES.includes(it.evidence)) problems.push({ code: it.code, reason: '证明材料类型不对' });
    if (!VERIFIERS.includes(it.verifier)) problems.push({ code: it.code, reason: '核查方式不对' });
    for (const f of ['title', 'frequency', 'indicator'] as const)
      if (!it[f] || !it[f].trim()) problems.push({ code: it.code, reason: '名称、频次和标准都要填写' });
  }
  for (const g of MENU_GROUPS)
    if (!items.some((i) => i.group === g))
      problems.push({ code: null, reason: `缺少“${MENU_GROUP_LABELS[g]}”类的服务项目` });
  return problems;
}

/**
 * The committee's adaptation of a template: items replaced by code (indicator, frequency, title changed), items
 * dropped, items added. Returns the new menu; validate it before use.
 */
export function adaptMenu(
  base: readonly MenuItem[],
  change: { replace?: readonly MenuItem[]; drop?: readonly string[]; add?: readonly MenuItem[] },
): MenuItem[] {
  const drop = new Set(change.drop ?? []);
  const replace = new Map((change.replace ?? []).map((i) => [i.code, i]));
  return [...base.filter((i) => !drop.has(i.code)).map((i) => replace.get(i.code) ?? i), ...(change.add ?? [])];
}

/** The monthly inspection's checklist: the items an inspector verifies, in menu order. */
export function inspectionChecklist(items: readonly MenuItem[]): MenuItem[] {
  return items.filter((i) => i.verifier === 'inspector');
}
