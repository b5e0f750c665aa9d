import * as vscode from 'vscode';
import type { ExchangeDocument, ExchangeInput } from '../../core/exchange/types';
import { decodeDocumentText } from '../../core/text/decode';
import type { CodebookService } from '../codebook';
import type { CorpusService } from '../corpus';

export interface ExchangeServices {
  readonly corpus: CorpusService;
  readonly codebook: CodebookService;
}

/** Every document key of the corpus under a folder ('' for all), in tree order. */
export function documentsUnder(corpus: CorpusService, folder: string): string[] {
  const out: string[] = [];
  const visit = (current: string) => {
    const { folders, documents } = corpus.index.children(current);
    out.push(...documents);
    for (const child of folders) visit(child);
  };
  visit(folder);
  return out;
}

/** Every folder of the corpus that holds documents, parents first. */
export function corpusFolders(corpus: CorpusService): string[] {
  const out: string[] = [];
  const visit = (current: string) => {
    for (const child of corpus.index.children(current).folders) {
      out.push(child);
      visit(child);
    }
  };
  visit('');
  return out;
}

/**
 * The corpus (or one folder of it) as exporters and importers see it: document keys as paths,
 * the text of open documents as edited (else as on disk), and their annotations. `unreadable`
 * lists documents whose sidecar has a problem (their annotations cannot be included).
 */
export async function exchangeInput(
  services: ExchangeServices,
  folder: string,
  progress?: vscode.Progress<{ message?: string; increment?: number }>,
  token?: vscode.CancellationToken,
): Promise<(ExchangeInput & { readonly unreadable: readonly string[] }) | undefined> {
  await Promise.all([services.corpus.ensureLoaded(), services.codebook.ready()]);
  const keys = documentsUnder(services.corpus, folder);
  const open = new Map(vscode.workspace.textDocuments.map((d) => [d.uri.toString(), d]));
  const documents: ExchangeDocument[] = [];
  const unreadable: string[] = [];
  for (const [i, key] of keys.entries()) {
    if (token?.isCancellationRequested) return undefined;
    const uri = services.corpus.uriOf(key);
    if (!uri) continue;
    if (i % 25 === 0) progress?.report({ message: `${i}/${keys.length} documents`, increment: (25 / Math.max(keys.length, 1)) * 100 });
    const document = open.get(uri.toString());
    let text: string;
    try {
      text = document ? document.getText() : decodeDocumentText(await vscode.workspace.fs.readFile(uri));
    } catch {
      continue;
    }
    const indexed = services.corpus.index.get(key);
    if (indexed?.problem) unreadable.push(key);
    const claims = indexed?.claims ?? [];
    documents.push({ path: key, text, annotations: claims.map((c) => c.annotation) });
  }
  return { codebook: services.codebook.codebook, documents, unreadable };
}
