import { Inject, Injectable, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import pg from 'pg';
import { PgBoss, type SendOptions as BossSendOptions } from 'pg-boss';
import type { DataSource, EntityManager } from 'typeorm';
import { log } from '../../common/logger.js';
import { APP_CONFIG, DATABASE_URLS } from '../../config/config.module.js';
import type { AppConfig } from '../../config/config.js';
import type { DatabaseUrls } from '../../database/database.js';
import { OutboxEntry } from './outbox-entry.entity.js';

export interface JobSendOptions {
  /** At most one queued job per key and queue (e.g. `repair:<id>:remind`). */
  singletonKey?: string;
  /** Not before this time. */
  startAfter?: Date;
}

export interface JobContext {
  id: string;
  name: string;
  /** 0 on the first attempt. */
  retryCount: number;
}

export type JobHandler<T extends object = object> = (payload: T, job: JobContext) => Promise<void>;

const SCHEMA = 'pgboss';
const RELAY_INTERVAL_MS = 1000;
const RELAY_BATCH = 100;
const WORKER_POLL_SECONDS = 1;
const OUTBOX_KEEP_DAYS = 7;
/** Queue and job names: lower-case words separated by dots or dashes (`repairs.remind`). */
const NAME = /^[a-z][a-z0-9_.-]{1,99}$/;

/**
 * A durable job queue on PostgreSQL (pg-boss), plus a transactional outbox.
 *
 * Why pg-boss connects as the schema owner (`DATABASE_URL`), not as the API's role: pg-boss creates its schema
 * `pgboss` on first start and migrates it on upgrades, creates a table partition per queue when a queue is
 * created, and its maintenance rebuilds bloated indexes (REINDEX needs ownership). Granting all that to the API
 * role would mean the API role may run DDL, which is exactly what the owner/app split prevents for business
 * tables. So pg-boss and the outbox relay run on a small pool of their own as the owner; the owner URL is
 * already needed at start-up for migrations. Business code never touches that pool: it sends jobs through this
 * service or writes outbox rows through its own (API-role) transaction.
 *
 * `config.jobsEnabled` (JOBS=off in tests and in API replicas that should not run workers): no pg-boss, no
 * relay, no workers in this process; `send()` then goes through the outbox, so the job still runs once a
 * process with jobs enabled relays it.
 */
@Injectable()
export class JobsService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private boss: PgBoss | null = null;
  private pool: pg.Pool | null = null;
  private readonly handlers = new Map<string, JobHandler>();
  private readonly schedules = new Map<string, { cron: string; payload: object }>();
  private readonly queues = new Set<string>();
  private readonly startedWorkers = new Set<string>();
  private relayTimer: NodeJS.Timeout | null = null;
  private relaying: Promise<number> | null = null;
  private stopping = false;
  private lastCleanup = 0;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(DATABASE_URLS) private readonly db: DatabaseUrls,
    @InjectDataSource() private readonly ds: DataSource,
  ) {}

  get enabled(): boolean {
    return this.config.jobsEnabled;
  }

  /** Sends a job now (durable once this resolves). With jobs off in this process, it is queued through the outbox. */
  async send<T extends object>(name: string, payload: T, opts: JobSendOptions = {}): Promise<void> {
    checkName(name);
    if (!this.boss) {
      await this.enqueueInTransaction(this.ds.manager, name, payload, opts);
      return;
    }
    await this.ensureQueue(name);
    await this.boss.send(name, payload, toBossOptions(opts));
  }

  /**
   * Queues a job as part of the caller's transaction: the job exists if and only if the transaction commits.
   * `manager` is the transaction's EntityManager (`ds.transaction(async (m) => …)`).
   */
  async enqueueInTransaction<T extends object>(
    manager: EntityManager,
    name: string,
    payload: T,
    opts: JobSendOptions = {},
  ): Promise<void> {
    checkName(name);
    await manager.insert(OutboxEntry, {
      name,
      payload,
      options: {
        ...(opts.singletonKey ? { singletonKey: opts.singletonKey } : {}),
        ...(opts.startAfter ? { startAfter: opts.startAfter.toISOString() } : {}),
      },
    });
  }

  /** Runs `name` on a cron schedule (China time), e.g. `schedule('files.cleanup', '17 3 * * *')`. */
  async schedule(name: string, cron: string, payload: object = {}): Promise<void> {
    checkName(name);
    this.schedules.set(name, { cron, payload });
    if (this.boss) await this.applySchedule(name);
  }

  /** Handles jobs of `name` in this process (when jobs are enabled). A thrown error retries the job (2 retries). */
  async work<T extends object>(name: string, handler: JobHandler<T>): Promise<void> {
    checkName(name);
    if (this.handlers.has(name)) throw new Error(`job handler for "${name}" registered twice`);
    this.handlers.set(name, handler as JobHandler);
    if (this.boss) await this.startWorker(name);
  }

  /**
   * Moves committed outbox rows to pg-boss. Each batch is one owner transaction that locks the rows
   * (SKIP LOCKED, so several processes may relay at once), inserts the pg-boss jobs through the same
   * connection and marks the rows relayed: a row becomes exactly one job. Returns how many rows it moved.
   */
  async relayOnce(): Promise<number> {
    if (!this.boss || !this.pool) return 0;
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const { rows } = await client.query<{
        id: string;
        name: string;
        payload: object;
        options: { singletonKey?: string; startAfter?: string };
      }>(
        `SELECT id, name, payload, options FROM outbox WHERE relayed_at IS NULL ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [RELAY_BATCH],
      );
      const tx = { executeSql: (text: string, values?: unknown[]) => client.query(text, values) };
      for (const row of rows) {
        await this.ensureQueue(row.name);
        const opts = toBossOptions({
          singletonKey: row.options.singletonKey,
          startAfter: row.options.startAfter ? new Date(row.options.startAfter) : undefined,
        });
        const jobId = await this.boss.send(row.name, row.payload, { ...opts, db: tx });
        await client.query(`UPDATE outbox SET relayed_at = now(), job_id = $2 WHERE id = $1`, [row.id, jobId]);
      }
      await client.query('COMMIT');
      return rows.length;
    } catch (e) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw e;
    } finally {
      client.release();
    }
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.jobsEnabled) return;
    this.pool = new pg.Pool({ connectionString: this.db.ownerUrl, max: 2, application_name: 'gongzhi-outbox-relay' });
    const boss = new PgBoss({
      connectionString: this.db.ownerUrl,
      schema: SCHEMA,
      application_name: 'gongzhi-jobs',
      max: 5,
    });
    boss.on('error', (e: Error) => log('error', 'job queue error', { reason: e.message }));
    await boss.start();
    this.boss = boss;
    for (const name of this.handlers.keys()) await this.startWorker(name);
    for (const name of this.schedules.keys()) await this.applySchedule(name);
    this.scheduleRelay(0);
    log('info', 'job queue started', { workers: [...this.handlers.keys()], schedules: [...this.schedules.keys()] });
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    if (this.relayTimer) clearTimeout(this.relayTimer);
    await this.relaying?.catch(() => undefined);
    const boss = this.boss;
    this.boss = null;
    // Graceful: running handlers finish (up to 10 s); anything not finished is retried by the next process.
    if (boss) await boss.stop({ graceful: true, timeout: 10_000 });
    await this.pool?.end();
    this.pool = null;
  }

  private scheduleRelay(delayMs: number): void {
    if (this.stopping) return;
    this.relayTimer = setTimeout(() => {
      this.relaying = this.relayOnce();
      this.relaying
        .then(async (moved) => {
          await this.cleanupOutbox();
          this.scheduleRelay(moved === RELAY_BATCH ? 0 : RELAY_INTERVAL_MS);
        })
        .catch((e: unknown) => {
          if (!this.stopping) log('error', 'outbox relay failed', { reason: (e as Error).message });
          this.scheduleRelay(RELAY_INTERVAL_MS * 5);
        });
    }, delayMs);
  }

  /** Relayed rows are kept a week for tracing, then deleted (at most once an hour). */
  private async cleanupOutbox(): Promise<void> {
    if (!this.pool || Date.now() - this.lastCleanup < 3600_000) return;
    this.lastCleanup = Date.now();
    await this.pool.query(`DELETE FROM outbox WHERE relayed_at < now() - make_interval(days => $1)`, [
      OUTBOX_KEEP_DAYS,
    ]);
  }

  private async ensureQueue(name: string): Promise<void> {
    if (!this.boss || this.queues.has(name)) return;
    if (!(await this.boss.getQueue(name))) {
      try {
        await this.boss.createQueue(name);
      } catch (e) {
        // Another process created it at the same moment.
        if (!(await this.boss.getQueue(name))) throw e;
      }
    }
    this.queues.add(name);
  }

  private async startWorker(name: string): Promise<void> {
    const boss = this.boss;
    const handler = this.handlers.get(name);
    if (!boss || !handler || this.startedWorkers.has(name)) return;
    await this.ensureQueue(name);
    this.startedWorkers.add(name);
    await boss.work<object>(name, { pollingIntervalSeconds: WORKER_POLL_SECONDS, batchSize: 1 }, async (jobs) => {
      for (const job of jobs) {
        try {
          await handler(job.data, { id: job.id, name: job.name, retryCount: job.retryCount });
        } catch (e) {
          log('warn', 'job failed', {
            job: name,
            jobId: job.id,
            retryCount: job.retryCount,
            reason: (e as Error).message,
          });
          throw e;
        }
      }
    });
  }

  private async applySchedule(name: string): Promise<void> {
    const s = this.schedules.get(name);
    if (!this.boss || !s) return;
    await this.ensureQueue(name);
    await this.boss.schedule(name, s.cron, s.payload, { tz: 'Asia/Shanghai' });
  }
}

function checkName(name: string): void {
  if (!NAME.test(name)) throw new Error(`invalid job name "${name}": use lower-case letters, digits, dots, dashes`);
}

function toBossOptions(opts: JobSendOptions): BossSendOptions {
  return {
    ...(opts.singletonKey ? { singletonKey: opts.singletonKey } : {}),
    ...(opts.startAfter ? { startAfter: opts.startAfter } : {}),
  };
}
