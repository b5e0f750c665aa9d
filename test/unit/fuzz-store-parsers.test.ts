import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { parseCodebook } from '../../src/core/store/codebook-format';
import { mergeConflictedSidecar } from '../../src/core/store/conflict-merge';
import { resolveDocumentField, sidecarPathFor } from '../../src/core/store/paths';
import { serializeCodebook, serializeSidecar } from '../../src/core/store/serialize';
import { parseSidecar } from '../../src/core/store/sidecar-format';
import { bounded, fuzzParameters } from './fuzz-support';

const file = 'docs/report.txt.annotations.json';
/**
 * Far above a normal run (a million nested brackets parse in well under a second) so that a busy
 * shared machine does not fail it; a reader that hangs or goes quadratic still does.
 */
const boundMs = 10_000;

/** Values that have broken JSON readers elsewhere. */
const hostileScalar = fc.oneof(
  fc.constantFrom(1e308, -1e308, 2 ** 53 + 1, -0, 0.1 + 0.2, Number.MAX_SAFE_INTEGER * 1000, 1e-320),
  fc.constantFrom('__proto__', 'constructor', 'prototype', '/etc/passwd', '../../../etc/passwd', '..', 'C:\\Windows\\win.ini', '\\\\server\\share', '%2e%2e/', '\u0000', '\ud800', '<<<<<<< HEAD'),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
);

const hostileKey = fc.oneof(fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'version', 'annotations', 'themes'), fc.string({ maxLength: 12 }));

const hostileJson: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, hostileScalar, tie('array'), tie('object')),
  array: fc.array(tie('value'), { maxLength: 4 }),
  object: fc.dictionary(hostileKey, tie('value'), { maxKeys: 5 }),
})).value;

function validSidecarValue(): fc.Arbitrary<Record<string, unknown>> {
  const annotation = fc.record({
    id: fc.oneof(fc.string({ minLength: 1, maxLength: 30 }), fc.constantFrom('__proto__', 'constructor')),
    target: fc.record({
      selector: fc.tuple(
        fc.record({ type: fc.constant('TextQuoteSelector'), exact: fc.string(), prefix: fc.string(), suffix: fc.string() }),
        fc.record({ type: fc.constant('TextPositionSelector'), start: fc.nat(), end: fc.nat() }),
      ),
    }),
    themes: fc.array(fc.string({ maxLength: 10 }), { maxLength: 3 }),
    note: fc.string(),
    created: fc.constant('2025-03-01T10:00:00.000Z'),
    modified: fc.constant('2025-03-01T10:00:00.000Z'),
  });
  return fc.record({
    version: fc.constant(2),
    document: fc.oneof(fc.constantFrom('report.txt', '/etc/passwd', '../../../../etc/passwd', 'C:\\x', '..', './a/../../b'), fc.string({ minLength: 1 })),
    textHash: fc.constant(''),
    annotations: fc.array(annotation, { maxLength: 4 }),
  });
}

/** Replaces one value somewhere in a JSON tree with a hostile one. */
function mutate(value: unknown, path: number[], replacement: unknown): unknown {
  if (path.length === 0 || value === null || typeof value !== 'object') return replacement;
  const entries = Object.entries(value);
  if (entries.length === 0) return replacement;
  const [key, child] = entries[path[0]! % entries.length]!;
  const copy: Record<string, unknown> = Array.isArray(value) ? ([...value] as unknown as Record<string, unknown>) : { ...value };
  Object.defineProperty(copy, key, { value: mutate(child, path.slice(1), replacement), enumerable: true, writable: true, configurable: true });
  return copy;
}

function nested(depth: number, open: string, close: string, middle = '1'): string {
  return open.repeat(depth) + middle + close.repeat(depth);
}

/** A parse result is either a problem naming the file, or a value that survives a write and re-read unchanged. */
function checkSidecarResult(text: string): void {
  const result = bounded('parseSidecar', boundMs, () => parseSidecar(text, file));
  if (!result.ok) {
    assert.ok(result.problem.message.includes(file), `the message names the file: ${result.problem.message}`);
    return;
  }
  const again = parseSidecar(serializeSidecar(result.value), file);
  assert.ok(again.ok, 'a value the reader accepted is written back readable');
  assert.equal(serializeSidecar(again.value), serializeSidecar(result.value), 'writing is stable');
  // A path field never resolves outside the workspace without being noticed.
  try {
    sidecarPathFor(resolveDocumentField(file, result.value.document));
  } catch (error) {
    assert.match(String(error), /leaves the workspace/);
  }
}

function checkCodebookResult(text: string): void {
  const result = bounded('parseCodebook', boundMs, () => parseCodebook(text, '.marginalia/codebook.json'));
  if (!result.ok) {
    assert.ok(result.problem.message.includes('.marginalia/codebook.json'));
    return;
  }
  const again = parseCodebook(serializeCodebook(result.value), '.marginalia/codebook.json');
  assert.ok(again.ok);
  assert.deepEqual(again.value, result.value);
}

describe('fuzz: sidecar and codebook readers', function () {
  this.timeout(120_000);
  afterEach(() => {
    // Nothing a file said may reach Object.prototype.
    assert.equal(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted'), false);
    assert.equal(({} as Record<string, unknown>).version, undefined);
  });

  it('reads random text as a problem or a sidecar', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), checkSidecarResult), fuzzParameters(0.15));
  });

  it('reads random JSON with hostile keys and values as a problem or a sidecar', () => {
    fc.assert(fc.property(hostileJson, (value) => checkSidecarResult(JSON.stringify(value) ?? 'null')), fuzzParameters(0.15));
  });

  it('reads mutated sidecars (hostile values in any field, path fields included) as a problem or a sidecar', () => {
    fc.assert(
      fc.property(validSidecarValue(), fc.array(fc.nat(), { maxLength: 6 }), hostileScalar, (value, path, replacement) => {
        checkSidecarResult(JSON.stringify(value));
        checkSidecarResult(JSON.stringify(mutate(value, path, replacement)));
        checkSidecarResult(JSON.stringify(value).replace('"version":2', '"__proto__":{"polluted":1},"version":2'));
      }),
      fuzzParameters(0.1),
    );
  });

  it('reads random JSON as a problem or a codebook', () => {
    const themes = fc.array(fc.record({ id: fc.oneof(fc.string({ maxLength: 8 }), hostileKey), label: fc.string(), color: fc.constantFrom('#e5484d', 'red', ''), parent: fc.option(hostileKey, { nil: undefined }) }), { maxLength: 5 });
    fc.assert(
      fc.property(fc.oneof(hostileJson, fc.record({ version: fc.constant(1), themes })), fc.array(fc.nat(), { maxLength: 4 }), hostileScalar, (value, path, replacement) => {
        checkCodebookResult(JSON.stringify(value) ?? 'null');
        checkCodebookResult(JSON.stringify(mutate(value, path, replacement)) ?? 'null');
      }),
      fuzzParameters(0.12),
    );
  });

  it('turns conflict-marked text into a merge or a clear refusal', () => {
    const line = fc.oneof(fc.constantFrom('<<<<<<< HEAD', '=======', '>>>>>>> b', '||||||| base', '{', '}', '"x": 1,'), fc.string({ maxLength: 20 }));
    fc.assert(
      fc.property(fc.array(line, { maxLength: 30 }), (lines) => {
        const outcome = bounded('mergeConflictedSidecar', boundMs, () => mergeConflictedSidecar(lines.join('\n'), file));
        if (outcome.ok) assert.ok(parseSidecar(outcome.text, file).ok);
        else assert.ok(outcome.message.length > 0);
      }),
      fuzzParameters(0.05),
    );
  });

  it('refuses deeply nested JSON, huge numbers and huge files with a clear problem, in bounded time', () => {
    for (const depth of [1_000, 100_000, 1_000_000]) {
      for (const [open, close] of [['[', ']'], ['{"a":', '}']] as const) {
        checkSidecarResult(nested(depth, open, close));
        checkSidecarResult(`{"version":2,"document":"r.txt","textHash":"","annotations":[],"x":${nested(depth, open, close)}}`);
        checkCodebookResult(`{"version":1,"themes":[],"x":${nested(depth, open, close)}}`);
      }
    }
    checkSidecarResult(`{"version":${'9'.repeat(400)},"annotations":[]}`);
    checkSidecarResult(`{"version":2,"document":"r.txt","textHash":"","annotations":[{"id":"a","target":{"selector":[{"type":"TextQuoteSelector","exact":"x","prefix":"","suffix":""},{"type":"TextPositionSelector","start":1e400,"end":1e400}]},"themes":[],"created":"x","modified":"x"}]}`);
    const huge = `{"version":2,"document":"r.txt","textHash":"","annotations":[],"pad":"${'x'.repeat(33 * 1024 * 1024)}"}`;
    const tooLarge = bounded('parseSidecar 33 MB', 5_000, () => parseSidecar(huge, file));
    assert.equal(tooLarge.ok ? 'ok' : tooLarge.problem.kind, 'too-large');
  });
});
