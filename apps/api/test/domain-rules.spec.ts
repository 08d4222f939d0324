import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * docs/domain-rules.md is the one copy of the rules; code, tests and docs cite its sections as `§N`. Every cited
 * section must exist there, so a citation cannot point at a rule that moved or never was.
 */
const root = execFileSync('git', ['rev-parse', '--show-toplevel'], { encoding: 'utf8' }).trim();
const rules = readFileSync(join(root, 'docs', 'domain-rules.md'), 'utf8');
const sections = new Set([...rules.matchAll(/^## (\d+)\. /gm)].map((m) => Number(m[1])));

const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard', 'apps', 'packages', 'docs', 'scripts'], {
  cwd: root,
  encoding: 'utf8',
})
  .split('\n')
  .filter(
    (f) => /\.(ts|tsx|mjs|js|md)$/.test(f) && !/(^|\/)(dist|node_modules)\//.test(f) && f !== 'docs/domain-rules.md',
  );

describe('docs/domain-rules.md', () => {
  it('has its numbered sections', () => {
    expect(sections.size).toBeGreaterThanOrEqual(13);
  });

  it('contains every section cited as §N in code, tests and docs', () => {
    const cited: Array<{ file: string; n: number }> = [];
    for (const file of files) {
      let text: string;
      try {
        text = readFileSync(join(root, file), 'utf8');
      } catch {
        continue; // listed but deleted in the work tree
      }
      for (const m of text.matchAll(/§\s?(\d+)(?:\s?[-–]\s?§?\s?(\d+))?/g)) {
        const from = Number(m[1]);
        const to = m[2] ? Number(m[2]) : from;
        for (let n = from; n <= to; n++) cited.push({ file, n });
      }
    }
    expect(cited.length).toBeGreaterThan(20); // the scan finds the citations
    expect(cited.filter((c) => !sections.has(c.n)).map((c) => `${c.file}: §${c.n}`)).toEqual([]);
  });

  it('is the copy they name: no citation points outside the repository', () => {
    const outside = files.filter((f) => {
      try {
        return /(\.\.\/)+shared\/docs\/domain-rules|\/work\/shared\/docs\/domain-rules/.test(
          readFileSync(join(root, f), 'utf8'),
        );
      } catch {
        return false;
      }
    });
    expect(outside).toEqual([]);
  });
});
