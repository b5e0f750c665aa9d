import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { planHighlights, untaggedColor, untaggedKey, type ClaimSpan, type HighlightPlan } from '../../src/features/highlights/highlight-plan';
import { planHighlightsPlainly } from './highlight-plan-reference';

const red = '#e5484d';
const blue = '#0090ff';
const green = '#30a46c';
// 10 characters per line.
const lineOf = (offset: number) => Math.floor(offset / 10);

describe('highlight plan', () => {
  it('gives each piece of text the background of its innermost claim', () => {
    const outer: ClaimSpan = { id: 'outer', start: 0, end: 30, colors: [red] };
    const inner: ClaimSpan = { id: 'inner', start: 10, end: 15, colors: [blue, green] };
    const plan = planHighlights([outer, inner], [], lineOf);
    assert.deepEqual(plan.backgrounds.get(red), [
      { start: 0, end: 10 },
      { start: 15, end: 30 },
    ]);
    assert.deepEqual(plan.backgrounds.get(blue), [{ start: 10, end: 15 }]);
    assert.equal(plan.backgrounds.has(green), false);
  });

  it('puts every theme of every claim in the overview ruler, one lane per theme position', () => {
    const plan = planHighlights([{ id: 'a', start: 2, end: 8, colors: [blue, green] }], [], lineOf);
    assert.deepEqual(plan.ruler.get(`${blue}|0`), [{ start: 2, end: 8 }]);
    assert.deepEqual(plan.ruler.get(`${green}|1`), [{ start: 2, end: 8 }]);
  });

  it('shows up to three stripes per line in the gutter for overlapping claims', () => {
    const plan = planHighlights(
      [
        { id: 'a', start: 0, end: 25, colors: [red] },
        { id: 'b', start: 12, end: 14, colors: [blue, green, '#111111'] },
      ],
      [],
      lineOf,
    );
    assert.deepEqual(plan.gutter.get(red), [0, 2]);
    assert.deepEqual(plan.gutter.get(`${red},${blue},${green}`), [1]);
  });

  it('draws claims without a theme in the neutral colour', () => {
    const plan = planHighlights([{ id: 'a', start: 0, end: 4, colors: [] }], [], lineOf);
    assert.deepEqual(plan.backgrounds.get(untaggedKey), [{ start: 0, end: 4 }]);
    assert.deepEqual(plan.gutter.get(untaggedColor), [0]);
  });

  it('highlights quotations only outside claims, and ignores empty claims', () => {
    const plan = planHighlights(
      [
        { id: 'a', start: 5, end: 8, colors: [red] },
        { id: 'empty', start: 30, end: 30, colors: [blue] },
      ],
      [
        { start: 0, end: 10 },
        { start: 20, end: 40 },
      ],
      lineOf,
    );
    assert.deepEqual(plan.quotes, [
      { start: 0, end: 5 },
      { start: 8, end: 10 },
      { start: 20, end: 40 },
    ]);
    assert.equal(plan.backgrounds.has(blue), false);
  });

  it('plans thousands of overlapping claims quickly', () => {
    const claims: ClaimSpan[] = Array.from({ length: 5000 }, (_, i) => ({ id: String(i), start: i * 10, end: i * 10 + 25, colors: [i % 2 ? red : blue] }));
    const started = performance.now();
    const plan = planHighlights(claims, [], lineOf);
    assert.ok(performance.now() - started < 500, 'took too long');
    assert.equal((plan.backgrounds.get(red)?.length ?? 0) + (plan.backgrounds.get(blue)?.length ?? 0) > 0, true);
  });
});

describe('highlight plan, against the plain planner', () => {
  const palette = [red, blue, green, '#111111', '#ffb224'];
  const claimArbitrary = fc
    .record({ start: fc.nat(300), length: fc.nat(60), colors: fc.subarray(palette) })
    .map(({ start, length, colors }) => ({ start, end: start + length, colors }));
  const spanArbitrary = fc.record({ start: fc.nat(300), length: fc.nat(40) }).map(({ start, length }) => ({ start, end: start + length }));
  // Maps become entry lists so that key order counts too.
  const comparable = (plan: HighlightPlan) => ({
    backgrounds: [...plan.backgrounds],
    quotes: plan.quotes,
    ruler: [...plan.ruler],
    gutter: [...plan.gutter],
  });

  it('gives the same backgrounds, quotations, ruler and gutter for any overlapping claims', () => {
    fc.assert(
      fc.property(fc.array(claimArbitrary, { maxLength: 40 }), fc.array(spanArbitrary, { maxLength: 10 }), fc.integer({ min: 1, max: 30 }), (drawn, quotations, lineLength) => {
        const claims: ClaimSpan[] = drawn.map((c, k) => ({ id: `c${k}`, ...c }));
        const lines = (offset: number) => Math.floor(offset / lineLength);
        assert.deepEqual(comparable(planHighlights(claims, quotations, lines)), comparable(planHighlightsPlainly(claims, quotations, lines)));
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps the first listed of two identical claims innermost, as the plain planner does', () => {
    const claims: ClaimSpan[] = [
      { id: 'a', start: 0, end: 10, colors: [red] },
      { id: 'b', start: 0, end: 10, colors: [blue] },
    ];
    const plan = planHighlights(claims, [], lineOf);
    assert.deepEqual([...plan.backgrounds], [[red, [{ start: 0, end: 10 }]]]);
    assert.deepEqual(comparable(plan), comparable(planHighlightsPlainly(claims, [], lineOf)));
  });
});
