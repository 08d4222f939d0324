/**
 * Writes apps/api/openapi.json from the code (the same document /api/openapi.json serves), then the typed client is
 * generated from it: `pnpm openapi` at the repository root does both. test/openapi.e2e-spec.ts fails when the
 * committed copy differs from what the code generates.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadConfig, repoRoot } from '../config/config.js';
import { createApp } from '../create-app.js';
import { startScratchDatabase } from '../database/scratch.js';
import { serializeOpenApi } from '../openapi.js';

const db = await startScratchDatabase('gongzhi_openapi');
try {
  const config = loadConfig({
    ...process.env,
    NODE_ENV: 'test',
    JOBS: 'off',
    LOG_LEVEL: 'error',
    H5_DIR: '',
    APP_VERSION: '',
  });
  const app = await createApp({ config, db: { ownerUrl: db.ownerUrl, appUrl: db.appUrl, embedded: false } });
  const file = path.join(repoRoot, 'apps/api/openapi.json');
  writeFileSync(file, serializeOpenApi(app.openapi));
  await app.close();
  process.stdout.write(`wrote ${path.relative(repoRoot, file)} (${Object.keys(app.openapi.paths).length} paths)\n`);
} finally {
  await db.stop();
}
process.exit(0);
