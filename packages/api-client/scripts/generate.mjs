#!/usr/bin/env node
// Generates src/schema.ts from the API's committed OpenAPI document (apps/api/openapi.json).
// Deterministic on purpose: no timestamps, stable input → byte-identical output, so CI can
// regenerate and `git diff --exit-code` the committed copy.
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

const here = dirname(fileURLToPath(import.meta.url));
const input = resolve(here, '../../../apps/api/openapi.json');
const output = resolve(here, '../src/schema.ts');

const document = JSON.parse(await readFile(input, 'utf8'));
const ast = await openapiTS(document, {
  // Optional properties stay optional; a 2xx with no body becomes `never` content.
  alphabetize: true,
  exportType: false,
});

const header = [
  '/**',
  ' * GENERATED FILE — do not edit by hand.',
  ' * Source: apps/api/openapi.json (written by the API). Regenerate with',
  ' *   pnpm --filter @gongzhi/api-client generate',
  ` * Document: ${document.info?.title ?? ''} ${document.info?.version ?? ''}`.trimEnd(),
  ' */',
  '',
].join('\n');

await writeFile(output, header + astToString(ast));
console.log(`api-client: wrote ${output.replace(resolve(here, '..') + '/', '')} from apps/api/openapi.json`);
