import * as assert from 'node:assert/strict';
import { refreshSelectors } from '../../src/core/anchor/selectors';
import { indexedDocumentFromSidecar } from '../../src/core/corpus/sidecar-claims';
import type { Annotation } from '../../src/core/model/annotation';
import { serializeSidecar } from '../../src/core/store/serialize';
import { hashText } from '../../src/core/text/hash';

const text = 'The mayor said: “The water is safe to drink.” Residents were not convinced.\n';
const quote = 'The water is safe to drink.';
const at = text.indexOf(quote);

function sidecarFor(anchoredText: string): string {
  const annotation: Annotation = {
    id: '01KE7A7N10PY244WX824NE765C',
    target: refreshSelectors(anchoredText, { start: anchoredText.indexOf(quote), end: anchoredText.indexOf(quote) + quote.length }),
    themes: [],
    created: '2026-01-05T09:00:00.000Z',
    modified: '2026-01-05T09:00:00.000Z',
  };
  return serializeSidecar({ version: 2, document: 'report.txt', textHash: hashText(anchoredText), annotations: [annotation] });
}

describe('corpus entries from sidecars', () => {
  it('keeps the stored positions when the text is the one the sidecar was anchored against', () => {
    const document = indexedDocumentFromSidecar('news/report.txt', text, sidecarFor(text), 'news/report.txt.annotations.json');
    assert.deepEqual(
      document.claims.map((c) => [c.status, c.start, c.end, c.documentPath]),
      [['anchored', at, at + quote.length, 'news/report.txt']],
    );
  });

  it('anchors the claims again when the text changed, and keeps claims whose text is gone as orphans', () => {
    const moved = `Correction appended above.\n${text}`;
    const document = indexedDocumentFromSidecar('report.txt', moved, sidecarFor(text), 'report.txt.annotations.json');
    assert.deepEqual(document.claims.map((c) => [c.status, c.start]), [['anchored', moved.indexOf(quote)]]);
    const gone = indexedDocumentFromSidecar('report.txt', 'Nothing of it remains.\n', sidecarFor(text), 'report.txt.annotations.json');
    assert.deepEqual(gone.claims.map((c) => [c.status, c.start]), [['orphaned', at]]);
  });

  it('reports a sidecar it cannot read instead of claims', () => {
    const document = indexedDocumentFromSidecar('report.txt', text, '{ "version": 2, ', 'report.txt.annotations.json');
    assert.equal(document.claims.length, 0);
    assert.equal(document.problem?.file, 'report.txt.annotations.json');
  });
});
