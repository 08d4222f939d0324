#!/usr/bin/env node
// `pnpm openapi:compat`: the API must not break mini-program versions still installed on phones (WeChat keeps old
// versions running until they update). Compares the committed apps/api/openapi.json (which the openapi e2e test keeps
// equal to the code) with the released baseline docs/openapi-released.json and fails on:
//   - a removed path or operation,
//   - a removed field or enum value in a success response (what old clients read),
//   - a newly required request field, query/path/header parameter, or a newly required request body,
//   - a removed enum value an old client may send in a request,
// unless info.version has a new major number (then copy apps/api/openapi.json to docs/openapi-released.json in the
// same commit). Additions are always fine.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compare } from './lib/openapi-compat.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const released = JSON.parse(readFileSync(path.resolve(root, args[0] ?? 'docs/openapi-released.json'), 'utf8'));
const current = JSON.parse(readFileSync(path.resolve(root, args[1] ?? 'apps/api/openapi.json'), 'utf8'));

const major = (v) => Number(String(v ?? '0').split('.')[0]);
const problems = compare(released, current);
if (problems.length && major(current.info?.version) > major(released.info?.version)) {
  process.stdout.write(
    `openapi compatibility: ${problems.length} breaking change(s) accepted by the new major version ` +
      `${released.info.version} → ${current.info.version}; copy apps/api/openapi.json to docs/openapi-released.json ` +
      'in the same commit\n',
  );
  process.exit(0);
}
if (problems.length) {
  process.stdout.write(
    `openapi compatibility: ${problems.length} breaking change(s) against docs/openapi-released.json ` +
      `(version ${released.info?.version}); installed mini-program versions would break:\n` +
      problems.map((p) => `  - ${p}`).join('\n') +
      "\nKeep the old shape (add, don't remove), or raise the major number of API_CONTRACT_VERSION " +
      '(apps/api/src/openapi.ts), run `pnpm openapi` and copy apps/api/openapi.json to docs/openapi-released.json.\n',
  );
  process.exit(1);
}
const ops = Object.values(current.paths ?? {}).reduce((n, o) => n + Object.keys(o).length, 0);
process.stdout.write(
  `openapi compatibility: ${ops} operations, no breaking change against version ${released.info?.version}\n`,
);
