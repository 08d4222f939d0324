import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.js';

/** One bucket to count a request against: hits per fixed window and, optionally, bytes per window. */
export interface Bucket {
  key: string;
  windowSeconds: number;
  limit: number;
  /** Bytes this request adds and the most the window may hold (uploads). */
  bytes?: { add: number; limit: number };
}

/**
 * Rate-limit counters in PostgreSQL (table rate_limit_counters), so every API process and every restart sees the same
 * counts. A window opens with a bucket's first hit and lasts its policy's seconds, on the database clock (one clock for
 * all replicas); one statement counts every bucket
 * of a request and, once in a while, sweeps expired windows — one transaction, so the security suites can tell a
 * counter update from a write (test/security/world.ts). Keys are SHA-256 hashed: no IP or id is stored in clear.
 */
@Injectable()
export class RateLimitRepository {
  private calls = 0;

  private readonly namespace: string;

  constructor(
    private readonly ds: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.namespace = config.rateLimitNamespace;
  }

  /** Counts one hit (and its bytes) in every bucket; returns the seconds to wait when any is over, else null. */
  async hit(buckets: Bucket[]): Promise<number | null> {
    if (!buckets.length) return null;
    const sweep = ++this.calls % 500 === 0;
    const rows: Array<{ i: number; hits: number; bytes: string; wait: number }> = await this.ds.query(
      `WITH sweep AS (DELETE FROM rate_limit_counters WHERE $4 AND window_end < now() - interval '1 hour'),
       b AS (SELECT * FROM unnest($1::text[], $2::int[], $3::bigint[]) WITH ORDINALITY AS b(key, window_seconds, bytes, i))
       INSERT INTO rate_limit_counters AS c (key, window_end, hits, bytes)
       SELECT key, now() + make_interval(secs => window_seconds), 1, bytes FROM b
       ON CONFLICT (key) DO UPDATE SET
         hits = CASE WHEN c.window_end <= now() THEN 1 ELSE c.hits + 1 END,
         bytes = CASE WHEN c.window_end <= now() THEN EXCLUDED.bytes ELSE c.bytes + EXCLUDED.bytes END,
         window_end = CASE WHEN c.window_end <= now() THEN EXCLUDED.window_end ELSE c.window_end END
       RETURNING (SELECT b.i FROM b WHERE b.key = c.key)::int AS i, c.hits, c.bytes::text AS bytes,
                 greatest(1, ceil(extract(epoch FROM c.window_end - now())))::int AS wait`,
      [
        buckets.map((b) => this.hash(b.key, b.windowSeconds)),
        buckets.map((b) => b.windowSeconds),
        buckets.map((b) => String(b.bytes?.add ?? 0)),
        sweep,
      ],
    );
    let wait: number | null = null;
    for (const r of rows) {
      const b = buckets[r.i - 1];
      const over = r.hits > b.limit || (b.bytes !== undefined && Number(r.bytes) > b.bytes.limit);
      if (over) wait = Math.max(wait ?? 0, r.wait);
    }
    return wait;
  }

  private hash(key: string, windowSeconds: number): string {
    return createHash('sha256').update(`${this.namespace}:${windowSeconds}:${key}`).digest('hex');
  }
}
