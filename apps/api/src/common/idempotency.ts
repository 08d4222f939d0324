import { createParamDecorator, Injectable, type ExecutionContext } from '@nestjs/common';
import { ErrorCode } from '@gongzhi/domain';
import { createHash } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { AppError } from './app-error.js';

/**
 * Reads the `Idempotency-Key` header (8–100 characters of letters, digits, `-` and `_`). Phones on flaky networks
 * retry; the same key from the same person on the same route answers the first result instead of creating twice.
 */
export const IdempotencyKey = createParamDecorator((_: unknown, ctx: ExecutionContext): string | null => {
  const raw = ctx.switchToHttp().getRequest<{ headers: Record<string, string | undefined> }>().headers[
    'idempotency-key'
  ];
  if (raw === undefined || raw === '') return null;
  if (!/^[\w-]{8,100}$/.test(raw)) {
    throw new AppError(ErrorCode.VALIDATION_FAILED, '提交的内容有误：Idempotency-Key 格式不正确', {
      fields: [{ field: 'Idempotency-Key', messages: ['格式不正确（8–100 位字母、数字、-、_）'] }],
    });
  }
  return raw;
});

function canonical(value: unknown): string {
  return JSON.stringify(value, (_k, v) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : typeof v === 'bigint'
        ? v.toString()
        : v,
  );
}

@Injectable()
export class IdempotencyService {
  constructor(private readonly ds: DataSource) {}

  /**
   * Runs `create` in one transaction together with the key's record. Concurrent requests with the same key wait on
   * the key's unique index and then get the stored response; a different body under the same key is refused (409).
   * Without a key, `create` simply runs in a transaction.
   */
  async run<T>(
    opts: { actorId: string; route: string; key: string | null; body: unknown },
    create: (m: EntityManager) => Promise<T>,
  ): Promise<T> {
    if (!opts.key) return this.ds.transaction(create);
    const requestHash = this.hashOf(opts.body);
    return this.ds.transaction(async (m) => {
      const inserted: Array<{ id: string }> = await m.query(
        `INSERT INTO idempotency_keys (actor_id, key, route, request_hash) VALUES ($1, $2, $3, $4)
         ON CONFLICT (actor_id, route, key) DO NOTHING RETURNING id`,
        [opts.actorId, opts.key, opts.route, requestHash],
      );
      if (!inserted.length) {
        const [row]: Array<{ request_hash: string; response: T }> = await m.query(
          `SELECT request_hash, response FROM idempotency_keys WHERE actor_id = $1 AND route = $2 AND key = $3`,
          [opts.actorId, opts.route, opts.key],
        );
        return this.replay({ requestHash: row.request_hash, response: row.response }, requestHash);
      }
      const result = await create(m);
      await m.query(`UPDATE idempotency_keys SET response = $2, status_code = 201 WHERE id = $1`, [
        inserted[0].id,
        this.responseJson(result),
      ]);
      return result;
    });
  }

  /** The hash a key's record keeps of the request body (canonical JSON, sha256): a retry must send the same body. */
  hashOf(body: unknown): string {
    return createHash('sha256')
      .update(canonical(body ?? null))
      .digest('hex');
  }

  /**
   * The stored answer for a retried key, or the mismatch refusal (409) when the body differs. For callers that write
   * the key's record themselves (online ballots record many keys in one group-commit transaction: `responseJson`).
   */
  replay<T>(stored: { requestHash: string; response: T }, requestHash: string): T {
    if (stored.requestHash.trim() !== requestHash) {
      throw new AppError(ErrorCode.IDEMPOTENCY_MISMATCH, '同一个提交编号对应了不同的内容，请刷新页面后重新提交');
    }
    return stored.response;
  }

  /** The answer as it is stored in `idempotency_keys.response` (bigints as strings). */
  responseJson(result: unknown): string {
    return JSON.stringify(result, (_k, v) => (typeof v === 'bigint' ? v.toString() : v));
  }
}
