import { DataSource } from 'typeorm';
import { entities } from '../src/database/entities.js';
import { migrations } from '../src/database/migrations/index.js';
import { runMigrations } from '../src/database/migrate.js';

describe('schema', () => {
  it('entities and migrations agree (no schema change is pending after every migration)', async () => {
    await runMigrations(process.env.DATABASE_URL!);
    const ds = new DataSource({
      type: 'postgres',
      url: process.env.DATABASE_URL,
      entities,
      migrations,
      uuidExtension: 'pgcrypto',
      synchronize: false,
    });
    await ds.initialize();
    try {
      const sql = await ds.driver.createSchemaBuilder().log();
      expect(sql.upQueries.map((q) => q.query)).toEqual([]);
    } finally {
      await ds.destroy();
    }
  });

  it('runs migrations safely from several processes at once (advisory lock)', async () => {
    const results = await Promise.all([1, 2, 3].map(() => runMigrations(process.env.DATABASE_URL!)));
    expect(results.flat()).toEqual([]);
  });
});
