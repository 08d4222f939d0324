#!/usr/bin/env node
// `pnpm check:weapp`: proves the weapp build output runs on the oldest phones we support.
//
// The target (README「最低基础库与运行环境」): base library 2.32.3, on WeChat for iOS 12+ / Android 6+. On iOS the
// mini-program runs in the system's JavaScriptCore, so iOS 12 (Safari 12) decides what syntax may ship:
// ES2018, without RegExp lookbehind (iOS 16.4), without BigInt (iOS 14), without `?.`/`??` (iOS 13.4).
// `project.config.json` has `es6: false`, so WeChat does not transpile: what is in dist/weapp is what runs.
//
// Every .js / .wxs file of dist/weapp is parsed with acorn at ES2018 (fails on `?.`, `??`, class fields, BigInt
// literals, …), then walked for what parses but still breaks there: free references to `BigInt`, RegExp lookbehind,
// and the built-ins the target lacks unless polyfilled (`Promise.allSettled`, `replaceAll`, `.at()`, `Object.hasOwn`,
// `structuredClone`, …). Exit 1 with file:line for each finding. Takes about a second.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const acorn = require('acorn');
const walk = require('acorn-walk');

export const ECMA_VERSION = 2018;

/** Methods called as `x.name(...)` that iOS 12 lacks (ES2019+; flat/flatMap/fromEntries/trimStart are iOS 12 ✓). */
const MISSING_METHODS = new Map([
  ['replaceAll', 'String.prototype.replaceAll（iOS 13.4）'],
  ['at', 'Array/String.prototype.at（iOS 15.4）'],
  ['findLast', 'Array.prototype.findLast（iOS 15.4）'],
  ['findLastIndex', 'Array.prototype.findLastIndex（iOS 15.4）'],
  ['matchAll', 'String.prototype.matchAll（iOS 13）'],
  ['toSorted', 'Array.prototype.toSorted（iOS 16）'],
  ['toReversed', 'Array.prototype.toReversed（iOS 16）'],
  ['toSpliced', 'Array.prototype.toSpliced（iOS 16）'],
]);
/** Static members `Object.name` that iOS 12 lacks. */
const MISSING_STATICS = new Map([
  ['Promise.allSettled', 'iOS 13'],
  ['Promise.any', 'iOS 14'],
  ['Object.hasOwn', 'iOS 15.4'],
  ['Array.fromAsync', 'iOS 16.4'],
  ['Object.groupBy', 'iOS 17.4'],
]);
/** Globals iOS 12 lacks. */
const MISSING_GLOBALS = new Map([
  ['BigInt', 'BigInt（iOS 14）'],
  ['BigInt64Array', 'BigInt64Array（iOS 14）'],
  ['BigUint64Array', 'BigUint64Array（iOS 14）'],
  ['globalThis', 'globalThis（iOS 12.2）'],
  ['structuredClone', 'structuredClone（iOS 15.4）'],
  ['AggregateError', 'AggregateError（iOS 14）'],
  ['WeakRef', 'WeakRef（iOS 14.5）'],
  ['FinalizationRegistry', 'FinalizationRegistry（iOS 14.5）'],
]);

/** Findings of one source text: [{ line, what }]. */
export function checkSource(code) {
  const findings = [];
  let ast;
  try {
    ast = acorn.parse(code, { ecmaVersion: ECMA_VERSION, sourceType: 'script', locations: true, allowHashBang: true });
  } catch (e) {
    return [{ line: e.loc?.line ?? 0, what: `ES${ECMA_VERSION} 无法解析：${e.message}` }];
  }
  const add = (node, what) => findings.push({ line: node.loc.start.line, what });
  // Names bound anywhere in the file (a minifier may reuse `at` or `BigInt` as a local name; be conservative:
  // a free reference is one whose name is never declared in the file).
  const declared = new Set();
  // A global the file feature-tests (`typeof globalThis`, webpack's runtime) is taken as guarded there.
  const tested = new Set();
  walk.full(ast, (node) => {
    if (node.type === 'VariableDeclarator' && node.id.type === 'Identifier') declared.add(node.id.name);
    if ((node.type === 'FunctionDeclaration' || node.type === 'FunctionExpression') && node.id)
      declared.add(node.id.name);
    if (
      node.type === 'FunctionDeclaration' ||
      node.type === 'FunctionExpression' ||
      node.type === 'ArrowFunctionExpression'
    )
      for (const p of node.params) if (p.type === 'Identifier') declared.add(p.name);
    if (node.type === 'CatchClause' && node.param?.type === 'Identifier') declared.add(node.param.name);
    if (node.type === 'ClassDeclaration' && node.id) declared.add(node.id.name);
    if (node.type === 'UnaryExpression' && node.operator === 'typeof' && node.argument.type === 'Identifier')
      tested.add(node.argument.name);
  });
  walk.ancestor(ast, {
    Literal(node) {
      if (node.regex && /\(\?<[=!]/.test(node.regex.pattern)) add(node, 'RegExp 后行断言 (?<= / (?<!（iOS 16.4）');
    },
    NewExpression(node) {
      // new RegExp('(?<=…)') with a literal pattern.
      if (
        node.callee.type === 'Identifier' &&
        node.callee.name === 'RegExp' &&
        node.arguments[0]?.type === 'Literal' &&
        typeof node.arguments[0].value === 'string' &&
        /\(\?<[=!]/.test(node.arguments[0].value)
      )
        add(node, 'RegExp 后行断言 (?<= / (?<!（iOS 16.4）');
    },
    Identifier(node, ancestors) {
      const what = MISSING_GLOBALS.get(node.name);
      if (!what || declared.has(node.name) || tested.has(node.name)) return;
      const parent = ancestors[ancestors.length - 2];
      // Not a reference: a property name (`a.BigInt`, `{ BigInt: 1 }`).
      if (parent?.type === 'MemberExpression' && parent.property === node && !parent.computed) return;
      if (parent?.type === 'Property' && parent.key === node && !parent.computed && !parent.shorthand) return;
      add(node, `使用了 ${what}`);
    },
    CallExpression(node) {
      const c = node.callee;
      if (c.type !== 'MemberExpression' || c.computed || c.property.type !== 'Identifier') return;
      const name = c.property.name;
      if (c.object.type === 'Identifier') {
        const stat = MISSING_STATICS.get(`${c.object.name}.${name}`);
        if (stat) return add(node, `使用了 ${c.object.name}.${name}（${stat}）`);
      }
      const m = MISSING_METHODS.get(name);
      if (m) add(node, `使用了 ${m}`);
    },
  });
  return findings;
}

function filesOf(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...filesOf(full));
    else if (/\.(js|wxs)$/.test(name)) out.push(full);
  }
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = fileURLToPath(new URL('../dist/weapp/', import.meta.url));
  if (!existsSync(join(root, 'app.json'))) {
    console.error(`check:weapp: ${root}app.json not found — run the weapp build first.`);
    process.exit(1);
  }
  const started = Date.now();
  const files = filesOf(root);
  let bad = 0;
  for (const file of files) {
    const rel = relative(root, file).split(sep).join('/');
    for (const f of checkSource(readFileSync(file, 'utf8'))) {
      bad++;
      console.error(`check:weapp: ${rel}:${f.line} ${f.what}`);
    }
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (bad) {
    console.error(`check:weapp: FAILED — ${bad} finding(s) in ${files.length} files: older phones cannot run them.`);
    process.exit(1);
  }
  console.log(
    `check:weapp: ${files.length} files parse as ES${ECMA_VERSION}, no BigInt or missing built-ins (${seconds}s)`,
  );
}
