import { strict as assert } from 'node:assert';
import { zipSync } from 'fflate';
import { refreshSelectors } from '../../src/core/anchor/selectors';
import {
  describeCodebookMerge,
  planCodebookMerge,
  planProjectImport,
  readQdc,
  readQdpx,
  writeProjectXml,
  writeQdc,
  writeQdpx,
  XmlInputError,
  ZipInputError,
  type ExchangeDocument,
  type ExchangeInput,
} from '../../src/core/exchange';
import { readProjectXml } from '../../src/core/exchange/refi-read';
import type { Annotation } from '../../src/core/model/annotation';
import { emptyCodebook } from '../../src/core/model/codebook';
import { applyCodebookOperation } from '../../src/core/model/codebook-operations';
import { createIdFactory } from '../../src/core/model/ids';
import { fixtureCodebook, hostile, sampleInput } from './exchange-fixture';
import { refiSchemas, xmllintErrors } from './refi-schemas';

const schemas = refiSchemas();
const newId = () => createIdFactory({ now: () => 1_700_000_000_000 });

function withoutAnnotations(input: ExchangeInput): ExchangeDocument[] {
  return input.documents.map((d) => ({ ...d, annotations: [] }));
}

/** Everything a claim carries, with themes as labels and links as (document, range) pairs, to compare across ids. */
function claimFacts(input: ExchangeInput, labelOf: (id: string) => string | undefined) {
  const where = new Map<string, string>();
  for (const d of input.documents) for (const a of d.annotations) where.set(a.id, `${d.path}@${a.target.selector[1].start}-${a.target.selector[1].end}`);
  const facts: string[] = [];
  for (const d of input.documents) {
    for (const a of d.annotations) {
      facts.push(
        JSON.stringify([
          where.get(a.id),
          a.target.selector[0].exact,
          a.kind ?? null,
          a.speaker ?? null,
          a.themes.map(labelOf).sort(),
          a.note ?? null,
          a.author ?? null,
          a.created,
          a.modified,
          (a.links ?? []).map((l) => `${l.relation}>${where.get(l.target)}`).sort(),
        ]),
      );
    }
  }
  return facts.sort();
}

function hostileInput(): ExchangeInput {
  const text = `Intro.\r\nThe mayor said "${hostile}" at noon.\r\n`;
  const start = [...text.slice(0, text.indexOf(hostile))].length;
  const annotation: Annotation = {
    id: '01JHOSTILE0000000000000001',
    target: refreshSelectors(text, { start, end: start + [...hostile].length }),
    kind: 'quote',
    speaker: `Mayor ${hostile}`,
    themes: ['safety', 'formula'],
    note: hostile,
    author: `<${hostile}>`,
    created: '2026-03-20T09:00:00.000Z',
    modified: '2026-03-20T09:00:00.000Z',
  };
  const other = text.indexOf('at noon');
  const second: Annotation = {
    ...annotation,
    id: '01JHOSTILE0000000000000002',
    target: refreshSelectors(text, { start: [...text.slice(0, other)].length, end: [...text.slice(0, other)].length + 7 }),
    kind: 'reported',
    links: [{ target: annotation.id, relation: hostile }],
  };
  return { codebook: fixtureCodebook, documents: [{ path: 'odd/na"me & <x>.txt', text, annotations: [annotation, second] }] };
}

describe('REFI-QDA export and import', () => {
  it('exports the sample corpus as a project and codebook that validate against the official schemas', async function () {
    if ('skip' in schemas) {
      console.log(`      skipped schema validation: ${schemas.skip}`);
      this.skip();
    }
    const input = await sampleInput();
    const { xml, summary } = writeProjectXml(input);
    assert.equal(xmllintErrors(schemas.folder, 'Project-mrt2019.xsd', xml), undefined);
    assert.equal(xmllintErrors(schemas.folder, 'Codebook.xsd', writeQdc(input.codebook)), undefined);
    assert.equal(xmllintErrors(schemas.folder, 'Project-mrt2019.xsd', writeProjectXml(hostileInput()).xml), undefined);
    assert.equal(xmllintErrors(schemas.folder, 'Codebook.xsd', writeQdc({ version: 1, themes: [{ id: 'x', label: hostile, color: '#abc', description: hostile }] })), undefined);
    // The validator must be able to fail: a Code without its required isCodable attribute.
    assert.match(xmllintErrors(schemas.folder, 'Codebook.xsd', writeQdc(input.codebook).replace(' isCodable="true"', '')) ?? '', /isCodable/);
    assert.ok(summary.claims > 100, `only ${summary.claims} claims in the sample export`);
  });

  it('round trip: exporting the annotated sample corpus and importing it into the bare corpus keeps every claim, theme and link', async () => {
    const input = await sampleInput();
    const { bytes, summary } = writeQdpx(input);
    const project = readQdpx(bytes);
    const plan = planProjectImport(project, { codebook: emptyCodebook(), documents: withoutAnnotations(input), newId: newId(), now: '2026-01-01T00:00:00.000Z' });

    let codebook = emptyCodebook();
    for (const operation of plan.codebook.operations) codebook = applyCodebookOperation(codebook, operation).codebook;
    const imported: ExchangeInput = {
      codebook,
      documents: input.documents.map((d) => ({ ...d, annotations: [...(plan.claims.get(d.path) ?? [])] })),
    };
    const originalLabel = (id: string) => input.codebook.themes.find((t) => t.id === id)?.label;
    const importedLabel = (id: string) => codebook.themes.find((t) => t.id === id)?.label;
    const claims = input.documents.reduce((n, d) => n + d.annotations.length, 0);
    const links = input.documents.reduce((n, d) => n + d.annotations.reduce((m, a) => m + (a.links?.length ?? 0), 0), 0);
    const importedClaims = [...plan.claims.values()].reduce((n, l) => n + l.length, 0);
    console.log(
      `      sample corpus round trip: ${summary.documents} documents; claims ${claims} → ${importedClaims}; ` +
        `themes ${input.codebook.themes.length} → ${codebook.themes.length}; theme tags ${summary.codings}; links ${links} → ${plan.links}; ` +
        `notes ${summary.notes}; speakers ${summary.speakers}; unmatched ${plan.unmatched.length}`,
    );
    assert.equal(plan.unmatched.length, 0);
    assert.equal(importedClaims, claims);
    assert.equal(plan.links, links);
    assert.deepEqual(
      codebook.themes.map((t) => [t.label, t.color, t.description ?? null, t.parent ? importedLabel(t.parent) : null]),
      input.codebook.themes.map((t) => [t.label, t.color, t.description ?? null, t.parent ? originalLabel(t.parent) : null]),
    );
    assert.deepEqual(claimFacts(imported, importedLabel), claimFacts(input, originalLabel));
  });

  it('re-importing into the corpus it came from changes nothing', async () => {
    const input = await sampleInput();
    const plan = planProjectImport(readQdpx(writeQdpx(input).bytes), { codebook: input.codebook, documents: input.documents, newId: newId(), now: '2026-01-01T00:00:00.000Z' });
    const claims = input.documents.reduce((n, d) => n + d.annotations.length, 0);
    assert.equal(plan.codebook.operations.length, 0);
    assert.equal(plan.codebook.unchanged.length, input.codebook.themes.length);
    assert.equal(plan.claims.size, 0);
    assert.equal(plan.alreadyPresent, claims);
    assert.equal(plan.linkUpdates.length, 0);
  });

  it('exports the same bytes twice (GUIDs derive from ids, fixed zip times)', async () => {
    const input = await sampleInput();
    assert.deepEqual(writeQdpx(input).bytes, writeQdpx(input).bytes);
  });

  it('keeps hostile text intact through XML: quotes, <, &, CR/LF, tabs, emoji, formulas', () => {
    const input = hostileInput();
    const { xml } = writeProjectXml(input);
    const document = input.documents[0]!;
    const project = readProjectXml(xml, () => new TextEncoder().encode(document.text));
    assert.equal(project.sources[0]!.name, document.path);
    assert.equal(project.sources[0]!.text, document.text);
    const plan = planProjectImport(project, { codebook: input.codebook, documents: withoutAnnotations(input), newId: newId(), now: '2026-01-01T00:00:00.000Z' });
    const imported = plan.claims.get(document.path)?.find((a) => a.kind === 'quote');
    const original = document.annotations[0]!;
    assert.ok(imported);
    assert.equal(imported.target.selector[0].exact, hostile);
    assert.equal(imported.note, hostile);
    assert.equal(imported.speaker, original.speaker);
    assert.equal(imported.author, original.author);
    assert.deepEqual([...imported.themes].sort(), ['formula', 'safety']);
    assert.deepEqual(project.codes.find((c) => c.name === 'Safety 😀')?.description, hostile);
    const linked = plan.claims.get(document.path)?.find((a) => a.kind === 'reported');
    assert.deepEqual(linked?.links, [{ target: imported.id, relation: hostile }]);
  });

  it('counts positions in code points of the source text (an emoji before the claim counts one)', () => {
    const text = '😀😀 "Rates will fall," she said.';
    const start = 3;
    const input: ExchangeInput = {
      codebook: fixtureCodebook,
      documents: [{ path: 'e.txt', text, annotations: [{ id: 'A1', target: refreshSelectors(text, { start, end: start + 18 }), themes: [], created: '2026-01-01T00:00:00.000Z', modified: '2026-01-01T00:00:00.000Z' }] }],
    };
    const { xml } = writeProjectXml(input);
    assert.match(xml, /startPosition="3" endPosition="21"/);
    assert.equal([...text].slice(3, 21).join(''), '"Rates will fall,"');
    assert.equal(text.slice(5, 23), '"Rates will fall,"', 'UTF-16 offsets would have been 5–23');
  });

  it('reports codings it cannot place instead of guessing: unknown source, edited text, twin documents, missing text', () => {
    const input = hostileInput();
    const document = input.documents[0]!;
    const exported = writeQdpx(input).bytes;
    const project = readQdpx(exported);
    const context = { codebook: input.codebook, newId: newId(), now: '2026-01-01T00:00:00.000Z' };

    const renamed = planProjectImport(project, { ...context, documents: [{ path: 'elsewhere/copy.txt', text: document.text, annotations: [] }] });
    assert.equal(renamed.claims.get('elsewhere/copy.txt')?.length, 2, 'a renamed document is matched by its text');
    assert.equal(renamed.matchedSources[0]!.by, 'text');

    const unixText = document.text.replace(/\r\n/g, '\n');
    const unix = planProjectImport(project, { ...context, documents: [{ path: 'saved-on-linux.txt', text: unixText, annotations: [] }] });
    const [placed] = unix.claims.get('saved-on-linux.txt') ?? [];
    assert.ok(placed, 'a source saved with Windows line ends matches the same text with Unix ones');
    const { start, end } = placed.target.selector[1];
    assert.equal([...unixText].slice(start, end).join(''), hostile.replace(/\r\n/g, '\n'));

    const unknown = planProjectImport(project, { ...context, documents: [{ path: 'other.txt', text: 'Something else entirely.', annotations: [] }] });
    assert.equal(unknown.claims.size, 0);
    assert.equal(unknown.unmatched.length, 2);
    assert.match(unknown.unmatched[0]!.reason, /no corpus document/);
    assert.equal(unknown.unmatched[0]!.quote, hostile);

    const twins = planProjectImport(project, {
      ...context,
      documents: [
        { path: 'a.txt', text: document.text, annotations: [] },
        { path: 'b.txt', text: document.text, annotations: [] },
      ],
    });
    assert.equal(twins.claims.size, 0);
    assert.match(twins.unmatched[0]!.reason, /2 corpus documents have the same text/);

    const edited = planProjectImport(project, { ...context, documents: [{ path: document.path, text: 'Intro.\r\nThe mayor said nothing at all.\r\n', annotations: [] }] });
    assert.equal(edited.claims.size, 0);
    assert.match(edited.unmatched[0]!.reason, /not found in/);

    const moved = planProjectImport(project, { ...context, documents: [{ path: document.path, text: `A new first paragraph.\n\n${document.text}`, annotations: [] }] });
    assert.equal(moved.claims.get(document.path)?.[0]?.target.selector[0].exact, hostile, 'text added above still anchors');

    const external = readProjectXml(writeProjectXml(input).xml.replace(/plainTextPath="internal:\/\/[^"]+"/, 'plainTextPath="file:///etc/passwd"'), () => undefined);
    const outside = planProjectImport(external, { ...context, documents: input.documents });
    assert.match(outside.unmatched[0]!.reason, /outside the archive/);
  });

  it('merges a codebook: new themes, changed colours and parents, nothing removed, with a readable preview', () => {
    const qdc = writeQdc(fixtureCodebook);
    const codes = readQdc(qdc);
    assert.deepEqual(codes.map((c) => c.name), ['Politics', 'Policy "quoted"', 'Safety 😀', '=HYPERLINK("x")']);

    const fresh = planCodebookMerge(emptyCodebook(), codes);
    assert.equal(fresh.added.length, 4);
    assert.equal(fresh.added.find((t) => t.label === 'Policy "quoted"')?.parent, fresh.added.find((t) => t.label === 'Politics')?.id);

    const existing = {
      version: 1 as const,
      themes: [
        { id: 'politics', label: 'Politics', color: '#000000' },
        { id: 'keep', label: 'Kept theme', color: '#123456' },
      ],
    };
    const plan = planCodebookMerge(existing, codes);
    assert.deepEqual(plan.changed.map((c) => [c.before.id, c.changes.color]), [['politics', '#e5484d']]);
    assert.deepEqual(plan.added.map((t) => t.label), ['Policy "quoted"', 'Safety 😀', '=HYPERLINK("x")']);
    assert.equal(plan.added[0]!.parent, 'politics');
    let merged = existing as ReturnType<typeof emptyCodebook>;
    for (const operation of plan.operations) merged = applyCodebookOperation(merged, operation).codebook;
    assert.ok(merged.themes.some((t) => t.id === 'keep'), 'themes missing from the import stay');
    assert.equal(merged.themes.length, 5);
    const preview = describeCodebookMerge(plan, existing.themes);
    assert.match(preview, /^3 new themes, 1 changed, 0 unchanged\./);
    assert.match(preview, /~ Politics: colour #000000 → #e5484d/);
    assert.match(preview, /\+ Policy "quoted" \(#f76b15, under Politics\)/);
  });

  it('refuses hostile archives and XML: paths leaving the folder, DOCTYPE entities, not a zip, no project', () => {
    const qde = new TextEncoder().encode('<Project xmlns="urn:QDA-XML:project:1.0" name="x"/>');
    assert.throws(() => readQdpx(zipSync({ 'project.qde': qde, '../evil.txt': new Uint8Array([1]) })), /unsafe path \(\.\.\/evil\.txt\)/);
    assert.throws(() => readQdpx(zipSync({ 'project.qde': qde, '/etc/evil.txt': new Uint8Array([1]) })), /unsafe path/);
    assert.throws(() => readQdpx(zipSync({ 'sources/a..b/../../x.txt': new Uint8Array([1]) })), /unsafe path/);
    assert.doesNotThrow(() => readQdpx(zipSync({ 'project.qde': qde, 'sources/a..b.txt': new Uint8Array([1]) })));
    assert.throws(() => readQdpx(new TextEncoder().encode('not a zip at all')), ZipInputError);
    assert.throws(() => readQdpx(zipSync({ 'readme.txt': new Uint8Array([1]) })), /no project/);
    const laughs = '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]><CodeBook><Codes><Code guid="x" name="&lol2;" isCodable="true"/></Codes></CodeBook>';
    assert.throws(() => readQdc(laughs), XmlInputError);
    assert.throws(() => readQdc('<CodeBook><Codes>'), XmlInputError);
    assert.throws(() => readQdc('<Project name="x"/>'), /not a REFI-QDA codebook/);
    assert.throws(() => writeQdc(emptyCodebook()), /no themes/);
  });
});
