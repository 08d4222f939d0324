/**
 * Error codes shared by the API and the mini-program. Clients switch on the code, never on the text.
 * Form: DOMAIN.REASON. Add a code here first, then map it in apps/api (the mapping switch is exhaustive,
 * so an unmapped code does not compile).
 */
export const ErrorCode = {
  // platform
  VALIDATION_FAILED: 'COMMON.VALIDATION_FAILED',
  NOT_FOUND: 'COMMON.NOT_FOUND',
  CONFLICT: 'COMMON.CONFLICT',
  INTERNAL: 'COMMON.INTERNAL',
  UNAVAILABLE: 'COMMON.UNAVAILABLE',
  RATE_LIMITED: 'COMMON.RATE_LIMITED',
  PAYLOAD_TOO_LARGE: 'COMMON.PAYLOAD_TOO_LARGE',
  IDEMPOTENCY_MISMATCH: 'COMMON.IDEMPOTENCY_MISMATCH',
  // auth
  UNAUTHENTICATED: 'AUTH.UNAUTHENTICATED',
  FORBIDDEN: 'AUTH.FORBIDDEN',
  TOKEN_EXPIRED: 'AUTH.TOKEN_EXPIRED',
  WECHAT_CODE_INVALID: 'AUTH.WECHAT_CODE_INVALID',
  WECHAT_RATE_LIMITED: 'AUTH.WECHAT_RATE_LIMITED',
  WECHAT_RISKY_USER: 'AUTH.WECHAT_RISKY_USER',
  WECHAT_UNAVAILABLE: 'AUTH.WECHAT_UNAVAILABLE',
  DEV_LOGIN_DISABLED: 'AUTH.DEV_LOGIN_DISABLED',
  /** An SMS sign-in code that is wrong, used, expired or was never sent (one answer for all: no enumeration). */
  SMS_CODE_INVALID: 'AUTH.SMS_CODE_INVALID',
  // files
  FILE_TYPE_NOT_ALLOWED: 'FILE.TYPE_NOT_ALLOWED',
  FILE_TOO_LARGE: 'FILE.TOO_LARGE',
  FILE_INVALID: 'FILE.INVALID',
  // state machines (repairs, votes, ledger)
  ILLEGAL_TRANSITION: 'STATE.ILLEGAL_TRANSITION',
  // identity
  ROSTER_INVALID: 'ROSTER.INVALID',
  /** A vote cannot open: an owner's roster objection in its scope is unanswered. */
  ROSTER_OBJECTION_OPEN: 'ROSTER.OBJECTION_OPEN',
  BINDING_DUPLICATE: 'BINDING.DUPLICATE',
  // votes
  VOTE_ALREADY_CAST: 'VOTE.ALREADY_CAST',
  VOTE_NOT_OPEN: 'VOTE.NOT_OPEN',
  VOTE_NOT_IN_ELECTORATE: 'VOTE.NOT_IN_ELECTORATE',
  VOTE_NOT_DESIGNATED_VOTER: 'VOTE.NOT_DESIGNATED_VOTER',
  VOTE_OWNER_NOT_VERIFIED: 'VOTE.OWNER_NOT_VERIFIED',
  VOTE_DESIGNATION_FROZEN: 'VOTE.DESIGNATION_FROZEN',
  // ledger
  LEDGER_AUTHOR_CANNOT_APPROVE: 'LEDGER.AUTHOR_CANNOT_APPROVE',
  LEDGER_RESOLUTION_REQUIRED: 'LEDGER.RESOLUTION_REQUIRED',
  LEDGER_AMOUNT_INVALID: 'LEDGER.AMOUNT_INVALID',
  // content security
  CONTENT_REJECTED: 'CONTENT.REJECTED',
  // notices
  /** The text holds a mobile or ID number and no PIPL Art. 25 consent record is attached. */
  NOTICE_PERSONAL_INFO: 'NOTICE.PERSONAL_INFO',
  /** A notice speaking for the committee lacks approvals by more than half of all members. */
  NOTICE_DECISION_REQUIRED: 'NOTICE.DECISION_REQUIRED',
} as const;

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** The one error envelope every API error uses. */
export interface ErrorEnvelope {
  error: {
    code: ErrorCode;
    message: string;
    details?: unknown;
    correlationId?: string;
  };
}

/** One bad field of a validation error: `field` is a dotted path, `messages` are Chinese. */
export interface FieldError {
  field: string;
  messages: string[];
}
