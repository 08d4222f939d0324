#!/usr/bin/env node
// Fails when the weapp main package (everything in dist/weapp outside subpackage roots) exceeds the budget, when a
// subpackage exceeds 2 MB, or when the whole upload exceeds 20 MB (WeChat's limits for each; the main package keeps
// 0.5 MB of headroom below its 2 MB).
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const LIMIT_BYTES = 1.5 * 1024 * 1024;
const SUB_LIMIT_BYTES = 2 * 1024 * 1024;
const TOTAL_LIMIT_BYTES = 20 * 1024 * 1024;
const root = fileURLToPath(new URL('../dist/weapp/', import.meta.url));

if (!existsSync(join(root, 'app.json'))) {
  console.error(`size:check: ${root}app.json not found — run the weapp build first.`);
  process.exit(1);
}
const app = JSON.parse(readFileSync(join(root, 'app.json'), 'utf8'));
const subRoots = [...(app.subPackages ?? []), ...(app.subpackages ?? [])].map((p) => p.root.replace(/\/+$/, '') + '/');

// Files DevTools does not upload.
const ignored = (rel) => rel.endsWith('.map') || rel === 'project.config.json' || rel === 'project.private.config.json';

let mainBytes = 0;
let subBytes = 0;
const perSub = new Map(subRoots.map((r) => [r, 0]));
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    const rel = relative(root, full).split(sep).join('/');
    if (statSync(full).isDirectory()) walk(full);
    else if (!ignored(rel)) {
      const size = statSync(full).size;
      const sub = subRoots.find((r) => rel.startsWith(r));
      if (sub) {
        subBytes += size;
        perSub.set(sub, perSub.get(sub) + size);
      } else mainBytes += size;
    }
  }
};
walk(root);

const kb = (b) => `${(b / 1024).toFixed(1)} KB`;
console.log(
  `size:check: weapp main package ${kb(mainBytes)} (limit ${kb(LIMIT_BYTES)})${subRoots.length ? `, subpackages ${kb(subBytes)}` : ''}`,
);
if (mainBytes > LIMIT_BYTES) {
  console.error(
    `size:check: FAILED — main package is ${kb(mainBytes - LIMIT_BYTES)} over budget. Move pages into subpackages or drop dependencies.`,
  );
  process.exit(1);
}
for (const [sub, bytes] of perSub) {
  if (bytes > SUB_LIMIT_BYTES) {
    console.error(`size:check: FAILED — subpackage ${sub} is ${kb(bytes)} (limit ${kb(SUB_LIMIT_BYTES)}).`);
    process.exit(1);
  }
}
if (mainBytes + subBytes > TOTAL_LIMIT_BYTES) {
  console.error(
    `size:check: FAILED — the whole upload is ${kb(mainBytes + subBytes)} (limit ${kb(TOTAL_LIMIT_BYTES)}).`,
  );
  process.exit(1);
}
console.log(
  `size:check: subpackages ${[...perSub].map(([r, b]) => `${r} ${kb(b)}`).join(', ')} (each ≤ ${kb(SUB_LIMIT_BYTES)})`,
);
