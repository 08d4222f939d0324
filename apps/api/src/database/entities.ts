/**
 * Every TypeORM entity, listed once. The migration check (test/schema.e2e-spec.ts) fails when these and the
 * migrations disagree. Add a new entity here and generate a migration: `pnpm --filter @gongzhi/api migration:generate <Name>`.
 */
export const entities: Function[] = [];
