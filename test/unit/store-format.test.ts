import { strict as assert } from 'node:assert';
import { parseCodebook } from '../../src/core/store/codebook-format';
import { serializeCodebook, serializeSidecar } from '../../src/core/store/serialize';
import { parseSidecar } from '../../src/core/store/sidecar-format';
import type { Sidecar } from '../../src/core/model/sidecar';
import { annotation } from './store-helpers';

const file = 'reports/budget.txt.annotations.json';
const hash = `sha256:${'ab'.repeat(32)}`;

function sidecar(): Sidecar {
  return {
    version: 2,
    document: 'budget.txt',
    textHash: hash,
    annotations: [
      annotation('01JB0000000000000000000002', 40, 'second', { speaker: 'Varga', themes: ['tax'] }),
      annotation('01JB0000000000000000000001', 3, 'first 😀'),
    ],
  };
}

describe('sidecar and codebook files', () => {
  it('serialises deterministically: sorted annotations, fixed key order, 2 spaces, trailing newline', () => {
    const text = serializeSidecar(sidecar());
    assert.ok(text.endsWith('}\n'));
    assert.match(text, /^\{\n {2}"version": 2,\n {2}"document": "budget.txt",\n {2}"textHash"/);
    assert.ok(text.indexOf('first 😀') < text.indexOf('second'));
    const reordered = { ...sidecar(), annotations: [...sidecar().annotations].reverse() };
    assert.equal(serializeSidecar(reordered), text);
    const keys = Object.keys(JSON.parse(text).annotations[1]);
    assert.deepEqual(keys, ['id', 'target', 'speaker', 'themes', 'created', 'modified']);
  });

  it('round-trips: parse then serialise gives the same bytes', () => {
    const text = serializeSidecar(sidecar());
    const parsed = parseSidecar(text, file);
    assert.ok(parsed.ok);
    assert.equal(serializeSidecar(parsed.value), text);
  });

  it('keeps unknown keys from a newer tool, after the known ones, sorted', () => {
    const value = JSON.parse(serializeSidecar(sidecar()));
    value.zeta = 1;
    value.alpha = { b: 2, a: 1 };
    value.annotations[0].confidence = 0.9;
    const parsed = parseSidecar(JSON.stringify(value), file);
    assert.ok(parsed.ok);
    const text = serializeSidecar(parsed.value);
    const again = JSON.parse(text);
    assert.deepEqual(Object.keys(again).slice(-2), ['alpha', 'zeta']);
    assert.deepEqual(Object.keys(again.alpha), ['a', 'b']);
    assert.equal(again.annotations[0].confidence, 0.9);
  });

  it('reports git conflict markers before trying JSON, with the line', () => {
    const text = serializeSidecar(sidecar()).replace('  "textHash"', '<<<<<<< HEAD\n  "textHash"');
    const result = parseSidecar(text, file);
    assert.ok(!result.ok);
    assert.equal(result.problem.kind, 'conflict');
    assert.equal(result.problem.line, 4);
    assert.match(result.problem.message, /reports\/budget\.txt\.annotations\.json contains git conflict markers/);
  });

  it('does not mistake a quote containing ======= for a conflict marker', () => {
    const value = sidecar();
    const text = serializeSidecar({ ...value, annotations: [annotation('01JB0000000000000000000003', 1, '=======')] });
    assert.ok(parseSidecar(text, file).ok);
  });

  it('reports invalid JSON with line and column', () => {
    const result = parseSidecar('{\n  "version": 2,\n  "document": }', file);
    assert.ok(!result.ok);
    assert.equal(result.problem.kind, 'json');
    assert.equal(result.problem.line, 3);
    assert.match(result.problem.message, /is not valid JSON at line 3/);
  });

  it('reports schema errors naming the path of the bad value', () => {
    const value = JSON.parse(serializeSidecar(sidecar()));
    value.annotations[0].target.selector[1].start = -1;
    delete value.annotations[1].themes;
    const result = parseSidecar(JSON.stringify(value), file);
    assert.ok(!result.ok);
    assert.equal(result.problem.kind, 'schema');
    assert.match(result.problem.message, /\/annotations\/0\/target\/selector\/1\/start must be >= 0/);
    assert.match(result.problem.message, /\/annotations\/1 needs "themes"/);
  });

  it('refuses a newer format version and says to update', () => {
    const result = parseSidecar('{"version": 3, "whatever": true}', file);
    assert.ok(!result.ok);
    assert.equal(result.problem.kind, 'newer-version');
    assert.match(result.problem.message, /version 3, newer than this Marginalia understands/);
  });

  it('refuses __proto__ keys and duplicate ids', () => {
    const proto = serializeSidecar(sidecar()).replace('"version": 2,', '"version": 2, "__proto__": {"polluted": true},');
    const protoResult = parseSidecar(proto, file);
    assert.ok(!protoResult.ok && /__proto__/.test(protoResult.problem.message));
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    const value = sidecar();
    const duplicate = { ...value, annotations: [value.annotations[0]!, value.annotations[0]!] };
    const dupResult = parseSidecar(serializeSidecar(duplicate), file);
    assert.ok(!dupResult.ok);
    assert.equal(dupResult.problem.kind, 'invalid');
  });

  it('migrates version 1, computing context from the document text and minting missing ids', () => {
    const documentText = 'The minister said "no new taxes" on Monday. 😀 Later she said "maybe".';
    const v1 = {
      version: 1,
      annotations: [
        { start: 19, end: 31, quote: 'no new taxes', themes: ['tax'], speaker: 'Varga' },
        { id: 'keep-me', start: 63, end: 68, quote: 'maybe', note: 'hedge' },
      ],
    };
    const result = parseSidecar(JSON.stringify(v1), 'notes/speech.txt.annotations.json', {
      documentText,
      newId: () => '01JB00000000000000000000AA',
      now: () => '2025-03-01T10:00:00.000Z',
    });
    assert.ok(result.ok);
    assert.equal(result.migratedFrom, 1);
    const [first, second] = result.value.annotations;
    assert.equal(result.value.document, 'speech.txt');
    assert.equal(first!.id, '01JB00000000000000000000AA');
    assert.deepEqual(first!.target.selector[0], { type: 'TextQuoteSelector', exact: 'no new taxes', prefix: 'The minister said "', suffix: '" on Monday. 😀 Later she said "m' });
    assert.equal(first!.speaker, 'Varga');
    assert.equal(second!.id, 'keep-me');
    assert.equal(second!.note, 'hedge');
    assert.equal(second!.target.selector[0].exact, 'maybe');
    // Re-serialised as version 2 and valid against the schema.
    assert.ok(parseSidecar(serializeSidecar(result.value), 'x.annotations.json').ok);
  });

  it('validates the codebook: colours, duplicate ids, unknown parents and cycles', () => {
    const good = { version: 1, themes: [{ id: 'econ', label: 'Economy', color: '#336699' }, { id: 'tax', label: 'Tax', color: '#aa0000', parent: 'econ' }] };
    const parsed = parseCodebook(JSON.stringify(good), '.marginalia/codebook.json');
    assert.ok(parsed.ok);
    assert.equal(parseCodebook(serializeCodebook(parsed.value), 'c').ok, true);
    const badColor = parseCodebook(JSON.stringify({ version: 1, themes: [{ id: 'a', label: 'A', color: 'red' }] }), 'c');
    assert.ok(!badColor.ok && badColor.problem.kind === 'schema');
    const cycle = { version: 1, themes: [{ id: 'a', label: 'A', color: '#000000', parent: 'b' }, { id: 'b', label: 'B', color: '#000000', parent: 'a' }] };
    const cycleResult = parseCodebook(JSON.stringify(cycle), 'c');
    assert.ok(!cycleResult.ok && /cycle/.test(cycleResult.problem.message));
    const missing = parseCodebook(JSON.stringify({ version: 1, themes: [{ id: 'a', label: 'A', color: '#000000', parent: 'zz' }] }), 'c');
    assert.ok(!missing.ok && missing.problem.kind === 'invalid');
    const newer = parseCodebook('{"version": 2, "themes": "later"}', 'c');
    assert.ok(!newer.ok && newer.problem.kind === 'newer-version');
  });
});
