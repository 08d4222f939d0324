import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { loadConfig } from '../../src/config/config.js';
import { createApp } from '../../src/create-app.js';
import { makeCommunity, type CommunityFixture } from '../factories.js';
import { historyQuery, TestApp } from '../harness.js';
import { openVote, TestClock, voteCommunity, allChoices } from '../votes-helpers.js';
import { ensureBuilt, freePort, sleep, startOwnPg, type OwnPg } from './support.js';

/**
 * The crash drill: the built API runs as a child process (`node dist/src/main.js`, own PostgreSQL, own port). A client
 * performs `writes` writes with Idempotency-Keys (ledger drafts, approvals, repair reports, ballots) while the drill
 * kills the API with SIGKILL — or crash-stops PostgreSQL (`pg_ctl stop -m immediate`) — at random moments `faults`
 * times and brings it back. Every unacknowledged write is retried with the same key. Afterwards every acknowledged
 * write exists exactly once, nothing is half-written and both hash chains verify.
 */
export interface DrillResult {
  mode: 'api-sigkill' | 'pg-immediate';
  writes: number;
  faults: number;
  retried: number;
  acknowledged: number;
  duplicates: number;
  missing: number;
  halfWritten: number;
  ledgerChainOk: boolean;
  ballotChainOk: boolean;
}

const ENV_SECRET = 'crash-drill-jwt-secret-0123456789abcdef';
const DATA_KEY = '9f3c2a7be4d15086c3f1a2b4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f7a8';

export async function crashDrill(opts: {
  mode: DrillResult['mode'];
  writes: number;
  faults: number;
}): Promise<DrillResult> {
  const dist = ensureBuilt();
  const db: OwnPg = await startOwnPg();
  let child: ChildProcess | null = null;
  try {
    const env = {
      ...process.env,
      NODE_ENV: 'test',
      JOBS: 'off',
      LOG_LEVEL: 'error',
      H5_DIR: '',
      SEED_DEMO: 'off',
      JWT_SECRET: ENV_SECRET,
      DATA_ENCRYPTION_KEY: DATA_KEY,
      FILES_DIR: mkdtempSync(path.join(os.tmpdir(), 'gongzhi-crash-')),
    };
    // Seed through the real app in this process (migrations, fixtures, an open vote), then hand over to the child.
    const config = loadConfig(env);
    const seed = new TestApp(
      await createApp({ config, db: { ownerUrl: db.ownerUrl, appUrl: db.appUrl, embedded: false } }),
    );
    const clock = new TestClock(seed);
    const c: CommunityFixture = await makeCommunity(seed);
    const v = await voteCommunity(seed);
    // The child's clock is the real one: open a vote whose window contains now.
    const vote = await openVote(seed, v, clock, {
      votingOpensAt: new Date(clock.now.getTime() + 16 * 86_400_000).toISOString(),
    });
    // Test setup only: move the open vote's window to the child's real clock. The frozen-lifecycle trigger (migration
    // 1797000200002) refuses any change to an open vote's window, so it is off for this one statement.
    await historyQuery(
      'resolutions',
      `UPDATE resolutions SET voting_opens_at = now() - interval '1 hour', voting_closes_at = now() + interval '10 days' WHERE id = $1`,
      [vote.id],
      db.ownerUrl,
    );
    await seed.close();

    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const startChild = async () => {
      child = spawn(process.execPath, [path.join(dist, 'src/main.js')], {
        env: { ...env, PORT: String(port), HOST: '127.0.0.1', DATABASE_URL: db.ownerUrl, DATABASE_APP_URL: db.appUrl },
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      let stderr = '';
      child.stderr!.on('data', (d) => (stderr += d));
      for (let i = 0; i < 300; i++) {
        if (child.exitCode !== null) throw new Error(`API exited at start: ${stderr}`);
        try {
          if ((await fetch(`${base}/healthz`)).ok) return;
        } catch {
          /* not up yet */
        }
        await sleep(100);
      }
      throw new Error(`API did not start: ${stderr}`);
    };
    await startChild();

    type Op = {
      kind: 'draft' | 'approve' | 'ticket' | 'ballot';
      key: string;
      tag: string;
      who: string;
      draftOf?: Op;
      id?: string;
      done?: boolean;
    };
    const ops: Op[] = [];
    const ballotOwners = ['owner1', 'owner2', 'owner3', 'owner4'];
    for (let i = 0; i < opts.writes; i++) {
      const tag = `崩溃演练-${i}`;
      const ballot = ballotOwners.length && i % Math.max(1, Math.floor(opts.writes / 5)) === 3;
      if (ballot) ops.push({ kind: 'ballot', key: `drill-ballot-${randomUUID()}`, tag, who: ballotOwners.shift()! });
      else if (i % 3 === 0) ops.push({ kind: 'draft', key: `drill-draft-${randomUUID()}`, tag, who: 'manager' });
      else if (i % 3 === 1 && ops.some((o) => o.kind === 'draft' && !ops.some((a) => a.draftOf === o))) {
        ops.push({
          kind: 'approve',
          key: '',
          tag,
          who: 'member1',
          draftOf: ops.filter((o) => o.kind === 'draft' && !ops.some((a) => a.draftOf === o)).pop(),
        });
      } else ops.push({ kind: 'ticket', key: `drill-ticket-${randomUUID()}`, tag, who: 'owner1' });
    }
    let retried = 0;
    const headers = (f: CommunityFixture, who: string, key: string) => ({
      ...f.as(who),
      'Content-Type': 'application/json',
      ...(key ? { 'Idempotency-Key': key } : {}),
    });
    let last = '';
    const attempt = async (op: Op): Promise<boolean> => {
      const post = (p: string, f: CommunityFixture, body: object | null, key = op.key, who = op.who) =>
        fetch(`${base}${p}`, {
          method: 'POST',
          headers: headers(f, who, key),
          body: body ? JSON.stringify(body) : undefined,
        }).then(async (r) => {
          const res = {
            status: r.status,
            body: (await r.json().catch(() => null)) as {
              id: string;
              error?: { details?: { currentStatus?: string } };
            } | null,
          };
          last = `${op.kind} ${p} → ${res.status} ${JSON.stringify(res.body?.error ?? '')}`;
          return res;
        });
      switch (op.kind) {
        case 'draft': {
          const r = await post('/api/v1/ledger/entries', c, {
            kind: 'income',
            category: 'road_parking',
            grossAmountYuan: '12.34',
            counterparty: op.tag,
          });
          if (r.status === 201) op.id = r.body!.id;
          return r.status === 201;
        }
        case 'approve': {
          // Submit then approve: both are state moves, so a retry after a crash finds them done (409 with the state).
          const id = op.draftOf!.id!;
          const s = await post(`/api/v1/ledger/entries/${id}/submit`, c, null, '', 'manager');
          if (!(
            s.status === 200 ||
            (s.status === 409 && ['submitted', 'posted'].includes(s.body?.error?.details?.currentStatus ?? ''))
          ))
            return false;
          const a = await post(`/api/v1/ledger/entries/${id}/approve`, c, null, '');
          return a.status === 200 || (a.status === 409 && a.body?.error?.details?.currentStatus === 'posted');
        }
        case 'ticket':
          return (
            (
              await post('/api/v1/repairs', c, {
                areaKind: 'unit',
                unitId: c.units[0]!.id,
                category: 'water',
                description: op.tag,
                location: '厨房',
                urgency: 'normal',
              })
            ).status === 201
          );
        case 'ballot':
          return (
            (
              await post(`/api/v1/resolutions/${vote.id}/ballots`, v, {
                choices: allChoices(vote, 'yes'),
                confirm: true,
              })
            ).status === 201
          );
      }
    };
    const runOp = async (op: Op) => {
      if (op.kind === 'approve') while (!op.draftOf!.done) await sleep(20);
      for (let n = 0; ; n++) {
        if (n) retried++;
        const ok = await attempt(op).catch(() => false);
        if (ok) {
          op.done = true;
          return;
        }
        // A write the API keeps refusing for a reason other than the fault is a failure of the drill, not a hang.
        if (n > 300) throw new Error(`write never acknowledged: ${last}`);
        await sleep(100);
      }
    };
    // Faults at random moments while four workers write.
    const faultAt = Array.from({ length: opts.faults }, () => 1 + Math.floor(Math.random() * (opts.writes - 2))).sort(
      (a, b) => a - b,
    );
    let issued = 0;
    const faults = (async () => {
      for (const at of faultAt) {
        while (issued < at) await sleep(5);
        if (opts.mode === 'api-sigkill') {
          const ch = child!;
          ch.kill('SIGKILL');
          await new Promise((r) => ch.once('exit', r));
          await startChild();
        } else {
          db.stopImmediate();
          await sleep(300 + Math.random() * 700);
          db.start();
        }
      }
    })();
    let next = 0;
    await Promise.all(
      Array.from({ length: 4 }, async () => {
        while (next < ops.length) {
          const op = ops[next++]!;
          issued++;
          await runOp(op);
        }
      }),
    );
    await faults;

    // Every acknowledged write exactly once; nothing half-written.
    const ownerDb = new pg.Client({ connectionString: db.ownerUrl });
    await ownerDb.connect();
    const q = async (sql: string, p: unknown[] = []) => (await ownerDb.query(sql, p)).rows;
    let duplicates = 0;
    let missing = 0;
    let halfWritten = 0;
    for (const op of ops) {
      if (op.kind === 'draft') {
        const rows = await q(
          `SELECT e.id, e.status, (SELECT count(*)::int FROM ledger_postings p WHERE p.entry_id = e.id) AS postings FROM ledger_entries e WHERE e.counterparty = $1`,
          [op.tag],
        );
        if (rows.length === 0) missing++;
        if (rows.length > 1) duplicates += rows.length - 1;
        for (const r of rows) if ((r.status === 'posted') !== (r.postings === 1) || r.postings > 1) halfWritten++;
      } else if (op.kind === 'approve') {
        const [r] = await q(`SELECT status FROM ledger_entries WHERE id = $1`, [op.draftOf!.id]);
        if (r?.status !== 'posted') missing++;
      } else if (op.kind === 'ticket') {
        const rows = await q(
          `SELECT t.id, (SELECT count(*)::int FROM repair_events e WHERE e.ticket_id = t.id) AS events FROM repair_tickets t WHERE t.description = $1`,
          [op.tag],
        );
        if (rows.length === 0) missing++;
        if (rows.length > 1) duplicates += rows.length - 1;
        for (const r of rows) if (r.events !== 1) halfWritten++;
      } else {
        const rows = await q(`SELECT id FROM ballots WHERE resolution_id = $1 AND entered_by = $2`, [
          vote.id,
          v.people[op.who],
        ]);
        if (rows.length === 0) missing++;
        if (rows.length > 1) duplicates += rows.length - 1;
      }
    }
    const ledgerV = (await (await fetch(`${base}/api/v1/ledger/verify`, { headers: c.as('owner1') })).json()) as {
      ok?: boolean;
    };
    const ballotV = (await (
      await fetch(`${base}/api/v1/resolutions/${vote.id}/verify`, { headers: v.as('owner1') })
    ).json()) as { ok?: boolean };
    await ownerDb.end();
    return {
      mode: opts.mode,
      writes: ops.length,
      faults: faultAt.length,
      retried,
      acknowledged: ops.filter((o) => o.done).length,
      duplicates,
      missing,
      halfWritten,
      ledgerChainOk: ledgerV.ok === true,
      ballotChainOk: ballotV.ok === true,
    };
  } finally {
    const ch = child as ChildProcess | null;
    if (ch && ch.exitCode === null) {
      ch.kill('SIGKILL');
      await new Promise((r) => ch.once('exit', r));
    }
    await db.destroy();
  }
}
