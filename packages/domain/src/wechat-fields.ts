/**
 * Limits of WeChat subscribe-message fields (订阅消息参数值内容限制, domain-rules §9), checked BEFORE a message is
 * sent: WeChat refuses the whole message (errcode 47003) when one value breaks its field's rule, and a one-time
 * subscription is only good for one send. The type of a field is the word its key starts with in the template
 * (`thing1`, `phrase2`, `character_string3`, `time4` …).
 *
 * Only `thing` (free text) is shortened, with a trailing 「…」; every other type is refused when it does not fit,
 * because a cut number, date or name would say something false.
 */
import type { TicketStatus } from './repairs/state-machine.js';
import { chinaDateTime } from './china-time.js';

export const SUBSCRIBE_FIELD_TYPES = [
  'thing',
  'number',
  'letter',
  'symbol',
  'character_string',
  'time',
  'date',
  'amount',
  'phone_number',
  'car_number',
  'name',
  'phrase',
] as const;
export type SubscribeFieldType = (typeof SUBSCRIBE_FIELD_TYPES)[number];

/** Maximum length (in characters) of each type, as WeChat documents it. */
export const SUBSCRIBE_FIELD_MAX: Readonly<Record<SubscribeFieldType, number>> = Object.freeze({
  thing: 20,
  number: 32,
  letter: 32,
  symbol: 5,
  character_string: 32,
  time: 40,
  date: 40,
  amount: 12,
  phone_number: 17,
  car_number: 8,
  name: 20,
  phrase: 5,
});

const ELLIPSIS = '…';
const chars = (s: string) => Array.from(s); // code points: 𠮷 counts as one character
const HAN = /^\p{Script=Han}+$/u;

/** `thing12` → 'thing'; `character_string3` → 'character_string'; anything else → null. */
export function subscribeFieldType(key: string): SubscribeFieldType | null {
  const m = /^([a-z_]+?)(\d+)$/.exec(key);
  if (!m) return null;
  return (SUBSCRIBE_FIELD_TYPES as readonly string[]).includes(m[1]) ? (m[1] as SubscribeFieldType) : null;
}

export type SubscribeFieldResult = { ok: true; value: string; truncated: boolean } | { ok: false; reason: string };

// 24-hour time, optionally after a date (2026年11月20日 / 2026-11-20 / 2026/11/20), optionally a range "a~b".
const DATE_PART = String.raw`(?:\d{4}年\d{1,2}月\d{1,2}日|\d{4}-\d{1,2}-\d{1,2}|\d{4}/\d{1,2}/\d{1,2})`;
const TIME_PART = String.raw`(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?`;
const TIME_POINT = `(?:${DATE_PART}\\s?)?${TIME_PART}`;
const DATE_POINT = `${DATE_PART}(?:\\s?${TIME_PART})?`;
const TIME_RE = new RegExp(`^${TIME_POINT}(?:\\s?~\\s?${TIME_POINT})?$`);
const DATE_RE = new RegExp(`^${DATE_POINT}(?:\\s?~\\s?${DATE_POINT})?$`);

/**
 * Fits one value into the field `key` of a template: `thing` values have line breaks and runs of spaces folded and
 * are cut to 19 characters + 「…」 when longer than 20; any other value that breaks its type's rule is refused
 * with the reason (for the log, never shown to a resident).
 */
export function fitSubscribeField(key: string, raw: string): SubscribeFieldResult {
  const type = subscribeFieldType(key);
  if (!type) return { ok: false, reason: `unknown field type of key "${key}"` };
  const value = raw.replace(/\s+/g, ' ').trim();
  if (!value) return { ok: false, reason: `${key}: empty value` };
  const n = chars(value).length;
  const max = SUBSCRIBE_FIELD_MAX[type];
  const refuse = (why: string): SubscribeFieldResult => ({ ok: false, reason: `${key} (${type}): ${why}` });
  const fits = (test: boolean, why: string): SubscribeFieldResult =>
    test ? { ok: true, value, truncated: false } : refuse(why);
  switch (type) {
    case 'thing':
      if (n <= max) return { ok: true, value, truncated: false };
      return {
        ok: true,
        value:
          chars(value)
            .slice(0, max - 1)
            .join('')
            .trimEnd() + ELLIPSIS,
        truncated: true,
      };
    case 'number':
      return fits(n <= max && /^\d+(\.\d+)?$/.test(value), `at most ${max} digits, optionally with decimals`);
    case 'letter':
      return fits(n <= max && /^[A-Za-z]+$/.test(value), `at most ${max} letters`);
    case 'symbol':
      return fits(n <= max && /^[^\p{L}\p{N}\s]+$/u.test(value), `at most ${max} symbols`);
    case 'character_string':
      return fits(n <= max && /^[\x21-\x7E]+$/.test(value), `at most ${max} digits, letters or symbols`);
    case 'time':
      return fits(n <= max && TIME_RE.test(value), 'a 24-hour time such as 15:01 or 2026年11月20日 15:01');
    case 'date':
      return fits(n <= max && DATE_RE.test(value), 'a date such as 2026年11月20日');
    case 'amount':
      return fits(/^[¥￥$]?\d{1,10}(\.\d{1,2})?元?$/.test(value), 'a currency sign and at most 10 digits');
    case 'phone_number':
      return fits(n <= max && /^[\d+\-() ]+$/.test(value), `at most ${max} digits and symbols`);
    case 'car_number':
      return fits(
        n <= max && /^[\p{Script=Han}A-Za-z0-9][A-Za-z0-9]*[\p{Script=Han}A-Za-z0-9]?$/u.test(value),
        `at most ${max} characters, Chinese only first or last`,
      );
    case 'name': {
      const han = /\p{Script=Han}/u.test(value);
      return fits(
        /^[\p{Script=Han}A-Za-z ·.]+$/u.test(value) && n <= (han ? 10 : 20),
        'at most 10 Chinese characters or 20 letters',
      );
    }
    case 'phrase':
      return fits(n <= max && HAN.test(value), `at most ${max} Chinese characters, nothing else`);
  }
}

/**
 * Fits every value of a message; refuses the whole message when one field is refused (WeChat would refuse it too).
 * `values` maps template keys to raw values.
 */
export function fitSubscribeData(
  values: Record<string, string>,
): { ok: true; data: Record<string, { value: string }>; truncated: string[] } | { ok: false; reasons: string[] } {
  const data: Record<string, { value: string }> = {};
  const truncated: string[] = [];
  const reasons: string[] = [];
  for (const [key, raw] of Object.entries(values)) {
    const r = fitSubscribeField(key, raw);
    if (!r.ok) reasons.push(r.reason);
    else {
      data[key] = { value: r.value };
      if (r.truncated) truncated.push(key);
    }
  }
  return reasons.length ? { ok: false, reasons } : { ok: true, data, truncated };
}

/** A moment as WeChat's `time` field shows it, in China time: '2026年11月20日 14:02'. */
export function formatSubscribeTime(at: Date): string {
  return chinaDateTime(at);
}

/**
 * Ticket statuses in at most five Chinese characters, for a template whose status field is a `phrase`
 * (TICKET_STATUS_LABELS has '已完成待确认', six). A `thing` field gets the full label.
 */
export const REPAIR_STATUS_PHRASES: Readonly<Record<TicketStatus, string>> = Object.freeze({
  submitted: '已提交',
  assigned: '已派单',
  in_progress: '处理中',
  awaiting_quote_acceptance: '待确认报价',
  done: '待您确认',
  confirmed: '已解决',
  closed_unconfirmed: '自动关闭',
  closed_not_fixed: '未修复',
  cancelled: '已取消',
});
