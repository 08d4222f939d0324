import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Server } from 'node:http';
import { ErrorCode } from '@gongzhi/domain';
import type { NextFunction, Request, Response } from 'express';
import type { AppConfig } from '../config/config.js';

/**
 * Security headers on every answer (API, H5 app, docs), written here rather than with helmet: eight fixed headers,
 * one place to read them. The CSP allows no inline script and no eval; the H5 page's own inline bootstrap script
 * (Taro's template) is allowed by its SHA-256 hash, computed from the built index.html at start-up.
 * `style-src 'unsafe-inline'` stays because Taro's components inject <style> elements at run time.
 */
export function securityHeaders(config: AppConfig) {
  const scriptHashes = config.h5Dir ? inlineScriptHashes(path.join(config.h5Dir, 'index.html')) : [];
  const csp = [
    "default-src 'self'",
    `script-src 'self'${scriptHashes.map((h) => ` '${h}'`).join('')}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    // blob:/data: — Taro H5 reads a chosen photo from its blob: URL with XHR before uploading it.
    "connect-src 'self' blob: data:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
  return (_req: Request, res: Response, next: NextFunction): void => {
    res.setHeader('Content-Security-Policy', csp);
    res.setHeader('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('X-Frame-Options', 'DENY');
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
    res.setHeader('Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=()');
    res.setHeader('X-Permitted-Cross-Domain-Policies', 'none');
    next();
  };
}

/** `sha256-…` sources of every inline <script> of a built page (none when it has none or is missing). */
export function inlineScriptHashes(file: string): string[] {
  if (!existsSync(file)) return [];
  const html = readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)) {
    if (m[1].length) out.push(`sha256-${createHash('sha256').update(m[1], 'utf8').digest('base64')}`);
  }
  return out;
}

/**
 * Slow-client limits (a body trickled for minutes holds a connection and a worker's memory): headers within
 * `headersMs`, the whole request within `uploadMs` (Node's server-wide requestTimeout; `wx.uploadFile` allows 60 s),
 * and anything that is not a multipart upload within `bodyMs` (this middleware: 408 and the socket closed).
 */
export function applyServerTimeouts(server: Server, t: AppConfig['requestTimeouts']): void {
  server.headersTimeout = t.headersMs;
  server.requestTimeout = t.uploadMs;
}

export function bodyDeadline(t: AppConfig['requestTimeouts']) {
  return (req: Request, res: Response, next: NextFunction): void => {
    if (req.complete || /^multipart\//i.test(req.headers['content-type'] ?? '')) return next();
    const timer = setTimeout(() => {
      if (req.complete || res.headersSent) return;
      res.setHeader('Connection', 'close');
      res.status(408).json({
        error: { code: ErrorCode.UNAVAILABLE, message: '请求发送太慢，已中断，请重试', details: null },
      });
      req.socket.destroySoon?.();
    }, t.bodyMs);
    timer.unref();
    const clear = () => clearTimeout(timer);
    req.once('end', clear);
    req.once('close', clear);
    res.once('finish', clear);
    next();
  };
}
