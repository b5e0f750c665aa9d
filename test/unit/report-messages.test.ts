import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { heatLevel, parseReportMessage } from '../../src/core/reports';

describe('report webview messages', () => {
  const open = { type: 'openCell', revision: 3, table: 'speakers', row: 2, column: 0 };

  it('accepts exactly the two known messages', () => {
    assert.deepEqual(parseReportMessage(open), open);
    assert.deepEqual(parseReportMessage({ type: 'export' }), { type: 'export' });
    // What the webview sends arrives as JSON; a parsed copy is accepted the same.
    assert.deepEqual(parseReportMessage(JSON.parse(JSON.stringify(open))), open);
  });

  it('ignores anything else: other types, extra or missing fields, wrong kinds of values', () => {
    const rejected: unknown[] = [
      undefined,
      null,
      42,
      'export',
      ['export'],
      { type: 'Export' },
      { type: 'export', uri: 'file:///etc/passwd' },
      { type: 'runCommand', command: 'workbench.action.terminal.new' },
      { ...open, table: 'claims' },
      { ...open, table: '__proto__' },
      { ...open, table: 'constructor' },
      { ...open, row: -1 },
      { ...open, row: 1.5 },
      { ...open, row: '2' },
      { ...open, column: Number.NaN },
      { ...open, column: Number.MAX_SAFE_INTEGER + 2 },
      { ...open, revision: null },
      { ...open, extra: true },
      { type: 'openCell', revision: 3, table: 'speakers', row: 2 },
      JSON.parse('{"type":"export","__proto__":{"polluted":true}}'),
      Object.assign(Object.create({ inherited: 1 }), { type: 'export' }),
      new (class Export { type = 'export'; })(),
    ];
    for (const message of rejected) assert.equal(parseReportMessage(message), undefined, JSON.stringify(message));
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
  });

  it('never throws on any value and accepts only well-formed messages', () => {
    fc.assert(
      fc.property(fc.anything({ withObjectString: true, withNullPrototype: true, withBoxedValues: true }), (value) => {
        const parsed = parseReportMessage(value);
        if (parsed) assert.ok(parsed.type === 'export' || parsed.type === 'openCell');
      }),
      { numRuns: 2000 },
    );
  });
});

describe('report heat shading', () => {
  it('is 0 for an empty cell and 1 to 7 in proportion to the largest count', () => {
    assert.deepEqual([0, 1, 2, 7, 13, 14].map((n) => heatLevel(n, 14)), [0, 1, 1, 4, 7, 7]);
    assert.equal(heatLevel(5, 0), 0);
    assert.equal(heatLevel(1, 1000), 1, 'a single claim is still shaded');
  });
});
