import { loadExcel } from '../../common/lazy-modules.js';
import type { DistrictDashboardDto, MetricDefinitionDto, MetricFigureDto } from './dto/district-dashboard.dto.js';

const WITHHELD: Record<string, string> = { small_group: '样本不足', no_data: '无数据' };

/** A figure as a spreadsheet cell: the number (shares as 0–1 with a percent format), or why it is not shown. */
function cell(f: MetricFigureDto | undefined): string | number {
  if (!f) return '';
  if (f.value === null) return WITHHELD[f.withheld ?? 'no_data'] ?? '';
  return f.value;
}

function formatOf(d: MetricDefinitionDto): string | undefined {
  if (d.unit === 'share') return '0.0%';
  if (d.unit === 'minutes') return '0';
  return undefined;
}

/**
 * The dashboard as XLSX: 各小区 (one row per community: subdistrict, households, peer group, each available metric
 * with its n and rank), 街道汇总, 待关注, 指标说明 (the dictionary, the unavailable figures included).
 */
export async function dashboardXlsx(d: DistrictDashboardDto): Promise<Buffer> {
  const wb = new (await loadExcel()).Workbook();
  wb.creator = '共治';
  const metrics = d.metrics.filter((m) => m.available);
  const label = (m: MetricDefinitionDto) =>
    m.unit === 'minutes' ? `${m.label}（分钟）` : m.unit === 'days' ? `${m.label}（天）` : m.label;
  const peer = new Map(d.peerGroups.map((g) => [g.code, g.label]));

  const s = wb.addWorksheet('各小区');
  s.addRow([`${d.districtName}辖区看板（报修 ${d.fromMonth} 至 ${d.toMonth}；统计于 ${d.asOf}）`]).font = {
    bold: true,
  };
  const head = ['小区', '街道', '户数', '同类小区'];
  for (const m of metrics) head.push(label(m), `${m.label} n`, `${m.label} 同类排名`);
  s.addRow(head).font = { bold: true };
  const addFigures = (row: Array<string | number>, figures: MetricFigureDto[], ranks?: Array<string | number>) => {
    const by = new Map(figures.map((f) => [f.code, f]));
    metrics.forEach((m, i) => row.push(cell(by.get(m.code)), by.get(m.code)?.n ?? 0, ranks?.[i] ?? ''));
    return row;
  };
  const formatRow = (r: { getCell(i: number): { numFmt: string } }) =>
    metrics.forEach((m, i) => {
      const f = formatOf(m);
      if (f) r.getCell(5 + i * 3).numFmt = f;
    });
  for (const c of d.communities) {
    const ranks = c.figures.map((f) => (f.rank === null ? '' : `${f.rank}/${f.rankOf}`));
    formatRow(s.addRow(addFigures([c.name, c.subdistrict, c.units, peer.get(c.peerGroup) ?? ''], c.figures, ranks)));
  }
  formatRow(s.addRow(addFigures([`全区（${d.district.communities} 个小区）`, '', '', ''], d.district.figures)));
  s.getColumn(1).width = 22;

  const sub = wb.addWorksheet('街道汇总');
  sub.addRow(['街道', '小区数', ...metrics.flatMap((m) => [label(m), `${m.label} n`])]).font = { bold: true };
  for (const g of d.subdistricts) {
    const by = new Map(g.figures.map((f) => [f.code, f]));
    const r = sub.addRow([
      g.name,
      g.communities,
      ...metrics.flatMap((m) => [cell(by.get(m.code)), by.get(m.code)?.n ?? 0]),
    ]);
    metrics.forEach((m, i) => {
      const f = formatOf(m);
      if (f) r.getCell(3 + i * 2).numFmt = f;
    });
  }

  const att = wb.addWorksheet('待关注');
  att.columns = [
    { header: '小区', width: 22 },
    { header: '指标', width: 20 },
    { header: '数值', width: 12 },
    { header: '原因', width: 36 },
  ];
  const defs = new Map(d.metrics.map((m) => [m.code, m]));
  for (const a of d.needsAttention) {
    const m = defs.get(a.metric)!;
    const r = att.addRow([a.name, m.label, a.value, a.why]);
    const f = formatOf(m);
    if (f) r.getCell(3).numFmt = f;
  }

  const dict = wb.addWorksheet('指标说明');
  dict.columns = [
    { header: '指标', width: 20 },
    { header: '类别', width: 10 },
    { header: '计算方法', width: 40 },
    { header: '分子', width: 24 },
    { header: '分母', width: 24 },
    { header: '最少样本', width: 10 },
    { header: '来源', width: 24 },
    { header: '更新', width: 24 },
    { header: '依据', width: 40 },
    { header: '汇总方法', width: 12 },
  ];
  const ROLL: Record<string, string> = {
    ratio: '分子分母分别相加',
    percentile: '合并全部数值',
    sum: '相加',
    max: '取最大',
  };
  for (const m of d.metrics) {
    dict.addRow(
      m.available
        ? [
            m.label,
            m.familyLabel,
            m.formula,
            m.numerator,
            m.denominator,
            m.minCount,
            m.source,
            m.freshness,
            m.legalBasis,
            ROLL[m.rollUp!] ?? '',
          ]
        : [m.label, m.familyLabel, `暂未提供：${m.awaiting}`, '', '', '', '', '', m.legalBasis, ''],
    );
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
