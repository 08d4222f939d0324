// The weapp syntax check (apps/miniapp/scripts/check-weapp.mjs) on small sources: what older phones cannot run is
// found, what they can is let through.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkSource } from '../../apps/miniapp/scripts/check-weapp.mjs';

const found = (code) => checkSource(code).map((f) => f.what);

test('syntax newer than ES2018 does not parse', () => {
  for (const code of [
    'var a = b?.c;',
    'var a = b ?? 1;',
    'var a = 10n ** 14n;',
    'class A { x = 1 }',
    'try {} catch {}',
  ])
    assert.match(found(code)[0] ?? '', /ES2018 无法解析/, code);
});

test('BigInt, lookbehind and missing built-ins are found', () => {
  assert.match(found('var a = BigInt("1");')[0], /BigInt/);
  assert.match(found('var r = /(?<=a)b/;')[0], /后行断言/);
  assert.match(found('Promise.allSettled([]);')[0], /Promise\.allSettled/);
  assert.match(found('"a".replaceAll("a", "b");')[0], /replaceAll/);
  assert.match(found('[1].at(-1);')[0], /\.at/);
  assert.match(found('Object.hasOwn({}, "a");')[0], /Object\.hasOwn/);
});

test('what iOS 12 runs passes: ES2018, guarded globals, property names, local names', () => {
  assert.deepEqual(found('var o = { ...a }; async function f() { for await (const x of y) {} }'), []);
  assert.deepEqual(found('var g = "object" === typeof globalThis ? globalThis : this;'), []);
  assert.deepEqual(found('var o = { BigInt: 1 }; o.BigInt; function at(BigInt) { return BigInt; }'), []);
  assert.deepEqual(found('var r = /(?=a)b/; [1].flat(); Object.fromEntries([]);'), []);
});
