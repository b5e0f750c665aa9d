import * as vscode from 'vscode';
import type { CorpusIndex, IndexedDocument } from '../../core/corpus/corpus-index';
import { computeReport, type CorpusReport } from '../../core/reports';
import type { CodebookService } from '../codebook';
import type { CorpusService } from '../corpus';

export interface ReportServices {
  readonly corpus: CorpusService;
  readonly codebook: CodebookService;
}

/** The report of the whole corpus as the extension holds it now (loads the corpus and codebook first). */
export async function currentReport(services: ReportServices): Promise<CorpusReport> {
  await Promise.all([services.corpus.ensureLoaded(), services.codebook.ready()]);
  const codebook = services.codebook.codebook;
  return computeReport({ themes: codebook.themes, speakerAliases: codebook.speakers ?? [], documents: allDocuments(services.corpus.index) });
}

/** Calls `listener` whenever the corpus or the codebook changes. */
export function onReportInputsChanged(services: ReportServices, listener: () => void): vscode.Disposable {
  const stopCorpus = services.corpus.index.onDidChange(() => listener());
  return vscode.Disposable.from({ dispose: stopCorpus }, services.codebook.onDidChange(listener));
}

/** What the report is about: the workspace's name. */
export function workspaceTitle(): string | undefined {
  return vscode.workspace.name;
}

function allDocuments(index: CorpusIndex): IndexedDocument[] {
  const found: IndexedDocument[] = [];
  const pending = [''];
  while (pending.length > 0) {
    const { folders, documents } = index.children(pending.pop()!);
    pending.push(...folders);
    for (const path of documents) {
      const document = index.get(path);
      if (document) found.push(document);
    }
  }
  return found;
}
