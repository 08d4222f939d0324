import fc from 'fast-check';
import { TICKET_STATUSES } from './repairs/state-machine.js';
import {
  REPAIR_STATUS_PHRASES,
  fitSubscribeData,
  fitSubscribeField,
  formatSubscribeTime,
  subscribeFieldType,
} from './wechat-fields.js';

const len = (s: string) => Array.from(s).length;

describe('WeChat subscribe-message fields (domain-rules §9)', () => {
  it('reads the type of a field from its template key', () => {
    expect(subscribeFieldType('thing1')).toBe('thing');
    expect(subscribeFieldType('character_string12')).toBe('character_string');
    expect(subscribeFieldType('phone_number3')).toBe('phone_number');
    expect(subscribeFieldType('phrase2')).toBe('phrase');
    expect(subscribeFieldType('thing')).toBeNull();
    expect(subscribeFieldType('colour1')).toBeNull();
  });

  describe('thing (≤ 20 characters, shortened with …)', () => {
    it('keeps a short text as it is', () => {
      expect(fitSubscribeField('thing1', '厨房水管漏水')).toEqual({
        ok: true,
        value: '厨房水管漏水',
        truncated: false,
      });
    });

    it('keeps exactly 20 characters, shortens 21 to 19 + …', () => {
      const twenty = '一二三四五六七八九十一二三四五六七八九十';
      expect(fitSubscribeField('thing1', twenty)).toEqual({ ok: true, value: twenty, truncated: false });
      expect(fitSubscribeField('thing1', `${twenty}多`)).toEqual({
        ok: true,
        value: '一二三四五六七八九十一二三四五六七八九…',
        truncated: true,
      });
    });

    it('folds line breaks and counts a rare character (𠮷) as one', () => {
      expect(fitSubscribeField('thing2', ' 楼道\n灯坏了 ')).toEqual({
        ok: true,
        value: '楼道 灯坏了',
        truncated: false,
      });
      const r = fitSubscribeField('thing2', '𠮷'.repeat(25));
      expect(r).toEqual({ ok: true, value: `${'𠮷'.repeat(19)}…`, truncated: true });
    });

    it('refuses an empty value', () => {
      expect(fitSubscribeField('thing1', '  \n ')).toMatchObject({ ok: false });
    });

    it('never gives more than 20 characters and always starts like the input', () => {
      fc.assert(
        fc.property(fc.string({ minLength: 1, maxLength: 200, unit: 'grapheme' }), (s) => {
          const r = fitSubscribeField('thing1', s);
          if (!s.replace(/\s+/g, ' ').trim()) return !r.ok;
          if (!r.ok) return false;
          const folded = s.replace(/\s+/g, ' ').trim();
          return (
            len(r.value) <= 20 &&
            (r.truncated
              ? folded.startsWith(r.value.slice(0, -1).trimEnd()) && r.value.endsWith('…')
              : r.value === folded)
          );
        }),
      );
    });
  });

  describe('types that are refused rather than cut', () => {
    it.each([
      ['phrase1', '已派单', true],
      ['phrase1', '待确认报价', true],
      ['phrase1', '已完成待确认', false], // six characters
      ['phrase1', 'done', false],
      ['phrase1', '已 派单', false],
      ['character_string1', 'R-2026-000123', true],
      ['character_string1', 'a'.repeat(32), true],
      ['character_string1', 'a'.repeat(33), false],
      ['character_string1', '工单123', false],
      ['number1', '12', true],
      ['number1', '3.50', true],
      ['number1', '1'.repeat(33), false],
      ['number1', '12a', false],
      ['letter1', 'abc', true],
      ['letter1', 'ab1', false],
      ['symbol1', '!?', true],
      ['symbol1', '!!!!!!', false],
      ['time1', '15:01', true],
      ['time1', '2026年11月20日 15:01', true],
      ['time1', '2026-11-20 15:01', true],
      ['time1', '2026年11月20日 15:01~2026年11月20日 17:00', true],
      ['time1', '25:01', false],
      ['time1', '下午三点', false],
      ['date1', '2026年11月20日', true],
      ['date1', '2026年11月20日 15:01', true],
      ['date1', '11月20日', false],
      ['amount1', '￥100.00', true],
      ['amount1', '100元', true],
      ['amount1', '￥12345678901', false],
      ['phone_number1', '021-12345678', true],
      ['phone_number1', '138123456789012345', false],
      ['car_number1', '粤A12345', true],
      ['car_number1', '粤AD12345', true], // new-energy plates have 8
      ['car_number1', '粤A1234567', false],
      ['name1', '李明', true],
      ['name1', '欧阳一二三四五六七八九', false],
      ['name1', 'Li Ming', true],
      ['name1', '李明2', false],
    ] as const)('%s = %j → %s', (key, value, ok) => {
      const r = fitSubscribeField(key, value);
      expect(r.ok).toBe(ok);
      if (r.ok) expect(r).toEqual({ ok: true, value, truncated: false });
    });
  });

  it('refuses a whole message when one field does not fit, and lists why', () => {
    expect(fitSubscribeData({ thing1: '水', phrase2: '已完成待确认' })).toEqual({
      ok: false,
      reasons: [expect.stringMatching(/^phrase2 \(phrase\)/)],
    });
    const long = '卫生间天花板渗水已经三天了越来越严重请尽快处理';
    expect(fitSubscribeData({ thing1: long, phrase2: '处理中' })).toEqual({
      ok: true,
      data: { thing1: { value: `${Array.from(long).slice(0, 19).join('')}…` }, phrase2: { value: '处理中' } },
      truncated: ['thing1'],
    });
  });

  it('writes times in China time, in a form WeChat accepts', () => {
    const s = formatSubscribeTime(new Date('2026-11-20T06:02:00Z'));
    expect(s).toBe('2026年11月20日 14:02');
    expect(fitSubscribeField('time3', s)).toEqual({ ok: true, value: s, truncated: false });
    expect(formatSubscribeTime(new Date('2026-12-31T16:30:00Z'))).toBe('2027年1月1日 00:30');
  });

  it('has a phrase of at most five Chinese characters for every ticket status', () => {
    for (const s of TICKET_STATUSES)
      expect(fitSubscribeField('phrase1', REPAIR_STATUS_PHRASES[s])).toMatchObject({ ok: true, truncated: false });
  });
});
