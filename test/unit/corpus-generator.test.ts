import * as assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { quoteSelectorOf, positionSelectorOf } from '../../src/core/model/annotation';
import { parseCodebook } from '../../src/core/store/codebook-format';
import { codebookPath, documentPathForSidecar } from '../../src/core/store/paths';
import { parseSidecar } from '../../src/core/store/sidecar-format';
import { CodePointIndex } from '../../src/core/text/code-points';
import { hashText } from '../../src/core/text/hash';
import { generateCorpus, type GeneratedFile } from '../bench/corpus/generate';

const digest = (files: readonly GeneratedFile[]) => {
  const hash = createHash('sha256');
  for (const f of files) hash.update(`${f.path}\0${f.content}\0`);
  return hash.digest('hex');
};

describe('benchmark corpus generator', () => {
  const files = [...generateCorpus({ docs: 400, seed: 7, largeEvery: 0 })];
  const byPath = new Map(files.map((f) => [f.path, f.content]));
  const sidecars = files.filter((f) => f.path.endsWith('.annotations.json'));
  const documents = files.filter((f) => /\.(md|txt)$/.test(f.path));

  it('gives the same files for the same seed and different ones for another seed', () => {
    assert.equal(digest([...generateCorpus({ docs: 400, seed: 7, largeEvery: 0 })]), digest(files));
    assert.notEqual(digest([...generateCorpus({ docs: 400, seed: 8, largeEvery: 0 })]), digest(files));
  });

  it('writes 400 documents, Markdown and text, about a third with a sidecar, of varied lengths', () => {
    assert.equal(documents.length, 400);
    assert.ok(documents.some((d) => d.path.endsWith('.md')) && documents.some((d) => d.path.endsWith('.txt')));
    assert.ok(sidecars.length > 80 && sidecars.length < 160, `${sidecars.length} sidecars`);
    const lengths = documents.map((d) => d.content.length).sort((a, b) => a - b);
    assert.ok(lengths[0]! < 1200 && lengths.at(-1)! > 10_000, `lengths ${lengths[0]}…${lengths.at(-1)}`);
  });

  it('uses every kind of quotation mark the detector knows', () => {
    const all = documents.map((d) => d.content).join('\n');
    for (const mark of ['"', '“', '”', '‘', '’', '«', '»', '„']) assert.ok(all.includes(mark), `no ${mark}`);
    assert.match(all, /said that /);
    assert.match(all, /^# .+ — /m);
  });

  it('writes a valid codebook and sidecars whose annotations sit on their quotes', () => {
    const codebook = parseCodebook(byPath.get(codebookPath)!, codebookPath);
    assert.ok(codebook.ok && codebook.value.themes.length > 10);
    const themeIds = new Set(codebook.ok ? codebook.value.themes.map((t) => t.id) : []);
    const ids = new Set<string>();
    let stale = 0;
    let links = 0;
    for (const file of sidecars) {
      const parsed = parseSidecar(file.content, file.path);
      assert.ok(parsed.ok, parsed.ok ? '' : parsed.problem.message);
      const documentPath = documentPathForSidecar(file.path)!;
      const text = byPath.get(documentPath)!;
      assert.equal(parsed.value.document, documentPath.slice(documentPath.lastIndexOf('/') + 1));
      const fresh = parsed.value.textHash === hashText(text);
      if (!fresh) stale++;
      const index = CodePointIndex.of(text);
      for (const annotation of parsed.value.annotations) {
        assert.ok(!ids.has(annotation.id), `duplicate id ${annotation.id}`);
        ids.add(annotation.id);
        for (const theme of annotation.themes) assert.ok(themeIds.has(theme), theme);
        links += annotation.links?.length ?? 0;
        for (const link of annotation.links ?? []) assert.ok(byPath.has(link.document!), link.document);
        const { start, end } = positionSelectorOf(annotation);
        const atPosition = text.slice(index.toUtf16(start), index.toUtf16(end));
        if (fresh) assert.equal(atPosition, quoteSelectorOf(annotation).exact);
        else assert.ok(text.includes(quoteSelectorOf(annotation).exact));
      }
    }
    assert.ok(stale > 0 && stale < sidecars.length / 4, `${stale} stale sidecars`);
    assert.ok(links > 10, `${links} links`);
  });
});
