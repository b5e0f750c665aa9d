import { strict as assert } from 'node:assert';
import { anchorAnnotations } from '../../src/core/anchor/anchor';
import { evaluate, loadCorpus } from '../fixtures/edit-corpus/corpus';

describe('anchoring over the labelled edit corpus', () => {
  const corpus = loadCorpus();
  const { tally, outcomes } = evaluate(corpus, (text, annotations) =>
    anchorAnnotations(text, annotations).map((a) => a.result),
  );

  it('has enough cases of every kind', () => {
    assert.ok(tally.cases >= 80, `${tally.cases} cases`);
    assert.ok(tally.expectedOrphans >= 10);
    const ops = new Set(corpus.flatMap((c) => c.case.edits.map((e) => e.op)));
    for (const op of ['insert-before', 'replace', 'move-paragraph', 'copy-paragraph', 'delete-paragraph', 'rewrap', 'normalize']) {
      assert.ok(ops.has(op as never), `no case uses ${op}`);
    }
  });

  it('never anchors an annotation in the wrong place', () => {
    // Printed so the counts are visible in every test run.
    console.log(
      `      edit corpus: ${tally.cases} cases, ${tally.annotations} annotations ` +
        `(${tally.expectedOrphans} expected orphans): correct ${tally.correct}, orphaned ${tally.orphaned}, wrong ${tally.wrong}`,
    );
    const wrong = outcomes.filter((o) => o.verdict === 'wrong');
    assert.deepEqual(wrong.map((o) => `${o.caseId}/${o.annotationId}`), []);
  });

  it('recovers nearly all passages that are still there', () => {
    assert.ok(tally.orphaned <= tally.annotations * 0.02, `${tally.orphaned} needless orphans`);
  });
});
