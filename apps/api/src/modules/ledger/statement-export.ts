import { formatFen } from '@gongzhi/domain';
import { loadExcel } from '../../common/lazy-modules.js';
import type { StatementView } from './ledger-statements.service.js';

const esc = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
const y = (fen: string) => formatFen(BigInt(fen));
const cnDate = (iso: string) => `${iso.slice(0, 4)}年${+iso.slice(5, 7)}月${+iso.slice(8, 10)}日`;
const TOPUP_RULE: Record<string, string> = {
  none: '未设置',
  huzhou: '湖州规则（每季度不低于余额 50%）',
  beijing: '北京规则（维修资金低于首期 30% 时不低于 50%）',
};

function topUpText(v: StatementView): string {
  const t = v.body.topUp;
  const met = t.met === null ? '无法判断' : t.met ? '已达到' : '未达到';
  return `${TOPUP_RULE[t.rule] ?? t.rule}；本期补充维修资金 ${y(t.toppedUpFen)}${t.minimumFen !== null && t.required ? `，应不低于 ${y(t.minimumFen)}` : ''}；${met}。${t.reason}`;
}

/** Print-ready notice-board layout (A4, 宋体, 公示 heading, committee signature line). */
export function statementHtml(v: StatementView, communityName: string): string {
  const b = v.body;
  const row = (label: string, fen: string) => `<tr><td>${esc(label)}</td><td class="n">${y(fen)}</td></tr>`;
  const months = b.byMonth
    .map(
      (m) =>
        `<tr><td>${esc(m.month)}</td><td class="n">${y(m.incomeFen)}</td><td class="n">${y(m.expenseFen)}</td></tr>`,
    )
    .join('');
  const status = v.published
    ? `公示期：${cnDate(v.published.publishedAt.toISOString())} 至 ${cnDate(v.published.displayUntil.toISOString())}`
    : '（预览：本期尚未公示）';
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(communityName)}公共收益收支情况公示（${esc(b.label)}）</title>
<style>
@page { size: A4; margin: 18mm 16mm; }
body { font-family: "SimSun", "Songti SC", "Noto Serif CJK SC", serif; font-size: 12pt; color: #000; }
h1 { text-align: center; font-size: 20pt; letter-spacing: 2pt; margin: 0 0 4mm; }
.sub { text-align: center; margin-bottom: 6mm; }
table { width: 100%; border-collapse: collapse; margin: 3mm 0 5mm; }
th, td { border: 1px solid #000; padding: 1.5mm 2mm; }
th { background: #eee; }
td.n { text-align: right; font-family: "Noto Sans Mono", monospace; }
.hash { font-family: monospace; font-size: 8pt; word-break: break-all; }
.sign { margin-top: 12mm; text-align: right; line-height: 2; }
</style></head>
<body>
<h1>${esc(communityName)}公共收益收支情况公示</h1>
<div class="sub">${esc(b.label)}（${esc(b.start)} 至 ${esc(b.end)}）　${esc(status)}</div>
<table><tr><th>项目</th><th>金额</th></tr>
${row('期初余额', b.openingBalanceFen)}
${b.income.byCategory.map((c) => row(c.label, c.amountFen)).join('\n')}
${row('收入合计', b.income.totalFen)}
${b.expense.byCategory.map((c) => row(c.label, c.amountFen)).join('\n')}
${row('支出合计', b.expense.totalFen)}
${row('期末余额', b.closingBalanceFen)}
</table>
<table><tr><th>月份</th><th>收入</th><th>支出</th></tr>${months}</table>
<p>维修资金补充：${esc(topUpText(v))}</p>
<p>本期入账 ${b.entryCount} 笔（含冲正）。账目链截至第 ${esc(b.head.seq)} 条，链头哈希：</p>
<p class="hash">${esc(b.head.hash)}</p>
<p>业主可在小程序“公共收益”中查看每笔账目及凭证，并可提出质询。</p>
<div class="sign">${esc(communityName)}业主委员会<br>${v.published ? cnDate(v.published.publishedAt.toISOString()) : '　　年　　月　　日'}</div>
</body></html>`;
}

/** XLSX with a summary sheet and a monthly sheet; amounts as yuan numbers with two decimals (display only). */
export async function statementXlsx(v: StatementView, communityName: string): Promise<Buffer> {
  const b = v.body;
  const wb = new (await loadExcel()).Workbook();
  wb.creator = '共治';
  const yuanCell = (fen: string) => {
    const f = BigInt(fen);
    // exceljs stores numbers; fen → yuan is exact to two decimals for any ledger amount (< 2^53 fen)
    return Number(f) / 100;
  };
  const s = wb.addWorksheet('收支汇总');
  s.columns = [{ width: 28 }, { width: 20 }];
  s.addRow([`${communityName}公共收益收支情况公示（${b.label}）`]).font = { bold: true, size: 14 };
  s.addRow([`期间：${b.start} 至 ${b.end}`]);
  s.addRow(['项目', '金额（元）']).font = { bold: true };
  const add = (label: string, fen: string) => {
    s.addRow([label, yuanCell(fen)]).getCell(2).numFmt = '#,##0.00';
  };
  add('期初余额', b.openingBalanceFen);
  for (const c of b.income.byCategory) add(c.label, c.amountFen);
  add('收入合计', b.income.totalFen);
  for (const c of b.expense.byCategory) add(c.label, c.amountFen);
  add('支出合计', b.expense.totalFen);
  add('期末余额', b.closingBalanceFen);
  s.addRow([]);
  s.addRow(['维修资金补充', topUpText(v)]);
  s.addRow(['账目链头', `第 ${b.head.seq} 条 ${b.head.hash}`]);
  s.addRow([
    '公示状态',
    v.published ? `已公示，公示至 ${v.published.displayUntil.toISOString().slice(0, 10)}` : '未公示（预览）',
  ]);
  const m = wb.addWorksheet('月度收支');
  m.columns = [
    { header: '月份', width: 12 },
    { header: '收入（元）', width: 18 },
    { header: '支出（元）', width: 18 },
  ];
  for (const x of b.byMonth) {
    const r = m.addRow([x.month, yuanCell(x.incomeFen), yuanCell(x.expenseFen)]);
    r.getCell(2).numFmt = '#,##0.00';
    r.getCell(3).numFmt = '#,##0.00';
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
