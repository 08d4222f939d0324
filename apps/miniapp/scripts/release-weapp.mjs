#!/usr/bin/env node
// `pnpm release:weapp`: the weapp build for upload. Refuses to build unless TARO_APP_API_BASE (shell, else
// apps/miniapp/.env.production.local / .env.production / .env.local / .env — the files Taro reads) is `https://<domain>`:
// WeChat only lets wx.request reach a configured https domain (README「服务器域名」), so a release pointing at
// http://127.0.0.1:3000 would fail on every phone. Then: build, size check, syntax check (`check:weapp`), and a look
// that no http:// API address ended up in the bundle. The plain `build:weapp` (tests, DevTools) only warns.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const app = fileURLToPath(new URL('..', import.meta.url));

/** Why `base` cannot be a release API address, or null when it can. */
export function releaseBaseProblem(base) {
  if (!base) return '未设置 TARO_APP_API_BASE（发布版必须是 https://<已备案域名>）';
  let u;
  try {
    u = new URL(base);
  } catch {
    return `TARO_APP_API_BASE 不是网址：${base}`;
  }
  if (u.protocol !== 'https:') return `TARO_APP_API_BASE 必须以 https:// 开头：${base}`;
  if (u.port) return `TARO_APP_API_BASE 不能带端口（微信只允许 443）：${base}`;
  if (/^[\d.]+$/.test(u.hostname) || u.hostname.startsWith('[')) return `TARO_APP_API_BASE 不能是 IP 地址：${base}`;
  if (u.hostname === 'localhost' || !u.hostname.includes('.')) return `TARO_APP_API_BASE 必须是已备案的域名：${base}`;
  if (u.pathname !== '/' || u.search || u.hash || base.endsWith('/'))
    return `TARO_APP_API_BASE 只写协议和域名，如 https://api.example.cn：${base}`;
  return null;
}

/** TARO_APP_API_BASE from the shell, else from the .env files Taro reads for a production build (first wins). */
export function configuredBase(env = process.env, dir = app) {
  if (env.TARO_APP_API_BASE) return env.TARO_APP_API_BASE;
  for (const name of ['.env.production.local', '.env.production', '.env.local', '.env']) {
    const file = join(dir, name);
    if (!existsSync(file)) continue;
    const m = readFileSync(file, 'utf8').match(/^\s*TARO_APP_API_BASE\s*=\s*["']?([^"'\s#]*)/m);
    if (m) return m[1];
  }
  return '';
}

const step = (name, cmd, args, env) => {
  console.log(`release:weapp: ${name}`);
  const r = spawnSync(cmd, args, { cwd: app, stdio: 'inherit', env: { ...process.env, ...env } });
  if (r.status !== 0) {
    console.error(`release:weapp: FAILED at ${name}`);
    process.exit(1);
  }
};

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const base = configuredBase();
  const problem = releaseBaseProblem(base);
  if (problem) {
    console.error(
      `release:weapp: FAILED — ${problem}\n  例：TARO_APP_API_BASE=https://api.example.cn pnpm release:weapp`,
    );
    process.exit(1);
  }
  const env = { TARO_APP_API_BASE: base, NODE_ENV: 'production' };
  step('taro build --type weapp', 'pnpm', ['exec', 'taro', 'build', '--type', 'weapp'], env);
  step('size check', 'node', ['scripts/size-check.mjs'], env);
  step('syntax check for older phones', 'node', ['scripts/check-weapp.mjs'], env);
  const dist = join(app, 'dist/weapp');
  const js = (d) => readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? js(join(d, n)) : [join(d, n)]));
  const leaked = js(dist).filter(
    (f) => f.endsWith('.js') && /http:\/\/(127\.0\.0\.1|localhost)/.test(readFileSync(f, 'utf8')),
  );
  if (leaked.length) {
    console.error(`release:weapp: FAILED — a local http address is in ${leaked.join(', ')}`);
    process.exit(1);
  }
  console.log(`release:weapp: dist/weapp is ready for upload (API ${base}). Review notes: docs/weapp-review.md`);
}
