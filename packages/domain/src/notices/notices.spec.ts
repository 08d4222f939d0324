import { ErrorCode } from '../errors.js';
import {
  NOTICE_ACTIONS,
  NOTICE_STATUSES,
  NOTICE_TYPES,
  NOTICE_TYPE_RULES,
  committeeApprovalsNeeded,
  committeeDecisionPassed,
  extendDisplayEnd,
  findPersonalInfo,
  idCheckDigitValid,
  mayPublishNotice,
  noticeMove,
  noticePublishersText,
  percent,
  reachText,
  showGroup,
  speaksForCommittee,
} from './index.js';

/** Every (status, action, author or another publisher) combination written out; a new status or action fails this. */
const TABLE = `
draft approve author -> not_the_author
draft approve other -> draft
draft publish author -> published
draft publish other -> author_only
draft pin author -> no_such_move
draft pin other -> no_such_move
draft unpin author -> no_such_move
draft unpin other -> no_such_move
draft extend author -> no_such_move
draft extend other -> no_such_move
draft cite author -> no_such_move
draft cite other -> no_such_move
published approve author -> no_such_move
published approve other -> no_such_move
published publish author -> no_such_move
published publish other -> no_such_move
published pin author -> published
published pin other -> published
published unpin author -> published
published unpin other -> published
published extend author -> published
published extend other -> published
published cite author -> published
published cite other -> published
`;

describe('notice workflow', () => {
  const rows = TABLE.trim().split('\n');
  it('the table covers every status × action × party', () => {
    expect(rows).toHaveLength(NOTICE_STATUSES.length * NOTICE_ACTIONS.length * 2);
  });
  it.each(rows)('%s', (row) => {
    const [status, action, who, , want] = row.split(' ');
    const r = noticeMove(status as never, action as never, who === 'author');
    expect(r.ok ? r.to : r.reason).toBe(want);
  });
  it('a second publish is refused as a state error with a next step (publish a correction)', () => {
    const r = noticeMove('published', 'publish', true);
    expect(r).toMatchObject({ ok: false, code: ErrorCode.ILLEGAL_TRANSITION });
    expect(!r.ok && r.message).toContain('更正通知');
  });
  it('the display end only moves later', () => {
    const now = new Date('2026-12-04T00:00:00Z');
    expect(extendDisplayEnd(now, new Date('2026-12-05T00:00:00Z')).ok).toBe(true);
    expect(extendDisplayEnd(now, now).ok).toBe(false);
    expect(extendDisplayEnd(now, new Date('2026-12-01T00:00:00Z')).ok).toBe(false);
  });
});

describe('notice types', () => {
  it('every type has a rule; meetings are owner-addressed and ask for acknowledgement', () => {
    for (const t of NOTICE_TYPES) expect(NOTICE_TYPE_RULES[t].publishers.length).toBeGreaterThan(0);
    expect(NOTICE_TYPE_RULES.meeting).toMatchObject({ ownerAddressed: true, needsAcknowledgement: true });
    expect(NOTICE_TYPE_RULES.general.ownerAddressed).toBe(false);
    expect(NOTICE_TYPE_RULES.emergency.onTop).toBe(true);
  });
  it('who publishes depends on the type', () => {
    expect(mayPublishNotice('outage', ['property_staff'])).toBe(true);
    expect(mayPublishNotice('outage', ['committee_member'])).toBe(false);
    expect(mayPublishNotice('meeting', ['property_manager'])).toBe(false);
    expect(mayPublishNotice('meeting', ['committee_chair'])).toBe(true);
    expect(mayPublishNotice('general', ['owner', 'resident'])).toBe(false);
    expect(noticePublishersText('meeting')).toBe('业委会、社区');
  });
  it('a notice in the committee voice is recognised', () => {
    expect(speaksForCommittee('经业委会决定，下周一起更换门禁')).toBe(true);
    expect(speaksForCommittee('业主委员会研究决定如下')).toBe(true);
    expect(speaksForCommittee('物业通知：明天打扫楼道')).toBe(false);
  });
  it('a committee decision needs more than half of ALL members', () => {
    expect(committeeDecisionPassed(3, 5)).toBe(true);
    expect(committeeDecisionPassed(2, 5)).toBe(false);
    expect(committeeDecisionPassed(2, 4)).toBe(false);
    expect(committeeDecisionPassed(3, 4)).toBe(true);
    expect(committeeDecisionPassed(0, 0)).toBe(false);
    for (let n = 1; n <= 15; n++) {
      expect(committeeDecisionPassed(committeeApprovalsNeeded(n), n)).toBe(true);
      expect(committeeDecisionPassed(committeeApprovalsNeeded(n) - 1, n)).toBe(false);
    }
  });
});

describe('personal information in a notice', () => {
  it('finds mobiles written plainly, spaced, dashed or in full-width digits, masked', () => {
    expect(findPersonalInfo('联系 13812345678 王师傅')).toEqual([{ kind: 'mobile', masked: '138****5678' }]);
    expect(findPersonalInfo('电话 138 1234 5678')).toHaveLength(1);
    expect(findPersonalInfo('电话 138-1234-5678')).toHaveLength(1);
    expect(findPersonalInfo('电话 １３８１２３４５６７８')).toHaveLength(1);
  });
  it('finds ID numbers with a valid check digit and legacy 15-digit ones', () => {
    expect(idCheckDigitValid('11010519491231002X')).toBe(true);
    expect(findPersonalInfo('身份证 11010519491231002X')).toEqual([
      { kind: 'id_number', masked: '110***********002X' },
    ]);
    expect(findPersonalInfo('旧证 110105491231002')).toHaveLength(1);
  });
  it('leaves ordinary numbers alone', () => {
    expect(findPersonalInfo('3幢1单元 2026年12月4日 上午9:00 物业电话 0571-88888888')).toEqual([]);
    expect(findPersonalInfo('订单号 110105194912310021')).toEqual([]); // wrong check digit
    expect(findPersonalInfo('编号 123456789012')).toEqual([]);
    expect(findPersonalInfo('138123456789')).toEqual([]); // 12 digits
  });
});

describe('reach', () => {
  it('reads like the issue: households first, then percent of households and of area', () => {
    expect(
      reachText({
        households: 480,
        read: 312,
        acknowledged: 0,
        areaHundredths: 4_800_000n,
        readAreaHundredths: 3_264_000n,
      }),
    ).toBe('已读 312 / 480 户（65%，面积 68%）');
  });
  it('rounds down and treats 0 of 0 as 0', () => {
    expect(percent(2, 3)).toBe(66);
    expect(percent(0, 0)).toBe(0);
    expect(percent(1n, 1n)).toBe(100);
  });
  it('hides groups of fewer than five households', () => {
    expect(showGroup(4)).toBe(false);
    expect(showGroup(5)).toBe(true);
  });
});
