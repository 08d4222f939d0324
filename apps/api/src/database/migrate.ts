import { DataSource } from 'typeorm';
import { entities } from './entities.js';
import { migrations } from './migrations/index.js';

/** Arbitrary constant: the advisory lock every process takes around migrations (several replicas may start at once). */
const MIGRATION_LOCK_KEY = 2782_0001;

export function ownerDataSource(url: string): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities,
    migrations,
    uuidExtension: 'pgcrypto',
    synchronize: false,
    migrationsRun: false,
    logging: false,
    migrationsTransactionMode: 'each',
  });
}

/** Runs pending migrations as the schema owner, under a PostgreSQL advisory lock. Returns the names applied. */
export async function runMigrations(ownerUrl: string): Promise<string[]> {
  const ds = ownerDataSource(ownerUrl);
  await ds.initialize();
  const runner = ds.createQueryRunner();
  try {
    await runner.connect();
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    try {
      const applied = await ds.runMigrations({ transaction: 'each' });
      return applied.map((m) => m.name);
    } finally {
      await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    }
  } finally {
    await runner.release();
    await ds.destroy();
  }
}
