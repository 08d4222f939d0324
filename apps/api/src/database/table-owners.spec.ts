import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CROSS_MODULE_ACCESS, TABLE_OWNERS, type OwnedTable } from './table-owners.js';

const src = join(dirname(fileURLToPath(import.meta.url)), '..');
const modulesDir = join(src, 'modules');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return filesUnder(p);
    return p.endsWith('.ts') && !p.endsWith('.spec.ts') ? [p] : [];
  });
}

/** Code without comments (a table named in a comment is not SQL). */
const code = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|\s)\/\/.*$/gm, '$1');

/** Every table and view the migrations create. */
const MIGRATION_TABLES = new Set(
  readdirSync(join(src, 'database', 'migrations'))
    .filter((f) => f.endsWith('.ts'))
    .flatMap((f) => [
      ...readFileSync(join(src, 'database', 'migrations', f), 'utf8').matchAll(/CREATE (?:TABLE|VIEW) "?([a-z_]+)"?/g),
    ])
    .map((m) => m[1]!),
);

const SQL_NAME = /\b(INSERT\s+INTO|UPDATE|DELETE\s+FROM|TRUNCATE|FROM|JOIN)\s+"?([a-z_][a-z0-9_]*)"?/gi;
/** Entity files name their table with @Entity('table'); importing another module's entity is the ORM's way to name it. */
const ENTITY_TABLE = new Map<string, string>();
for (const f of filesUnder(modulesDir)) {
  for (const m of readFileSync(f, 'utf8').matchAll(/@Entity\('([a-z_]+)'\)/g)) ENTITY_TABLE.set(f, m[1]!);
}

interface Use {
  module: string;
  table: string;
  access: 'read' | 'write';
  file: string;
}

function usesOf(file: string): Use[] {
  const module = relative(modulesDir, file).split('/')[0]!;
  const text = code(readFileSync(file, 'utf8'));
  const out: Use[] = [];
  for (const m of text.matchAll(SQL_NAME)) {
    const table = m[2]!.toLowerCase();
    if (!MIGRATION_TABLES.has(table) && !(table in TABLE_OWNERS)) continue; // CTEs, functions, columns
    const access = /^(INSERT|UPDATE|DELETE|TRUNCATE)/i.test(m[1]!) ? 'write' : 'read';
    out.push({ module, table, access, file: relative(src, file) });
  }
  for (const m of text.matchAll(/from '(\.\.?\/[^']+\.entity)\.js'/g)) {
    const target = join(dirname(file), `${m[1]}.ts`);
    const table = ENTITY_TABLE.get(target);
    if (table) out.push({ module, table, access: 'read', file: relative(src, file) });
  }
  return out;
}

const uses = filesUnder(modulesDir).flatMap(usesOf);
const owner = (t: string): string | undefined => (TABLE_OWNERS as Record<string, string>)[t];
const allowed = (u: Use) =>
  CROSS_MODULE_ACCESS.some(
    (a) =>
      a.module === u.module &&
      a.table === u.table &&
      (a.access === u.access || (a.access === 'write' && u.access === 'read')) &&
      (!a.file || u.file.endsWith(`/${a.file}`)),
  );

describe('table ownership', () => {
  it('finds the SQL of the modules (the scan is not vacuous)', () => {
    expect(uses.filter((u) => u.module === 'repairs' && u.table === 'repair_tickets').length).toBeGreaterThan(5);
    expect(uses.some((u) => u.module === 'inbox' && u.table === 'messages' && u.access === 'write')).toBe(true);
  });

  it('every table and view the migrations create has exactly one owner, and nothing else is listed', () => {
    expect([...MIGRATION_TABLES].sort()).toEqual(Object.keys(TABLE_OWNERS).sort());
  });

  it('every table a module names has an owner', () => {
    const unknown = [...new Set(uses.filter((u) => owner(u.table) === undefined).map((u) => `${u.table} (${u.file})`))];
    expect(unknown).toEqual([]);
  });

  it("no module names another module's table unless the access is listed with its reason", () => {
    const offending = uses
      .filter((u) => owner(u.table) !== undefined && owner(u.table) !== u.module && !allowed(u))
      .map((u) => `${u.file}: ${u.access} ${u.table} (owned by ${owner(u.table)})`);
    expect([...new Set(offending)]).toEqual([]);
  });

  it('every listed cross-module access is still used (the list does not outlive the code)', () => {
    const stale = CROSS_MODULE_ACCESS.filter(
      (a) =>
        !uses.some(
          (u) =>
            u.module === a.module &&
            u.table === a.table &&
            u.access === a.access &&
            (!a.file || u.file.endsWith(`/${a.file}`)),
        ),
    ).map((a) => `${a.module} ${a.access} ${a.table}`);
    expect(stale).toEqual([]);
    for (const a of CROSS_MODULE_ACCESS) expect(owner(a.table)).not.toBe(a.module);
  });

  it('each entity lives in the module that owns its table, or its table is listed as read by that module', () => {
    const misplaced = [...ENTITY_TABLE].filter(([file, table]) => {
      const module = relative(modulesDir, file).split('/')[0]!;
      return (
        owner(table) !== module &&
        !CROSS_MODULE_ACCESS.some((a) => a.module === module && a.table === (table as OwnedTable))
      );
    });
    expect(misplaced.map(([f, t]) => `${relative(src, f)} (${t}, owned by ${owner(t)})`)).toEqual([]);
  });
});
