/**
 * Writes a migration for the difference between the entities and the migrations applied so far:
 *   pnpm --filter @gongzhi/api build && node apps/api/dist/src/cli/generate-migration.js AddRepairs
 * It starts a scratch embedded PostgreSQL, applies every migration, asks TypeORM's schema builder what is
 * missing, and writes src/database/migrations/<timestamp>-<name>.ts. Review it, then add it to migrations/index.ts.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../config/config.js';
import { ownerDataSource, runMigrations } from '../database/migrate.js';
import { startScratchDatabase } from '../database/scratch.js';

const name = process.argv[2];
if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
  process.stderr.write('usage: generate-migration <PascalCaseName>\n');
  process.exit(2);
}
const db = await startScratchDatabase();
try {
  await runMigrations(db.ownerUrl);
  const ds = ownerDataSource(db.ownerUrl);
  await ds.initialize();
  const sql = await ds.driver.createSchemaBuilder().log();
  await ds.destroy();
  if (sql.upQueries.length === 0) {
    process.stdout.write('entities and migrations agree: nothing to generate\n');
  } else {
    const ts = Date.now();
    const cls = `${name}${ts}`;
    const esc = (s: string) => s.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${');
    const up = sql.upQueries.map((q) => `    await q.query(\`${esc(q.query)}\`);`).join('\n');
    const down = [...sql.downQueries]
      .reverse()
      .map((q) => `    await q.query(\`${esc(q.query)}\`);`)
      .join('\n');
    const file = path.join(
      repoRoot,
      'apps/api/src/database/migrations',
      `${ts}-${name.replace(/[A-Z]/g, (c, i) => (i ? '-' : '') + c.toLowerCase())}.ts`,
    );
    writeFileSync(
      file,
      `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${cls} implements MigrationInterface {
  name = '${cls}';

  async up(q: QueryRunner): Promise<void> {
${up}
  }

  async down(q: QueryRunner): Promise<void> {
${down}
  }
}
`,
    );
    process.stdout.write(
      `wrote ${path.relative(repoRoot, file)} (${sql.upQueries.length} statements); add ${cls} to migrations/index.ts\n`,
    );
  }
} finally {
  await db.stop();
}
