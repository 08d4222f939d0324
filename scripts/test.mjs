#!/usr/bin/env node
// `pnpm test`: every check a change must pass, in order, with a closing count.
//   1. format (Prettier), lint (ESLint), module dependency rules, OpenAPI compatibility with the released baseline
//   2. type-check every package        5. API e2e (jest + supertest on embedded PostgreSQL)
//   3. domain + client unit tests       6. weapp build within the size budget, its syntax for older phones
//   4. generated client is up to date   7. browser smoke: built H5 served by the API, headless Chromium
// Environment: SKIP_BROWSER=1 skips 6-7 (for a quick loop; CI never sets it).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const artifacts = path.join(root, '.artifacts');
mkdirSync(artifacts, { recursive: true });
const results = [];
let passed = 0;
let failed = 0;

function run(name, cmd, args, opts = {}) {
  const started = Date.now();
  process.stdout.write(`\n▶ ${name}\n`);
  // With `capture`, output is kept (and still printed) so the step's own counts can be read from it.
  const r = spawnSync(cmd, args, {
    cwd: opts.cwd ?? root,
    stdio: opts.capture ? ['inherit', 'pipe', 'inherit'] : 'inherit',
    env: { ...process.env, ...opts.env },
    maxBuffer: 256 * 1024 * 1024,
  });
  if (opts.capture) process.stdout.write(r.stdout ?? '');
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const ok = r.status === 0;
  results.push({ name, ok, seconds });
  process.stdout.write(`${ok ? '✔' : '✘'} ${name} (${seconds}s)\n`);
  return opts.capture ? { ok, out: String(r.stdout ?? '') } : ok;
}

/** Adds a step's own pass/fail counts (matched by `re`: passed, failed) or, when absent, 1 for the step itself. */
function count(step, re) {
  const m = step.out.match(re);
  if (m) {
    passed += Number(m[1]);
    failed += Number(m[2]);
  } else if (step.ok) passed++;
  else failed++;
}

function jestCounts(file) {
  if (!existsSync(file)) return null;
  const j = JSON.parse(readFileSync(file, 'utf8'));
  return {
    passed: j.numPassedTests,
    failed: j.numFailedTests + (j.numRuntimeErrorTestSuites ?? 0),
    skipped: j.numPendingTests,
  };
}

for (const [name, script] of [
  ['format (prettier --check; `pnpm format` fixes)', 'format:check'],
  ['lint (eslint)', 'lint'],
  ['module dependency rules', 'deps:check'],
  ['OpenAPI compatibility with docs/openapi-released.json', 'openapi:compat'],
]) {
  if (run(name, 'pnpm', ['run', '--silent', script])) passed++;
  else failed++;
}
count(
  run('repository scripts unit tests', 'node', ['--test', 'scripts/test/*.test.mjs'], { capture: true }),
  /[ℹ#] pass (\d+)\r?\n[ℹ#] fail (\d+)/,
);

let ok = run('type-check (every package)', 'pnpm', ['-r', '--workspace-concurrency=2', 'typecheck']);

const domainJson = path.join(artifacts, 'jest-domain.json');
rmSync(domainJson, { force: true });
run('domain rules (unit + property-based)', 'pnpm', [
  '--filter',
  '@gongzhi/domain',
  'test',
  '--json',
  `--outputFile=${domainJson}`,
]);
const d = jestCounts(domainJson);
if (d) {
  passed += d.passed;
  failed += d.failed;
} else failed += 1;

if (existsSync(path.join(root, 'packages/api-client/package.json'))) {
  count(
    run('api-client unit tests', 'pnpm', ['--filter', '@gongzhi/api-client', 'test'], { capture: true }),
    /[ℹ#] pass (\d+)\r?\n[ℹ#] fail (\d+)/,
  );
  // The committed client must be what the committed OpenAPI document generates.
  const schemaFile = path.join(root, 'packages/api-client/src/schema.ts');
  const before = existsSync(schemaFile) ? readFileSync(schemaFile, 'utf8') : '';
  const gen = run('api-client regenerated from apps/api/openapi.json', 'pnpm', [
    '--filter',
    '@gongzhi/api-client',
    'generate',
  ]);
  const after = existsSync(schemaFile) ? readFileSync(schemaFile, 'utf8') : '';
  const same = gen && before === after;
  if (!same) {
    writeFileSync(schemaFile, before);
    results.push({ name: 'api-client is up to date (run `pnpm openapi` and commit)', ok: false, seconds: '0' });
  }
  if (same) passed++;
  else failed++;
}

const apiJson = path.join(artifacts, 'jest-api.json');
rmSync(apiJson, { force: true });
run('API e2e (real PostgreSQL)', 'pnpm', ['--filter', '@gongzhi/api', 'test', '--json', `--outputFile=${apiJson}`]);
const a = jestCounts(apiJson);
if (a) {
  passed += a.passed;
  failed += a.failed;
} else failed += 1;

if (!process.env.SKIP_BROWSER) {
  if (run('weapp build within the package budget', 'pnpm', ['--filter', '@gongzhi/miniapp', 'build:weapp'])) passed++;
  else failed++;
  // Seconds: every .js of dist/weapp parsed at the older phones' syntax level (apps/miniapp/scripts/check-weapp.mjs).
  if (
    run('weapp output runs on older phones (ES2018, no BigInt)', 'pnpm', [
      '--filter',
      '@gongzhi/miniapp',
      'check:weapp',
    ])
  )
    passed++;
  else failed++;
  count(
    run('browser tests (H5 + API + headless Chromium)', 'node', ['scripts/browser-tests.mjs'], { capture: true }),
    /browser tests: (\d+) passed, (\d+) failed/,
  );
}

process.stdout.write('\nSummary:\n');
for (const r of results) process.stdout.write(`  ${r.ok ? '✔' : '✘'} ${r.name} (${r.seconds}s)\n`);
if (!ok) failed += 1;
ok = results.every((r) => r.ok);
process.stdout.write(`\ntests: ${passed} passed, ${failed} failed\n`);
process.exit(ok && failed === 0 ? 0 : 1);
