import { householdReach, inQuietHours, broadcastClass, quietHoursEnd, shouldTry } from './broadcast-ladder.js';

describe('broadcast ladder', () => {
  it('classes kinds: votes and roster changes are legal, repairs service, the rest info', () => {
    expect(broadcastClass('vote.opened')).toBe('legal');
    expect(broadcastClass('roster.change')).toBe('legal');
    expect(broadcastClass('repair.status')).toBe('service');
    expect(broadcastClass('ledger.publication_due_soon')).toBe('info');
  });

  it('legal broadcasts go on to SMS only while no subscribe message was accepted; service never uses SMS; info nothing', () => {
    expect(shouldTry('legal', 'wechat', [])).toBe(true);
    expect(shouldTry('legal', 'sms', ['not_subscribed'])).toBe(true);
    expect(shouldTry('legal', 'sms', ['no_openid', 'accepted'])).toBe(false);
    expect(shouldTry('service', 'wechat', [])).toBe(true);
    expect(shouldTry('service', 'sms', ['not_subscribed'])).toBe(false);
    expect(shouldTry('info', 'wechat', [])).toBe(false);
  });

  it('quiet hours wrap midnight, China time, and end at the hour they end', () => {
    const q = { from: 22, to: 8 };
    expect(inQuietHours(new Date('2026-12-04T14:30:00Z'), q)).toBe(true); // 22:30 in China
    expect(inQuietHours(new Date('2026-12-04T23:59:00Z'), q)).toBe(true); // 07:59
    expect(inQuietHours(new Date('2026-12-05T00:00:00Z'), q)).toBe(false); // 08:00
    expect(quietHoursEnd(new Date('2026-12-04T14:30:00Z'), q).toISOString()).toBe('2026-12-05T00:00:00.000Z');
    expect(quietHoursEnd(new Date('2026-12-04T20:00:00Z'), q).toISOString()).toBe('2026-12-05T00:00:00.000Z');
    const day = new Date('2026-12-04T04:00:00Z');
    expect(quietHoursEnd(day, q)).toBe(day);
  });

  it('a household counts as read only when someone opened it; an accepted send is an attempt, not delivery', () => {
    expect(householdReach({ opened: true, outcomes: [] })).toBe('read');
    expect(householdReach({ opened: false, outcomes: ['not_subscribed', 'accepted'] })).toBe('attempted');
    expect(householdReach({ opened: false, outcomes: ['no_openid', 'no_phone'] })).toBe('not_reached');
  });
});
