import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import { log } from './logger.js';

export interface RequestWithContext extends Request {
  requestId: string;
  /** Set by the auth guard. */
  user?: { personId: string } & Record<string, unknown>;
}

/**
 * Ballot routes: their access-log lines carry no user id — with the line's time, it would tie a person to a ballot's
 * cast time and so to its place in the chain (ballot secrecy, docs/votes.md).
 */
const BALLOT_ROUTE = /^\/api\/v1\/resolutions\/:id\/(ballots|paper-ballots|my-ballots)(\/|$)/;

/** Gives every request an id (echoed as X-Request-Id) and writes one access-log line when it finishes. */
export function requestContext(req: Request, res: Response, next: NextFunction): void {
  const r = req as RequestWithContext;
  const incoming = req.header('x-request-id');
  r.requestId = incoming && /^[\w-]{8,64}$/.test(incoming) ? incoming : randomUUID();
  res.setHeader('X-Request-Id', r.requestId);
  const started = process.hrtime.bigint();
  res.on('finish', () => {
    const durationMs = Number(process.hrtime.bigint() - started) / 1e6;
    const route =
      (req.route as { path?: string } | undefined)?.path ?? (req.path.startsWith('/api') ? '(unmatched)' : '(static)');
    const fullRoute = req.baseUrl ? `${req.baseUrl}${route}` : route;
    log(res.statusCode >= 500 ? 'error' : 'info', 'request', {
      requestId: r.requestId,
      userId: BALLOT_ROUTE.test(fullRoute) ? null : (r.user?.personId ?? null),
      method: req.method,
      route: fullRoute,
      status: res.statusCode,
      durationMs: Math.round(durationMs * 10) / 10,
    });
  });
  next();
}
