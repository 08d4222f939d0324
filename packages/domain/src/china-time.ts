/**
 * China Standard Time (UTC+8, no daylight saving since 1991) — the one place instants become the dates and times
 * people in China read. Pure arithmetic on the UTC clock (no Intl, no time-zone database), so it gives the same answer
 * in Node, browsers and WeChat.
 */
export const CHINA_OFFSET_MS = 8 * 3_600_000;

export interface ChinaParts {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
}

const pad = (n: number) => String(n).padStart(2, '0');

export function chinaParts(at: Date): ChinaParts {
  const c = new Date(at.getTime() + CHINA_OFFSET_MS);
  return {
    year: c.getUTCFullYear(),
    month: c.getUTCMonth() + 1,
    day: c.getUTCDate(),
    hour: c.getUTCHours(),
    minute: c.getUTCMinutes(),
  };
}

/** '2026-11-20' */
export function chinaIsoDate(at: Date): string {
  const p = chinaParts(at);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}`;
}

/** '2026-11' */
export function chinaIsoMonth(at: Date): string {
  const p = chinaParts(at);
  return `${p.year}-${pad(p.month)}`;
}

/** '11月20日 14:02' */
export function chinaMonthDayTime(at: Date): string {
  const p = chinaParts(at);
  return `${p.month}月${p.day}日 ${pad(p.hour)}:${pad(p.minute)}`;
}

/** '2026年11月20日 14:02' */
export function chinaDateTime(at: Date): string {
  const p = chinaParts(at);
  return `${p.year}年${p.month}月${p.day}日 ${pad(p.hour)}:${pad(p.minute)}`;
}
