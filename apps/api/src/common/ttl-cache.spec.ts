import { TtlCache } from './ttl-cache.js';

describe('TtlCache', () => {
  it('computes once for concurrent callers and serves the answer until it is ttl old', async () => {
    let clock = 1000;
    let calls = 0;
    const cache = new TtlCache<number>(30_000, 10, () => clock);
    const compute = async () => {
      calls++;
      await new Promise((r) => setTimeout(r, 5));
      return calls;
    };
    const answers = await Promise.all(Array.from({ length: 20 }, () => cache.get('d1', compute)));
    expect(new Set(answers)).toEqual(new Set([1]));
    expect(calls).toBe(1);
    clock += 29_999;
    expect(await cache.get('d1', compute)).toBe(1);
    clock += 1;
    expect(await cache.get('d1', compute)).toBe(2);
    expect(await cache.get('d2', compute)).toBe(3);
  });

  it('does not keep a failure, and with ttl 0 always computes', async () => {
    const cache = new TtlCache<string>(30_000);
    await expect(cache.get('k', () => Promise.reject(new Error('db down')))).rejects.toThrow('db down');
    expect(await cache.get('k', async () => 'ok')).toBe('ok');
    let n = 0;
    const off = new TtlCache<number>(0);
    expect(await off.get('k', async () => ++n)).toBe(1);
    expect(await off.get('k', async () => ++n)).toBe(2);
  });

  it('drops the oldest entry past its size', async () => {
    const cache = new TtlCache<string>(60_000, 2);
    await cache.get('a', async () => 'a1');
    await cache.get('b', async () => 'b1');
    await cache.get('c', async () => 'c1');
    expect(await cache.get('a', async () => 'a2')).toBe('a2');
    expect(await cache.get('c', async () => 'c2')).toBe('c1');
  });
});
