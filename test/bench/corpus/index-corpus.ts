import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CorpusIndex, type IndexedDocument } from '../../../src/core/corpus/corpus-index';
import { indexedDocumentFromSidecar } from '../../../src/core/corpus/sidecar-claims';
import { detectClaims, toCodePointDetections } from '../../../src/core/detect';
import { quoteSelectorOf } from '../../../src/core/model/annotation';
import { documentPathForSidecar, sidecarPathFor, sidecarSuffix } from '../../../src/core/store/paths';
import { decodeDocumentText } from '../../../src/core/text/decode';
import { documentClaims, XrefIndex, xrefClaimOf } from '../../../src/core/xref';
import { LinkGraph } from '../../../src/features/cross-references/link-graph';

/**
 * The indexing the extension does, in plain Node over a corpus folder, with the same core code:
 * CorpusService's load (sidecars parsed, claims anchored, CorpusIndex) and CrossReferenceService's
 * sync (XrefIndex and link graph per changed document). With `detect`, every document is also
 * run through the detector and its detected claims join the similarity index, as `marginalia xref` does.
 */

export interface CorpusListing {
  readonly root: string;
  /** Document paths relative to the root, '/'-separated, in walk order. */
  readonly documents: readonly string[];
  /** Documents with a sidecar. */
  readonly annotated: ReadonlySet<string>;
}

export interface IndexedCorpus {
  readonly corpus: CorpusIndex;
  readonly xref: XrefIndex;
  readonly links: LinkGraph;
  readonly claims: number;
  /** The longest time spent on one document without a break (what would hold the extension host). */
  readonly longestStepMs: number;
  /**
   * The most processor time one document took. On shared cores a step's wall time also counts
   * the time the OS gave other processes; this is the step's own work.
   */
  readonly longestStepCpuMs: number;
}

const isDocument = (name: string) => /\.(md|markdown|txt)$/i.test(name);

export function listCorpus(root: string): CorpusListing {
  const documents: string[] = [];
  const annotated = new Set<string>();
  const walk = (relative: string) => {
    for (const entry of readdirSync(join(root, relative), { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const path = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith(sidecarSuffix)) annotated.add(documentPathForSidecar(path)!);
      else if (isDocument(entry.name)) documents.push(path);
    }
  };
  walk('');
  return { root, documents, annotated };
}

/** The baseline: reads (and decodes) the same files the indexing reads, and does nothing else. */
export function readCorpusFiles(listing: CorpusListing, everyDocument: boolean): number {
  let characters = 0;
  for (const path of listing.documents) {
    const annotated = listing.annotated.has(path);
    if (!everyDocument && !annotated) continue;
    characters += decodeDocumentText(readFileSync(join(listing.root, path))).length;
    if (annotated) characters += readFileSync(join(listing.root, sidecarPathFor(path)), 'utf8').length;
  }
  return characters;
}

/** Reads one annotated document and its sidecar into its index entry. */
export function readAnnotatedDocument(listing: CorpusListing, path: string): { text: string; document: IndexedDocument } {
  const text = decodeDocumentText(readFileSync(join(listing.root, path)));
  const sidecarPath = sidecarPathFor(path);
  return { text, document: indexedDocumentFromSidecar(path, text, readFileSync(join(listing.root, sidecarPath), 'utf8'), sidecarPath) };
}

/** A fresh, cold index of the corpus. */
export function indexCorpus(listing: CorpusListing, options: { detect: boolean }): IndexedCorpus {
  const corpus = new CorpusIndex();
  const xref = new XrefIndex();
  const links = new LinkGraph();
  let claims = 0;
  let longestStepMs = 0;
  let longestStepCpuMs = 0;
  if (!options.detect) {
    // The extension: documents without a sidecar are listed, not read; the cross-reference
    // service follows every change of the corpus index.
    corpus.onDidChange((paths) => {
      for (const path of paths) syncCrossReferences(corpus, xref, links, path);
    });
    corpus.setMany(listing.documents.filter((path) => !listing.annotated.has(path)).map((path) => ({ path, claims: [] })));
  }
  for (const path of listing.documents) {
    const annotated = listing.annotated.has(path);
    if (!options.detect && !annotated) continue;
    const started = performance.now();
    const startedCpu = process.cpuUsage();
    const { text, document } = annotated ? readAnnotatedDocument(listing, path) : { text: decodeDocumentText(readFileSync(join(listing.root, path))), document: { path, claims: [] } };
    corpus.set(document);
    claims += document.claims.length;
    if (options.detect) {
      const detections = toCodePointDetections(text, detectClaims(text, { format: /\.txt$/i.test(path) ? 'plain' : 'markdown' }));
      const placed = document.claims.filter((c) => c.status !== 'orphaned').map((c) => ({ annotation: c.annotation, start: c.start, end: c.end, text: quoteSelectorOf(c.annotation).exact }));
      const indexed = documentClaims(path, placed, detections);
      claims += indexed.length - placed.length;
      xref.replaceDocument(path, indexed);
      links.replaceDocument(path, document.claims.map((c) => ({ id: c.annotation.id, links: c.annotation.links })));
    }
    longestStepMs = Math.max(longestStepMs, performance.now() - started);
    const cpu = process.cpuUsage(startedCpu);
    longestStepCpuMs = Math.max(longestStepCpuMs, (cpu.user + cpu.system) / 1000);
  }
  return { corpus, xref, links, claims, longestStepMs, longestStepCpuMs };
}

/** What CrossReferenceService.sync does for one changed document. */
export function syncCrossReferences(corpus: CorpusIndex, xref: XrefIndex, links: LinkGraph, path: string): void {
  const claims = corpus.get(path)?.claims ?? [];
  xref.replaceDocument(path, claims.filter((c) => c.status !== 'orphaned').map((c) => xrefClaimOf(c, path)));
  links.replaceDocument(path, claims.map((c) => ({ id: c.annotation.id, links: c.annotation.links })));
}
