import { poolOptions } from './pool-options.js';

describe('poolOptions', () => {
  it('defaults to 20 connections and a 10 s wait for a free one', () => {
    expect(poolOptions({})).toEqual({ max: 20, connectionTimeoutMillis: 10_000 });
  });

  it('reads DB_POOL_MAX and DB_POOL_WAIT_MS', () => {
    expect(poolOptions({ DB_POOL_MAX: '40', DB_POOL_WAIT_MS: '15000' })).toEqual({
      max: 40,
      connectionTimeoutMillis: 15_000,
    });
  });

  it('refuses a value that is not a positive integer', () => {
    expect(() => poolOptions({ DB_POOL_MAX: 'twenty' })).toThrow('DB_POOL_MAX');
    expect(() => poolOptions({ DB_POOL_WAIT_MS: '0' })).toThrow('DB_POOL_WAIT_MS');
  });
});
