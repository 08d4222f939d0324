import {
  ASSESSMENT_STATUS_LABELS,
  ASSESSMENT_TRANSITIONS,
  COMPLAINT_STATUS_LABELS,
  COMPLAINT_TRANSITIONS,
  INSPECTION_STATUS_LABELS,
  INSPECTION_TRANSITIONS,
  LIST_ENTRY_STATUS_LABELS,
  LIST_ENTRY_TRANSITIONS,
  supervisionMove,
} from './workflows.js';

describe('supervision workflows', () => {
  const ins = (
    s: 'awaiting_reply' | 'replied' | 'published',
    a: 'reply' | 'publish',
    parties: never[] | string[],
    past = false,
  ) =>
    supervisionMove(INSPECTION_TRANSITIONS, INSPECTION_STATUS_LABELS, s, a, {
      parties: parties as never,
      pastDeadline: past,
    });

  it('an inspection is published only after the company replied or its window closed', () => {
    expect(ins('awaiting_reply', 'publish', ['inspector'])).toMatchObject({ ok: false, reason: 'window_open' });
    expect(ins('awaiting_reply', 'publish', ['inspector'], true)).toEqual({ ok: true, to: 'published' });
    expect(ins('awaiting_reply', 'reply', ['company'])).toEqual({ ok: true, to: 'replied' });
    expect(ins('replied', 'publish', ['inspector'])).toEqual({ ok: true, to: 'published' });
    expect(ins('awaiting_reply', 'reply', ['inspector'])).toMatchObject({ ok: false, reason: 'wrong_party' });
    expect(ins('published', 'reply', ['company'])).toMatchObject({ ok: false, reason: 'no_such_move' });
  });

  it('the assessment follows the same reply right', () => {
    const m = (past: boolean) =>
      supervisionMove(ASSESSMENT_TRANSITIONS, ASSESSMENT_STATUS_LABELS, 'awaiting_reply', 'publish', {
        parties: ['officer'],
        pastDeadline: past,
      });
    expect(m(false).ok).toBe(false);
    expect(m(true)).toEqual({ ok: true, to: 'published' });
  });

  it('a list entry needs a confirmation and a countersignature by another officer before the reply window', () => {
    const l = (s: Parameters<typeof supervisionMove>[2], a: string, parties: string[], past = false) =>
      supervisionMove(LIST_ENTRY_TRANSITIONS, LIST_ENTRY_STATUS_LABELS, s as never, a as never, {
        parties: parties as never,
        pastDeadline: past,
      });
    expect(l('proposed', 'confirm', ['officer'])).toEqual({ ok: true, to: 'confirmed' });
    expect(l('confirmed', 'countersign', ['officer'])).toMatchObject({ ok: false, reason: 'wrong_party' });
    expect(l('confirmed', 'countersign', ['officer', 'other_officer'])).toEqual({ ok: true, to: 'countersigned' });
    expect(l('proposed', 'publish', ['officer'], true)).toMatchObject({ ok: false, reason: 'no_such_move' });
    expect(l('countersigned', 'publish', ['officer'])).toMatchObject({ ok: false, reason: 'window_open' });
    expect(l('countersigned', 'publish', ['officer'], true)).toEqual({ ok: true, to: 'published' });
    expect(l('countersigned', 'reply', ['company'])).toEqual({ ok: true, to: 'replied' });
  });

  it('a complaint is escalated only when its answer is late or missing after the deadline', () => {
    const c = (s: 'open' | 'answered', past: boolean, late?: boolean) =>
      supervisionMove(COMPLAINT_TRANSITIONS, COMPLAINT_STATUS_LABELS, s, 'escalate', {
        parties: ['complainant'],
        pastDeadline: past,
        answeredLate: late,
      });
    expect(c('open', false)).toMatchObject({ ok: false, reason: 'not_late' });
    expect(c('open', true)).toEqual({ ok: true, to: 'escalated' });
    expect(c('answered', true, false)).toMatchObject({ ok: false, reason: 'not_late' });
    expect(c('answered', true, true)).toEqual({ ok: true, to: 'escalated' });
  });
});
