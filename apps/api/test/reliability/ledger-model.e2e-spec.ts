import type { Server } from 'node:http';
import fc from 'fast-check';
import request from 'supertest';
import { makeCommunity, type CommunityFixture } from '../factories.js';
import { startTestApp, type TestApp } from '../harness.js';

/**
 * Model-based test of the ledger (fast-check `fc.commands`): random sequences of draft, submit, approve, reject and
 * reverse against a plain model (a list of entries with a status and a signed amount). After every command the API
 * must agree with the model on success or refusal; at the end on every entry's status, the balance and the chain
 * length, and the chain must verify. Many short sequences against one app.
 * LEDGER_MODEL_RUNS (default 1000) sets the number of sequences.
 */
const RUNS = Number(process.env.LEDGER_MODEL_RUNS ?? 1000);

type Status = 'draft' | 'submitted' | 'rejected' | 'posted';
interface Entry {
  id: string;
  status: Status;
  amountFen: bigint;
  reverses: number | null;
  reversal: number | null;
}
interface Model {
  entries: Entry[];
}
interface Real {
  server: Server;
  c: CommunityFixture;
  log: string[];
}

const call = (r: Real, who: string, method: 'post' | 'get', path: string, body?: object) =>
  request(r.server)[method](`/api/v1/ledger${path}`).set(r.c.as(who)).send(body);

const fail = (r: Real, what: string) => {
  throw new Error(`divergence after [${r.log.join(' → ')}]: ${what}`);
};

class Draft implements fc.AsyncCommand<Model, Real> {
  constructor(readonly fen: number) {}
  check = () => true;
  async run(m: Model, r: Real) {
    const yuan = `${Math.floor(this.fen / 100)}.${String(this.fen % 100).padStart(2, '0')}`;
    const res = await call(r, 'manager', 'post', '/entries', {
      kind: 'income',
      category: 'venue_rental',
      grossAmountYuan: yuan,
      counterparty: '场地租户',
    });
    r.log.push(`draft ${yuan}→${res.status}`);
    if (res.status !== 201 || res.body.amountFen !== String(this.fen))
      fail(r, `draft answered ${res.status} ${JSON.stringify(res.body)}`);
    m.entries.push({ id: res.body.id, status: 'draft', amountFen: BigInt(this.fen), reverses: null, reversal: null });
  }
  toString = () => `draft(${this.fen})`;
}

abstract class OnEntry implements fc.AsyncCommand<Model, Real> {
  constructor(
    readonly pick: number,
    readonly approver: string,
  ) {}
  check = (m: Readonly<Model>) => m.entries.length > 0;
  entry(m: Model) {
    const i = this.pick % m.entries.length;
    return { i, e: m.entries[i]! };
  }
  abstract run(m: Model, r: Real): Promise<void>;
}

class Submit extends OnEntry {
  override async run(m: Model, r: Real) {
    const { e } = this.entry(m);
    const res = await call(r, 'manager', 'post', `/entries/${e.id}/submit`);
    const ok = e.reverses === null && (e.status === 'draft' || e.status === 'rejected');
    r.log.push(`submit ${e.status}→${res.status}`);
    if ((res.status === 200) !== ok || (!ok && res.status !== 409))
      fail(r, `submit of a ${e.status} entry answered ${res.status}`);
    if (ok) e.status = 'submitted';
  }
  override toString = () => `submit(${this.pick})`;
}

class Approve extends OnEntry {
  override async run(m: Model, r: Real) {
    const { e } = this.entry(m);
    const res = await call(r, this.approver, 'post', `/entries/${e.id}/approve`);
    const ok = e.status === 'submitted';
    r.log.push(`approve ${e.status}→${res.status}`);
    if ((res.status === 200) !== ok || (!ok && res.status !== 409))
      fail(r, `approval of a ${e.status} entry answered ${res.status} ${JSON.stringify(res.body?.error)}`);
    if (ok) e.status = 'posted';
  }
  override toString = () => `approve(${this.pick}, ${this.approver})`;
}

class Reject extends OnEntry {
  override async run(m: Model, r: Real) {
    const { e } = this.entry(m);
    const res = await call(r, this.approver, 'post', `/entries/${e.id}/reject`, { reason: '请补充合同' });
    const ok = e.status === 'submitted';
    r.log.push(`reject ${e.status}→${res.status}`);
    if ((res.status === 200) !== ok || (!ok && res.status !== 409))
      fail(r, `rejection of a ${e.status} entry answered ${res.status}`);
    if (ok) e.status = 'rejected';
  }
  override toString = () => `reject(${this.pick}, ${this.approver})`;
}

class Reverse extends OnEntry {
  override async run(m: Model, r: Real) {
    const { i, e } = this.entry(m);
    const res = await call(r, 'manager', 'post', `/entries/${e.id}/reverse`, { reason: '合同解除，款项退回' });
    const pending = e.reversal === null ? null : m.entries[e.reversal]!;
    const ok = e.status === 'posted' && e.reverses === null && (pending === null || pending.status === 'rejected');
    r.log.push(`reverse ${e.status}→${res.status}`);
    if ((res.status === 201) !== ok || (!ok && res.status !== 409))
      fail(r, `reversal of a ${e.status} entry answered ${res.status}`);
    if (!ok) return;
    if (pending) {
      if (res.body.id !== pending.id) fail(r, 'a resubmitted reversal got a new id');
      pending.status = 'submitted';
    } else {
      m.entries.push({ id: res.body.id, status: 'submitted', amountFen: -e.amountFen, reverses: i, reversal: null });
      e.reversal = m.entries.length - 1;
    }
  }
  override toString = () => `reverse(${this.pick})`;
}

describe('ledger against a model', () => {
  let t: TestApp;
  let server: Server;
  beforeAll(async () => {
    t = await startTestApp();
    server = t.http as unknown as Server;
    if (!server.listening) await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  });
  afterAll(async () => t.close());

  it(`${RUNS} random sequences of draft, submit, approve, reject and reverse agree with the model`, async () => {
    const approver = fc.constantFrom('chair', 'member1', 'member2');
    const commands = [
      fc.integer({ min: 1, max: 99_999_999_99 }).map((f) => new Draft(f)),
      fc.integer({ min: 1, max: 100_000 }).map((f) => new Draft(f)),
      fc.tuple(fc.nat(), approver).map(([p, a]) => new Submit(p, a)),
      fc.tuple(fc.nat(), approver).map(([p, a]) => new Approve(p, a)),
      fc.tuple(fc.nat(), approver).map(([p, a]) => new Reject(p, a)),
      fc.tuple(fc.nat(), approver).map(([p, a]) => new Reverse(p, a)),
    ];
    let sequences = 0;
    let base: { c: CommunityFixture; balance: bigint; postings: number } | undefined;
    let steps = 0;
    await fc.assert(
      fc.asyncProperty(fc.commands(commands, { maxCommands: 8 }), async (cmds) => {
        // A fresh community every 50 sequences; in between, a sequence starts from what the previous ones left.
        if (sequences++ % 50 === 0) base = { c: await makeCommunity(t, { units: 1 }), balance: 0n, postings: 0 };
        const c = base!.c;
        const real: Real = { server, c, log: [] };
        const model: Model = { entries: [] };
        await fc.asyncModelRun(() => ({ model, real }), cmds);
        steps += real.log.length;
        for (const e of model.entries) {
          const got = (await call(real, 'chair', 'get', `/entries/${e.id}`)).body;
          if (got.status !== e.status) fail(real, `entry ${e.id} is ${got.status}, the model says ${e.status}`);
        }
        const posted = model.entries.filter((e) => e.status === 'posted');
        const balance = base!.balance + posted.reduce((s, e) => s + e.amountFen, 0n);
        const b = (await call(real, 'owner1', 'get', '/balance')).body;
        if (b.balanceFen !== balance.toString()) fail(real, `balance ${b.balanceFen}, the model says ${balance}`);
        const v = (await call(real, 'owner1', 'get', '/verify')).body;
        if (!v.ok || v.length !== base!.postings + posted.length)
          fail(real, `chain ${JSON.stringify(v)}, the model has ${base!.postings + posted.length} postings`);
        base = { c, balance, postings: base!.postings + posted.length };
      }),
      { numRuns: RUNS, endOnFailure: true },
    );
    console.log(`ledger-model: sequences=${sequences} commands=${steps} divergences=0`);
  }, 900_000);
});
