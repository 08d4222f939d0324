import { ErrorCode } from '@gongzhi/domain';

/** A domain/application error with a shared code and a Chinese message that tells the user what to do next. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
    /** Overrides the status the code maps to (rarely needed). */
    readonly status?: number,
  ) {
    super(message);
    this.name = 'AppError';
  }

  static notFound(what = '记录'): AppError {
    return new AppError(ErrorCode.NOT_FOUND, `${what}不存在或您无权查看`);
  }

  static forbidden(message = '您没有执行此操作的权限'): AppError {
    return new AppError(ErrorCode.FORBIDDEN, message);
  }

  static conflict(message: string, details?: unknown): AppError {
    return new AppError(ErrorCode.CONFLICT, message, details);
  }
}

/** HTTP status for every code. The switch is exhaustive: adding a code without a status does not compile. */
export function statusOf(code: ErrorCode): number {
  switch (code) {
    case ErrorCode.VALIDATION_FAILED:
    case ErrorCode.ROSTER_INVALID:
    case ErrorCode.LEDGER_AMOUNT_INVALID:
    case ErrorCode.FILE_INVALID:
    case ErrorCode.WECHAT_CODE_INVALID:
    case ErrorCode.SMS_CODE_INVALID:
    case ErrorCode.CONTENT_REJECTED:
    case ErrorCode.NOTICE_PERSONAL_INFO:
      return 400;
    case ErrorCode.UNAUTHENTICATED:
    case ErrorCode.TOKEN_EXPIRED:
      return 401;
    case ErrorCode.FORBIDDEN:
    case ErrorCode.WECHAT_RISKY_USER:
    case ErrorCode.DEV_LOGIN_DISABLED:
    case ErrorCode.VOTE_NOT_IN_ELECTORATE:
    case ErrorCode.VOTE_NOT_DESIGNATED_VOTER:
    case ErrorCode.VOTE_OWNER_NOT_VERIFIED:
    case ErrorCode.LEDGER_AUTHOR_CANNOT_APPROVE:
      return 403;
    case ErrorCode.NOT_FOUND:
      return 404;
    case ErrorCode.CONFLICT:
    case ErrorCode.ILLEGAL_TRANSITION:
    case ErrorCode.BINDING_DUPLICATE:
    case ErrorCode.ROSTER_OBJECTION_OPEN:
    case ErrorCode.VOTE_ALREADY_CAST:
    case ErrorCode.VOTE_NOT_OPEN:
    case ErrorCode.VOTE_DESIGNATION_FROZEN:
    case ErrorCode.IDEMPOTENCY_MISMATCH:
    case ErrorCode.LEDGER_RESOLUTION_REQUIRED:
    case ErrorCode.NOTICE_DECISION_REQUIRED:
      return 409;
    case ErrorCode.PAYLOAD_TOO_LARGE:
    case ErrorCode.FILE_TOO_LARGE:
      return 413;
    case ErrorCode.FILE_TYPE_NOT_ALLOWED:
      return 415;
    case ErrorCode.RATE_LIMITED:
    case ErrorCode.WECHAT_RATE_LIMITED:
      return 429;
    case ErrorCode.INTERNAL:
      return 500;
    case ErrorCode.WECHAT_UNAVAILABLE:
      return 502;
    case ErrorCode.UNAVAILABLE:
      return 503;
    default: {
      const unmapped: never = code;
      throw new Error(`unmapped error code ${String(unmapped)}`);
    }
  }
}
