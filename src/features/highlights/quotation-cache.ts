import type * as vscode from 'vscode';
import { maskMarkdownProse, parsesAsMarkdown } from '../../core/markdown/prose-mask';
import { findQuotations, type Quotation } from '../../core/text/quotation-marks';

const cache = new WeakMap<vscode.TextDocument, { version: number; quotations: Quotation[] }>();

/** The quotations of a document (code, link targets and HTML of Markdown skipped), cached per version. */
export function quotationsOf(document: vscode.TextDocument): Quotation[] {
  const cached = cache.get(document);
  if (cached && cached.version === document.version) return cached.quotations;
  const text = document.getText();
  const quotations = findQuotations(document.languageId === 'markdown' && parsesAsMarkdown(text) ? maskMarkdownProse(text) : text);
  cache.set(document, { version: document.version, quotations });
  return quotations;
}
