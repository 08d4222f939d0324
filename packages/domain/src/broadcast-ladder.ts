import { CHINA_OFFSET_MS, chinaParts } from './china-time.js';

/**
 * The channel ladder of notifications (issue 19), as data. Every message goes to the in-app inbox; what else is tried
 * depends on its class:
 *  - legal   (meeting notice, vote open/close, result, objection window, roster change, emergency): every channel —
 *            a WeChat subscribe message where the person subscribed, and SMS to the household's designated voter
 *            when no subscribe message of the household was accepted;
 *  - service (repair status): the first channel that works (WeChat only; SMS is for legal broadcasts and emergencies);
 *  - info    : the inbox only.
 * A household no channel reached, and where nobody opened the message, goes on the printable door-to-door list.
 */
export type BroadcastClass = 'legal' | 'service' | 'info';
export type BroadcastChannel = 'wechat' | 'sms';

/** Message kinds and their class; a kind not listed is `info`. */
export const BROADCAST_CLASSES: Readonly<Record<string, BroadcastClass>> = Object.freeze({
  'meeting.notice': 'legal',
  'vote.opened': 'legal',
  'vote.closed': 'legal',
  'vote.result': 'legal',
  'vote.reminder': 'legal',
  'vote.objection_window': 'legal',
  'roster.change': 'legal',
  emergency: 'legal',
  'repair.status': 'service',
});

export function broadcastClass(kind: string): BroadcastClass {
  return BROADCAST_CLASSES[kind] ?? 'info';
}

/** The channels tried after the inbox, in order. */
export const LADDER: Readonly<Record<BroadcastClass, readonly BroadcastChannel[]>> = Object.freeze({
  legal: ['wechat', 'sms'],
  service: ['wechat'],
  info: [],
});

/**
 * What an attempt came to. `accepted`: the channel took it (WeChat answered 0, the SMS provider OK) — evidence of an
 * attempt, not that anyone read it. Everything else is a reason the channel did not take it.
 */
export const ATTEMPT_OUTCOMES = [
  'accepted',
  'not_subscribed',
  'no_openid',
  'no_template',
  'no_phone',
  'sms_off',
  'daily_cap',
  'quiet_hours',
  'refused',
  'failed',
] as const;
export type AttemptOutcome = (typeof ATTEMPT_OUTCOMES)[number];

/**
 * Whether the next channel is tried for a household, given the outcomes so far: a `service` message stops at the first
 * accepted channel; a `legal` one goes on to SMS only while no subscribe message of the household was accepted (one
 * broadcast per household, by the cheapest channel that took it, but never fewer than one attempt per channel needed).
 */
export function shouldTry(cls: BroadcastClass, channel: BroadcastChannel, before: readonly AttemptOutcome[]): boolean {
  if (!LADDER[cls].includes(channel)) return false;
  return !before.includes('accepted');
}

/** Quiet hours for SMS, China time: `[fromHour, toHour)` wrapping midnight (22–8 = 22:00 to 07:59). */
export function inQuietHours(at: Date, quiet: { from: number; to: number }): boolean {
  const h = chinaParts(at).hour;
  return quiet.from > quiet.to ? h >= quiet.from || h < quiet.to : h >= quiet.from && h < quiet.to;
}

/** The first instant after `at` outside the quiet hours (the hour `to`, China time). */
export function quietHoursEnd(at: Date, quiet: { from: number; to: number }): Date {
  if (!inQuietHours(at, quiet)) return at;
  const china = new Date(at.getTime() + CHINA_OFFSET_MS);
  const end = new Date(Date.UTC(china.getUTCFullYear(), china.getUTCMonth(), china.getUTCDate(), quiet.to));
  if (end.getTime() <= china.getTime()) end.setUTCDate(end.getUTCDate() + 1);
  return new Date(end.getTime() - CHINA_OFFSET_MS);
}

/**
 * How far a broadcast got to one household — named honestly: `read` only when someone of the household opened the full
 * text (or the signed door-to-door list came back); `attempted` when a channel accepted it (that proves an attempt,
 * not delivery); `not_reached` otherwise: the household goes on the door-to-door list.
 */
export type HouseholdReach = 'read' | 'attempted' | 'not_reached';

export function householdReach(input: { opened: boolean; outcomes: readonly AttemptOutcome[] }): HouseholdReach {
  if (input.opened) return 'read';
  return input.outcomes.includes('accepted') ? 'attempted' : 'not_reached';
}

export const HOUSEHOLD_REACH_LABELS: Readonly<Record<HouseholdReach, string>> = Object.freeze({
  read: '已阅读',
  attempted: '已发出，未见阅读',
  not_reached: '未能发出，需上门告知',
});
