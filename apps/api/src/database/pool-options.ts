/**
 * The API's connection pool, from the environment:
 * - `DB_POOL_MAX` (default 20): connections per API process. Keep (replicas × DB_POOL_MAX) under the server's
 *   max_connections with room for jobs and migrations.
 * - `DB_POOL_WAIT_MS` (default 10000): how long a request may wait for a free connection before it answers 503
 *   `数据库暂时不可用`. The pool queues waiters in order, so under a burst (200 owners voting at once on 20
 *   connections) waiting is the right answer, not an error: at 500 ballots/s the 200th waits ~0.4 s. 10 s is half the
 *   mini-program's request timeout (20 s, apps/miniapp/src/services/api.ts), so a request that got a connection late
 *   still answers before the phone gives up; a wait longer than that means the database is really unavailable.
 *   (It was 3000 ms, which turned a burst on one resolution into 503s: docs/performance.md.)
 */
export interface PoolOptions {
  max: number;
  connectionTimeoutMillis: number;
}

function positiveInt(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`${name} must be a positive integer (got "${value}")`);
  return n;
}

export function poolOptions(env: NodeJS.ProcessEnv = process.env): PoolOptions {
  return {
    max: positiveInt('DB_POOL_MAX', env.DB_POOL_MAX, 20),
    connectionTimeoutMillis: positiveInt('DB_POOL_WAIT_MS', env.DB_POOL_WAIT_MS, 10_000),
  };
}
