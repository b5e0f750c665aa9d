import type { Annotation } from '../model/annotation';
import { guidFor } from './guid';
import { placeClaims } from './placed-claims';
import { codeGuidOf, projectNamespace, writeCodes } from './refi-codes';
import type { ExchangeInput, ExportOptions, PlacedClaim } from './types';
import { attributes, escapeXml } from './xml';
import { writeZip } from './zip';

/** What an export wrote and what it had to leave out. */
export interface ExportSummary {
  documents: number;
  claims: number;
  codings: number;
  notes: number;
  links: number;
  speakers: number;
  /** Claims left out because they no longer anchor in their document (qdpx only). */
  orphansSkipped: number;
  /** Links whose target is not among the exported claims. */
  linksSkipped: number;
  /** Theme ids used by claims but missing from the codebook (their codings are left out). */
  unknownThemes: string[];
}

export function emptySummary(): ExportSummary {
  return { documents: 0, claims: 0, codings: 0, notes: 0, links: 0, speakers: 0, orphansSkipped: 0, linksSkipped: 0, unknownThemes: [] };
}

export const selectionGuidOf = (annotationId: string) => guidFor('claim', annotationId);
export const sourceGuidOf = (path: string) => guidFor('document', path);
const userGuidOf = (name: string) => guidFor('user', name);
const speakerCaseGuidOf = (name: string) => guidFor('speaker', name);
const noteGuidOf = (annotationId: string) => guidFor('note', annotationId);
const folderVariableGuid = guidFor('variable', 'folder');

/** Where a source's text is stored inside the archive, and how the project refers to it. */
export function sourceEntryOf(path: string): { entry: string; plainTextPath: string } {
  const guid = sourceGuidOf(path);
  return { entry: `sources/${guid}.txt`, plainTextPath: `internal://${guid}.txt` };
}

const xsdDateTime = /^-?\d{4,}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/;
const dateTime = (value: string | undefined) => (value && xsdDateTime.test(value) ? value : undefined);

/** Builds the `.qdpx` archive: `project.qde` plus every document's text under `sources/`. */
export function writeQdpx(input: ExchangeInput, options: ExportOptions = {}): { bytes: Uint8Array; summary: ExportSummary } {
  const { xml, summary } = writeProjectXml(input, options);
  const encoder = new TextEncoder();
  const files = [{ path: 'project.qde', bytes: encoder.encode(xml) }];
  for (const document of [...input.documents].sort((a, b) => compare(a.path, b.path))) {
    files.push({ path: sourceEntryOf(document.path).entry, bytes: encoder.encode(document.text) });
  }
  return { bytes: writeZip(files), summary };
}

/** The `project.qde` XML (positions in code points of each source's plain text). */
export function writeProjectXml(input: ExchangeInput, options: ExportOptions = {}): { xml: string; summary: ExportSummary } {
  const summary = emptySummary();
  const themeIds = new Set(input.codebook.themes.map((t) => t.id));
  const unknown = new Set<string>();
  const documents = [...input.documents].sort((a, b) => compare(a.path, b.path));
  const placedByDocument = documents.map((document) => {
    const placed = placeClaims(document);
    const anchored = placed.filter((claim) => claim.status === 'anchored');
    summary.orphansSkipped += placed.length - anchored.length;
    return { document, claims: anchored };
  });
  const exported = new Map<string, PlacedClaim>();
  for (const { claims } of placedByDocument) for (const claim of claims) exported.set(claim.annotation.id, claim);

  const users = new Set<string>();
  const speakers = new Map<string, string[]>();
  for (const claim of exported.values()) {
    if (claim.annotation.author) users.add(claim.annotation.author);
    const speaker = claim.annotation.speaker?.trim();
    if (speaker) speakers.set(speaker, [...(speakers.get(speaker) ?? []), selectionGuidOf(claim.annotation.id)]);
  }
  const userRef = (a: Annotation) => (a.author ? userGuidOf(a.author) : undefined);

  const out: string[] = ['<?xml version="1.0" encoding="utf-8"?>\n'];
  out.push(`<Project${attributes({ xmlns: projectNamespace, name: options.projectName ?? 'Marginalia export', origin: options.origin ?? 'Marginalia' })}>\n`);
  if (users.size > 0) {
    out.push('  <Users>\n');
    for (const name of [...users].sort(compare)) out.push(`    <User${attributes({ guid: userGuidOf(name), name })}/>\n`);
    out.push('  </Users>\n');
  }
  if (input.codebook.themes.length > 0) out.push('  <CodeBook>\n    <Codes>\n', writeCodes(input.codebook.themes, '      '), '    </Codes>\n  </CodeBook>\n');
  if (documents.length > 0) {
    out.push('  <Variables>\n', `    <Variable${attributes({ guid: folderVariableGuid, name: 'Folder', typeOfVariable: 'Text' })}>\n`);
    out.push('      <Description>The folder of the document in the Marginalia corpus</Description>\n    </Variable>\n  </Variables>\n');
  }
  if (speakers.size > 0) {
    out.push('  <Cases>\n');
    for (const [name, selections] of [...speakers].sort(([a], [b]) => compare(a, b))) {
      out.push(`    <Case${attributes({ guid: speakerCaseGuidOf(name), name })}>\n      <Description>Speaker</Description>\n`);
      for (const guid of selections) out.push(`      <SelectionRef targetGUID="${guid}"/>\n`);
      out.push('    </Case>\n');
    }
    out.push('  </Cases>\n');
    summary.speakers = speakers.size;
  }
  if (documents.length > 0) {
    out.push('  <Sources>\n');
    for (const { document, claims } of placedByDocument) {
      summary.documents += 1;
      const { plainTextPath } = sourceEntryOf(document.path);
      out.push(`    <TextSource${attributes({ guid: sourceGuidOf(document.path), name: document.path, plainTextPath })}>\n`);
      for (const claim of claims) {
        const a = claim.annotation;
        summary.claims += 1;
        out.push(
          `      <PlainTextSelection${attributes({
            guid: selectionGuidOf(a.id),
            name: selectionName(a, claim.quote),
            startPosition: claim.start,
            endPosition: claim.end,
            creatingUser: userRef(a),
            creationDateTime: dateTime(a.created),
            modifyingUser: userRef(a),
            modifiedDateTime: dateTime(a.modified),
          })}>\n`,
        );
        for (const theme of a.themes) {
          if (!themeIds.has(theme)) {
            unknown.add(theme);
            continue;
          }
          summary.codings += 1;
          out.push(`        <Coding${attributes({ guid: guidFor('coding', `${a.id}/${theme}`), creatingUser: userRef(a), creationDateTime: dateTime(a.created) })}>\n`);
          out.push(`          <CodeRef targetGUID="${codeGuidOf(theme)}"/>\n        </Coding>\n`);
        }
        if (a.note) out.push(`        <NoteRef targetGUID="${noteGuidOf(a.id)}"/>\n`);
        out.push('      </PlainTextSelection>\n');
      }
      const slash = document.path.lastIndexOf('/');
      out.push(`      <VariableValue>\n        <VariableRef targetGUID="${folderVariableGuid}"/>\n`);
      out.push(`        <TextValue>${escapeXml(slash < 0 ? '' : document.path.slice(0, slash))}</TextValue>\n      </VariableValue>\n`);
      out.push('    </TextSource>\n');
    }
    out.push('  </Sources>\n');
  }
  const noted = [...exported.values()].filter((c) => c.annotation.note);
  if (noted.length > 0) {
    out.push('  <Notes>\n');
    for (const { annotation: a } of noted) {
      summary.notes += 1;
      out.push(
        `    <Note${attributes({ guid: noteGuidOf(a.id), name: `Note on ${a.id}`, creatingUser: userRef(a), creationDateTime: dateTime(a.created), modifiedDateTime: dateTime(a.modified) })}>\n`,
      );
      out.push(`      <PlainTextContent>${escapeXml(a.note!)}</PlainTextContent>\n    </Note>\n`);
    }
    out.push('  </Notes>\n');
  }
  const links: string[] = [];
  for (const { annotation: a } of exported.values()) {
    for (const link of a.links ?? []) {
      if (!exported.has(link.target)) {
        summary.linksSkipped += 1;
        continue;
      }
      summary.links += 1;
      links.push(
        `    <Link${attributes({ guid: guidFor('link', `${a.id}>${link.target}:${link.relation}`), name: link.relation, direction: 'OneWay', originGUID: selectionGuidOf(a.id), targetGUID: selectionGuidOf(link.target) })}/>\n`,
      );
    }
  }
  if (links.length > 0) out.push('  <Links>\n', ...links, '  </Links>\n');
  out.push('</Project>\n');
  summary.unknownThemes = [...unknown].sort(compare);
  return { xml: out.join(''), summary };
}

/** `quote: <start of the quote>` — the kind first, so an import can restore it. */
function selectionName(annotation: Annotation, quote: string): string {
  const flat = quote.replace(/\s+/g, ' ').trim();
  const chars = Array.from(flat);
  const short = chars.length <= 60 ? flat : `${chars.slice(0, 59).join('')}…`;
  return `${annotation.kind ?? 'claim'}: ${short}`;
}

export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
