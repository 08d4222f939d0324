import { DomainError } from '../domain-error.js';
import { ErrorCode } from '../errors.js';
import { chinaIsoDate } from '../china-time.js';

/** Publication frequency of statements: half-year by default (Hangzhou Art. 30), quarterly (Beijing Art. 84), yearly. */
export type StatementFrequency = 'half_year' | 'quarter' | 'year';
export const DEFAULT_STATEMENT_FREQUENCY: StatementFrequency = 'half_year';

/** A closed range of accounting dates, as 'YYYY-MM-DD' strings (China local dates). */
export interface StatementPeriod {
  frequency: StatementFrequency;
  start: string;
  end: string;
  label: string;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Accounting date in China (UTC+8, no daylight saving) of an instant. */
export function chinaDate(instant: Date): string {
  if (Number.isNaN(instant.getTime())) throw new DomainError(ErrorCode.VALIDATION_FAILED, '日期无效');
  return chinaIsoDate(instant);
}

/** Validates a 'YYYY-MM-DD' date string (a real calendar date) and returns [year, month, day]. */
export function parseDate(date: string): [number, number, number] {
  const m = DATE.exec(date);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const probe = new Date(Date.UTC(y, mo - 1, d));
    if (probe.getUTCFullYear() === y && probe.getUTCMonth() === mo - 1 && probe.getUTCDate() === d) return [y, mo, d];
  }
  throw new DomainError(ErrorCode.VALIDATION_FAILED, `日期 ${date} 无效，应为 YYYY-MM-DD`);
}

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (y: number, month: number) => new Date(Date.UTC(y, month, 0)).getUTCDate();

/** The statement period containing `date` (a 'YYYY-MM-DD' accounting date, or an instant read in China time). */
export function periodFor(
  date: string | Date,
  frequency: StatementFrequency = DEFAULT_STATEMENT_FREQUENCY,
): StatementPeriod {
  const [y, m] = parseDate(typeof date === 'string' ? date : chinaDate(date));
  let first: number;
  let last: number;
  let label: string;
  switch (frequency) {
    case 'quarter': {
      const q = Math.floor((m - 1) / 3);
      first = q * 3 + 1;
      last = first + 2;
      label = `${y}年第${['一', '二', '三', '四'][q]}季度`;
      break;
    }
    case 'half_year':
      first = m <= 6 ? 1 : 7;
      last = first + 5;
      label = `${y}年${m <= 6 ? '上' : '下'}半年`;
      break;
    case 'year':
      first = 1;
      last = 12;
      label = `${y}年度`;
      break;
    default:
      throw new DomainError(ErrorCode.VALIDATION_FAILED, '公示周期无效');
  }
  return { frequency, start: `${y}-${pad(first)}-01`, end: `${y}-${pad(last)}-${pad(lastDay(y, last))}`, label };
}

/** The months ('YYYY-MM') a period covers, in order. */
export function monthsOf(period: Pick<StatementPeriod, 'start' | 'end'>): string[] {
  const [y0, m0] = parseDate(period.start);
  const [y1, m1] = parseDate(period.end);
  const out: string[] = [];
  for (let y = y0, m = m0; y < y1 || (y === y1 && m <= m1); m === 12 ? ((y += 1), (m = 1)) : (m += 1))
    out.push(`${y}-${pad(m)}`);
  return out;
}
