import { Injectable, type PipeTransform } from '@nestjs/common';
import { AppError } from './app-error.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether `value` is a record id (a UUID) — the one copy of the check. */
export function isId(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

/**
 * A malformed id names no record: 404 with `what` (e.g. '工单'), exactly like a missing or foreign one, so the
 * answer tells nothing more than "not found" (and never reaches PostgreSQL as an invalid uuid).
 */
export function requireId(value: string, what: string): string {
  if (!isId(value)) throw AppError.notFound(what);
  return value;
}

/** The same as a route parameter pipe: `@Param('id', new IdPipe('工单')) id: string`. */
@Injectable()
export class IdPipe implements PipeTransform<string, string> {
  constructor(private readonly what: string) {}
  transform(value: string): string {
    return requireId(value, this.what);
  }
}
