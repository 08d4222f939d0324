import {
  MENU_GRADES,
  MENU_GROUPS,
  MENU_TEMPLATES,
  adaptMenu,
  inspectionChecklist,
  menuTemplate,
  validateMenu,
} from './menu.js';

describe('service menu templates', () => {
  it.each(MENU_GRADES)('grade %i covers every group of the national standard and validates', (g) => {
    const m = MENU_TEMPLATES[g];
    expect(validateMenu(m)).toEqual([]);
    expect(new Set(m.map((i) => i.group))).toEqual(new Set(MENU_GROUPS));
    expect(m.every((i) => i.level === g)).toBe(true);
  });

  it('grade 1 carries the standard examples: 24 h phone, urgent repair ≤ 30 min, lamps ≥ 95 %, roads twice daily', () => {
    const text = MENU_TEMPLATES[1].map((i) => i.indicator).join('\n');
    for (const s of ['24 小时服务电话', '30 分钟内到场', '≥ 95%', '每日清扫 2 次', '满意率 ≥ 80%'])
      expect(text).toContain(s);
  });

  it('grades differ where the standard differs', () => {
    const lamp = (g: 1 | 2 | 3) => menuTemplate(g).find((i) => i.code === 'facilities.lamps')!.indicator;
    expect(new Set([lamp(1), lamp(2), lamp(3)]).size).toBe(3);
  });

  it('an adapted menu that drops a whole group is refused, with the group named', () => {
    const m = adaptMenu(MENU_TEMPLATES[2], { drop: ['greening.care'] });
    expect(validateMenu(m)).toEqual([{ code: null, reason: '缺少“绿化”类的服务项目' }]);
  });

  it('an adapted menu may tighten an indicator and add an item; duplicates and blanks are refused', () => {
    const base = MENU_TEMPLATES[2];
    const lamp = { ...base.find((i) => i.code === 'facilities.lamps')!, indicator: '完好率 ≥ 98%' };
    const extra = { ...lamp, code: 'facilities.cctv', title: '监控', indicator: '监控完好' };
    const m = adaptMenu(base, { replace: [lamp], add: [extra] });
    expect(validateMenu(m)).toEqual([]);
    expect(m.find((i) => i.code === 'facilities.lamps')!.indicator).toBe('完好率 ≥ 98%');
    expect(validateMenu([...m, extra]).map((p) => p.reason)).toContain('项目重复');
    expect(validateMenu(adaptMenu(m, { replace: [{ ...lamp, indicator: ' ' }] })).map((p) => p.reason)).toContain(
      '名称、频次和标准都要填写',
    );
  });

  it('the inspection checklist is the inspector-verified items in menu order', () => {
    const c = inspectionChecklist(MENU_TEMPLATES[2]);
    expect(c.length).toBeGreaterThan(5);
    expect(c.every((i) => i.verifier === 'inspector')).toBe(true);
    expect(c.map((i) => i.code)).not.toContain('facilities.urgent');
  });
});
