import { createHash } from 'node:crypto';

/**
 * Sliding-window hit counter kept in this process's memory (enough for one API process; with several replicas each
 * counts its own share). Keys are hashed so no code, id or IP sits in memory in clear. Used by the sign-in limiter
 * and the ballot limiter.
 */
export class SlidingWindowCounter {
  private readonly hits = new Map<string, number[]>();
  private calls = 0;

  /** Seconds until `key` may be counted again when it already has `limit` hits in the window; null when it may now. */
  retryAfter(key: string, limit: number, windowSeconds: number, now = Date.now()): number | null {
    const recent = this.recent(this.hash(key), now - windowSeconds * 1000);
    if (recent.length < limit) return null;
    return Math.max(1, Math.ceil((Math.min(...recent) + windowSeconds * 1000 - now) / 1000));
  }

  /** Counts one hit for `key`. */
  add(key: string, windowSeconds: number, now = Date.now()): void {
    const h = this.hash(key);
    const since = now - windowSeconds * 1000;
    const recent = this.recent(h, since);
    recent.push(now);
    this.hits.set(h, recent);
    if (++this.calls % 1000 === 0) this.sweep(since);
  }

  private hash(key: string): string {
    return createHash('sha256').update(key).digest('hex');
  }

  private recent(h: string, since: number): number[] {
    return (this.hits.get(h) ?? []).filter((t) => t > since);
  }

  private sweep(since: number): void {
    for (const [k, v] of this.hits) {
      const kept = v.filter((t) => t > since);
      if (kept.length) this.hits.set(k, kept);
      else this.hits.delete(k);
    }
  }
}
