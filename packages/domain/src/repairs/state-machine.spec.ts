import { ErrorCode } from '../errors.js';
import {
  FIXED_STATUSES,
  OPEN_STATUSES,
  TICKET_ACTIONS,
  TICKET_ACTORS,
  TICKET_STATUSES,
  availableActions,
  isTerminal,
  nextStatus,
  type TicketAction,
  type TicketActor,
  type TicketStatus,
} from './state-machine.js';

/**
 * The expected behaviour, written out by hand independently of TRANSITIONS:
 * "from action actors -> to [+reopen]". Every cell not listed must be refused.
 */
const EXPECTED = `
submitted assign manager -> assigned
submitted take staff -> assigned
submitted decline manager -> closed_not_fixed
submitted cancel reporter,manager -> cancelled
submitted add_note reporter,staff,manager -> submitted
assigned assign manager -> assigned
assigned start staff,manager -> in_progress
assigned request_quote staff,manager -> awaiting_quote_acceptance
assigned decline manager -> closed_not_fixed
assigned cancel reporter,manager -> cancelled
assigned add_note reporter,staff,manager -> assigned
in_progress request_quote staff,manager -> awaiting_quote_acceptance
in_progress complete staff,manager -> done
in_progress decline manager -> closed_not_fixed
in_progress add_note reporter,staff,manager -> in_progress
awaiting_quote_acceptance accept_quote reporter -> in_progress
awaiting_quote_acceptance reject_quote reporter -> closed_not_fixed
awaiting_quote_acceptance decline manager -> closed_not_fixed
awaiting_quote_acceptance add_note reporter,staff,manager -> awaiting_quote_acceptance
done confirm reporter -> confirmed
done reopen reporter -> in_progress +reopen
done auto_close system -> closed_unconfirmed
done add_note reporter,staff,manager -> done
`;

interface Row {
  to: TicketStatus;
  actors: Set<string>;
  reopen: boolean;
}
const expected = new Map<string, Row>();
for (const line of EXPECTED.trim().split('\n')) {
  const m = /^(\w+) (\w+) ([\w,]+) -> (\w+)( \+reopen)?$/.exec(line.trim());
  if (!m) throw new Error(`bad line ${line}`);
  expected.set(`${m[1]} ${m[2]}`, { to: m[4] as TicketStatus, actors: new Set(m[3]!.split(',')), reopen: !!m[5] });
}

const cells: [TicketStatus, TicketAction, TicketActor][] = TICKET_STATUSES.flatMap((s) =>
  TICKET_ACTIONS.flatMap((a) => TICKET_ACTORS.map((r) => [s, a, r] as [TicketStatus, TicketAction, TicketActor])),
);

describe('repair ticket state machine', () => {
  it(`checks every one of the ${TICKET_STATUSES.length}×${TICKET_ACTIONS.length}×${TICKET_ACTORS.length} cells`, () => {
    expect(cells).toHaveLength(9 * 13 * 4);
    let allowed = 0;
    for (const [status, action, actor] of cells) {
      const row = expected.get(`${status} ${action}`);
      const r = nextStatus(status, action, actor);
      const label = `${status} ${action} by ${actor}`;
      if (row && row.actors.has(actor)) {
        allowed++;
        expect({ label, r }).toEqual({
          label,
          r: { ok: true, to: row.to, incrementsReopenCount: row.reopen, needsReason: expect.any(Boolean) },
        });
      } else if (row) {
        expect({ label, r }).toMatchObject({
          label,
          r: { ok: false, reason: 'actor_not_allowed', code: ErrorCode.FORBIDDEN },
        });
      } else {
        expect({ label, r }).toMatchObject({
          label,
          r: {
            ok: false,
            reason: isTerminal(status) ? 'terminal' : 'no_such_move',
            code: ErrorCode.ILLEGAL_TRANSITION,
          },
        });
      }
      if (!r.ok) expect(r.message).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(allowed).toBe([...expected.values()].reduce((s, r) => s + r.actors.size, 0));
  });

  it('treats confirmed, auto-closed, not-fixed and cancelled as terminal, and nothing else', () => {
    expect(TICKET_STATUSES.filter(isTerminal)).toEqual([
      'confirmed',
      'closed_unconfirmed',
      'closed_not_fixed',
      'cancelled',
    ]);
    for (const s of TICKET_STATUSES.filter(isTerminal)) {
      for (const a of TICKET_ACTIONS) for (const r of TICKET_ACTORS) expect(nextStatus(s, a, r).ok).toBe(false);
    }
  });

  it('calls open exactly the statuses that are not terminal', () => {
    expect([...OPEN_STATUSES]).toEqual(TICKET_STATUSES.filter((s) => !isTerminal(s)));
    expect(FIXED_STATUSES.every((s) => s === 'done' || isTerminal(s))).toBe(true);
  });

  it('lets a resident cancel only before work starts', () => {
    expect(nextStatus('assigned', 'cancel', 'reporter')).toMatchObject({ ok: true, to: 'cancelled' });
    const r = nextStatus('in_progress', 'cancel', 'reporter');
    expect(r).toMatchObject({ ok: false, reason: 'no_such_move' });
    if (!r.ok) expect(r.message).toContain('处理中');
  });

  it('reopening a done ticket sends it back to work, counts the reopen and needs a reason', () => {
    expect(nextStatus('done', 'reopen', 'reporter')).toEqual({
      ok: true,
      to: 'in_progress',
      incrementsReopenCount: true,
      needsReason: true,
    });
    expect(nextStatus('done', 'confirm', 'reporter')).toEqual({
      ok: true,
      to: 'confirmed',
      incrementsReopenCount: false,
      needsReason: false,
    });
  });

  it('never closes a declined ticket as done, and a decline needs a reason', () => {
    for (const s of ['submitted', 'assigned', 'in_progress', 'awaiting_quote_acceptance'] as const) {
      expect(nextStatus(s, 'decline', 'manager')).toMatchObject({
        ok: true,
        to: 'closed_not_fixed',
        needsReason: true,
      });
    }
  });

  it('tells staff who may do what, in Chinese', () => {
    const r = nextStatus('done', 'confirm', 'staff');
    expect(r).toMatchObject({ ok: false, reason: 'actor_not_allowed' });
    if (!r.ok) expect(r.message).toBe('只有报修人可以确认解决');
  });

  it('lists the buttons each actor may press', () => {
    expect(availableActions('done', 'reporter').sort()).toEqual(['add_note', 'confirm', 'reopen']);
    expect(availableActions('done', 'system')).toEqual(['auto_close']);
    expect(availableActions('submitted', 'staff').sort()).toEqual(['add_note', 'take']);
    expect(availableActions('cancelled', 'manager')).toEqual([]);
  });
});
