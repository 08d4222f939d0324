/** The domain package runs in WeChat and browsers: its source may import only its own relative modules. */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const srcDir = fileURLToPath(new URL('../src', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return sources(p);
    return p.endsWith('.ts') && !p.endsWith('.spec.ts') ? [p] : [];
  });
}

describe('packages/domain purity', () => {
  const files = sources(srcDir);

  it('finds the source files', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it.each(files.map((f) => [relative(srcDir, f), f]))('%s imports only relative .js modules', (_name, file) => {
    const text = readFileSync(file, 'utf8');
    const specifiers = [
      ...text.matchAll(/(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]/g),
      ...text.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g),
    ].map((m) => m[1]!);
    for (const s of specifiers) expect(s).toMatch(/^\.{1,2}\/.*\.js$/);
    expect(text).not.toMatch(/\brequire\(/);
    expect(text).not.toMatch(/\b(process|Buffer|globalThis\.crypto|__dirname)\b/);
  });
});
