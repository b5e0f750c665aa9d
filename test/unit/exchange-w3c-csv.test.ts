import { strict as assert } from 'node:assert';
import { refreshSelectors } from '../../src/core/anchor/selectors';
import { csvCell, csvColumns, parseCsv, writeCsv, writeW3c, type ExchangeInput } from '../../src/core/exchange';
import { readZip, zipLimits } from '../../src/core/exchange/zip';
import { writeQdpx } from '../../src/core/exchange/refi-project';
import type { Annotation } from '../../src/core/model/annotation';
import { fixtureCodebook, hostile, sampleInput } from './exchange-fixture';

interface W3cAnnotation {
  id: string;
  type: string;
  motivation: string;
  body?: unknown;
  target: unknown;
  [key: string]: unknown;
}

const codePointSlice = (text: string, start: number, end: number) => [...text].slice(start, end).join('');
const unNeutralise = (cell: string) => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);

function hostileInput(): ExchangeInput {
  const text = `😀 Intro.\r\nShe said "${hostile}".\r\n`;
  const start = [...text.slice(0, text.indexOf(hostile))].length;
  const make = (id: string, extra: Partial<Annotation>): Annotation => ({
    id,
    target: refreshSelectors(text, { start, end: start + [...hostile].length }),
    themes: ['formula', 'safety'],
    created: '2026-03-20T09:00:00.000Z',
    modified: '2026-03-20T09:00:00.000Z',
    ...extra,
  });
  return {
    codebook: fixtureCodebook,
    documents: [
      {
        path: '=evil, "doc".txt',
        text,
        annotations: [
          make('H1', { speaker: `-${hostile}`, note: hostile, kind: 'quote', links: [{ target: 'H2', relation: '@relation' }] }),
          make('H2', { speaker: '+plus', note: '@at' }),
        ],
      },
    ],
  };
}

describe('W3C Web Annotation export', () => {
  it('writes one AnnotationCollection whose claims point back at their exact text, with tags, notes and links', async () => {
    const input = await sampleInput();
    const { json, summary } = writeW3c(input);
    const collection = JSON.parse(json) as { '@context': unknown[]; type: string; total: number; first: { type: string; items: W3cAnnotation[] } };
    assert.equal(collection['@context'][0], 'http://www.w3.org/ns/anno.jsonld');
    assert.equal(collection.type, 'AnnotationCollection');
    assert.equal(collection.first.type, 'AnnotationPage');
    const items = collection.first.items;
    assert.equal(collection.total, items.length);
    const claims = items.filter((i) => i.motivation !== 'linking');
    const linking = items.filter((i) => i.motivation === 'linking');
    const texts = new Map(input.documents.map((d) => [encodeURI(d.path), d.text]));
    const expectedClaims = input.documents.reduce((n, d) => n + d.annotations.length, 0);
    const expectedLinks = input.documents.reduce((n, d) => n + d.annotations.reduce((m, a) => m + (a.links?.length ?? 0), 0), 0);
    const expectedTags = input.documents.reduce((n, d) => n + d.annotations.reduce((m, a) => m + a.themes.length, 0), 0);
    console.log(`      W3C: ${claims.length} claim annotations, ${linking.length} linking annotations, ${summary.codings} tagging bodies`);
    assert.equal(claims.length, expectedClaims);
    assert.equal(linking.length, expectedLinks);
    let tags = 0;
    const ids = new Set(claims.map((c) => c.id));
    assert.equal(ids.size, claims.length, 'ids are unique');
    for (const claim of claims) {
      assert.equal(claim.type, 'Annotation');
      assert.match(claim.id, /^urn:uuid:[0-9a-f-]{36}$/);
      const target = claim.target as { type: string; source: string; selector: [{ type: string; exact: string; prefix: string; suffix: string }, { type: string; start: number; end: number }] };
      assert.equal(target.type, 'SpecificResource');
      const [quote, position] = target.selector;
      assert.equal(quote.type, 'TextQuoteSelector');
      assert.equal(position.type, 'TextPositionSelector');
      const text = texts.get(target.source)!;
      assert.equal(codePointSlice(text, position.start, position.end), quote.exact);
      assert.ok(codePointSlice(text, 0, position.start).endsWith(quote.prefix));
      const bodies = (claim.body ?? []) as { type: string; purpose: string; value: string }[];
      tags += bodies.filter((b) => b.purpose === 'tagging').length;
      for (const b of bodies) assert.equal(b.type, 'TextualBody');
    }
    assert.equal(tags, expectedTags);
    for (const link of linking) {
      assert.ok(ids.has(link.target as string), 'a link targets an exported claim');
      assert.ok(ids.has(link.body as string), 'a link points at an exported claim');
    }
  });

  it('keeps hostile text exactly (JSON parsed back)', () => {
    const input = hostileInput();
    const items = (JSON.parse(writeW3c(input).json) as { first: { items: W3cAnnotation[] } }).first.items;
    const first = items.find((i) => i['marginalia:id'] === 'H1')!;
    const bodies = first.body as { purpose: string; value: string }[];
    assert.equal(bodies.find((b) => b.purpose === 'commenting')!.value, hostile);
    assert.deepEqual(bodies.filter((b) => b.purpose === 'tagging').map((b) => b.value), ['=HYPERLINK("x")', 'Safety 😀']);
    assert.equal(first['marginalia:speaker'], `-${hostile}`);
    assert.equal((first.target as { selector: { exact: string }[] }).selector[0]!.exact, hostile);
    assert.equal(items.filter((i) => i.motivation === 'linking')[0]!['marginalia:relation'], '@relation');
  });
});

describe('CSV export', () => {
  it('writes the documented header and one row per claim that parses back to the claim (sample corpus)', async () => {
    const input = await sampleInput();
    const { csv } = writeCsv(input);
    assert.ok(!csv.startsWith('\uFEFF'), 'no byte order mark (pandas and R read the header cleanly)');
    const rows = parseCsv(csv);
    assert.deepEqual(rows[0], [...csvColumns]);
    const claims = input.documents.flatMap((d) => d.annotations.map((a) => ({ d, a })));
    assert.equal(rows.length - 1, claims.length);
    const texts = new Map(input.documents.map((d) => [d.path, d.text]));
    for (const row of rows.slice(1)) {
      assert.equal(row.length, csvColumns.length);
      const [document, start, end, quote] = row as [string, string, string, string];
      assert.equal(unNeutralise(quote), codePointSlice(texts.get(document)!, Number(start), Number(end)));
    }
  });

  it('quotes per RFC 4180 and neutralises formulas in every field, and the text survives parsing', () => {
    const input = hostileInput();
    const { csv } = writeCsv(input);
    assert.ok(csv.endsWith('\r\n'));
    const rows = parseCsv(csv);
    assert.equal(rows.length, 3);
    const [document, start, end, quote, speaker, themes, note, links, status] = rows[1]!;
    assert.equal(document, "'=evil, \"doc\".txt");
    assert.equal(unNeutralise(document!), input.documents[0]!.path);
    assert.equal(quote, hostile, 'the quote starts with "He" so it needs no apostrophe');
    assert.equal(speaker, `'-${hostile}`);
    assert.equal(themes, '\'=HYPERLINK("x"); Safety 😀');
    assert.equal(note, hostile);
    assert.equal(links, '1');
    assert.equal(status, 'anchored');
    assert.equal(codePointSlice(input.documents[0]!.text, Number(start), Number(end)), hostile);
    assert.deepEqual([rows[2]![4], rows[2]![6]], ["'+plus", "'@at"]);
    for (const cell of rows.slice(1).flat()) assert.doesNotMatch(cell, /^[=+\-@\t\r]/, `cell ${JSON.stringify(cell)} would run as a formula`);
  });

  it('csvCell: apostrophe for = + - @ tab CR, quotes for comma, quote, line breaks and outer spaces', () => {
    assert.equal(csvCell('=1+1'), "'=1+1");
    assert.equal(csvCell('\tx'), "'\tx");
    assert.equal(csvCell('\rx'), `"'\rx"`);
    assert.equal(csvCell('a,b'), '"a,b"');
    assert.equal(csvCell('say "hi"'), '"say ""hi"""');
    assert.equal(csvCell(' pad '), '" pad "');
    assert.equal(csvCell('plain'), 'plain');
  });
});

describe('zip limits', () => {
  it('refuses an entry larger than the limit before inflating it', async () => {
    const bytes = writeQdpx(await sampleInput()).bytes;
    assert.throws(() => readZip(bytes, { ...zipLimits, maxEntryBytes: 1000 }), /larger than/);
    assert.throws(() => readZip(bytes, { ...zipLimits, maxEntries: 3 }), /more than 3 entries/);
    assert.equal(readZip(bytes).size, 18);
  });
});
