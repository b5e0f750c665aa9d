import { anchorAnnotations, type AnchorResult } from '../../../src/core/anchor/anchor';
import type { Annotation } from '../../../src/core/model/annotation';
import { CodePointIndex } from '../../../src/core/text/code-points';
import { annotationsOf, evaluate, judge, loadCorpus, type Matcher, type Tally } from '../../fixtures/edit-corpus/corpus';
import { unmark } from '../../fixtures/edit-corpus/marked-text';
import { hypothesisMatchQuote } from '../baselines/hypothesis-matcher';
import { medianTime, type BenchRow, type BenchSuite } from '../harness';
import { generateNewsDocument, outsideEdit } from './news-document';

const ours: Matcher = (text, annotations) => anchorAnnotations(text, annotations).map((a) => a.result);

/** The Hypothesis matcher over the same selectors, positions converted to and from code points. */
const hypothesis: Matcher = (text, annotations) => {
  const index = CodePointIndex.of(text);
  return annotations.map((annotation): AnchorResult => {
    const [quote, position] = annotation.target.selector;
    const match = hypothesisMatchQuote(text, quote.exact, {
      prefix: quote.prefix,
      suffix: quote.suffix,
      hint: index.toUtf16Clamped(position.start),
    });
    if (!match) return { status: 'orphaned', reason: 'no match' };
    return {
      status: 'anchored',
      start: index.toCodePoint(match.start),
      end: index.toCodePoint(match.end),
      method: 'fuzzy',
      score: match.score,
    };
  });
};

function counts(t: Pick<Tally, 'correct' | 'orphaned' | 'wrong'>): string {
  return `${t.correct}/${t.orphaned}/${t.wrong}`;
}

function tallyLarge(text: string, annotations: readonly Annotation[], expected: Map<string, { start: number; end: number; id: string } | 'orphan'>, matcher: Matcher) {
  const results = matcher(text, annotations);
  const tally = { correct: 0, orphaned: 0, wrong: 0 };
  annotations.forEach((a, i) => tally[judge(expected.get(a.id)!, results[i]!)]++);
  return tally;
}

export const reanchorSuite: BenchSuite = {
  name: 'reanchor',
  run({ runs }) {
    const generated = generateNewsDocument();
    const annotations = annotationsOf(generated.marked);
    const edited = unmark(outsideEdit(generated.marked));
    const expected = new Map(annotations.map((a) => [a.id, edited.spans.get(a.id) ?? ('orphan' as const)]));
    const kb = Math.round(unmark(generated.marked).text.length / 1024);

    const oursLarge = tallyLarge(edited.text, annotations, expected, ours);
    const hypothesisLarge = tallyLarge(edited.text, annotations, expected, hypothesis);
    const oursTime = medianTime(() => ours(edited.text, annotations), runs);
    const hypothesisTime = medianTime(() => hypothesis(edited.text, annotations), runs);

    const corpus = loadCorpus();
    const oursCorpus = evaluate(corpus, ours).tally;
    const hypothesisCorpus = evaluate(corpus, hypothesis).tally;
    const anchorCorpus = (matcher: Matcher) => () => corpus.forEach((c) => matcher(c.editedText, c.annotations));
    const oursCorpusTime = medianTime(anchorCorpus(ours), runs);
    const hypothesisCorpusTime = medianTime(anchorCorpus(hypothesis), runs);

    const rows: BenchRow[] = [
      {
        name: `re-anchor ${annotations.length} annotations, ${kb} KB, after an outside edit`,
        median: oursTime,
        baseline: hypothesisTime,
        baselineName: 'Hypothesis',
        ratio: oursTime / hypothesisTime,
        unit: 'ms',
        note: `correct/orphaned/wrong: ours ${counts(oursLarge)}, Hypothesis ${counts(hypothesisLarge)}`,
      },
      {
        name: `edit corpus: ${oursCorpus.cases} cases, ${oursCorpus.annotations} annotations`,
        median: oursCorpusTime,
        baseline: hypothesisCorpusTime,
        baselineName: 'Hypothesis',
        ratio: oursCorpusTime / hypothesisCorpusTime,
        unit: 'ms',
        note: `correct/orphaned/wrong: ours ${counts(oursCorpus)}, Hypothesis ${counts(hypothesisCorpus)}`,
      },
    ];
    return rows;
  },
};
