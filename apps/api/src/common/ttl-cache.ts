/**
 * A small in-process cache for answers that may be a few seconds old (dashboards), with single flight: while one
 * caller computes an entry, concurrent callers for the same key wait for that computation instead of starting their
 * own. Entries expire `ttlMs` after they were computed; the oldest entry is dropped past `maxEntries`. A failed
 * computation is not cached. `ttlMs = 0` turns caching off (every call computes; concurrent calls still share one).
 *
 * Holds only what the caller puts in: never cache an answer that depends on who asks unless the key says who.
 */
export class TtlCache<V> {
  private readonly entries = new Map<string, { at: number; value: V }>();
  private readonly pending = new Map<string, Promise<V>>();

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries = 1000,
    private readonly now: () => number = Date.now,
  ) {}

  async get(key: string, compute: () => Promise<V>): Promise<V> {
    const hit = this.entries.get(key);
    if (hit && this.now() - hit.at < this.ttlMs) return hit.value;
    const inFlight = this.pending.get(key);
    if (inFlight) return inFlight;
    const started = this.now();
    const p = compute().then(
      (value) => {
        this.pending.delete(key);
        if (this.ttlMs > 0) {
          this.entries.delete(key);
          this.entries.set(key, { at: started, value });
          if (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
        }
        return value;
      },
      (err: unknown) => {
        this.pending.delete(key);
        throw err;
      },
    );
    this.pending.set(key, p);
    return p;
  }

  clear(): void {
    this.entries.clear();
  }
}
