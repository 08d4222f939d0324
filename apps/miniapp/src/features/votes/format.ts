import { isMajorMatter, isMatterType, MATTER_LABELS } from '@gongzhi/domain/client';
import type { Choice } from './types';

export const CHOICE_LABELS: Record<Choice, string> = { yes: '同意', no: '反对', abstain: '弃权' };
export const CHANNEL_LABELS: Record<string, string> = { online: '线上投票', paper: '纸质票', proxy: '书面委托' };

// No BigInt in the mini-program (older phones' JS engines lack it): areas in hundredths of m² and head counts are
// far below 2^53, so integer arithmetic on numbers is exact.

/** "123.45 平方米" from hundredths of m² (a string of digits); integer arithmetic only. */
export function areaText(hundredths: string | number): string {
  const v = Number(hundredths);
  if (!Number.isSafeInteger(v)) return '—';
  return `${Math.floor(v / 100)}.${String(v % 100).padStart(2, '0')}`;
}
export const areaM2 = (h: string | number) => `${areaText(h)} 平方米`;

/** "42.1%" of a part in a whole, from integers (one decimal, rounded down). */
export function percent(part: string | number, whole: string | number): string {
  const p = Number(part);
  const w = Number(whole);
  if (!w || !Number.isSafeInteger(p * 1000)) return '0%';
  const tenths = Math.floor((p * 1000) / w);
  return `${Math.floor(tenths / 10)}.${tenths % 10}%`;
}

/** Dates in China time: "12月18日 14:02" (with the year when asked). */
export function chinaDateTime(iso: string | null | undefined, withYear = false): string {
  if (!iso) return '—';
  const d = new Date(new Date(iso).getTime() + 8 * 3_600_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = `${d.getUTCMonth() + 1}月${d.getUTCDate()}日 ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
  return withYear ? `${d.getUTCFullYear()}年${day}` : day;
}

export function matterLabel(matterType: number): string {
  return isMatterType(matterType) ? MATTER_LABELS[matterType] : `事项类型 ${matterType}`;
}

/** The Art. 278 threshold of a matter type, in plain words for an owner. */
export function thresholdWords(matterType: number): string {
  const major = isMatterType(matterType) && isMajorMatter(matterType);
  return major
    ? '需参与表决的业主专有面积和人数均达到三分之二，且同意的面积和人数均达到参与者的四分之三'
    : '需参与表决的业主专有面积和人数均达到三分之二，且同意的面积和人数均超过参与者的一半';
}
export const ruleName = (rule: string) =>
  rule === 'R2' ? '双四分之三（重大事项）' : rule === 'R3' ? '双过半' : rule === 'R1' ? '参与不足三分之二' : rule;

/** The receipt code in groups of four, for reading aloud: "7K3M-Q9ZD-W2XA" → ["7K3M", "Q9ZD", "W2XA"]. */
export function receiptGroups(code: string): string[] {
  return code.replace(/-/g, '').match(/.{1,4}/g) ?? [code];
}

/** ISO with China offset from a date (YYYY-MM-DD) and time (HH:MM) as typed. */
export function chinaIso(date: string, time: string): string {
  return `${date}T${time}:00+08:00`;
}

/**
 * The vote's scope in plain words: 「本次表决范围：全体业主」 or 「本次表决范围：1幢、2幢（共 60 户）」.
 * Unit counts are integers (the API's frozen electorate once voting opened).
 */
export function scopeWords(r: { scope: string; scopeBuildings: Array<{ name: string; units: number }> }): string {
  if (r.scope !== 'buildings') return '本次表决范围：全体业主';
  if (!r.scopeBuildings.length) return '本次表决范围：指定楼栋的业主';
  const units = r.scopeBuildings.reduce((n, b) => n + b.units, 0);
  return `本次表决范围：${r.scopeBuildings.map((b) => b.name).join('、')}（共 ${units} 户）`;
}
