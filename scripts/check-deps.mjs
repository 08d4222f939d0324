#!/usr/bin/env node
// `pnpm deps:check`: the module dependency rules of .dependency-cruiser.cjs (pure domain, public surfaces of API
// modules, no file cycles), plus no cycle between API module FOLDERS (a → b → a through any files), which
// dependency-cruiser's file-level `circular` does not see. Prints each violation and exits 1 on any.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const targets = ['apps/api/src', 'apps/miniapp/src', 'packages/domain/src', 'packages/api-client/src'];
const r = spawnSync(
  'pnpm',
  ['exec', 'depcruise', '--config', '.dependency-cruiser.cjs', '--output-type', 'json', ...targets],
  { cwd: root, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 },
);
if (!r.stdout) {
  process.stderr.write(r.stderr || 'dependency-cruiser printed nothing\n');
  process.exit(1);
}
const result = JSON.parse(r.stdout);
const problems = result.summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`);

// Folder graph of API modules.
const moduleOf = (f) => /^apps\/api\/src\/modules\/([^/]+)\//.exec(f)?.[1];
const edges = new Map();
for (const m of result.modules) {
  const from = moduleOf(m.source);
  if (!from) continue;
  for (const d of m.dependencies) {
    const to = moduleOf(d.resolved);
    if (!to || to === from) continue;
    if (!edges.has(from)) edges.set(from, new Map());
    if (!edges.get(from).has(to)) edges.get(from).set(to, `${m.source} → ${d.resolved}`);
  }
}
// Tarjan's strongly connected components: any component of more than one folder is a cycle.
let index = 0;
const idx = new Map();
const low = new Map();
const stack = [];
const on = new Set();
const components = [];
const visit = (v) => {
  idx.set(v, index);
  low.set(v, index++);
  stack.push(v);
  on.add(v);
  for (const w of edges.get(v)?.keys() ?? []) {
    if (!idx.has(w)) {
      visit(w);
      low.set(v, Math.min(low.get(v), low.get(w)));
    } else if (on.has(w)) low.set(v, Math.min(low.get(v), idx.get(w)));
  }
  if (low.get(v) === idx.get(v)) {
    const c = [];
    let w;
    do {
      w = stack.pop();
      on.delete(w);
      c.push(w);
    } while (w !== v);
    if (c.length > 1) components.push(c.sort());
  }
};
for (const v of edges.keys()) if (!idx.has(v)) visit(v);
for (const c of components) {
  const links = c.flatMap((a) => c.filter((b) => edges.get(a)?.has(b)).map((b) => `    ${edges.get(a).get(b)}`));
  problems.push(`module-folder-cycle: ${c.join(' ⇄ ')}\n${links.join('\n')}`);
}

const files = result.summary.totalCruised;
if (problems.length) {
  process.stdout.write(`dependency rules: ${problems.length} violation(s) in ${files} files\n${problems.join('\n')}\n`);
  process.exit(1);
}
process.stdout.write(
  `dependency rules: 0 violations in ${files} files, ${new Set(result.modules.map((m) => moduleOf(m.source)).filter(Boolean)).size} API module folders, no folder cycles\n`,
);
