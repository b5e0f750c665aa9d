import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { maxNestingDepth, parseJsonFile } from '../../src/core/store/json-checks';

/** The pointer of the first unsafe value as the check first spelled it: every value visited, every pointer built. */
function plainUnsafePointer(root: unknown): string | undefined {
  const stack: { value: unknown; pointer: string; depth: number }[] = [{ value: root, pointer: '', depth: 0 }];
  while (stack.length > 0) {
    const { value, pointer, depth } = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    if (depth >= maxNestingDepth) return pointer;
    if (Array.isArray(value)) {
      value.forEach((item, i) => stack.push({ value: item, pointer: `${pointer}/${i}`, depth: depth + 1 }));
      continue;
    }
    if (Object.prototype.hasOwnProperty.call(value, '__proto__')) return `${pointer}/__proto__`;
    for (const [key, item] of Object.entries(value)) stack.push({ value: item, pointer: `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`, depth: depth + 1 });
  }
  return undefined;
}

const pointerOf = (text: string) => {
  const result = parseJsonFile(text, 'a.json', 'sidecar');
  return result.ok ? undefined : result.problem.pointer;
};

describe('JSON checks of files read', () => {
  it('points at a __proto__ key, escaping ~ and / in the keys on the way', () => {
    assert.equal(pointerOf('{"a":[1,{"b~/c":{"x":1,"__proto__":{}}}]}'), '/a/1/b~0~1c/__proto__');
    assert.equal(pointerOf('{"__proto__":1}'), '/__proto__');
  });

  it('points at the first value nested too deep', () => {
    const deep = `${'['.repeat(maxNestingDepth + 5)}${']'.repeat(maxNestingDepth + 5)}`;
    assert.equal(pointerOf(deep), '/0'.repeat(maxNestingDepth));
  });

  it('finds the same unsafe value as the plain check on any JSON', () => {
    const key = fc.oneof(fc.constantFrom('__proto__', 'a/b', '~', 'x'), fc.string({ maxLength: 4 }));
    const { value } = fc.letrec((tie) => ({
      value: fc.oneof({ depthSize: 'small' }, fc.integer(), fc.string({ maxLength: 3 }), fc.constant(null), fc.array(tie('value'), { maxLength: 4 }), fc.dictionary(key, tie('value'), { maxKeys: 4 })),
    }));
    fc.assert(
      fc.property(value, (drawn) => {
        // JSON text, so that "__proto__" becomes an own key as it does when a file is parsed.
        const text = JSON.stringify(drawn);
        assert.equal(pointerOf(text), plainUnsafePointer(JSON.parse(text)));
      }),
      { numRuns: 2000 },
    );
  });
});
