import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { validateAgainstSchema } from '../../src/core/store/schemas';

describe('schema validators compiled at build time', () => {
  it('are current: generating them from schemas/ again gives the committed file', async () => {
    const { schemaValidatorsSource, validatorsFile } = (await import(pathToFileURL(resolve('schema-validators.mjs')).href)) as {
      schemaValidatorsSource: () => string;
      validatorsFile: string;
    };
    assert.equal(readFileSync(validatorsFile, 'utf8'), schemaValidatorsSource(), 'run `npm run build` and commit the generated validators');
  });

  it('accept a valid sidecar and name what is wrong with an invalid one', () => {
    assert.deepEqual(validateAgainstSchema('sidecar', { version: 2, document: 'a.txt', textHash: '', annotations: [] }), []);
    const errors = validateAgainstSchema('sidecar', { version: 2, annotations: [{ id: 7 }] });
    assert.ok(errors.length > 0);
    assert.ok(errors.some((e) => e.pointer.startsWith('/annotations/0')), JSON.stringify(errors));
  });

  it('accept a valid codebook and refuse a theme without an id', () => {
    assert.deepEqual(validateAgainstSchema('codebook', { version: 1, themes: [{ id: 'a', label: 'A', color: '#112233' }] }), []);
    assert.ok(validateAgainstSchema('codebook', { version: 1, themes: [{ label: 'A' }] }).some((e) => /needs "id"/.test(e.message)));
  });
});
