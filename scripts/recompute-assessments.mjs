#!/usr/bin/env node
// Recomputes published annual assessments (年度综合考评, issue 25) from their exports alone and says whether each
// published score is reproduced. Input: export files as the district downloads them
// (GET /api/v1/supervision/district/assessments/:id/export), one JSON object or an array per file.
//   node scripts/recompute-assessments.mjs export-1.json [export-2.json …]
// Uses the same pure engine as the API (@gongzhi/domain `recomputeAssessment`; run `pnpm build` first).
// Exits 1 when any score differs.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { recomputeAssessment } = await import(pathToFileURL(path.join(root, 'packages/domain/dist/index.js')).href);

const files = process.argv.slice(2);
if (!files.length) {
  process.stderr.write('usage: node scripts/recompute-assessments.mjs <export.json> [...]\n');
  process.exit(2);
}
let differ = 0;
for (const file of files) {
  const parsed = JSON.parse(readFileSync(file, 'utf8'));
  for (const e of Array.isArray(parsed) ? parsed : [parsed]) {
    const again = recomputeAssessment({ weights: e.weights, figures: e.figures });
    const same = again.total === e.total && JSON.stringify(again.inputs) === JSON.stringify(e.inputs);
    if (!same) differ++;
    const show = (t) => (t === null ? '—' : (t / 10).toFixed(1));
    process.stdout.write(
      `${same ? 'same' : 'DIFFERS'}  ${e.year} ${e.communityId ?? ''}  published ${show(e.total)}  recomputed ${show(again.total)}\n`,
    );
  }
}
process.exit(differ ? 1 : 0);
