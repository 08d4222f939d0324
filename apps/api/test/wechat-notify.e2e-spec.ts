import { randomUUID } from 'node:crypto';
import { setLogLevel } from '../src/common/logger.js';
import {
  SubscribeMessagesService,
  type RepairStatusJob,
} from '../src/modules/notifications/subscribe-messages.service.js';
import { makeCommunity, type CommunityFixture } from './factories.js';
import { WechatFake } from './fakes/wechat-fake.js';
import { ownerQuery, startTestApp, type TestApp } from './harness.js';

/**
 * WeChat subscribe messages for repair status changes (domain-rules §9): the worker of `repairs.subscribe-message`
 * against the local fake WeChat. Most tests run the worker function on the job the status change queued (the
 * outbox row); the last one lets pg-boss run it (JOBS on).
 */
const TEMPLATE = 'tmpl-repair-status-0001';
const templateEnv = {
  WECHAT_TEMPLATE_REPAIR_STATUS: TEMPLATE,
  WECHAT_TEMPLATE_REPAIR_STATUS_FIELDS: 'thing1=description,phrase2=status,thing3=location,time4=time',
  WECHAT_MINIPROGRAM_STATE: 'trial',
};
const LONG = '卫生间天花板渗水已经三天了越来越严重请尽快派人处理';

/** Polls until `check` holds; fails after 40 s so the test's `finally` still closes its app (a job-running app left
 * open after a timeout would keep writing into later suites). */
async function until(check: () => Promise<boolean> | boolean, ms = 40_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('WeChat subscribe messages for repairs', () => {
  const fake = new WechatFake();
  let base: string;
  let t: TestApp;
  let c: CommunityFixture;
  let sender: SubscribeMessagesService;
  const openid = `openid-owner1-${randomUUID().slice(0, 8)}`;

  beforeAll(async () => {
    base = await fake.start();
    t = await startTestApp(fake.env(base, templateEnv));
    c = await makeCommunity(t);
    sender = t.created.app.get(SubscribeMessagesService);
    await ownerQuery('UPDATE persons SET openid = $2 WHERE id = $1', [c.people.owner1, openid]);
  });
  afterAll(async () => {
    await t.close();
    await fake.stop();
  });
  beforeEach(() => fake.resetScripts());

  const report = async (who = 'owner1', description = LONG, fixture = c, app = t): Promise<string> =>
    (
      await app
        .req()
        .post('/api/v1/repairs')
        .set(fixture.as(who))
        .send({
          areaKind: 'unit',
          unitId: fixture.units[who === 'owner2' ? 1 : 0].id,
          category: 'water',
          description,
          location: '卫生间',
          urgency: 'normal',
        })
        .expect(201)
    ).body.id;
  const assign = (id: string, fixture = c, app = t) =>
    app
      .req()
      .post(`/api/v1/repairs/${id}/assign`)
      .set(fixture.as('manager'))
      .send({ assigneeId: fixture.people.staff })
      .expect(200);
  /** The subscribe-message jobs a ticket's status changes queued (outbox), oldest first. */
  const queued = async (ticketId: string): Promise<RepairStatusJob[]> =>
    (
      await ownerQuery<{ payload: RepairStatusJob }>(
        `SELECT payload FROM outbox WHERE name = 'repairs.subscribe-message' AND payload->>'ticketId' = $1 ORDER BY id`,
        [ticketId],
      )
    ).map((r) => r.payload);
  const outcomes = (messageId: string) =>
    ownerQuery<{ outcome: string; errcode: number | null }>(
      'SELECT outcome, errcode FROM subscribe_message_sends WHERE message_id = $1',
      [messageId],
    );
  const assignedJob = async (who = 'owner1'): Promise<RepairStatusJob> => {
    const id = await report(who);
    await assign(id);
    const jobs = await queued(id);
    expect(jobs).toHaveLength(1);
    return jobs[0];
  };

  describe('behaviour', () => {
    it('sends one message when the ticket is assigned: description cut to 19 characters + …, status as a phrase, page of the ticket', async () => {
      const job = await assignedJob();
      expect(job).toMatchObject({ personId: c.people.owner1, status: 'assigned' });
      expect(await sender.sendRepairStatus(job)).toBe('sent');
      expect(fake.subscribeSends).toEqual([
        {
          touser: openid,
          template_id: TEMPLATE,
          page: `sub/repairs/detail?id=${job.ticketId}`,
          miniprogram_state: 'trial',
          lang: 'zh_CN',
          data: {
            thing1: { value: `${Array.from(LONG).slice(0, 19).join('')}…` },
            phrase2: { value: '已派单' },
            thing3: { value: '卫生间' },
            time4: { value: expect.stringMatching(/^\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}$/) },
          },
          answeredErrcode: 0,
        },
      ]);
      expect(Array.from(fake.subscribeSends[0].data.thing1.value)).toHaveLength(20);
      expect(await outcomes(job.messageId)).toEqual([{ outcome: 'sent', errcode: null }]);
    });

    it('sends nothing twice when the job runs again (a retry after the send)', async () => {
      const job = await assignedJob();
      expect(await sender.sendRepairStatus(job)).toBe('sent');
      const calls = fake.calls.subscribeSend;
      expect(await sender.sendRepairStatus(job)).toBe('already_handled');
      expect(fake.calls.subscribeSend).toBe(calls);
      expect(fake.subscribeSends).toHaveLength(1);
    });

    it('gives a phrase field the short status (待您确认, not the six-character 已完成待确认)', async () => {
      const id = await report();
      await assign(id);
      await t.req().post(`/api/v1/repairs/${id}/start`).set(c.as('staff')).send({}).expect(200);
      await t.req().post(`/api/v1/repairs/${id}/complete`).set(c.as('staff')).send({ note: '已更换水管' }).expect(200);
      const jobs = await queued(id);
      expect(jobs.map((j) => j.status)).toEqual(['assigned', 'in_progress', 'done']);
      expect(await sender.sendRepairStatus(jobs[2])).toBe('sent');
      expect(fake.subscribeSends[0].data.phrase2).toEqual({ value: '待您确认' });
    });

    it('treats 43101 (no subscription left) as done: recorded, no error, never retried', async () => {
      const job = await assignedJob();
      fake.nextSends({ errcode: 43101, errmsg: 'user refuse to accept the msg' });
      await expect(sender.sendRepairStatus(job)).resolves.toBe('not_subscribed');
      expect(await outcomes(job.messageId)).toEqual([{ outcome: 'not_subscribed', errcode: 43101 }]);
      const calls = fake.calls.subscribeSend;
      expect(await sender.sendRepairStatus(job)).toBe('already_handled');
      expect(fake.calls.subscribeSend).toBe(calls);
    });

    it('refreshes an expired access token once (40001) and sends', async () => {
      const job = await assignedJob();
      const tokens = fake.calls.stableToken;
      fake.nextSends({ expireTokenFirst: true, then: { errcode: 0 } });
      expect(await sender.sendRepairStatus(job)).toBe('sent');
      expect(fake.calls.stableToken).toBe(tokens + 1);
      expect(fake.subscribeSends).toHaveLength(1);
    });

    it('lets the job fail when WeChat is down (5xx) or busy (-1), recording nothing, so pg-boss retries it; the retry sends', async () => {
      const job = await assignedJob();
      fake.nextSends({ httpStatus: 502 }, { errcode: -1, errmsg: 'system error' });
      await expect(sender.sendRepairStatus(job)).rejects.toThrow();
      await expect(sender.sendRepairStatus(job)).rejects.toThrow(/errcode -1/);
      expect(await outcomes(job.messageId)).toEqual([]);
      expect(await sender.sendRepairStatus(job)).toBe('sent');
      expect(fake.subscribeSends.map((s) => s.answeredErrcode)).toEqual([null, -1, 0]);
    });

    it('does not retry a refusal no retry can change (47003 bad data): recorded as refused', async () => {
      const job = await assignedJob();
      fake.nextSends({ errcode: 47003, errmsg: 'argument invalid! data.thing1.value invalid' });
      expect(await sender.sendRepairStatus(job)).toBe('refused');
      expect(await outcomes(job.messageId)).toEqual([{ outcome: 'refused', errcode: 47003 }]);
    });

    it('skips a person without an openid (dev sign-in) without asking WeChat', async () => {
      const job = await assignedJob('owner2');
      const calls = fake.calls.subscribeSend;
      expect(await sender.sendRepairStatus(job)).toBe('no_openid');
      expect(fake.calls.subscribeSend).toBe(calls);
      expect(await outcomes(job.messageId)).toEqual([{ outcome: 'no_openid', errcode: null }]);
    });

    it("never queues a message for the reporter's own move", async () => {
      const id = await report();
      await t.req().post(`/api/v1/repairs/${id}/cancel`).set(c.as('owner1')).send({ note: '已自行修好' }).expect(200);
      expect(await queued(id)).toEqual([]);
    });
  });

  describe('configuration', () => {
    it('skips sending, says so once at info and logs no error', async () => {
      const bare = await startTestApp(fake.env(base, { LOG_LEVEL: 'info' }));
      const lines: string[] = [];
      const write = process.stdout.write;
      process.stdout.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
        lines.push(String(chunk));
        return (write as (c: string | Uint8Array, ...r: unknown[]) => boolean).call(process.stdout, chunk, ...rest);
      }) as typeof process.stdout.write;
      try {
        const b = await makeCommunity(bare);
        await ownerQuery('UPDATE persons SET openid = $2 WHERE id = $1', [
          b.people.owner1,
          `openid-b-${randomUUID().slice(0, 8)}`,
        ]);
        const bareSender = bare.created.app.get(SubscribeMessagesService);
        const calls = fake.calls.subscribeSend;
        for (let i = 0; i < 2; i++) {
          const id = await report('owner1', '楼道灯不亮', b, bare);
          await assign(id, b, bare);
          const [job] = await queued(id);
          expect(await bareSender.sendRepairStatus(job)).toBe('no_template');
          expect(await outcomes(job.messageId)).toEqual([{ outcome: 'no_template', errcode: null }]);
        }
        expect(fake.calls.subscribeSend).toBe(calls);
        const logged = lines
          .flatMap((l) => l.split('\n'))
          .filter(Boolean)
          .map((l) => {
            try {
              return JSON.parse(l) as { level: string; msg: string; variable?: string };
            } catch {
              return null;
            }
          })
          .filter((l) => l !== null);
        expect(logged.filter((l) => l.msg === 'subscribe messages not sent: template not configured')).toEqual([
          expect.objectContaining({ level: 'info', variable: 'WECHAT_TEMPLATE_REPAIR_STATUS' }),
        ]);
        expect(logged.filter((l) => l.level === 'error' || l.level === 'warn')).toEqual([]);
      } finally {
        process.stdout.write = write;
        await bare.close();
        setLogLevel('error');
      }
    });

    it('checks field limits before sending: a value that may not be cut (Chinese in a character_string) is not sent', async () => {
      const odd = await startTestApp(
        fake.env(base, {
          WECHAT_TEMPLATE_REPAIR_STATUS: TEMPLATE,
          WECHAT_TEMPLATE_REPAIR_STATUS_FIELDS: 'thing1=category,character_string2=status',
        }),
      );
      try {
        const o = await makeCommunity(odd);
        await ownerQuery('UPDATE persons SET openid = $2 WHERE id = $1', [
          o.people.owner1,
          `openid-o-${randomUUID().slice(0, 8)}`,
        ]);
        const id = await report('owner1', '水龙头滴水', o, odd);
        await assign(id, o, odd);
        const [job] = await queued(id);
        const calls = fake.calls.subscribeSend;
        expect(await odd.created.app.get(SubscribeMessagesService).sendRepairStatus(job)).toBe('invalid_data');
        expect(fake.calls.subscribeSend).toBe(calls);
        expect(await outcomes(job.messageId)).toEqual([{ outcome: 'invalid_data', errcode: null }]);
      } finally {
        await odd.close();
      }
    });

    it('refuses to start with a template id but no field mapping, or a mapping with an unknown key or source', async () => {
      const { loadConfig } = await import('../src/config/config.js');
      expect(() => loadConfig({ NODE_ENV: 'test', WECHAT_TEMPLATE_REPAIR_STATUS: TEMPLATE })).toThrow(
        /WECHAT_TEMPLATE_REPAIR_STATUS_FIELDS is required/,
      );
      expect(() =>
        loadConfig({
          NODE_ENV: 'test',
          WECHAT_TEMPLATE_REPAIR_STATUS: TEMPLATE,
          WECHAT_TEMPLATE_REPAIR_STATUS_FIELDS: 'colour1=status',
        }),
      ).toThrow(/"colour1" is not a WeChat template key/);
      expect(() =>
        loadConfig({
          NODE_ENV: 'test',
          WECHAT_TEMPLATE_REPAIR_STATUS: TEMPLATE,
          WECHAT_TEMPLATE_REPAIR_STATUS_FIELDS: 'thing1=phone',
        }),
      ).toThrow(/unknown source "phone"/);
      expect(() => loadConfig({ NODE_ENV: 'test', WECHAT_MINIPROGRAM_STATE: 'beta' })).toThrow(
        /WECHAT_MINIPROGRAM_STATE/,
      );
      expect(loadConfig({ NODE_ENV: 'test', ...templateEnv }).wechat).toMatchObject({
        miniprogramState: 'trial',
        templates: {
          repairStatus: {
            id: TEMPLATE,
            fields: { thing1: 'description', phrase2: 'status', thing3: 'location', time4: 'time' },
          },
        },
      });
    });
  });

  describe('with the job queue running (JOBS on)', () => {
    it('a status change reaches WeChat through the outbox and pg-boss', async () => {
      // Earlier suites' apps ran with jobs off and left their outbox rows unrelayed (hundreds of subscribe messages,
      // ticks and reminders in a full run); this app would work through all of them before this ticket's message.
      // They belong to apps that are closed: mark them relayed so the test follows its own message only.
      await ownerQuery('UPDATE outbox SET relayed_at = now() WHERE relayed_at IS NULL');
      const live = await startTestApp(fake.env(base, { ...templateEnv, JOBS: 'on' }));
      try {
        const l = await makeCommunity(live);
        const liveOpenid = `openid-live-${randomUUID().slice(0, 8)}`;
        await ownerQuery('UPDATE persons SET openid = $2 WHERE id = $1', [l.people.owner1, liveOpenid]);
        const id = await report('owner1', '大门门禁失灵', l, live);
        await assign(id, l, live);
        await until(async () => fake.subscribeSends.some((s) => s.touser === liveOpenid));
        const [job] = await queued(id);
        await until(async () => (await outcomes(job.messageId)).length === 1);
        expect(await outcomes(job.messageId)).toEqual([{ outcome: 'sent', errcode: null }]);
        expect(fake.subscribeSends.filter((s) => s.touser === liveOpenid)).toEqual([
          expect.objectContaining({
            page: `sub/repairs/detail?id=${id}`,
            data: expect.objectContaining({ thing1: { value: '大门门禁失灵' }, phrase2: { value: '已派单' } }),
          }),
        ]);
      } finally {
        await live.close();
      }
    });
  });
});
