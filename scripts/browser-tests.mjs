#!/usr/bin/env node
// Browser tests: build the API and the H5 app, start the API (same main.ts as production, embedded PostgreSQL in a
// throw-away folder, demo data seeded) serving the H5 build, then run every apps/miniapp/test/*.h5.mjs against it in
// headless Chromium. Screenshots land in .artifacts/ (git-ignored).
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const sh = (name, cmd, args, env = {}) => {
  process.stdout.write(`  · ${name}\n`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  if (r.status !== 0) throw new Error(`${name} failed`);
};
const freePort = () =>
  new Promise((resolve) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

sh('build API', 'pnpm', ['--filter', '@gongzhi/api', 'build']);
sh('build H5', 'pnpm', ['--filter', '@gongzhi/miniapp', 'build:h5']);

const base = '/var/tmp/gongzhi-browser';
mkdirSync(base, { recursive: true });
chmodSync(base, 0o755);
const dir = mkdtempSync(path.join(base, 'run-'));
chmodSync(dir, 0o755);
// A local stand-in for the two WeChat calls a browser test can reach: the access token and the 小程序码 of a notice
// poster (notices.h5.mjs checks the poster carries it). Sign-in is the dev picker; content checks are off here. It runs
// as its own process: this one blocks in spawnSync while each test runs.
const wechatPort = await freePort();
const wechatFake = spawn(
  'node',
  [
    '-e',
    `const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
     require('node:http').createServer((req, res) => {
       const p = new URL(req.url ?? '/', 'http://fake').pathname;
       req.resume();
       if (p === '/cgi-bin/stable_token') {
         res.writeHead(200, { 'content-type': 'application/json' });
         return res.end(JSON.stringify({ access_token: 'BROWSER-TEST-TOKEN', expires_in: 7200 }));
       }
       if (p === '/wxa/getwxacodeunlimit') {
         res.writeHead(200, { 'content-type': 'image/png' });
         return res.end(png);
       }
       res.writeHead(404, { 'content-type': 'application/json' });
       res.end(JSON.stringify({ errcode: 404, errmsg: 'not faked' }));
     }).listen(${wechatPort}, '127.0.0.1');`,
  ],
  { stdio: 'ignore' },
);
const [port, pgPort] = [await freePort(), await freePort()];
const api = spawn('node', ['apps/api/dist/src/main.js'], {
  cwd: root,
  stdio: ['ignore', 'pipe', 'inherit'],
  env: {
    ...process.env,
    NODE_ENV: 'development',
    PORT: String(port),
    EMBEDDED_PG_DIR: path.join(dir, 'pg'),
    EMBEDDED_PG_PORT: String(pgPort),
    FILES_DIR: path.join(dir, 'files'),
    H5_DIR: path.join(root, 'apps/miniapp/dist/h5'),
    LOG_LEVEL: 'warn',
    WECHAT_API_BASE: `http://127.0.0.1:${wechatPort}`,
    JOBS: 'off',
    // votes.h5.mjs moves the votes clock (POST /api/v1/_test/clock; never available in production).
    VOTES_TEST_CLOCK: 'on',
    // The browser tests sign the same demo people in many times within a minute.
    SIGN_IN_RATE_PER_CODE: '1000',
    SIGN_IN_RATE_PER_IP: '100000',
    // votes.h5.mjs enters the rest of a quorum as paper ballots within a minute.
    PAPER_BALLOT_RATE_PER_PERSON: '100000',
    // …and the declared write limits (common/rate-limit.ts) count those as writes of one committee member too.
    RATE_LIMIT_FACTOR: '1000',
  },
});
let apiOut = '';
api.stdout.on('data', (b) => {
  apiOut += b.toString();
});
const url = `http://127.0.0.1:${port}`;
let code = 1;
try {
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (api.exitCode !== null) throw new Error(`API exited early (${api.exitCode}):\n${apiOut}`);
    try {
      if ((await fetch(`${url}/readyz`)).ok) break;
    } catch {
      /* not up yet */
    }
    if (Date.now() > deadline) throw new Error(`API not ready after 60 s:\n${apiOut}`);
    await new Promise((r) => setTimeout(r, 300));
  }
  const testsDir = path.join(root, 'apps/miniapp/test');
  const files = readdirSync(testsDir)
    .filter((f) => f.endsWith('.h5.mjs'))
    // BROWSER_TESTS=votes,ledger runs only the files whose names contain one of the words (a quick loop; CI runs all).
    .filter((f) => !process.env.BROWSER_TESTS || process.env.BROWSER_TESTS.split(',').some((w) => f.includes(w)))
    .sort();
  let failures = 0;
  for (const f of files) {
    process.stdout.write(`  · ${f}\n`);
    const r = spawnSync('node', [path.join(testsDir, f)], {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, H5_URL: url },
    });
    if (r.status !== 0) failures++;
  }
  process.stdout.write(`  browser tests: ${files.length - failures} passed, ${failures} failed\n`);
  code = failures ? 1 : 0;
} catch (e) {
  process.stderr.write(`${e instanceof Error ? e.message : e}\n`);
} finally {
  api.kill('SIGTERM');
  await new Promise((r) => {
    api.once('exit', r);
    setTimeout(r, 10_000);
  });
  rmSync(dir, { recursive: true, force: true });
  wechatFake.kill('SIGTERM');
}
process.exit(code);
