// The stages every document goes through before any attribution rule runs, for `npm run bench`:
// prose and quotation marks found, blocks split into sentences, every sentence tokenised and read by
// the name registry. Bundled like the detector (see `shipped-detector.ts`).
import { asciiCopy, tokenize } from '../../src/core/detect/tokens';
import { EntityRegistry } from '../../src/core/detect/registry';
import { findQuotes } from '../../src/core/detect/quotes';
import { proseTextOf } from '../../src/core/detect/blocks';
import { Sentences } from '../../src/core/detect/sentences';

/** Runs the fixed stages over plain `text`; returns how many tokens they made (so nothing is optimised away). */
export function fixedStages(text: string): number {
  const prose = proseTextOf(text, 'plain');
  const quotes = findQuotes(prose.text, prose.blocks);
  const sentences = new Sentences(prose.text, prose.blocks, quotes);
  const ascii = asciiCopy(prose.text);
  const registry = new EntityRegistry();
  let tokens = 0;
  for (let block = 0; block < sentences.blockCount; block++) {
    for (const sentence of sentences.sentencesOf(block)) {
      const sentenceTokens = tokenize(prose.text, sentence.start, sentence.end, quotes, ascii);
      registry.addBlock(sentenceTokens);
      tokens += sentenceTokens.length;
    }
  }
  return tokens;
}
