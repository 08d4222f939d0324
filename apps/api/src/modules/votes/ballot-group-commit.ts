import { Injectable, Logger } from '@nestjs/common';
import { GENESIS_HASH } from '@gongzhi/domain';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { IdempotencyService } from '../../common/idempotency.js';
import { ballotPayload, headSalted, link, saltFor } from './chain.js';
import { Clock } from './clock.js';
import type { BallotChannel, BallotChoice } from './entities/ballot.entity.js';
import type { Resolution } from './entities/resolution.entity.js';
import { alreadyCast, notOpenNow } from './votes.common.js';

/** What the ballot route answers (and what an idempotency key stores): `CastReceiptResponse`. */
export interface CastAnswer {
  ballotId: string;
  receipt: string;
  channel: BallotChannel;
  castAt: string;
}

/** One online ballot whose lock-free checks passed, waiting for its resolution's next batch. */
export interface PendingBallot {
  actorId: string;
  voterKey: string;
  choices: Record<string, BallotChoice>;
  /** Idempotency-Key and the hash of the request body, or null without a key. */
  key: string | null;
  requestHash: string;
}

interface Waiting extends PendingBallot {
  resolve: (answer: CastAnswer) => void;
  reject: (error: unknown) => void;
}

type Outcome = { ok: true; answer: CastAnswer } | { ok: false; error: unknown };

interface Queue {
  communityId: string;
  waiting: Waiting[];
}

/** The pool gave the batch no connection (e.g. DB_POOL_WAIT_MS passed): nothing was attempted. */
class NoConnection extends Error {
  constructor(override readonly cause: unknown) {
    super('no database connection for the ballot batch');
  }
}

/** The most ballots one transaction appends. */
export const BALLOT_BATCH_MAX = 100;

/** The idempotency route of a resolution's online ballots (the same string the generic IdempotencyService uses). */
export const ballotRoute = (resolutionId: string) => `resolutions.${resolutionId}.ballots`;

/**
 * Group commit of online ballots (docs/votes.md, "How online ballots are appended").
 *
 * Ballots of one resolution must be appended one after another (each link hashes the previous one), so the chain's
 * locked section — lock, head, insert, audit, idempotency record, commit — bounds throughput if every ballot runs it
 * alone. Here every request that passed its lock-free checks joins its resolution's queue in this process; one worker
 * per resolution takes up to BALLOT_BATCH_MAX waiting ballots and runs ONE transaction for them:
 * `ballot_chain_lock_batch` (resolution FOR SHARE, the chain's advisory lock, head, the batch's voters' stored ballots
 * and stored idempotency keys) → each ballot decided and hashed in arrival order in Node → one statement inserting the
 * ballots (unnest, in seq order: the insert trigger checks each row against the head, rows earlier in the statement
 * included), their audit rows and their idempotency records → commit. Only after the commit does any request get
 * its answer; while a batch runs, the next one fills.
 *
 * Each ballot is decided on its own: the same voter twice in a batch, a voter who voted since the pre-check or a vote
 * that closed meanwhile get their own refusal, the others are appended. The same Idempotency-Key twice in a batch is
 * one request: the second gets the first's answer. If the transaction fails for any other reason nothing of it was
 * committed, and each ballot of the batch is retried alone (a retry that finds its key or its voter's ballot stored
 * answers from them, so nothing is appended twice). The advisory lock serialises batches of several API processes.
 */
@Injectable()
export class BallotGroupCommit {
  private readonly log = new Logger('BallotGroupCommit');
  private readonly queues = new Map<string, Queue>();

  constructor(
    private readonly ds: DataSource,
    private readonly clock: Clock,
    private readonly idempotency: IdempotencyService,
  ) {}

  /** Appends the ballot in the resolution's next batch; resolves with its receipt once that batch has committed. */
  submit(resolutionId: string, communityId: string, ballot: PendingBallot): Promise<CastAnswer> {
    return new Promise<CastAnswer>((resolve, reject) => {
      let q = this.queues.get(resolutionId);
      const start = !q;
      if (!q) {
        q = { communityId, waiting: [] };
        this.queues.set(resolutionId, q);
      }
      q.waiting.push({ ...ballot, resolve, reject });
      if (start) void this.drain(resolutionId, q);
    });
  }

  /** How many ballots of the resolution wait for its next batch in this process (diagnostics and tests). */
  queued(resolutionId: string): number {
    return this.queues.get(resolutionId)?.waiting.length ?? 0;
  }

  /** The resolution's worker: batches until its queue is empty. */
  private async drain(resolutionId: string, q: Queue): Promise<void> {
    try {
      while (q.waiting.length) {
        const batch = q.waiting.splice(0, BALLOT_BATCH_MAX);
        let outcomes: Outcome[];
        try {
          outcomes = await this.append(resolutionId, q.communityId, batch);
        } catch (e) {
          if (batch.length === 1 || e instanceof NoConnection) {
            // One ballot, or no connection to be had (retrying one by one would only wait longer): nothing was written.
            outcomes = batch.map(() => ({ ok: false, error: e instanceof NoConnection ? e.cause : e }));
          } else {
            // The batch rolled back: retry each ballot alone so one bad ballot cannot fail the others. (Had a failed
            // COMMIT in fact committed, each retry finds its key or its voter's ballot stored: nothing is doubled.)
            this.log.warn(
              `ballot batch of ${batch.length} failed (${e instanceof Error ? e.message : String(e)}); retrying one by one`,
            );
            outcomes = [];
            for (const b of batch) {
              try {
                outcomes.push(...(await this.append(resolutionId, q.communityId, [b])));
              } catch (one) {
                outcomes.push({ ok: false, error: one instanceof NoConnection ? one.cause : one });
              }
            }
          }
        }
        batch.forEach((b, i) => {
          const o = outcomes[i]!;
          if (o.ok) b.resolve(o.answer);
          else b.reject(o.error);
        });
      }
    } finally {
      this.queues.delete(resolutionId);
    }
  }

  /** One transaction for the batch; the outcome of each ballot, in order. Throws (after rollback) on anything unexpected. */
  private async append(resolutionId: string, communityId: string, batch: Waiting[]): Promise<Outcome[]> {
    const route = ballotRoute(resolutionId);
    const keyed = batch.filter((b) => b.key !== null);
    const qr = this.ds.createQueryRunner();
    try {
      await qr.connect();
    } catch (e) {
      await qr.release().catch(() => undefined);
      throw new NoConnection(e);
    }
    try {
      await qr.startTransaction();
      const [s]: Array<{
        r_status: Resolution['status'] | null;
        r_opens: Date | null;
        r_closes: Date | null;
        r_settings: Resolution['voteSettings'];
        head_seq: number | null;
        head_hash: string | null;
        // channel and castAt of the voter's first ballot not set aside (null when every ballot was disputed)
        voted: Array<{ voterKey: string; latest: number; channel: BallotChannel | null; castAt: string | null }> | null;
        stored: Array<{ actorId: string; key: string; requestHash: string; response: CastAnswer | null }> | null;
      }> = await qr.query(`SELECT * FROM ballot_chain_lock_batch($1, $2, $3, $4, $5)`, [
        resolutionId,
        [...new Set(batch.map((b) => b.voterKey))],
        route,
        keyed.map((b) => b.actorId),
        keyed.map((b) => b.key),
      ]);
      const now = this.clock.now();
      if (s!.r_status === null) throw new Error(`resolution ${resolutionId} vanished`);
      const closed = notOpenNow(
        { status: s!.r_status, votingOpensAt: new Date(s!.r_opens!), votingClosesAt: new Date(s!.r_closes!) },
        now,
      );
      const allowChange = s!.r_settings?.allowBallotChange === true;
      const voted = new Map(
        (s!.voted ?? []).map((v) => [
          v.voterKey,
          {
            latest: Number(v.latest),
            first: v.channel === null ? null : { channel: v.channel, castAt: new Date(v.castAt!) },
          },
        ]),
      );
      const stored = new Map((s!.stored ?? []).map((k) => [`${k.actorId}\n${k.key}`, k]));
      let seq = s!.head_seq ?? 0;
      let prevHash = s!.head_hash ?? GENESIS_HASH;
      // One chain version throughout (docs/votes.md "Ballot secrecy"): salted unless an unsalted chain continues.
      const salted = s!.head_seq === null || (await headSalted(qr, resolutionId, s!.head_seq)) === true;

      const rows = {
        id: [] as string[],
        seq: [] as number[],
        voterKey: [] as string[],
        voterSeq: [] as number[],
        choices: [] as string[],
        actor: [] as string[],
        castAt: [] as string[],
        prevHash: [] as string[],
        hash: [] as string[],
        receipt: [] as string[],
        salt: [] as Array<string | null>,
        audit: [] as string[],
      };
      const keys = { actor: [] as string[], key: [] as string[], hash: [] as string[], response: [] as string[] };
      const outcomes: Outcome[] = [];
      const firstWithKey = new Map<string, number>();
      const follows = new Map<number, number>();
      for (const [i, b] of batch.entries()) {
        try {
          const keyId = b.key === null ? null : `${b.actorId}\n${b.key}`;
          if (keyId !== null) {
            const before = stored.get(keyId);
            if (before) {
              // Answered before (an earlier batch, another process): the stored answer, or the mismatch refusal.
              if (before.response === null) throw new Error('idempotency key stored without an answer');
              outcomes.push({
                ok: true,
                answer: this.idempotency.replay(
                  { requestHash: before.requestHash, response: before.response },
                  b.requestHash,
                ),
              });
              continue;
            }
            const leader = firstWithKey.get(keyId);
            if (leader !== undefined) {
              // The same request twice in this batch: one request, one answer (the first's outcome is copied below).
              this.idempotency.replay({ requestHash: batch[leader]!.requestHash, response: null }, b.requestHash);
              follows.set(i, leader);
              outcomes.push({ ok: false, error: null });
              continue;
            }
            firstWithKey.set(keyId, i);
          }
          if (closed) throw closed;
          const mine = voted.get(b.voterKey);
          if (mine?.first && !allowChange) throw alreadyCast(mine.first.channel, mine.first.castAt);
          const voterSeq = mine ? mine.latest + 1 : 1;
          seq += 1;
          const castAt = this.clock.now();
          const salt = salted ? saltFor({ seq: null, salted: null }) : null;
          const { hash, receipt } = link(
            prevHash,
            ballotPayload({
              resolutionId,
              seq,
              voterKey: b.voterKey,
              voterSeq,
              channel: 'online',
              choices: b.choices,
              spoilt: false,
              castAt,
              salt,
            }),
          );
          const id = randomUUID();
          const answer: CastAnswer = { ballotId: id, receipt, channel: 'online', castAt: castAt.toISOString() };
          rows.id.push(id);
          rows.seq.push(seq);
          rows.voterKey.push(b.voterKey);
          rows.voterSeq.push(voterSeq);
          rows.choices.push(JSON.stringify(b.choices));
          rows.actor.push(b.actorId);
          rows.castAt.push(answer.castAt);
          rows.prevHash.push(prevHash);
          rows.hash.push(hash);
          rows.receipt.push(receipt);
          rows.salt.push(salt);
          rows.audit.push(JSON.stringify({ channel: 'online', seq }));
          if (b.key !== null) {
            keys.actor.push(b.actorId);
            keys.key.push(b.key);
            keys.hash.push(b.requestHash);
            keys.response.push(this.idempotency.responseJson(answer));
          }
          voted.set(b.voterKey, { latest: voterSeq, first: mine?.first ?? { channel: 'online', castAt } });
          prevHash = hash;
          outcomes.push({ ok: true, answer });
        } catch (e) {
          outcomes.push({ ok: false, error: e });
        }
      }
      // A repeated key answers what its first request answered (receipt or refusal).
      for (const [i, leader] of follows) outcomes[i] = outcomes[leader]!;

      if (rows.id.length) {
        const [w]: Array<{ ballots: number; audits: number; keys: number }> = await qr.query(
          `WITH b AS (
             INSERT INTO ballots (id, resolution_id, community_id, seq, voter_key, voter_seq, channel, choices, spoilt, entered_by, cast_at, prev_hash, hash, receipt, salt)
             SELECT u.id, $1, $2, u.seq, u.voter_key, u.voter_seq, 'online', u.choices::jsonb, false, u.actor, u.cast_at, u.prev_hash, u.hash, u.receipt, u.salt
               FROM unnest($4::uuid[], $5::int[], $6::varchar[], $7::int[], $8::text[], $9::uuid[], $10::timestamptz[], $11::text[], $12::text[], $13::text[], $20::text[])
                    AS u(id, seq, voter_key, voter_seq, choices, actor, cast_at, prev_hash, hash, receipt, salt)
              ORDER BY u.seq
             RETURNING 1
           ), a AS (
             INSERT INTO audit_log (community_id, actor_id, action, target_type, target_id, details)
             SELECT $2, u.actor, 'vote.ballot_cast', 'resolution', $3, u.details::jsonb FROM unnest($9::uuid[], $14::text[]) AS u(actor, details)
             RETURNING 1
           ), k AS (
             INSERT INTO idempotency_keys (actor_id, key, route, request_hash, status_code, response)
             SELECT u.actor, u.key, $15, u.hash, 201, u.response::jsonb FROM unnest($16::uuid[], $17::varchar[], $18::text[], $19::text[]) AS u(actor, key, hash, response)
             ON CONFLICT (actor_id, route, key) DO NOTHING
             RETURNING 1
           )
           SELECT (SELECT count(*) FROM b)::int AS ballots, (SELECT count(*) FROM a)::int AS audits, (SELECT count(*) FROM k)::int AS keys`,
          [
            resolutionId,
            communityId,
            resolutionId,
            rows.id,
            rows.seq,
            rows.voterKey,
            rows.voterSeq,
            rows.choices,
            rows.actor,
            rows.castAt,
            rows.prevHash,
            rows.hash,
            rows.receipt,
            rows.audit,
            route,
            keys.actor,
            keys.key,
            keys.hash,
            keys.response,
            rows.salt,
          ],
        );
        // A key recorded since the lock was read (only a process not taking the chain lock could): roll back, retry alone.
        if (w!.ballots !== rows.id.length || w!.audits !== rows.id.length || w!.keys !== keys.key.length) {
          throw new Error(
            `ballot batch wrote ${w!.ballots}/${rows.id.length} ballots, ${w!.keys}/${keys.key.length} keys`,
          );
        }
      }
      await qr.commitTransaction();
      return outcomes;
    } catch (e) {
      if (qr.isTransactionActive) await qr.rollbackTransaction().catch(() => undefined);
      throw e;
    } finally {
      await qr.release();
    }
  }
}
