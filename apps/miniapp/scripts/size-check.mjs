#!/usr/bin/env node
// Fails when the weapp main package (everything in dist/weapp outside subpackage roots) exceeds the budget.
// WeChat refuses to upload a main package over 2 MB; we keep 0.5 MB of headroom.
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const LIMIT_BYTES = 1.5 * 1024 * 1024;
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
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    const rel = relative(root, full).split(sep).join('/');
    if (statSync(full).isDirectory()) walk(full);
    else if (!ignored(rel)) {
      const size = statSync(full).size;
      if (subRoots.some((r) => rel.startsWith(r))) subBytes += size;
      else mainBytes += size;
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
