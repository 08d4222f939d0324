import type { ErrorCode } from './errors.js';

/**
 * The one error type thrown by domain rules. `code` is a shared error code (clients switch on it),
 * `message` is Chinese and says what to do next; `details` is optional machine-readable context.
 */
export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly details?: unknown;

  constructor(code: ErrorCode, message: string, details?: unknown) {
    super(message);
    this.name = 'DomainError';
    this.code = code;
    if (details !== undefined) this.details = details;
  }
}
