import { strict as assert } from 'node:assert';
import { globMatcher } from '../../src/core/corpus/glob';

function matches(glob: string, path: string): boolean {
  return globMatcher(glob)(path);
}

describe('corpus globs', () => {
  it('matches the default include at any depth, the root included', () => {
    const include = '**/*.{txt,md,markdown}';
    for (const path of ['a.txt', 'notes.md', 'x/y/z.markdown', '.hidden/a.md']) assert.ok(matches(include, path), path);
    for (const path of ['a.txt.annotations.json', 'a.json', 'txt', 'a.txt/b', 'a.mdx']) assert.ok(!matches(include, path), path);
  });

  it('matches the default exclude on the folder itself and everything under it', () => {
    const exclude = '**/{node_modules,.git,.marginalia}/**';
    for (const path of ['node_modules', 'a/node_modules', 'a/node_modules/b/c.md', '.git/HEAD', '.marginalia/annotations/a.txt.annotations.json']) {
      assert.ok(matches(exclude, path), path);
    }
    for (const path of ['a/node_modulesx/b.md', 'git/a.md', 'a.git/b.md', 'marginalia/x.md']) assert.ok(!matches(exclude, path), path);
  });

  it('keeps * and ? inside one segment and ** across segments', () => {
    assert.ok(matches('interviews/*.md', 'interviews/a.md'));
    assert.ok(!matches('interviews/*.md', 'interviews/x/a.md'));
    assert.ok(matches('interviews/**/*.md', 'interviews/a.md'));
    assert.ok(matches('interviews/**/*.md', 'interviews/x/y/a.md'));
    assert.ok(matches('report-?.txt', 'report-1.txt'));
    assert.ok(!matches('report-?.txt', 'report-10.txt'));
    assert.ok(matches('a/**', 'a/b/c'));
    assert.ok(!matches('a/**', 'ab/c'));
  });

  it('supports nested alternatives and character ranges, and takes other characters literally', () => {
    assert.ok(matches('{news/{2025,2026},archive}/*.txt', 'news/2026/a.txt'));
    assert.ok(matches('{news/{2025,2026},archive}/*.txt', 'archive/a.txt'));
    assert.ok(!matches('{news/{2025,2026},archive}/*.txt', 'news/2024/a.txt'));
    assert.ok(matches('day-[0-9].md', 'day-7.md'));
    assert.ok(!matches('day-[!0-9].md', 'day-7.md'));
    assert.ok(matches('day-[!0-9].md', 'day-x.md'));
    assert.ok(matches('a+b (1).md', 'a+b (1).md'));
    assert.ok(!matches('a.md', 'aXmd'));
    assert.ok(matches('{unclosed.md', '{unclosed.md'));
  });

  it('answers quickly on long paths (no runaway backtracking)', () => {
    const path = `${'a/'.repeat(2000)}b`;
    const started = Date.now();
    assert.ok(!matches('**/*.{txt,md,markdown}', path));
    assert.ok(!matches('**/{node_modules,.git,.marginalia}/**', path));
    assert.ok(Date.now() - started < 500);
  });
});
