import { anchorAnnotations } from '../anchor/anchor';
import { sortAnnotations } from '../model/annotation';
import { CodePointIndex } from '../text/code-points';
import type { ExchangeDocument, PlacedClaim } from './types';

/**
 * Every annotation of a document anchored in its current text, in document order. Orphans
 * keep their stored position and quote, with status `orphaned`.
 */
export function placeClaims(document: ExchangeDocument): PlacedClaim[] {
  const index = CodePointIndex.of(document.text);
  return anchorAnnotations(document.text, sortAnnotations(document.annotations)).map(({ annotation, result }) => {
    const [quote, position] = annotation.target.selector;
    if (result.status !== 'anchored') {
      return { annotation, documentPath: document.path, status: 'orphaned', start: position.start, end: position.end, quote: quote.exact };
    }
    const text = document.text.slice(index.toUtf16(result.start), index.toUtf16(result.end));
    return { annotation, documentPath: document.path, status: 'anchored', start: result.start, end: result.end, quote: text };
  });
}
