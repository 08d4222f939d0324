import { DomainError } from '@gongzhi/domain';
import { AppError } from './app-error.js';

/**
 * Runs a pure rule; its refusal (DomainError: roster invalid, bad figures, …) becomes the API's error with the same
 * code, message and details (bigints in the details as decimal strings, so the answer is JSON).
 */
export function fromDomain<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof DomainError)
      throw new AppError(
        e.code,
        e.message,
        e.details === undefined
          ? undefined
          : JSON.parse(JSON.stringify(e.details, (_k, v) => (typeof v === 'bigint' ? v.toString() : v))),
      );
    throw e;
  }
}
