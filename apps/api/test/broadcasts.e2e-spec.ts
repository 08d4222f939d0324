import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { BroadcastsService } from '../src/modules/notifications/broadcasts.service.js';
import { SmsFake } from './fakes/sms-fake.js';
import { WechatFake } from './fakes/wechat-fake.js';
import { ownerQuery, startTestApp, type TestApp } from './harness.js';
import { openVote, TestClock, voteCommunity } from './votes-helpers.js';

/**
 * The channel ladder (issue 19): a vote-open broadcast goes to every household's inbox, then a WeChat subscribe message
 * where the person has a subscription, then an SMS to the designated voter's roster phone, and the households no
 * channel reached land on the door-to-door list. Both providers are local fakes.
 */
describe('broadcasts on the channel ladder', () => {
  const wechat = new WechatFake();
  const sms = new SmsFake();
  let t: TestApp;

  beforeAll(async () => {
    const base = await wechat.start();
    await sms.start();
    t = await startTestApp({
      ...wechat.env(base, {
        WECHAT_TEMPLATE_NOTICE: 'tmpl-broadcast-000001',
        WECHAT_TEMPLATE_NOTICE_FIELDS: 'thing1=title,thing2=community,time3=time',
      }),
      ...sms.env(),
    });
  });
  afterAll(async () => {
    await t?.close();
    await wechat.stop();
    await sms.close();
  });

  const phoneOf = async (c: { as: (w: string) => Record<string, string> }, who: string) =>
    (await t.req().get('/api/v1/me').set(c.as(who)).expect(200)).body.phone as string;

  it('a vote-open broadcast reaches owners by subscribe message, else by SMS, and lists the households neither reached', async () => {
    const clock = new TestClock(t); // 09:00 China time: outside the quiet hours
    const c = await voteCommunity(t);
    const [p2, p3] = [await phoneOf(c, 'owner2'), await phoneOf(c, 'owner3')];
    // owner1 and owner2 signed in through WeChat; owner2 has no subscription credit left. owner3 never used WeChat;
    // owner4 has neither WeChat nor a phone on the roster; the developer's unsold units have no one to send to.
    await ownerQuery(`UPDATE persons SET openid = $2 WHERE id = $1`, [c.people.owner1, `o1-${randomUUID()}`]);
    await ownerQuery(`UPDATE persons SET openid = $2 WHERE id = $1`, [c.people.owner2, `o2-${randomUUID()}`]);
    await ownerQuery(`UPDATE persons SET phone_enc = NULL, phone_hash = NULL WHERE id = $1`, [c.people.owner4]);
    await openVote(t, c, clock);

    const [broadcast] = (await t.req().get('/api/v1/broadcasts').set(c.as('chair')).expect(200)).body;
    expect(broadcast).toMatchObject({ kind: 'vote.opened', broadcastClass: 'legal', title: '业主表决已开始投票' });
    // Every household's owner has it in the inbox at once.
    const inbox = (await t.req().get('/api/v1/messages').set(c.as('owner4')).expect(200)).body.items;
    expect(inbox[0]).toMatchObject({ kind: 'vote.opened', title: '业主表决已开始投票' });

    wechat.nextSends({ errcode: 0 }, { errcode: 43101 });
    const sendsBefore = wechat.subscribeSends.length;
    await t.created.app.get(BroadcastsService).runLadder(broadcast.id, clock.now);
    const sends = wechat.subscribeSends.slice(sendsBefore);
    expect(sends.map((s) => [s.template_id, s.page, s.answeredErrcode])).toEqual([
      ['tmpl-broadcast-000001', 'sub/repairs/messages', 0],
      ['tmpl-broadcast-000001', 'sub/repairs/messages', 43101],
    ]);
    expect(sends[0]!.data.thing1!.value).toBe('业主表决已开始投票');
    expect(sms.received.map((r) => r.phone).sort()).toEqual([p2, p3].sort());
    expect(sms.received[0]).toMatchObject({ template: 'broadcast', params: { title: '业主表决已开始投票' } });

    // Running the job again (a retry) sends nothing twice.
    await t.created.app.get(BroadcastsService).runLadder(broadcast.id, clock.now);
    expect(wechat.subscribeSends.length - sendsBefore).toBe(2);
    expect(sms.received).toHaveLength(2);

    // The committee sees how far it got: an accepted send is an attempt, not "delivered"; read only when opened.
    const msg = (await t.req().get('/api/v1/messages').set(c.as('owner1')).expect(200)).body.items[0];
    await t.req().post(`/api/v1/messages/${msg.id}/read`).set(c.as('owner1')).expect(200);
    const reach = (await t.req().get(`/api/v1/broadcasts/${broadcast.id}/reach`).set(c.as('member1')).expect(200)).body;
    expect(reach.counts).toEqual({ households: 6, read: 1, attempted: 2, notReached: 3 });
    const byLabel = Object.fromEntries(
      reach.households.map(
        (h: { unitLabel: string; reach: string; attempts: Array<{ channel: string; outcome: string }> }) => [
          h.unitLabel,
          [h.reach, h.attempts.map((a) => `${a.channel}:${a.outcome}`).join(',')],
        ],
      ),
    );
    const label = (i: number) =>
      reach.households.find((h: { unitId: string }) => h.unitId === c.units[i]!.id).unitLabel;
    expect(byLabel[label(0)]).toEqual(['read', 'wechat:accepted']);
    expect(byLabel[label(1)]).toEqual(['attempted', 'wechat:not_subscribed,sms:accepted']);
    expect(byLabel[label(2)]).toEqual(['attempted', 'wechat:no_openid,sms:accepted']);
    expect(byLabel[label(3)]).toEqual(['not_reached', 'wechat:no_openid,sms:no_phone']);
    expect(reach.doorToDoor.map((d: { unitId: string }) => d.unitId).sort()).toEqual(
      [3, 4, 5].map((i) => c.units[i]!.id).sort(),
    );
    expect(JSON.stringify(reach)).not.toMatch(/137\d{8}/);
    // Each owner finds what was sent to them in their data export (channel and outcome, no number).
    const mine = (await t.req().get('/api/v1/me/data').set(c.as('owner2')).expect(200)).body.broadcastAttempts;
    expect(mine.map((a: { channel: string; outcome: string }) => `${a.channel}:${a.outcome}`)).toEqual([
      'wechat:not_subscribed',
      'sms:accepted',
    ]);
    expect(mine[0]).toMatchObject({ title: '业主表决已开始投票', kind: 'vote.opened' });
    // Owners do not see the committee's view; another community's broadcast answers 404.
    await t.req().get(`/api/v1/broadcasts/${broadcast.id}/reach`).set(c.as('owner1')).expect(403);
    const other = await voteCommunity(t);
    await t.req().get(`/api/v1/broadcasts/${broadcast.id}/reach`).set(other.as('chair')).expect(404);
  });

  it('waits with SMS through the quiet hours and keeps the per-number daily cap', async () => {
    const c = await voteCommunity(t);
    const svc = t.created.app.get(BroadcastsService);
    const p3 = await phoneOf(c, 'owner3');
    const notify = (title: string) =>
      t.created.app.get(DataSource).transaction((m) =>
        svc.notify(m, {
          communityId: c.communityId,
          kind: 'meeting.notice',
          title,
          body: '业主大会定于下周六召开。',
          unitIds: [c.units[2]!.id],
        }),
      );
    const toOwner3 = () => sms.received.filter((r) => r.phone === p3).length;
    const night = new Date('2026-12-10T15:00:00.000Z'); // 23:00 China time
    const first = await notify('业主大会通知一');
    await svc.runLadder(first, night);
    expect(toOwner3()).toBe(0);
    await svc.runLadder(first, new Date('2026-12-11T00:30:00.000Z')); // 08:30
    expect(toOwner3()).toBe(1);
    // Three texts a day per number (SMS_NOTICES_PER_PHONE_PER_DAY): the fourth broadcast that day is not texted.
    for (const n of ['二', '三', '四'])
      await svc.runLadder(await notify(`业主大会通知${n}`), new Date('2026-12-11T02:00:00.000Z'));
    expect(toOwner3()).toBe(3);
    const outcomes = await ownerQuery<{ outcome: string }>(
      `SELECT a.outcome FROM broadcast_attempts a JOIN broadcasts b ON b.id = a.broadcast_id
        WHERE a.community_id = $1 AND a.channel = 'sms' ORDER BY a.id`,
      [c.communityId],
    );
    expect(outcomes.map((o) => o.outcome)).toEqual(['quiet_hours', 'accepted', 'accepted', 'accepted', 'daily_cap']);
  });
});
