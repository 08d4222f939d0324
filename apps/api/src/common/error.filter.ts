import { ArgumentsHost, Catch, HttpException, type ExceptionFilter } from '@nestjs/common';
import { ErrorCode, type ErrorEnvelope } from '@gongzhi/domain';
import type { Response } from 'express';
import { QueryFailedError } from 'typeorm';
import { AppError, statusOf } from './app-error.js';
import { log } from './logger.js';
import type { RequestWithContext } from './request-context.js';

const HTTP_TO_CODE: Record<number, [ErrorCode, string]> = {
  400: [ErrorCode.VALIDATION_FAILED, '请求格式不正确，请检查后重试'],
  401: [ErrorCode.UNAUTHENTICATED, '请先登录'],
  403: [ErrorCode.FORBIDDEN, '您没有执行此操作的权限'],
  404: [ErrorCode.NOT_FOUND, '您访问的内容不存在'],
  409: [ErrorCode.CONFLICT, '操作与当前状态冲突，请刷新后重试'],
  413: [ErrorCode.PAYLOAD_TOO_LARGE, '提交的内容太大'],
  415: [ErrorCode.FILE_TYPE_NOT_ALLOWED, '不支持的内容类型'],
  429: [ErrorCode.RATE_LIMITED, '操作太频繁，请稍后再试'],
  503: [ErrorCode.UNAVAILABLE, '服务暂时不可用，请稍后再试'],
};

const CONNECTION_ERRORS = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  '57P01',
  '57P02',
  '57P03',
  '08006',
  '08001',
  '08003',
]);

/** Turns every error into the one envelope `{ error: { code, message, details } }`. Internals never reach the client. */
@Catch()
export class ErrorEnvelopeFilter implements ExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const res = ctx.getResponse<Response>();
    const req = ctx.getRequest<RequestWithContext>();
    const { status, body } = toEnvelope(exception, req?.requestId);
    if (status >= 500 && exception instanceof AppError) {
      // A coded failure we answered on purpose (an upstream such as WeChat is down): no stack needed.
      log('warn', 'upstream or availability error', { requestId: req?.requestId, code: exception.code });
    } else if (status >= 500) {
      const e = exception as { name?: string; code?: string; stack?: string };
      log('error', 'unhandled error', {
        requestId: req?.requestId,
        name: e?.name,
        dbCode: e?.code,
        stack: e?.stack?.split('\n').slice(0, 6).join(' | '),
      });
    }
    if (res.headersSent) return;
    // A route may have set its own type (@Header on an HTML or spreadsheet export) before it failed: the envelope is
    // JSON, and a failed export must not arrive as a file download.
    res.removeHeader('Content-Disposition');
    // 429: the wait in seconds as the standard header too (RFC 9110 §10.2.3), so HTTP clients back off on their own.
    const wait = (body.error.details as { retryAfterSeconds?: unknown } | undefined)?.retryAfterSeconds;
    if (status === 429 && typeof wait === 'number') res.setHeader('Retry-After', String(Math.max(1, Math.ceil(wait))));
    res.status(status).type('application/json; charset=utf-8').json(body);
  }
}

export function toEnvelope(exception: unknown, correlationId?: string): { status: number; body: ErrorEnvelope } {
  if (exception instanceof AppError) {
    const status = exception.status ?? statusOf(exception.code);
    return {
      status,
      body: {
        error: {
          code: exception.code,
          message: exception.message,
          ...(exception.details !== undefined ? { details: exception.details } : {}),
        },
      },
    };
  }
  if (exception instanceof QueryFailedError) {
    const driverError = (exception as QueryFailedError & { driverError?: { code?: string; constraint?: string } })
      .driverError;
    if (driverError?.code === '23505') {
      return {
        status: 409,
        body: {
          error: {
            code: ErrorCode.CONFLICT,
            message: '该记录已存在，请勿重复提交',
            details: { constraint: driverError.constraint },
          },
        },
      };
    }
    if (driverError?.code && CONNECTION_ERRORS.has(driverError.code)) return unavailable();
  }
  const code = (exception as { code?: string } | null)?.code;
  if (code && CONNECTION_ERRORS.has(code)) return unavailable();
  if (
    exception instanceof Error &&
    /Connection terminated|connect ECONNREFUSED|timeout exceeded when trying to connect/i.test(exception.message)
  ) {
    return unavailable();
  }
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    const mapped = HTTP_TO_CODE[status];
    if (mapped) return { status, body: { error: { code: mapped[0], message: mapped[1] } } };
  }
  return {
    status: 500,
    body: {
      error: {
        code: ErrorCode.INTERNAL,
        message: '服务器出错了，请稍后再试；如问题持续，请把编号告诉客服',
        correlationId,
      },
    },
  };
}

function unavailable(): { status: number; body: ErrorEnvelope } {
  return { status: 503, body: { error: { code: ErrorCode.UNAVAILABLE, message: '数据库暂时不可用，请稍后再试' } } };
}
