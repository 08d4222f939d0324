import type { Server } from 'node:http';
import fc from 'fast-check';
import request from 'supertest';
import { decideItem, ErrorCode, tallyBallots, type Ballot, type MatterType } from '@gongzhi/domain';
import { ResolutionsService } from '../../src/modules/votes/resolutions.service.js';
import type { CommunityFixture } from '../factories.js';
import { ownerQuery, startTestApp, type TestApp } from '../harness.js';
import { draftBody, pdf, TestClock, voteCommunity } from '../votes-helpers.js';

/**
 * Model-based test of the resolution lifecycle (fast-check `fc.commands`): random sequences of committee approvals,
 * publishing the notice, moving the clock, the time-driven open / close / finalize, online ballots of random owners
 * and paper ballots for the developer with random choices, second ballots, objections and their answers, against a
 * plain model (status, approvals, dates, ballots, objections). After every command the API must accept exactly
 * what the model accepts (and refuse with the predicted code otherwise), the stored ballot count must equal the
 * model's, and the resolution's status must be the model's. Each sequence then runs its resolution to the end
 * (open, close, answer objections, finalize) and the published result must equal the pure `decideItem` over the
 * model's ballots. One community, one new resolution per sequence; the clock starts again for each.
 * VOTES_MODEL_RUNS (default 200) sets the number of sequences.
 */
const RUNS = Number(process.env.VOTES_MODEL_RUNS ?? 200);
const DAY = 86_400_000;
const START = new Date('2027-03-01T01:00:00.000Z');
const COMMITTEE = ['chair', 'member1', 'member2', 'member3', 'member4'] as const;
const OWNERS = ['owner1', 'owner2', 'owner3', 'owner4'] as const;
type Voter = (typeof OWNERS)[number] | 'developer';
type Status = 'draft' | 'approved' | 'notice' | 'open' | 'objection' | 'final';
type Pick3 = 'yes' | 'no' | 'abstain';
/** The frozen electorate of voteCommunity: owner i owns a unit of (70 + 10 i) m², the developer 250 m² (one head). */
const AREA: Record<Voter, bigint> = { owner1: 8000n, owner2: 9000n, owner3: 10000n, owner4: 11000n, developer: 25000n };

interface Model {
  id: string;
  itemIds: string[];
  matterTypes: MatterType[];
  status: Status;
  approvals: Set<string>;
  now: number;
  opensAt: number;
  closesAt: number;
  objectionEndsAt: number | null;
  ballots: Map<Voter, Pick3[]>;
  objections: Array<{ id: string; answered: boolean }>;
}
interface Real {
  server: Server;
  t: TestApp;
  c: CommunityFixture;
  clock: TestClock;
  svc: ResolutionsService;
  log: string[];
}

const api = (r: Real, who: string) => ({
  post: (path: string, body: object = {}) =>
    request(r.server).post(`/api/v1/resolutions/${path}`).set(r.c.as(who)).send(body),
  get: (path: string) => request(r.server).get(`/api/v1/resolutions/${path}`).set(r.c.as(who)),
});

const fail = (r: Real, what: string): never => {
  throw new Error(`divergence after [${r.log.join(' → ')}]: ${what}`);
};

/** Accepted exactly when the model accepts; refused with the predicted status and code otherwise. */
function expectAnswer(
  r: Real,
  what: string,
  res: request.Response,
  ok: boolean,
  okStatus: number,
  refusal: { status: number; code: string },
) {
  r.log.push(`${what}→${res.status}`);
  if (ok && res.status !== okStatus)
    fail(r, `${what}: the model accepts, the API answered ${res.status} ${JSON.stringify(res.body)}`);
  if (!ok && (res.status !== refusal.status || res.body?.error?.code !== refusal.code)) {
    fail(
      r,
      `${what}: the model refuses with ${refusal.status} ${refusal.code}, the API answered ${res.status} ${JSON.stringify(res.body)}`,
    );
  }
}

const illegal = { status: 409, code: ErrorCode.ILLEGAL_TRANSITION };
const iso = (ms: number) => new Date(ms).toISOString();

async function checkBallotCount(m: Model, r: Real) {
  const [{ n }] = await ownerQuery<{ n: number }>(`SELECT count(*)::int AS n FROM ballots WHERE resolution_id = $1`, [
    m.id,
  ]);
  if (n !== m.ballots.size) fail(r, `${n} ballots stored, the model has ${m.ballots.size}`);
}

class Approve implements fc.AsyncCommand<Model, Real> {
  constructor(readonly who: (typeof COMMITTEE)[number]) {}
  check = () => true;
  async run(m: Model, r: Real) {
    const res = await api(r, this.who).post(`${m.id}/approve`);
    const ok = m.status === 'draft' && !m.approvals.has(this.who);
    // A repeat approval of the same draft is a plain conflict; in any other status the lifecycle refuses the move.
    expectAnswer(
      r,
      `approve(${this.who})`,
      res,
      ok,
      200,
      m.status === 'draft' ? { status: 409, code: ErrorCode.CONFLICT } : illegal,
    );
    if (!ok) return;
    m.approvals.add(this.who);
    if (2 * m.approvals.size > COMMITTEE.length) m.status = 'approved';
    if (res.body.status !== m.status || res.body.approvals !== m.approvals.size)
      fail(r, `after approval the API says ${res.body.status} with ${res.body.approvals} approvals`);
  }
  toString = () => `approve(${this.who})`;
}

class PublishNotice implements fc.AsyncCommand<Model, Real> {
  check = () => true;
  async run(m: Model, r: Real) {
    const opensAt = m.now + 16 * DAY;
    const res = await api(r, 'chair').post(`${m.id}/publish-notice`, { votingOpensAt: iso(opensAt) });
    const ok = m.status === 'approved';
    expectAnswer(r, 'publish', res, ok, 200, illegal);
    if (!ok) return;
    Object.assign(m, { status: 'notice', opensAt, closesAt: opensAt + 15 * DAY });
    if (
      res.body.status !== 'notice' ||
      res.body.votingOpensAt !== iso(m.opensAt) ||
      res.body.votingClosesAt !== iso(m.closesAt)
    ) {
      fail(r, `notice answered ${res.body.status} ${res.body.votingOpensAt}–${res.body.votingClosesAt}`);
    }
  }
  toString = () => 'publish';
}

class Advance implements fc.AsyncCommand<Model, Real> {
  constructor(readonly hours: number) {}
  check = () => true;
  async run(m: Model, r: Real) {
    m.now += this.hours * 3_600_000;
    r.clock.set(new Date(m.now));
    r.log.push(`+${this.hours}h`);
  }
  toString = () => `advance(${this.hours}h)`;
}

/** The scheduler's tick for one step: open, close or finalize whatever is due at the model's time. */
class Tick implements fc.AsyncCommand<Model, Real> {
  constructor(readonly step: 'open' | 'close' | 'finalize') {}
  check = () => true;
  async run(m: Model, r: Real) {
    await tick(m, r, this.step);
  }
  toString = () => this.step;
}

async function tick(m: Model, r: Real, step: 'open' | 'close' | 'finalize') {
  const now = new Date(m.now);
  const ids =
    step === 'open'
      ? await r.svc.openDue(now)
      : step === 'close'
        ? await r.svc.closeDue(now)
        : await r.svc.finalizeDue(now);
  const moved = ids.includes(m.id);
  const due =
    step === 'open'
      ? m.status === 'notice' && m.opensAt <= m.now
      : step === 'close'
        ? m.status === 'open' && m.closesAt <= m.now
        : m.status === 'objection' && m.objectionEndsAt! <= m.now && m.objections.every((o) => o.answered);
  r.log.push(`${step}→${moved ? 'moved' : 'stayed'}`);
  if (moved !== due)
    fail(
      r,
      `${step}Due ${moved ? 'moved' : 'did not move'} the resolution; the model says it ${due ? 'is' : 'is not'} due`,
    );
  if (!moved) return;
  if (step === 'open') m.status = 'open';
  if (step === 'close') Object.assign(m, { status: 'objection', objectionEndsAt: m.now + 7 * DAY });
  if (step === 'finalize') m.status = 'final';
}

const ballotRefusal = (m: Model, voter: Voter) => {
  const inWindow = m.status === 'open' && m.opensAt <= m.now && m.now < m.closesAt;
  if (!inWindow) return { ok: false, refusal: { status: 409, code: ErrorCode.VOTE_NOT_OPEN } };
  if (m.ballots.has(voter)) return { ok: false, refusal: { status: 409, code: ErrorCode.VOTE_ALREADY_CAST } };
  return { ok: true, refusal: { status: 0, code: '' } };
};

async function castBallot(m: Model, r: Real, voter: Voter, choices: Pick3[], label: string) {
  const body = {
    choices: m.itemIds.map((itemId, i) => ({ itemId, choice: choices[i % choices.length] })),
    confirm: true,
  };
  let res: request.Response;
  let enterer: (typeof COMMITTEE)[number] | undefined;
  if (voter === 'developer') {
    // The developer (an organisation) votes on paper; a committee member enters it with the scan and a witness.
    const member = COMMITTEE[(m.ballots.size + m.now / 3_600_000) % COMMITTEE.length]!;
    enterer = member;
    const scan = await request(r.server)
      .post('/api/v1/files')
      .set(r.c.as(member))
      .field('purpose', 'ballot_scan')
      .attach('file', pdf(), { filename: 'scan.pdf', contentType: 'application/pdf' });
    if (scan.status !== 201) fail(r, `scan upload answered ${scan.status}`);
    res = await api(r, member).post(`${m.id}/paper-ballots`, {
      ...body,
      unitId: r.c.units[4]!.id,
      channel: 'paper',
      scanFileId: scan.body.id,
      witnessName: '张见证',
    });
  } else {
    res = await api(r, voter).post(`${m.id}/ballots`, body);
  }
  const { ok, refusal } = ballotRefusal(m, voter);
  expectAnswer(r, `${label}(${voter}:${choices.join('/')})`, res, ok, 201, refusal);
  if (ok && enterer) {
    // Dual control: a second member opens the scan and confirms the paper ballot; only then does it count.
    const second = COMMITTEE[(COMMITTEE.indexOf(enterer) + 1) % COMMITTEE.length]!;
    const opened = await api(r, second).get(`${m.id}/paper-ballots/${res.body.ballotId}/scan`);
    if (opened.status !== 200) fail(r, `scan opening answered ${opened.status}`);
    const confirmed = await api(r, second).post(`${m.id}/paper-ballots/${res.body.ballotId}/confirm`, {
      matchesScan: true,
    });
    if (confirmed.status !== 200) fail(r, `confirm answered ${confirmed.status} ${JSON.stringify(confirmed.body)}`);
  }
  if (ok)
    m.ballots.set(
      voter,
      m.itemIds.map((_, i) => choices[i % choices.length]!),
    );
  await checkBallotCount(m, r);
}

// Weighted towards yes so that some items pass (a quorum needs 4 of 5 heads and two thirds of the area).
const choicesArb = fc.array(fc.constantFrom<Pick3>('yes', 'yes', 'yes', 'no', 'abstain'), {
  minLength: 2,
  maxLength: 2,
});

class Cast implements fc.AsyncCommand<Model, Real> {
  constructor(
    readonly voter: Voter,
    readonly choices: Pick3[],
  ) {}
  check = () => true;
  run = (m: Model, r: Real) => castBallot(m, r, this.voter, this.choices, 'cast');
  toString = () => `cast(${this.voter})`;
}

/** A second ballot from a voter who already has one: always refused. */
class SecondBallot implements fc.AsyncCommand<Model, Real> {
  constructor(
    readonly pick: number,
    readonly choices: Pick3[],
  ) {}
  check = (m: Readonly<Model>) => m.ballots.size > 0;
  run = (m: Model, r: Real) => {
    const voters = [...m.ballots.keys()];
    return castBallot(m, r, voters[this.pick % voters.length]!, this.choices, 'again');
  };
  toString = () => `again(${this.pick})`;
}

class FileObjection implements fc.AsyncCommand<Model, Real> {
  constructor(readonly owner: (typeof OWNERS)[number]) {}
  check = () => true;
  async run(m: Model, r: Real) {
    const res = await api(r, this.owner).post(`${m.id}/objections`, { reasons: '请核实计票过程，我认为有遗漏。' });
    const ok = m.status === 'objection' && m.now < m.objectionEndsAt!;
    expectAnswer(r, `object(${this.owner})`, res, ok, 201, illegal);
    if (ok) m.objections.push({ id: res.body.id, answered: false });
  }
  toString = () => `object(${this.owner})`;
}

class AnswerObjection implements fc.AsyncCommand<Model, Real> {
  constructor(
    readonly pick: number,
    readonly who: (typeof COMMITTEE)[number],
  ) {}
  check = (m: Readonly<Model>) => m.objections.length > 0;
  async run(m: Model, r: Real) {
    const o = m.objections[this.pick % m.objections.length]!;
    const res = await api(r, this.who).post(`${m.id}/objections/${o.id}/answer`, { answer: '经核查，计票无误。' });
    const ok = m.status === 'objection' && !o.answered;
    expectAnswer(
      r,
      `answer(${this.who})`,
      res,
      ok,
      200,
      m.status === 'objection' ? { status: 409, code: ErrorCode.CONFLICT } : illegal,
    );
    if (ok) o.answered = true;
  }
  toString = () => `answer(${this.pick})`;
}

/** Runs the sequence's resolution to its end through the same time-driven steps and routes, checking each. */
async function runToEnd(m: Model, r: Real) {
  const at = (ms: number) => {
    m.now = Math.max(m.now, ms);
    r.clock.set(new Date(m.now));
  };
  if (m.status === 'notice') {
    at(m.opensAt);
    await tick(m, r, 'open');
  }
  if (m.status === 'open') {
    at(m.closesAt);
    await tick(m, r, 'close');
  }
  if (m.status === 'objection') {
    for (const [i] of m.objections.entries())
      if (!m.objections[i]!.answered) await new AnswerObjection(i, 'member1').run(m, r);
    at(m.objectionEndsAt!);
    await tick(m, r, 'finalize');
  }
}

describe('resolution lifecycle against a model', () => {
  let t: TestApp;
  let server: Server;
  beforeAll(async () => {
    t = await startTestApp();
    server = t.http as unknown as Server;
    if (!server.listening) await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  });
  afterAll(async () => t.close());

  it(`${RUNS} random sequences of approvals, notice, time, ballots, objections and answers agree with the model and decideItem`, async () => {
    const clock = new TestClock(t, START);
    const c = await voteCommunity(t);
    const svc = t.created.app.get(ResolutionsService);
    const committee = fc.constantFrom(...COMMITTEE);
    const commands = [
      committee.map((w) => new Approve(w)),
      committee.map((w) => new Approve(w)),
      fc.constant(new PublishNotice()),
      fc.integer({ min: 1, max: 72 }).map((h) => new Advance(h)),
      fc.integer({ min: 1, max: 20 * 24 }).map((h) => new Advance(h)),
      fc.constantFrom<'open' | 'close' | 'finalize'>('open', 'close', 'finalize').map((s) => new Tick(s)),
      fc.tuple(fc.constantFrom<Voter>(...OWNERS, 'developer'), choicesArb).map(([v, ch]) => new Cast(v, ch)),
      fc.tuple(fc.constantFrom<Voter>(...OWNERS, 'developer'), choicesArb).map(([v, ch]) => new Cast(v, ch)),
      fc.tuple(fc.constantFrom<Voter>(...OWNERS, 'developer'), choicesArb).map(([v, ch]) => new Cast(v, ch)),
      fc.tuple(fc.nat(), choicesArb).map(([p, ch]) => new SecondBallot(p, ch)),
      fc.constantFrom(...OWNERS).map((o) => new FileObjection(o)),
      fc.tuple(fc.nat(), committee).map(([p, w]) => new AnswerObjection(p, w)),
    ];
    let sequences = 0;
    let steps = 0;
    let finals = 0;
    let passedItems = 0;
    const reached: Record<Status, number> = { draft: 0, approved: 0, notice: 0, open: 0, objection: 0, final: 0 };
    // Where a sequence starts: a draft, or driven through the same checked commands to approved, notice or open, so
    // that short sequences exercise every stage.
    const startAt = fc.constantFrom<Status>('draft', 'approved', 'notice', 'open', 'open', 'open');
    await fc.assert(
      fc.asyncProperty(
        fc.commands(commands, { maxCommands: 30, size: '+1' }),
        fc.constantFrom<MatterType>(1, 4, 6, 8),
        startAt,
        async (cmds, matter, start) => {
          sequences++;
          clock.set(START);
          const created = await request(server)
            .post('/api/v1/resolutions')
            .set(c.as('chair'))
            .send(
              draftBody(clock, {
                items: [
                  { title: '续聘物业服务企业', matterType: matter },
                  { title: '增设充电桩', matterType: 5 },
                ],
              }),
            );
          if (created.status !== 201)
            throw new Error(`draft answered ${created.status} ${JSON.stringify(created.body)}`);
          const model: Model = {
            id: created.body.id,
            itemIds: created.body.items.map((i: { id: string }) => i.id),
            matterTypes: [matter, 5],
            status: 'draft',
            approvals: new Set(),
            now: START.getTime(),
            opensAt: 0,
            closesAt: 0,
            objectionEndsAt: null,
            ballots: new Map(),
            objections: [],
          };
          const real: Real = { server, t, c, clock, svc, log: [] };
          if (start !== 'draft')
            for (const w of ['chair', 'member1', 'member2'] as const) await new Approve(w).run(model, real);
          if (start === 'notice' || start === 'open') await new PublishNotice().run(model, real);
          if (start === 'open') {
            await new Advance(16 * 24).run(model, real);
            await tick(model, real, 'open');
          }
          await fc.asyncModelRun(() => ({ model, real }), cmds);
          steps += real.log.length;
          reached[model.status]++;
          const seen = (await api(real, 'chair').get(model.id)).body;
          if (seen.status !== model.status)
            fail(real, `the resolution is ${seen.status}, the model says ${model.status}`);
          if (model.status === 'draft' || model.status === 'approved') return;

          await runToEnd(model, real);
          const end = (await api(real, 'owner1').get(model.id)).body;
          if (end.status !== 'final' || end.totalArea !== '63000' || end.totalHeads !== 5)
            fail(real, `at the end the resolution is ${end.status}, ${end.totalArea}/${end.totalHeads}`);
          await checkBallotCount(model, real);
          const verify = (await api(real, 'owner1').get(`${model.id}/verify`)).body;
          if (!verify.ok) fail(real, `the ballot chain does not verify: ${JSON.stringify(verify)}`);
          // The published result must be the pure engine over the model's ballots.
          const electorate = {
            voters: (Object.keys(AREA) as Voter[]).map((v) => ({ voterId: v, areaHundredths: AREA[v] })) as never,
          };
          const ballots: Ballot[] = [...model.ballots].map(([voterId, picks]) => ({
            voterId,
            choices: Object.fromEntries(model.itemIds.map((id, i) => [id, picks[i]!])),
          }));
          const tallies = tallyBallots(electorate, ballots, model.itemIds);
          const result = (await api(real, 'owner2').get(`${model.id}/result`)).body;
          if (result.stage !== 'final') fail(real, `result stage ${result.stage}`);
          for (const [i, itemId] of model.itemIds.entries()) {
            const want = decideItem({ totalArea: 63000n, totalHeads: 5n }, tallies[itemId]!, model.matterTypes[i]!, {
              parkingCounts: false,
              invalidCountsAsParticipation: false,
              followMajority: false,
            });
            const got = result.items.find((x: { itemId: string }) => x.itemId === itemId);
            const s = (b: bigint) => b.toString();
            const expected = {
              pArea: s(want.pArea),
              pHeads: s(want.pHeads),
              yesArea: s(want.yesArea),
              yesHeads: s(want.yesHeads),
              noArea: s(want.noArea),
              noHeads: s(want.noHeads),
              abstainArea: s(want.abstainArea),
              abstainHeads: s(want.abstainHeads),
              invalidArea: s(want.invalidArea),
              invalidHeads: s(want.invalidHeads),
              quorumMet: want.quorumMet,
              passed: want.passed,
              decidedBy: want.decidedBy,
              reason: want.reason,
            };
            const actual = Object.fromEntries(Object.keys(expected).map((k) => [k, got?.[k]]));
            if (JSON.stringify(actual) !== JSON.stringify(expected))
              fail(
                real,
                `item ${i + 1}: the API says ${JSON.stringify(actual)}, decideItem says ${JSON.stringify(expected)}`,
              );
            if (want.passed) passedItems++;
          }
          finals++;
        },
      ),
      { numRuns: RUNS, endOnFailure: true },
    );
    console.log(
      `votes-model: sequences=${sequences} commands=${steps} endedIn=${Object.entries(reached)
        .map(([k, v]) => `${k}:${v}`)
        .join(',')} resultsChecked=${finals} itemsPassed=${passedItems} divergences=0`,
    );
    expect(sequences).toBe(RUNS);
  }, 1_800_000);
});
