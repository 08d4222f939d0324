import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { Response } from 'express';

/**
 * A JSON answer serialized once, with its ETag, for answers many requests share (a cached dashboard): each request
 * then sends the stored bytes instead of serializing the same objects again and hashing them for Express's ETag.
 * A request whose If-None-Match equals the ETag gets 304 with no body (Express checks freshness in `res.send`).
 */
export interface PreparedJson {
  body: string;
  etag: string;
  /** The body gzipped once, for a large answer (opt-in): sent to clients that accept gzip. */
  gzip?: Buffer;
}

export function prepareJson(value: unknown, opts: { gzip?: boolean } = {}): PreparedJson {
  const body = JSON.stringify(value);
  const etag = `W/"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
  return opts.gzip ? { body, etag, gzip: gzipSync(body) } : { body, etag };
}

export function sendPreparedJson(res: Response, prepared: PreparedJson, status = 200): void {
  res.status(status).setHeader('ETag', prepared.etag);
  // Personal or official data: a browser may keep it and ask again with the ETag, a shared cache must not keep it.
  res.setHeader('Cache-Control', 'private, no-cache');
  res.type('application/json; charset=utf-8');
  if (prepared.gzip) {
    res.setHeader('Vary', 'Accept-Encoding');
    if (/\bgzip\b/.test(String(res.req.headers['accept-encoding'] ?? ''))) {
      res.setHeader('Content-Encoding', 'gzip');
      res.send(prepared.gzip);
      return;
    }
  }
  res.send(prepared.body);
}
