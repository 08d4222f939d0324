/**
 * Masking of personal data for display (PIPL; domain-rules.md §8). Masking never returns the input
 * unchanged when it holds more than a trivial amount of data.
 */

const chars = (s: string) => Array.from(s); // code points, so rare characters (𠮷) count as one

/** '13812345678' → '138****5678'. Spaces, dashes and a +86/86 prefix are ignored; other lengths keep at most the last 4. */
export function maskPhone(phone: string): string {
  let digits = phone.replace(/[\s-]/g, '');
  if (/^(\+?86)1\d{10}$/.test(digits)) digits = digits.replace(/^\+?86/, '');
  if (/^1\d{10}$/.test(digits)) return `${digits.slice(0, 3)}****${digits.slice(7)}`;
  const cs = chars(digits);
  if (cs.length <= 4) return '*'.repeat(cs.length);
  if (cs.length < 8) return '*'.repeat(cs.length - 2) + cs.slice(-2).join('');
  return '*'.repeat(cs.length - 4) + cs.slice(-4).join('');
}

/**
 * Resident ID numbers (18 or legacy 15 characters): first 3 and last 4 kept, e.g.
 * '11010519491231002X' → '110***********002X'. Anything else keeps only its last 2 characters.
 */
export function maskIdNumber(id: string): string {
  const s = id.trim();
  if (/^\d{17}[\dXx]$/.test(s) || /^\d{15}$/.test(s))
    return `${s.slice(0, 3)}${'*'.repeat(s.length - 7)}${s.slice(-4)}`;
  const cs = chars(s);
  if (cs.length <= 2) return '*'.repeat(cs.length);
  return '*'.repeat(cs.length - 2) + cs.slice(-2).join('');
}

/**
 * The name a person carries after asking for deletion (PIPL Art. 47): records that stay by law (ballots, ledger,
 * audit, repair tickets) show this instead of their name. It is no personal data, so masking leaves it whole.
 */
export const ERASED_PERSON_NAME = '已注销用户';

/** '张三丰' → '张**', '张三' → '张*', a one-character name → '*'; ERASED_PERSON_NAME stays as it is. */
export function maskName(name: string): string {
  if (name === ERASED_PERSON_NAME) return name;
  const cs = chars(name.trim());
  if (cs.length <= 1) return '*'.repeat(cs.length);
  return cs[0] + '*'.repeat(cs.length - 1);
}
