import type * as vscode from 'vscode';

/**
 * Appends text that is shown exactly as typed. appendText escapes Markdown syntax (and `$(icon)`
 * when theme icons are on); HTML's special characters also become entities, so no tag or link
 * from a document or sidecar can come alive in a hover or tooltip.
 */
export function appendPlainText(markdown: vscode.MarkdownString, text: string): vscode.MarkdownString {
  return markdown.appendText(text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'));
}
