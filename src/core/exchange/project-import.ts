import { DocumentAnchorer } from '../anchor/anchor';
import { refreshSelectors } from '../anchor/selectors';
import { makeTarget, type Annotation, type AnnotationLink, type AnnotationTarget, type ClaimKind } from '../model/annotation';
import type { Codebook } from '../model/codebook';
import { CodePointIndex } from '../text/code-points';
import { hashText } from '../text/hash';
import { planCodebookMerge, type CodebookMergePlan } from './codebook-merge';
import { placeClaims } from './placed-claims';
import type { ImportedProject, ImportedSelection, ImportedSource } from './refi-read';
import { selectionGuidOf } from './refi-project';
import type { ExchangeDocument } from './types';

export interface UnmatchedCoding {
  /** The source's name in the project. */
  readonly source: string;
  readonly start: number;
  readonly end: number;
  /** The selected text when the source text was available. */
  readonly quote?: string;
  readonly reason: string;
}

export interface LinkUpdate {
  readonly documentPath: string;
  readonly annotationId: string;
  /** Every link of the annotation after the import (existing ones first). */
  readonly links: readonly AnnotationLink[];
}

export interface ProjectImportPlan {
  readonly codebook: CodebookMergePlan;
  /** New annotations per document path. */
  readonly claims: ReadonlyMap<string, readonly Annotation[]>;
  /** Codings already in the corpus (same claim id, or same range and themes). */
  readonly alreadyPresent: number;
  readonly unmatched: readonly UnmatchedCoding[];
  /** Links added to annotations that already existed. */
  readonly linkUpdates: readonly LinkUpdate[];
  /** Links imported (on new and existing annotations). */
  readonly links: number;
  /** Source name → corpus document path, and how it was matched. */
  readonly matchedSources: readonly { readonly source: string; readonly document: string; readonly by: 'path' | 'text' }[];
  readonly warnings: readonly string[];
}

export interface ImportContext {
  readonly codebook: Codebook;
  readonly documents: readonly ExchangeDocument[];
  readonly newId: () => string;
  /** ISO time for annotations the project gives no time for. */
  readonly now: string;
}

/**
 * Plans importing a project's text codings into the corpus. A source is matched with a corpus
 * document by its name (the workspace-relative path) or, failing that, by identical text; each
 * selection is then anchored in the document's current text with its quote and context taken
 * from the source, through the same anchoring as every other annotation. Anything that does
 * not match or anchor is reported, never placed by guess.
 */
export function planProjectImport(project: ImportedProject, context: ImportContext): ProjectImportPlan {
  const codebook = planCodebookMerge(context.codebook, project.codes);
  const warnings: string[] = [];
  if (project.otherSources > 0) warnings.push(`${project.otherSources} non-text source(s) (PDF, picture, audio, video) were not imported`);
  const speakerOf = new Map<string, string>();
  for (const c of project.cases) for (const guid of c.selectionGuids) if (!speakerOf.has(guid)) speakerOf.set(guid, c.name);

  const byPath = new Map(context.documents.map((d) => [d.path, d]));
  const byHash = new Map<string, ExchangeDocument[]>();
  for (const document of context.documents) {
    const hash = textKey(document.text);
    byHash.set(hash, [...(byHash.get(hash) ?? []), document]);
  }

  const claims = new Map<string, Annotation[]>();
  const unmatched: UnmatchedCoding[] = [];
  const matchedSources: { source: string; document: string; by: 'path' | 'text' }[] = [];
  /** Selection GUID → where the claim now is, for links. */
  const placed = new Map<string, { documentPath: string; id: string; existing?: Annotation }>();
  let alreadyPresent = 0;
  let unknownCodes = 0;

  for (const source of project.sources) {
    if (source.selections.length === 0) continue;
    const report = (selection: ImportedSelection, reason: string, quote?: string) =>
      unmatched.push({ source: source.name, start: selection.start, end: selection.end, ...(quote !== undefined ? { quote } : {}), reason });
    if (source.text === undefined) {
      for (const selection of source.selections) report(selection, source.textProblem ?? 'the source text is missing');
      continue;
    }
    const match = matchDocument(source, byPath, byHash);
    if ('reason' in match) {
      const index = CodePointIndex.of(source.text);
      for (const selection of source.selections) report(selection, match.reason, sliceOrUndefined(source.text, index, selection));
      continue;
    }
    const { document } = match;
    matchedSources.push({ source: source.name, document: document.path, by: match.by });
    const sourceIndex = CodePointIndex.of(source.text);
    const documentIndex = CodePointIndex.of(document.text);
    const anchorer = new DocumentAnchorer(document.text);
    const existing = placeClaims(document).filter((c) => c.status === 'anchored');
    for (const selection of source.selections) {
      const quote = sliceOrUndefined(source.text, sourceIndex, selection);
      if (quote === undefined) {
        report(selection, `the selection ${selection.start}–${selection.end} lies outside the source text (${sourceIndex.codePointLength} characters)`);
        continue;
      }
      const fromSource = refreshSelectors(source.text, { start: selection.start, end: selection.end }, sourceIndex);
      const result = anchorer.anchor(source.text === document.text ? fromSource : withLineEndsOf(document.text, fromSource));
      if (result.status !== 'anchored') {
        report(selection, `not found in ${document.path}: ${result.reason}`, quote);
        continue;
      }
      const themes: string[] = [];
      for (const guid of selection.codeGuids) {
        const theme = codebook.themeIdOfCode.get(guid);
        if (theme === undefined) unknownCodes += 1;
        else if (!themes.includes(theme)) themes.push(theme);
      }
      const same = existing.find(
        (c) =>
          selectionGuidOf(c.annotation.id) === selection.guid ||
          (c.start === result.start && c.end === result.end && sameSet(c.annotation.themes, themes)),
      );
      if (same) {
        alreadyPresent += 1;
        placed.set(selection.guid, { documentPath: document.path, id: same.annotation.id, existing: same.annotation });
        continue;
      }
      const note = selection.noteGuids.map((guid) => project.notes.get(guid)).filter((n): n is string => !!n).join('\n\n');
      const author = selection.creatingUser ? project.users.get(selection.creatingUser) : undefined;
      const speaker = speakerOf.get(selection.guid);
      const kind = kindOf(selection.name);
      const created = isoTime(selection.created) ?? context.now;
      const annotation: Annotation = {
        id: context.newId(),
        target: refreshSelectors(document.text, { start: result.start, end: result.end }, documentIndex),
        ...(kind ? { kind } : {}),
        ...(speaker ? { speaker } : {}),
        themes,
        ...(note ? { note } : {}),
        ...(author ? { author } : {}),
        created,
        modified: isoTime(selection.modified) ?? created,
      };
      claims.set(document.path, [...(claims.get(document.path) ?? []), annotation]);
      placed.set(selection.guid, { documentPath: document.path, id: annotation.id });
    }
  }
  if (unknownCodes > 0) warnings.push(`${unknownCodes} coding(s) refer to codes missing from the project's codebook and were left out`);

  let links = 0;
  const updates = new Map<string, { documentPath: string; annotation: Annotation; links: AnnotationLink[] }>();
  for (const link of project.links) {
    const origin = placed.get(link.origin);
    const target = placed.get(link.target);
    if (!origin || !target) continue;
    const value: AnnotationLink = {
      target: target.id,
      ...(target.documentPath !== origin.documentPath ? { document: target.documentPath } : {}),
      relation: link.name?.trim() || 'related',
    };
    if (origin.existing) {
      const update = updates.get(origin.id) ?? { documentPath: origin.documentPath, annotation: origin.existing, links: [...(origin.existing.links ?? [])] };
      if (update.links.some((l) => l.target === value.target && l.relation === value.relation)) continue;
      update.links.push(value);
      updates.set(origin.id, update);
    } else {
      const list = claims.get(origin.documentPath)!;
      const index = list.findIndex((a) => a.id === origin.id);
      const annotation = list[index]!;
      if ((annotation.links ?? []).some((l) => l.target === value.target && l.relation === value.relation)) continue;
      list[index] = { ...annotation, links: [...(annotation.links ?? []), value] };
    }
    links += 1;
  }
  const linkUpdates = [...updates.values()].map((u) => ({ documentPath: u.documentPath, annotationId: u.annotation.id, links: u.links }));
  return { codebook, claims, alreadyPresent, unmatched, linkUpdates, links, matchedSources, warnings };
}

function matchDocument(
  source: ImportedSource,
  byPath: ReadonlyMap<string, ExchangeDocument>,
  byHash: ReadonlyMap<string, readonly ExchangeDocument[]>,
): { document: ExchangeDocument; by: 'path' | 'text' } | { reason: string } {
  const name = source.name.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
  const named = byPath.get(name);
  if (named) return { document: named, by: 'path' };
  const same = byHash.get(textKey(source.text!)) ?? [];
  if (same.length === 1) return { document: same[0]!, by: 'text' };
  if (same.length > 1) return { reason: `${same.length} corpus documents have the same text as this source; none was chosen` };
  return { reason: 'no corpus document has this path or this exact text' };
}

/**
 * The hash documents are matched by: of the text with Windows line ends made Unix ones, so a
 * source saved by a tool on Windows still matches its document (the text is otherwise identical).
 */
function textKey(text: string): string {
  return hashText(text.replace(/\r\n/g, '\n'));
}

/** Selectors taken from the source, with line ends written the way the document writes them. */
function withLineEndsOf(document: string, target: AnnotationTarget): AnnotationTarget {
  const crlf = document.includes('\r\n');
  const convert = (text: string) => (crlf ? text.replace(/\r?\n/g, '\r\n') : text.replace(/\r\n/g, '\n'));
  const [quote, position] = target.selector;
  return makeTarget({ exact: convert(quote.exact), prefix: convert(quote.prefix), suffix: convert(quote.suffix) }, position);
}

function sliceOrUndefined(text: string, index: CodePointIndex, selection: { start: number; end: number }): string | undefined {
  if (selection.start < 0 || selection.end <= selection.start || selection.end > index.codePointLength) return undefined;
  return text.slice(index.toUtf16(selection.start), index.toUtf16(selection.end));
}

function kindOf(name: string | undefined): ClaimKind | undefined {
  const match = /^(quote|reported):/.exec(name ?? '');
  return match ? (match[1] as ClaimKind) : undefined;
}

function isoTime(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}
