import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { documentDate, documentTitle, formatCitation } from '../../src/features/claims-view/citation';
import { parseClaimFilter } from '../../src/features/claims-view/claim-filter';

const corpus = join(__dirname, '..', '..', 'sample-corpus');
const read = (path: string): string => readFileSync(join(corpus, path), 'utf8');

describe('Claims view: copy quote with citation', () => {
  it('cites speaker, Markdown heading, path and the dateline’s date', () => {
    const path = 'harbour-dispute/northgate-2026-03-03-trawler-detained.md';
    assert.equal(
      formatCitation({
        quote: '“Marevia will not cede an inch of the Caddon Shoals, not today and not at any table,”',
        speaker: 'Ilona Márkvart',
        documentPath: path,
        text: read(path),
      }),
      '“Marevia will not cede an inch of the Caddon Shoals, not today and not at any table,” — Ilona Márkvart, ' +
        '“Marevia demands release of trawler seized off Caddon Shoals”, harbour-dispute/northgate-2026-03-03-trawler-detained.md, 3 March 2026.',
    );
  });

  it('takes title and date from front matter first', () => {
    const path = 'harbour-dispute/meridian-2026-03-05-lissel-talks.md';
    const text = read(path);
    assert.equal(documentTitle(text, path), 'Lissel talks collapse: “We were ambushed,” says Marevian envoy');
    assert.deepEqual(documentDate(text, path), { year: 2026, month: 3, day: 5 });
  });

  it('reads written dates in datelines (“6 March 2026”, “March 4, 2026”) and falls back to the file name', () => {
    const release = 'harbour-dispute/mfa-marevia-2026-03-06-press-release.txt';
    assert.deepEqual(documentDate(read(release), release), { year: 2026, month: 3, day: 6 });
    assert.deepEqual(documentDate('WASHINGTON, March 4, 2026 (Wire) — text', 'x.txt'), { year: 2026, month: 3, day: 4 });
    assert.deepEqual(documentDate('HARROWBY, March 4 (Tessaly Post) — no year here', 'tessaly-2026-03-04-shoals.txt'), { year: 2026, month: 3, day: 4 });
    assert.equal(documentDate('no date anywhere', 'notes.txt'), undefined);
    assert.equal(documentTitle('First line of a text file', 'notes.txt'), undefined, 'plain text has no reliable title');
  });

  it('leaves out what is unknown and does not double quotation marks', () => {
    assert.equal(formatCitation({ quote: '  We were\n ambushed ', documentPath: 'notes.txt', text: '' }), '“We were ambushed” — notes.txt.');
    assert.equal(formatCitation({ quote: '«Nobody sails into a closed area»', documentPath: 'a.txt', text: '' }), '“Nobody sails into a closed area” — a.txt.');
    assert.equal(
      formatCitation({ quote: '“One,” he said. “Two.”', documentPath: 'a.txt', text: '' }),
      '““One,” he said. “Two.”” — a.txt.',
      'inner quotation marks keep the outer ones',
    );
  });
});

describe('Claims view: filter queries', () => {
  it('splits words, quoted names and fields', () => {
    assert.deepEqual(parseClaimFilter('theme:"Public Health" speaker:Márkvart grey  heron'), {
      query: 'theme:"Public Health" speaker:Márkvart grey  heron',
      words: ['grey', 'heron'],
      themes: ['public health'],
      speakers: ['markvart'],
    });
    assert.equal(parseClaimFilter('   '), undefined);
    assert.deepEqual(parseClaimFilter('"closed area"')?.words, ['closed area']);
  });
});
