import { ErrorCode } from '@gongzhi/domain';
import { NotFoundException } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { AppError, statusOf } from './app-error.js';
import { toEnvelope } from './error.filter.js';

describe('error envelope', () => {
  it('maps a database unique violation to 409 with a Chinese message', () => {
    const err = new QueryFailedError(
      'INSERT ...',
      [],
      Object.assign(new Error('duplicate key'), { code: '23505', constraint: 'uq_unit_address' }),
    );
    const { status, body } = toEnvelope(err, 'req-1');
    expect(status).toBe(409);
    expect(body.error).toEqual({
      code: ErrorCode.CONFLICT,
      message: '该记录已存在，请勿重复提交',
      details: { constraint: 'uq_unit_address' },
    });
  });

  it('answers an unknown error with 500, a correlation id and no internals', () => {
    const { status, body } = toEnvelope(
      new TypeError("Cannot read properties of undefined (reading 'secret_column')"),
      'req-42',
    );
    expect(status).toBe(500);
    expect(body.error.code).toBe(ErrorCode.INTERNAL);
    expect(body.error.correlationId).toBe('req-42');
    expect(JSON.stringify(body)).not.toMatch(/secret_column|TypeError|undefined/);
  });

  it('answers 503 when the database connection is refused', () => {
    const err = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    expect(toEnvelope(err).status).toBe(503);
    expect(toEnvelope(err).body.error.code).toBe(ErrorCode.UNAVAILABLE);
  });

  it('keeps the code and details of a domain error and maps framework exceptions to codes', () => {
    const e = new AppError(ErrorCode.ILLEGAL_TRANSITION, '工单已完成，不能再派单', { currentStatus: 'done' });
    expect(toEnvelope(e)).toEqual({
      status: 409,
      body: {
        error: {
          code: ErrorCode.ILLEGAL_TRANSITION,
          message: '工单已完成，不能再派单',
          details: { currentStatus: 'done' },
        },
      },
    });
    expect(toEnvelope(new NotFoundException()).body.error.code).toBe(ErrorCode.NOT_FOUND);
  });

  it('gives every shared error code an HTTP status', () => {
    for (const code of Object.values(ErrorCode)) expect(statusOf(code)).toBeGreaterThanOrEqual(400);
  });
});
