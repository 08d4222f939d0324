/**
 * Personal information a published notice must not carry without consent (PIPL Art. 25: publishing personal
 * information needs the person's separate consent; a hash-chained notice cannot be scrubbed later). Finds mainland
 * mobile numbers (11 digits starting 1[3-9], spaces or dashes allowed) and resident ID numbers (18 characters with a
 * valid check digit, or the legacy 15 digits).
 */
export interface PersonalInfoHit {
  kind: 'mobile' | 'id_number';
  /** The match, masked (never echoed whole). */
  masked: string;
}

const MOBILE = /(?<![\d])1[3-9]\d[\s-]?\d{4}[\s-]?\d{4}(?![\d])/g;
const ID18 = /(?<![\dXx])\d{17}[\dXx](?![\dXx])/g;
const ID15 = /(?<![\d])\d{15}(?![\d])/g;
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

export function idCheckDigitValid(id: string): boolean {
  if (!/^\d{17}[\dXx]$/.test(id)) return false;
  const sum = WEIGHTS.reduce((s, w, i) => s + w * Number(id[i]), 0);
  return CHECK[sum % 11] === id[17]!.toUpperCase();
}

export function findPersonalInfo(text: string): PersonalInfoHit[] {
  const hits: PersonalInfoHit[] = [];
  const s = text.normalize('NFKC'); // full-width digits count as digits
  for (const m of s.matchAll(MOBILE)) {
    const d = m[0].replace(/[\s-]/g, '');
    hits.push({ kind: 'mobile', masked: `${d.slice(0, 3)}****${d.slice(7)}` });
  }
  for (const m of s.matchAll(ID18))
    if (idCheckDigitValid(m[0]))
      hits.push({ kind: 'id_number', masked: `${m[0].slice(0, 3)}***********${m[0].slice(-4)}` });
  for (const m of s.matchAll(ID15))
    hits.push({ kind: 'id_number', masked: `${m[0].slice(0, 3)}********${m[0].slice(-4)}` });
  return hits;
}
