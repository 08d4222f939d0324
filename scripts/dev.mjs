#!/usr/bin/env node
// `pnpm dev`: builds the API and the H5 app, then starts the API on embedded PostgreSQL (data kept in .data/,
// demo district seeded) serving the H5 app at one URL. For hot reload of the pages, run
// `pnpm --filter @gongzhi/miniapp dev:h5` beside it.
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const step = (name, args) => {
  process.stdout.write(`▶ ${name}\n`);
  const r = spawnSync('pnpm', args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};
step('构建 API', ['--filter', '@gongzhi/api', 'build']);
if (!process.env.SKIP_H5) step('构建 H5 页面', ['--filter', '@gongzhi/miniapp', 'build:h5']);
const api = spawn('node', ['apps/api/dist/src/main.js'], {
  cwd: root,
  stdio: 'inherit',
  env: { NODE_ENV: 'development', ...process.env },
});
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => api.kill(sig));
api.on('exit', (code) => process.exit(code ?? 0));
