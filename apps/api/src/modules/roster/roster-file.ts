import { ErrorCode } from '@gongzhi/domain';
import type ExcelJS from 'exceljs';
import { loadExcel } from '../../common/lazy-modules.js';
import { AppError } from '../../common/app-error.js';
import { assertZipWithinLimits } from './zip-guard.js';

/** Largest roster accepted: a few thousand units fit easily in 5 MB. */
export const MAX_ROSTER_BYTES = 5 * 1024 * 1024;
export const MAX_ROSTER_ROWS = 5000;

const invalid = (message: string) => new AppError(ErrorCode.ROSTER_INVALID, message);

/** Reads an uploaded roster (XLSX, or CSV in UTF-8 or GB18030 as Excel in China saves it) into rows of text cells. */
export async function readRosterTable(buffer: Buffer): Promise<string[][]> {
  if (buffer.length === 0) throw invalid('文件是空的，请重新选择名册文件');
  if (buffer.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) return readXlsx(buffer);
  if (buffer.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]))) {
    throw invalid('不支持旧版 .xls 文件：请在 Excel 中“另存为” .xlsx 或 .csv 后上传');
  }
  if (buffer.includes(0)) throw invalid('无法识别的文件：请上传 .xlsx 或 .csv 格式的名册');
  return parseCsv(decodeText(buffer));
}

function decodeText(buffer: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buffer).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('gb18030').decode(buffer);
  }
}

async function readXlsx(buffer: Buffer): Promise<string[][]> {
  // Refuse a zip bomb from its central directory before exceljs unpacks anything.
  assertZipWithinLimits(buffer);
  const wb = new (await loadExcel()).Workbook();
  try {
    await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch {
    throw invalid('无法读取这个 Excel 文件，请确认文件未损坏，或另存为 .csv 后上传');
  }
  const ws = wb.worksheets[0];
  if (!ws) throw invalid('Excel 文件中没有工作表');
  if (ws.rowCount > MAX_ROSTER_ROWS + 1) throw invalid(`名册最多 ${MAX_ROSTER_ROWS} 行，请分批上传`);
  const table: string[][] = [];
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const cells: string[] = [];
    for (let c = 1; c <= Math.max(row.cellCount, ws.columnCount); c++) cells.push(cellText(row.getCell(c).value));
    table.push(cells);
  }
  return table;
}

function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  // Areas typed as numbers: 12 significant digits removes binary noise (89.56 stays 89.56, never 89.5600000001).
  if (typeof v === 'number') return String(Number(v.toPrecision(12)));
  if (typeof v === 'boolean') return v ? '是' : '否';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((t) => t.text).join('');
    if ('result' in v) return cellText(v.result as ExcelJS.CellValue);
    if ('text' in v) return String(v.text);
  }
  return String(v);
}

/** RFC 4180 CSV: quoted fields, doubled quotes, CRLF or LF. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      if (rows.length > MAX_ROSTER_ROWS + 1) throw invalid(`名册最多 ${MAX_ROSTER_ROWS} 行，请分批上传`);
    } else field += ch;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
