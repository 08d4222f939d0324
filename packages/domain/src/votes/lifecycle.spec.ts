import { ErrorCode } from '../errors.js';
import {
  RESOLUTION_ACTIONS,
  RESOLUTION_ACTORS,
  RESOLUTION_STATUSES,
  addDays,
  agendaEditable,
  committeeMajority,
  extendWindow,
  hasResult,
  noticeDaysFor,
  noticeLongEnough,
  resolutionMove,
  type ResolutionAction,
  type ResolutionActor,
  type ResolutionStatus,
} from './lifecycle.js';

/** Written out by hand, independently of RESOLUTION_TRANSITIONS: "from action actors -> to". Every other cell is refused. */
const EXPECTED = `
draft edit committee -> draft
draft approve committee -> approved
approved publish_notice committee -> notice
notice open system -> open
notice record_official committee -> final
open cast owner,committee -> open
open extend committee -> open
open close system -> objection
objection object owner -> objection
objection answer_objection committee -> objection
objection finalize system -> final
`;

const expected = new Map<string, { to: ResolutionStatus; actors: Set<string> }>();
for (const line of EXPECTED.trim().split('\n')) {
  const m = /^(\w+) (\w+) ([\w,]+) -> (\w+)$/.exec(line.trim());
  if (!m) throw new Error(`bad line ${line}`);
  expected.set(`${m[1]} ${m[2]}`, { to: m[4] as ResolutionStatus, actors: new Set(m[3]!.split(',')) });
}

const cells = RESOLUTION_STATUSES.flatMap((s) =>
  RESOLUTION_ACTIONS.flatMap((a) =>
    RESOLUTION_ACTORS.map((r) => [s, a, r] as [ResolutionStatus, ResolutionAction, ResolutionActor]),
  ),
);

describe('resolution lifecycle (state machine as data)', () => {
  it(`checks every one of the ${RESOLUTION_STATUSES.length}×${RESOLUTION_ACTIONS.length}×${RESOLUTION_ACTORS.length} cells`, () => {
    expect(cells).toHaveLength(6 * 11 * 3);
    let allowed = 0;
    for (const [status, action, actor] of cells) {
      const want = expected.get(`${status} ${action}`);
      const got = resolutionMove(status, action, actor);
      if (!want) {
        expect(got).toMatchObject({ ok: false, reason: 'no_such_move', code: ErrorCode.ILLEGAL_TRANSITION });
      } else if (!want.actors.has(actor)) {
        expect(got).toMatchObject({ ok: false, reason: 'actor_not_allowed', code: ErrorCode.FORBIDDEN });
      } else {
        expect(got).toMatchObject({ ok: true, to: want.to });
        allowed++;
      }
    }
    expect(allowed).toBe(12);
  });

  it('refuses in Chinese, naming the current status and the action', () => {
    const r = resolutionMove('objection', 'cast', 'owner');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toBe('表决当前为“已截止（初步结果公示、询异期）”，不能投票');
    const f = resolutionMove('open', 'close', 'committee');
    if (!f.ok) expect(f.message).toBe('只有系统（按时间自动）可以截止投票');
  });

  it('final is terminal: nothing moves out of it', () => {
    for (const a of RESOLUTION_ACTIONS)
      for (const r of RESOLUTION_ACTORS) expect(resolutionMove('final', a, r).ok).toBe(false);
  });

  it('names the guard the service must check', () => {
    expect(resolutionMove('draft', 'approve', 'committee')).toEqual({
      ok: true,
      to: 'approved',
      guard: 'committee_majority',
    });
    expect(resolutionMove('notice', 'open', 'system')).toEqual({ ok: true, to: 'open', guard: 'online_mode' });
    expect(resolutionMove('notice', 'record_official', 'committee')).toEqual({
      ok: true,
      to: 'final',
      guard: 'official_mode',
    });
    expect(resolutionMove('open', 'cast', 'owner')).toEqual({ ok: true, to: 'open', guard: null });
  });

  it('the agenda is editable only as a draft; a result exists only after close', () => {
    expect(RESOLUTION_STATUSES.filter(agendaEditable)).toEqual(['draft']);
    expect(RESOLUTION_STATUSES.filter(hasResult)).toEqual(['objection', 'final']);
  });
});

describe('committee approval', () => {
  it.each([
    [0, 5, false],
    [2, 5, false],
    [3, 5, true],
    [5, 5, true],
    [2, 4, false],
    [3, 4, true],
    [1, 1, true],
    [0, 0, false],
    [1, 2, false],
  ])('%i approvals of %i members: majority %s', (a, n, want) => {
    expect(committeeMajority(a, n)).toBe(want);
  });
});

describe('notice and voting window', () => {
  const t0 = new Date('2026-11-01T00:00:00.000Z');

  it('notice is 15 days by default, the community setting otherwise, 7 for an extraordinary meeting', () => {
    expect(noticeDaysFor(false)).toBe(15);
    expect(noticeDaysFor(false, 20)).toBe(20);
    expect(noticeDaysFor(true, 20)).toBe(7);
    expect(noticeDaysFor(false, 0)).toBe(15);
  });

  it('a notice exactly 15 days ahead is long enough; one millisecond less is not', () => {
    expect(noticeLongEnough(t0, addDays(t0, 15), 15)).toBe(true);
    expect(noticeLongEnough(t0, new Date(addDays(t0, 15).getTime() - 1), 15)).toBe(false);
  });

  it('extends once, before close, keeping the whole window within 60 days', () => {
    const opens = t0;
    const closes = addDays(t0, 15);
    expect(extendWindow(opens, closes, false, 5, addDays(t0, 10))).toEqual({ ok: true, closesAt: addDays(t0, 20) });
    expect(extendWindow(opens, closes, false, 45, addDays(t0, 10))).toEqual({ ok: true, closesAt: addDays(t0, 60) });
    expect(extendWindow(opens, closes, false, 46, addDays(t0, 10))).toMatchObject({
      ok: false,
      message: expect.stringContaining('60 天'),
    });
    expect(extendWindow(opens, closes, true, 5, addDays(t0, 10))).toMatchObject({
      ok: false,
      message: expect.stringContaining('只能延长一次'),
    });
    expect(extendWindow(opens, closes, false, 5, closes)).toMatchObject({
      ok: false,
      message: expect.stringContaining('已截止'),
    });
    expect(extendWindow(opens, closes, false, 0, addDays(t0, 1))).toMatchObject({ ok: false });
  });
});
