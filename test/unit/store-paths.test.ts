import { strict as assert } from 'node:assert';
import {
  documentFieldFor,
  documentPathForSidecar,
  normalizeRelative,
  resolveDocumentField,
  sidecarPathFor,
} from '../../src/core/store/paths';

describe('sidecar paths', () => {
  it('puts the sidecar beside its document by default', () => {
    assert.equal(sidecarPathFor('path/to/report.txt'), 'path/to/report.txt.annotations.json');
    assert.equal(documentPathForSidecar('path/to/report.txt.annotations.json'), 'path/to/report.txt');
    assert.equal(documentFieldFor('path/to/report.txt.annotations.json', 'path/to/report.txt'), 'report.txt');
  });

  it('mirrors the document tree under one folder when asked', () => {
    const layout = { kind: 'mirror', folder: '.marginalia/annotations/' } as const;
    const sidecar = sidecarPathFor('news/2024/report.md', layout);
    assert.equal(sidecar, '.marginalia/annotations/news/2024/report.md.annotations.json');
    assert.equal(documentPathForSidecar(sidecar, layout), 'news/2024/report.md');
    assert.equal(documentPathForSidecar('news/report.md.annotations.json', layout), undefined);
    const field = documentFieldFor(sidecar, 'news/2024/report.md');
    assert.equal(field, '../../../../news/2024/report.md');
    assert.equal(resolveDocumentField(sidecar, field), 'news/2024/report.md');
  });

  it('normalises separators and refuses paths that leave the workspace', () => {
    assert.equal(normalizeRelative('./a\\b//c.txt'), 'a/b/c.txt');
    assert.throws(() => normalizeRelative('../secret.txt'), RangeError);
    assert.equal(documentPathForSidecar('report.txt'), undefined);
  });
});
