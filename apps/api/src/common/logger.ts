/**
 * Structured JSON logs on stdout. Never pass personal data (names, phones, openids, tokens) into these fields:
 * routes are logged as their pattern (`/api/v1/repairs/:id`), never the raw URL with its query string.
 */
type Level = 'debug' | 'info' | 'warn' | 'error';
const ORDER: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };
let threshold: Level = 'info';

export function setLogLevel(level: Level): void {
  threshold = level;
}

export function log(level: Level, msg: string, fields: Record<string, unknown> = {}): void {
  if (ORDER[level] < ORDER[threshold]) return;
  process.stdout.write(`${JSON.stringify({ ts: new Date().toISOString(), level, msg, ...fields })}\n`);
}
