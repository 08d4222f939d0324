import { ErrorCode } from '../errors.js';
import { ENTRY_ACTIONS, ENTRY_STATUSES, ENTRY_TRANSITIONS, entryActions, entryMove } from './entry-workflow.js';

/**
 * Every (status, action, author or another member) combination, written out: `to` for an allowed move, else why not.
 * Adding a status or an action without extending this table fails the test.
 */
const TABLE = `
draft revise author -> draft
draft revise other -> author_only
draft submit author -> submitted
draft submit other -> author_only
draft reject author -> no_such_move
draft reject other -> no_such_move
draft approve author -> no_such_move
draft approve other -> no_such_move
draft reverse author -> no_such_move
draft reverse other -> no_such_move
submitted revise author -> no_such_move
submitted revise other -> no_such_move
submitted submit author -> no_such_move
submitted submit other -> no_such_move
submitted reject author -> not_the_author
submitted reject other -> rejected
submitted approve author -> not_the_author
submitted approve other -> posted
submitted reverse author -> no_such_move
submitted reverse other -> no_such_move
rejected revise author -> draft
rejected revise other -> author_only
rejected submit author -> submitted
rejected submit other -> author_only
rejected reject author -> no_such_move
rejected reject other -> no_such_move
rejected approve author -> no_such_move
rejected approve other -> no_such_move
rejected reverse author -> no_such_move
rejected reverse other -> no_such_move
posted revise author -> no_such_move
posted revise other -> no_such_move
posted submit author -> no_such_move
posted submit other -> no_such_move
posted reject author -> no_such_move
posted reject other -> no_such_move
posted approve author -> no_such_move
posted approve other -> no_such_move
posted reverse author -> posted
posted reverse other -> posted
`
  .trim()
  .split('\n');

describe('ledger entry workflow', () => {
  it('answers exactly the written table for every status, action and party', () => {
    const actual: string[] = [];
    for (const s of ENTRY_STATUSES)
      for (const a of ENTRY_ACTIONS)
        for (const author of [true, false]) {
          const r = entryMove(s, a, author);
          actual.push(`${s} ${a} ${author ? 'author' : 'other'} -> ${r.ok ? r.to : r.reason}`);
        }
    expect(actual).toEqual(TABLE);
  });

  it('never lets the author approve or reject their own entry (no single insider decides, §10)', () => {
    for (const s of ENTRY_STATUSES) {
      for (const a of ['approve', 'reject'] as const) {
        const r = entryMove(s, a, true);
        expect(r.ok).toBe(false);
      }
    }
    const own = entryMove('submitted', 'approve', true);
    expect(own).toMatchObject({ ok: false, code: ErrorCode.LEDGER_AUTHOR_CANNOT_APPROVE });
    if (!own.ok) expect(own.message).toBe('不能批准自己起草的账目，请由另一位业委会委员审核');
  });

  it('never changes a posted entry except through a reversal, and nothing leads back out of posted', () => {
    expect(ENTRY_TRANSITIONS.filter((t) => t.from === 'posted').map((t) => [t.action, t.to])).toEqual([
      ['reverse', 'posted'],
    ]);
    expect(ENTRY_TRANSITIONS.filter((t) => t.to === 'posted').map((t) => t.from)).toEqual(['submitted', 'posted']);
  });

  it('says what is wrong in Chinese, with the current status', () => {
    const r = entryMove('posted', 'revise', true);
    expect(r).toMatchObject({ ok: false, code: ErrorCode.ILLEGAL_TRANSITION });
    if (!r.ok) expect(r.message).toBe('只有草稿或被退回的账目可以修改（当前状态：已入账）');
    const s = entryMove('draft', 'submit', false);
    expect(s).toMatchObject({ ok: false, code: ErrorCode.FORBIDDEN, message: '只有起草人可以提交这笔账目' });
  });

  it('lists the buttons from the same table', () => {
    expect(entryActions('draft', true)).toEqual(['revise', 'submit']);
    expect(entryActions('submitted', false)).toEqual(['reject', 'approve']);
    expect(entryActions('submitted', true)).toEqual([]);
    expect(entryActions('posted', false)).toEqual(['reverse']);
  });
});
