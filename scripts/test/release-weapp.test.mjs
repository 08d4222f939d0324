// `pnpm release:weapp` refuses to build for upload unless the API address is https://<domain>.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { configuredBase, releaseBaseProblem } from '../../apps/miniapp/scripts/release-weapp.mjs';

const script = fileURLToPath(new URL('../../apps/miniapp/scripts/release-weapp.mjs', import.meta.url));

test('release:weapp without an https base fails before building', () => {
  for (const base of ['', 'http://127.0.0.1:3000', 'http://api.example.cn']) {
    const r = spawnSync('node', [script], { env: { ...process.env, TARO_APP_API_BASE: base }, encoding: 'utf8' });
    assert.equal(r.status, 1, base);
    assert.match(r.stderr, /release:weapp: FAILED — /, base);
    assert.doesNotMatch(r.stdout, /taro build/, base);
  }
});

test('only https://<domain> is a release base', () => {
  assert.equal(releaseBaseProblem('https://api.example.cn'), null);
  for (const bad of [
    '',
    'http://api.example.cn',
    'https://127.0.0.1',
    'https://api.example.cn:8443',
    'https://localhost',
    'https://api.example.cn/',
    'https://api.example.cn/v1',
    'not a url',
  ])
    assert.notEqual(releaseBaseProblem(bad), null, bad);
});

test('the base is read from the shell first, then the .env files Taro reads', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'release-weapp-'));
  assert.equal(configuredBase({}, dir), '');
  writeFileSync(path.join(dir, '.env'), 'TARO_APP_API_BASE=http://127.0.0.1:3000\n');
  writeFileSync(path.join(dir, '.env.production'), '# release\nTARO_APP_API_BASE="https://api.example.cn"\n');
  assert.equal(configuredBase({}, dir), 'https://api.example.cn');
  assert.equal(configuredBase({ TARO_APP_API_BASE: 'https://x.example.cn' }, dir), 'https://x.example.cn');
});
